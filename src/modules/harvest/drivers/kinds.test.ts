// The kind of a harvested resource from what DCAT, data.json and CKAN say (pure functions, no database),
// and the CKAN driver's mapping of CKAN's older resource types.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ckanDriver } from './ckan.ts';
import { datajsonDriver } from './datajson.ts';
import { ckanKind, distributionKind, isApiAddress } from './kinds.ts';

const dist = (d: Partial<Parameters<typeof distributionKind>[0]>) =>
  distributionKind({ downloadURL: null, accessURL: null, format: null, mediaType: null, ...d });

test('a distribution is data, or an API by its service, format, media type or address', () => {
  assert.equal(dist({ downloadURL: 'https://x.eu/a.csv', service: 'https://x.eu/sparql' }), 'data');
  assert.equal(dist({ accessURL: 'https://x.eu/page', service: '' }), 'api');
  for (const format of ['API', 'WMS', 'esri rest', 'SPARQL', 'OData'])
    assert.equal(dist({ accessURL: 'https://x.eu/x', format }), 'api', format);
  assert.equal(dist({ accessURL: 'https://x.eu/x', mediaType: 'application/vnd.oai.openapi+json' }), 'api');
  assert.equal(dist({ accessURL: 'https://x.eu/x', format: 'CSV' }), 'data');
  assert.equal(dist({ accessURL: 'https://x.eu/viewer', format: 'HTML' }), 'data');
  for (const url of [
    'https://x.eu/api/3/action/datastore_search?resource_id=1',
    'https://x.eu/api',
    'https://x.eu/geoserver/ows?service=WFS&request=GetCapabilities',
    'https://x.eu/sparql',
    'https://x.eu/docs/openapi.json',
  ])
    assert.ok(isApiAddress(url), url);
  for (const url of ['https://x.eu/apiculture/report.csv', 'https://api.x.eu/v1/items', 'not a url'])
    assert.ok(!isApiAddress(url), url);
});

test("CKAN's resource types, ours and older ones, read as our kinds", () => {
  assert.deepEqual(
    ['file', 'file.upload', 'api', 'documentation', 'visualization', 'DATA', 'unknown', 3].map(ckanKind),
    ['data', 'data', 'api', 'documentation', 'other', 'data', undefined, undefined],
  );
  const spec = {
    id: 's',
    url: 'https://ckan.example.org',
    type: 'ckan' as const,
    filters: {},
    locale: 'fr' as const,
  };
  const mapped = ckanDriver.map(
    {
      name: 'x',
      title: 'X',
      resources: [
        { url: 'https://x.eu/a.csv', name: 'A', resource_type: 'file.upload' },
        { url: 'https://x.eu/api', name: 'B', resource_type: 'api' },
        { url: 'https://x.eu/doc', name: 'C', resource_type: 'documentation' },
        { url: 'https://x.eu/d', name: 'D' },
      ],
    },
    spec,
  );
  assert.deepEqual(
    mapped.resources.map((r) => r.kind),
    ['data', 'api', 'documentation', undefined],
  );
});

test('data.json: references are documentation; distributions data or APIs', () => {
  const spec = {
    id: 's',
    url: 'https://x.eu/data.json',
    type: 'datajson' as const,
    filters: {},
    locale: 'fr' as const,
  };
  const mapped = datajsonDriver.map(
    {
      identifier: 'x',
      title: 'X',
      references: ['https://x.eu/guide.pdf', 'https://x.eu/', 'ftp://x.eu/no', 'https://x.eu/guide.pdf'],
      distribution: [
        { downloadURL: 'https://x.eu/a.csv', mediaType: 'text/csv' },
        { accessURL: 'https://x.eu/service', format: 'API' },
        { accessURL: 'https://x.eu/api/items' },
        { accessURL: 'https://x.eu/viewer', format: 'HTML' },
      ],
    },
    spec,
  );
  assert.deepEqual(
    mapped.resources.map((r) => [r.kind, r.url, r.title]),
    [
      ['data', 'https://x.eu/a.csv', { fr: 'a.csv' }],
      ['api', 'https://x.eu/service', { fr: 'API' }],
      ['api', 'https://x.eu/api/items', { fr: 'items' }],
      ['data', 'https://x.eu/viewer', { fr: 'HTML' }],
      ['documentation', 'https://x.eu/guide.pdf', { fr: 'guide.pdf' }],
      ['documentation', 'https://x.eu/', { fr: 'x.eu' }],
    ],
  );
});
