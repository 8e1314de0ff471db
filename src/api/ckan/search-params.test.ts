import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../kernel/errors.ts';
import type { DatasetView } from '../../modules/catalog/index.ts';
import { parseSort, searchRequest, searchResult } from './search-params.ts';

const refused = (fn: () => unknown, code: string, detail?: RegExp) =>
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof AppError);
    assert.equal(e.code, code);
    if (detail) assert.match(String(e.params.detail), detail);
    return true;
  });

describe('package_search parameters → DatasetSearch', () => {
  test('defaults: rows 10, start 0, no drafts, no private, CKAN default sort', () => {
    const r = searchRequest({});
    assert.deepEqual(r.search, {
      includePrivate: false,
      includeDrafts: false,
      sort: 'modified',
      limit: 10,
      offset: 0,
    });
    assert.equal(r.sort, 'score desc, metadata_modified desc');
    assert.deepEqual(r.facetFields, []);
  });

  test('q is the user query; *:* matches everything; a q of field clauses is a filter', () => {
    assert.equal(searchRequest({ q: 'budget 2024' }).search.q, 'budget 2024');
    assert.equal(searchRequest({ q: 'budget' }).search.sort, 'relevance');
    assert.equal(searchRequest({ q: '*:*' }).search.q, undefined);
    const r = searchRequest({ q: 'tags:budget' });
    assert.equal(r.search.q, undefined);
    assert.deepEqual(r.search.filter, { field: 'tag', values: ['budget'] });
    assert.equal(searchRequest({ q: 'title:budget' }).search.q, 'title:budget');
  });

  test('fq (and q filters) become the filter; a metadata_modified range becomes modifiedSince', () => {
    const r = searchRequest({
      q: 'organization:finances',
      fq: 'tags:"road safety" AND metadata_modified:[2024-01-01T00:00:00Z TO *]',
    });
    assert.deepEqual(r.search.filter, {
      and: [
        { field: 'organization', values: ['finances'] },
        { field: 'tag', values: ['road safety'] },
      ],
    });
    assert.equal(r.search.modifiedSince, '2024-01-01T00:00:00Z');
    refused(() => searchRequest({ fq: 'tags:(a' }), 'ckan.search_query_invalid', /unclosed/);
  });

  test('rows is capped at 1000; bad numbers are validation errors naming the parameter', () => {
    assert.equal(searchRequest({ rows: '5000' }).search.limit, 1000);
    assert.equal(searchRequest({ rows: 0, start: '20' }).search.offset, 20);
    assert.throws(
      () => searchRequest({ rows: 'ten', start: '-1', include_private: 'maybe' }),
      (e: unknown) =>
        e instanceof AppError &&
        e.code === 'http.validation' &&
        ['rows', 'start', 'include_private'].every((f) => f in (e.fields ?? {})),
    );
  });

  test('sort strings', () => {
    assert.equal(parseSort('score desc, metadata_modified desc', false), 'modified');
    assert.equal(parseSort('score desc, metadata_modified desc', true), 'relevance');
    assert.equal(parseSort('metadata_created desc', true), 'newest');
    assert.equal(parseSort('title_string asc', false), 'title');
    assert.equal(parseSort('name asc', false), 'title');
    assert.equal(parseSort('views_recent desc', false), 'downloads');
    assert.equal(parseSort('id asc', false), 'newest');
    refused(() => parseSort('title_string desc', false), 'ckan.search_query_invalid', /unsupported sort/);
    refused(
      () => parseSort('metadata_modified sideways', false),
      'ckan.search_query_invalid',
      /invalid sort/,
    );
  });

  test('facets: facet.field as a JSON list, limit and mincount; facet=false asks none; unknown fields refused', () => {
    const r = searchRequest({
      'facet.field': '["organization","groups","tags","res_format","license_id"]',
      'facet.limit': '-1',
      'facet.mincount': '2',
    });
    assert.deepEqual(r.search.facets, ['organization', 'theme', 'tag', 'format', 'license']);
    assert.equal(r.search.facetLimit, -1);
    assert.equal(r.search.facetMinCount, 2);
    assert.equal(searchRequest({ 'facet.field': ['tags'] }).search.facetLimit, 50);
    assert.equal(searchRequest({ 'facet.field': '["tags"]', facet: 'false' }).search.facets, undefined);
    assert.throws(() => searchRequest({ 'facet.field': '["author"]' }), /http.validation/);
    assert.equal(searchRequest({ include_private: true, include_drafts: 'True' }).search.includeDrafts, true);
  });

  test('the result in CKAN’s shape: count, results, facets, search_facets with display names, sort', () => {
    const dataset = {
      id: 'd1',
      name: 'budget',
      title: { fr: 'Budget' },
      description: {},
      spatial: {},
      organization: { id: 'o1', name: 'finances', title: { fr: 'Finances' } },
      license_id: 'CC-BY-4.0',
      license: { id: 'CC-BY-4.0', title: { ar: 'x', fr: 'CC BY', en: 'CC BY' }, url: null, open: true },
      visibility: 'public',
      state: 'active',
      extras: [],
      tags: ['budget'],
      themes: [],
      resources: [],
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-02T00:00:00.000Z',
    } as unknown as DatasetView;
    const req = searchRequest({ 'facet.field': '["organization","tags"]', sort: 'name asc' });
    const out = searchResult(
      {
        total: 7,
        hits: [{ dataset }],
        facets: { organization: [{ value: 'finances', count: 7 }], tag: [{ value: 'budget', count: 3 }] },
      },
      req,
      { locale: 'fr', baseUrl: 'http://x' },
      { organization: new Map([['finances', 'Ministère des Finances']]) },
    );
    assert.equal(out.count, 7);
    assert.equal(out.results[0]!.name, 'budget');
    assert.equal(out.results[0]!.title, 'Budget');
    assert.deepEqual(out.facets, { organization: { finances: 7 }, tags: { budget: 3 } });
    assert.deepEqual(out.search_facets.organization, {
      title: 'Organizations',
      items: [{ name: 'finances', display_name: 'Ministère des Finances', count: 7 }],
    });
    assert.equal(out.search_facets.tags!.items[0]!.display_name, 'budget');
    assert.equal(out.sort, 'name asc');
  });
});
