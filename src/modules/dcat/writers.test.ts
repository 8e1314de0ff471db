// The streaming sinks, fed one small group of quads at a time as the catalogue export does: the text goes
// out in chunks of about FLUSH_CHARS (not one write per group, not all at the end), and every format parses
// back to exactly the quads written.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { Quad } from 'n3';
import { node, QuadBuffer, type RdfFormat, text } from './namespaces.ts';
import { lines, parseRdf } from './rdf-kit.ts';
import { FLUSH_CHARS, quadSink } from './writers.ts';

const BASE = 'http://localhost:3000/dataset/';

/** One dataset's worth of quads (about 1 kB of Turtle). */
function group(i: number): Quad[] {
  const b = new QuadBuffer();
  const s = node(`${BASE}${i}`);
  b.type(s, 'dcat', 'Dataset');
  b.add(s, 'dct', 'title', text(`Jeu de données ${i} — « qualité » & <eau>`, 'fr'));
  b.add(s, 'dct', 'title', text(`مجموعة البيانات ${i}`, 'ar'));
  b.add(s, 'dct', 'description', text(`${'Mesures horaires des stations. '.repeat(20)}${i}`, 'fr'));
  for (const k of ['eau', 'air', `k${i % 7}`]) b.add(s, 'dcat', 'keyword', text(k));
  return b.take();
}

for (const format of ['ttl', 'nt', 'rdf', 'jsonld'] as RdfFormat[])
  test(`${format}: groups written one by one come out in large chunks and parse back the same`, async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.setEncoding('utf8');
    out.on('data', (c: string) => chunks.push(c));
    const sink = quadSink(format, out);
    const all: Quad[] = [];
    const N = format === 'jsonld' ? 1500 : 400;
    let writtenBeforeEnd = 0;
    for (let i = 0; i < N; i++) {
      const quads = group(i);
      all.push(...quads);
      await sink.write(quads);
    }
    writtenBeforeEnd = chunks.join('').length;
    await sink.end();
    const body = chunks.join('');
    assert.ok(body.length > 4 * FLUSH_CHARS, `${body.length} characters`);
    // Streamed: most of the text left before the end, in far fewer writes than groups.
    assert.ok(writtenBeforeEnd > body.length / 2, `${writtenBeforeEnd} of ${body.length} before the end`);
    assert.ok(chunks.length < N / 4, `${chunks.length} chunks for ${N} groups`);
    assert.deepEqual(lines(await parseRdf(format, body)), lines(all));
  });
