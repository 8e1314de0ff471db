// A small RDF/XML serialiser: one rdf:Description per subject (per batch), a property element per quad.
// Predicates are written as prefix:local with the prefixes of namespaces.ts declared on the root; a predicate
// outside them gets its own xmlns on the element. Text is escaped for XML 1.0 (characters it forbids removed).
import type { Quad } from 'n3';
import { NS } from './namespaces.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlEscape = (s: string): string =>
  s
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');

const prefixes = Object.entries(NS) as [string, string][];
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** `prefix:local` for a predicate IRI, or a namespace and local name to declare inline. */
function qname(uri: string): { name: string; xmlns?: string } {
  for (const [p, ns] of prefixes) {
    const local = uri.slice(ns.length);
    if (uri.startsWith(ns) && NCNAME.test(local)) return { name: `${p}:${local}` };
  }
  const cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1;
  const local = uri.slice(cut);
  if (cut > 0 && NCNAME.test(local)) return { name: `ns0:${local}`, xmlns: uri.slice(0, cut) };
  throw new Error(`predicate ${uri} cannot be written in RDF/XML`);
}

export const rdfXmlHeader = (): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF${prefixes.map(([p, ns]) => `\n  xmlns:${p}="${xmlEscape(ns)}"`).join('')}>\n`;

export const rdfXmlFooter = (): string => '</rdf:RDF>\n';

function subjectAttr(q: Quad): string {
  return q.subject.termType === 'BlankNode'
    ? `rdf:nodeID="${xmlEscape(q.subject.value)}"`
    : `rdf:about="${xmlEscape(q.subject.value)}"`;
}

function property(q: Quad): string {
  const { name, xmlns } = qname(q.predicate.value);
  const ns = xmlns ? ` xmlns:ns0="${xmlEscape(xmlns)}"` : '';
  const o = q.object;
  if (o.termType === 'NamedNode') return `    <${name}${ns} rdf:resource="${xmlEscape(o.value)}"/>\n`;
  if (o.termType === 'BlankNode') return `    <${name}${ns} rdf:nodeID="${xmlEscape(o.value)}"/>\n`;
  if (o.termType !== 'Literal') throw new Error(`object ${o.termType} cannot be written in RDF/XML`);
  let attrs = ns;
  if (o.language) attrs += ` xml:lang="${xmlEscape(o.language)}"`;
  else if (o.datatype && o.datatype.value !== `${NS.xsd}string`)
    attrs += ` rdf:datatype="${xmlEscape(o.datatype.value)}"`;
  return `    <${name}${attrs}>${xmlEscape(o.value)}</${name}>\n`;
}

/** The quads as rdf:Description elements, grouping consecutive quads of one subject. */
export function rdfXmlQuads(quads: readonly Quad[]): string {
  const parts: string[] = [];
  let open: string | null = null;
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    if (key !== open) {
      if (open !== null) parts.push('  </rdf:Description>\n');
      parts.push(`  <rdf:Description ${subjectAttr(q)}>\n`);
      open = key;
    }
    parts.push(property(q));
  }
  if (open !== null) parts.push('  </rdf:Description>\n');
  return parts.join('');
}
