// The DCAT-AP export of the demo catalogue against the official DCAT-AP 3.0.1 SHACL shapes: no violation of
// shapes.ttl and range.ttl for the catalogue and for every demo dataset; recommended-property warnings counted
// and printed (the module README records the figures).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { demoDatasets } from '../../demo/catalog.seed.ts';
import { loadDemoInto } from './demo-kit.ts';
import { parseTurtle, type ShaclFinding, shapesMissing, violations, warnings } from './shacl-kit.ts';

const summary = (list: ShaclFinding[]) => {
  const counts = new Map<string, number>();
  for (const f of list) {
    const k = `${f.path || f.shape}: ${f.message}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n} × ${k}`).join('\n');
};

describeWithApp('DCAT-AP 3.0.1 SHACL validation of the demo catalogue', (get) => {
  before(async () => loadDemoInto(get()));

  test('the whole catalogue: zero violations; recommended warnings counted', {
    skip: shapesMissing,
  }, async () => {
    const res = await get().app.inject({ url: '/catalog.ttl' });
    assert.equal(res.statusCode, 200, res.body);
    const quads = parseTurtle(res.body);
    const v = await violations(quads);
    assert.deepEqual(v, [], summary(v));
    const w = await warnings(quads);
    console.log(
      `catalogue: ${quads.length} triples, ${w.length} recommended-property warnings\n${summary(w)}`,
    );
    // The figure recorded in the module README; more warnings means a recommended property was lost.
    assert.ok(w.length <= 104, `${w.length} warnings, 104 recorded`);
  });

  test('every demo dataset on its own: zero violations', { skip: shapesMissing }, async () => {
    let warned = 0;
    for (const d of demoDatasets) {
      const res = await get().app.inject({ url: `/dataset/${d.name}.ttl` });
      assert.equal(res.statusCode, 200, `${d.name}: ${res.body}`);
      const quads = parseTurtle(res.body);
      const v = await violations(quads);
      assert.deepEqual(v, [], `${d.name}\n${summary(v)}`);
      warned += (await warnings(quads)).length;
    }
    console.log(`${demoDatasets.length} demo datasets: ${warned} recommended-property warnings in all`);
    assert.ok(warned <= 110, `${warned} warnings, 110 recorded`);
  });
});
