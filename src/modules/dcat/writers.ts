// Streaming writers of quads in the four serialisations. Each receives quads batch by batch and writes them
// to a PassThrough as it goes (waiting when the reader is slower), so memory stays flat whatever the size.
// Turtle and N-Triples: n3's Writer. JSON-LD: jsonld (fromRDF + compact against our prefix context) per batch,
// its nodes appended to one "@graph" array. RDF/XML: rdfxml.ts.
import { once } from 'node:events';
import type { PassThrough } from 'node:stream';
import jsonld from 'jsonld';
import { type Quad, Writer } from 'n3';
import { NS, type RdfFormat } from './namespaces.ts';
import { rdfXmlFooter, rdfXmlHeader, rdfXmlQuads } from './rdfxml.ts';

export interface QuadSink {
  write(quads: Quad[]): Promise<void>;
  end(): Promise<void>;
}

/** The JSON-LD context of our documents: the prefixes only, so nothing is ever fetched. */
export const jsonLdContext: Record<string, string> = { ...NS };

async function drained(out: PassThrough): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain');
}

/** Text handed to the stream at once: small writes to an HTTP response cost more than the serialising itself,
 * and text (or quads) held longer survives young-generation collections and piles up in the old one. */
export const FLUSH_CHARS = 64 * 1024;

/** Collects the writer's many small strings until about FLUSH_CHARS, then they go out as one chunk. */
class Chunker {
  private parts: string[] = [];
  size = 0;
  write(s: string): boolean {
    this.parts.push(s);
    this.size += s.length;
    return true;
  }
  take(): string {
    const s = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return s;
  }
}

function n3Sink(out: PassThrough, format: 'Turtle' | 'N-Triples'): QuadSink {
  const chunks = new Chunker();
  const writer = new Writer(chunks as never, { format, prefixes: format === 'Turtle' ? NS : {}, end: false });
  return {
    async write(quads) {
      writer.addQuads(quads);
      if (chunks.size < FLUSH_CHARS) return;
      out.write(chunks.take());
      await drained(out);
    },
    end: () =>
      new Promise((resolve, reject) =>
        writer.end((err) => {
          if (err) reject(err);
          else resolve(void out.end(chunks.take()));
        }),
      ),
  };
}

/** Quads converted to JSON-LD together (jsonld's fromRDF + compact has a cost per call). */
const JSONLD_QUADS = 5_000;

function jsonLdSink(out: PassThrough): QuadSink {
  let first = true;
  let held: Quad[] = [];
  out.write(`{"@context":${JSON.stringify(jsonLdContext)},"@graph":[`);
  const flush = async () => {
    const quads = held;
    held = [];
    if (!quads.length) return;
    const expanded = await jsonld.fromRDF(quads as never, { useNativeTypes: false });
    const compacted = (await jsonld.compact(expanded, jsonLdContext as never)) as Record<string, unknown>;
    const nodes = (compacted['@graph'] as unknown[] | undefined) ?? [
      Object.fromEntries(Object.entries(compacted).filter(([k]) => k !== '@context')),
    ];
    const text = nodes.map((n, i) => (first && i === 0 ? '\n' : ',\n') + JSON.stringify(n)).join('');
    if (nodes.length) first = false;
    out.write(text);
    await drained(out);
  };
  return {
    async write(quads) {
      for (const q of quads) held.push(q);
      if (held.length >= JSONLD_QUADS) await flush();
    },
    async end() {
      await flush();
      out.end('\n]}\n');
    },
  };
}

function rdfXmlSink(out: PassThrough): QuadSink {
  out.write(rdfXmlHeader());
  let parts: string[] = [];
  let size = 0;
  return {
    async write(quads) {
      const text = rdfXmlQuads(quads);
      parts.push(text);
      size += text.length;
      if (size < FLUSH_CHARS) return;
      out.write(parts.join(''));
      parts = [];
      size = 0;
      await drained(out);
    },
    async end() {
      out.end(parts.join('') + rdfXmlFooter());
    },
  };
}

export function quadSink(format: RdfFormat, out: PassThrough): QuadSink {
  switch (format) {
    case 'ttl':
      return n3Sink(out, 'Turtle');
    case 'nt':
      return n3Sink(out, 'N-Triples');
    case 'jsonld':
      return jsonLdSink(out);
    case 'rdf':
      return rdfXmlSink(out);
  }
}
