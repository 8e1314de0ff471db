// Small pieces of the graph: valid xsd:dateTime whatever ISO 8601 form was stored; Accept negotiation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateTime } from './graph.ts';
import { negotiateRdf } from './negotiate.ts';

test('dates and timestamps become valid xsd:dateTime literals', () => {
  assert.equal(dateTime('2024-03-01').value, '2024-03-01T00:00:00Z');
  assert.equal(dateTime('2026-11-25T10:00:00.000Z').value, '2026-11-25T10:00:00.000Z');
  assert.equal(dateTime('2024-03-01T10:00+01:00').value, '2024-03-01T09:00:00.000Z');
  assert.equal(dateTime('2024-03-01T10:00').datatype.value, 'http://www.w3.org/2001/XMLSchema#dateTime');
  assert.match(dateTime('2024-03-01T10:00').value, /^2024-03-01T\d{2}:00:00\.000Z$/);
});

test('Accept: RDF only when asked for more than HTML', () => {
  assert.equal(negotiateRdf(undefined), null);
  assert.equal(negotiateRdf('*/*'), null);
  assert.equal(negotiateRdf('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'), null);
  assert.equal(negotiateRdf('text/turtle'), 'ttl');
  assert.equal(negotiateRdf('text/turtle;q=0.5, application/ld+json'), 'jsonld');
  assert.equal(negotiateRdf('text/html;q=0.9, application/rdf+xml'), 'rdf');
  assert.equal(negotiateRdf('text/html, text/turtle'), null);
  assert.equal(negotiateRdf('application/n-triples;q=0'), null);
  assert.equal(negotiateRdf('application/x-turtle'), 'ttl');
});
