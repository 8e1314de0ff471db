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

/** Collects the writer's many small strings; each batch goes to the stream as one chunk (small writes to an
 * HTTP response cost more than the serialising itself). */
class Chunker {
  private parts: string[] = [];
  write(s: string): boolean {
    this.parts.push(s);
    return true;
  }
  take(): string {
    const s = this.parts.join('');
    this.parts = [];
    return s;
  }
}

function n3Sink(out: PassThrough, format: 'Turtle' | 'N-Triples'): QuadSink {
  const chunks = new Chunker();
  const writer = new Writer(chunks as never, { format, prefixes: format === 'Turtle' ? NS : {}, end: false });
  return {
    async write(quads) {
      writer.addQuads(quads);
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

function jsonLdSink(out: PassThrough): QuadSink {
  let first = true;
  out.write(`{"@context":${JSON.stringify(jsonLdContext)},"@graph":[`);
  return {
    async write(quads) {
      if (!quads.length) return;
      const expanded = await jsonld.fromRDF(quads as never, { useNativeTypes: false });
      const compacted = (await jsonld.compact(expanded, jsonLdContext as never)) as Record<string, unknown>;
      const nodes = (compacted['@graph'] as unknown[] | undefined) ?? [
        Object.fromEntries(Object.entries(compacted).filter(([k]) => k !== '@context')),
      ];
      for (const n of nodes) {
        out.write((first ? '\n' : ',\n') + JSON.stringify(n));
        first = false;
      }
      await drained(out);
    },
    async end() {
      out.end('\n]}\n');
    },
  };
}

function rdfXmlSink(out: PassThrough): QuadSink {
  out.write(rdfXmlHeader());
  return {
    async write(quads) {
      out.write(rdfXmlQuads(quads));
      await drained(out);
    },
    async end() {
      out.end(rdfXmlFooter());
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
