import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FqError, parseFq } from './fq.ts';

const f = (fq: string) => parseFq(fq).filter;

describe('CKAN fq → FilterExpr', () => {
  test('one clause per supported field, with CKAN names mapped', () => {
    assert.deepEqual(f('organization:finances'), { field: 'organization', values: ['finances'] });
    assert.deepEqual(f('groups:economie'), { field: 'theme', values: ['economie'] });
    assert.deepEqual(f('tags:budget'), { field: 'tag', values: ['budget'] });
    assert.deepEqual(f('res_format:CSV'), { field: 'format', values: ['CSV'] });
    assert.deepEqual(f('license_id:CC-BY-4.0'), { field: 'license', values: ['CC-BY-4.0'] });
    assert.deepEqual(f('name:budget-2024'), { field: 'name', values: ['budget-2024'] });
  });

  test('quoted values keep spaces, colons and escaped quotes', () => {
    assert.deepEqual(f('tags:"road safety"'), { field: 'tag', values: ['road safety'] });
    assert.deepEqual(f('tags:"a:b \\"c\\""'), { field: 'tag', values: ['a:b "c"'] });
    assert.deepEqual(f('tags:"الميزانية العامة"'), { field: 'tag', values: ['الميزانية العامة'] });
  });

  test('clauses side by side are ANDed; AND, OR and NOT combine them', () => {
    assert.deepEqual(f('organization:a tags:b'), {
      and: [
        { field: 'organization', values: ['a'] },
        { field: 'tag', values: ['b'] },
      ],
    });
    assert.deepEqual(f('organization:a AND tags:b'), f('organization:a tags:b'));
    assert.deepEqual(f('organization:a && tags:b'), f('organization:a tags:b'));
    assert.deepEqual(f('tags:a OR tags:b'), {
      or: [
        { field: 'tag', values: ['a'] },
        { field: 'tag', values: ['b'] },
      ],
    });
    assert.deepEqual(f('NOT tags:a'), { not: { field: 'tag', values: ['a'] } });
    assert.deepEqual(f('organization:a -tags:b'), {
      and: [{ field: 'organization', values: ['a'] }, { not: { field: 'tag', values: ['b'] } }],
    });
    assert.deepEqual(f('+organization:a +res_format:CSV'), {
      and: [
        { field: 'organization', values: ['a'] },
        { field: 'format', values: ['CSV'] },
      ],
    });
  });

  test('AND binds tighter than OR; parentheses group', () => {
    assert.deepEqual(f('tags:a OR tags:b AND organization:o'), {
      or: [
        { field: 'tag', values: ['a'] },
        {
          and: [
            { field: 'tag', values: ['b'] },
            { field: 'organization', values: ['o'] },
          ],
        },
      ],
    });
    assert.deepEqual(f('(tags:a OR tags:b) AND organization:o'), {
      and: [
        {
          or: [
            { field: 'tag', values: ['a'] },
            { field: 'tag', values: ['b'] },
          ],
        },
        { field: 'organization', values: ['o'] },
      ],
    });
  });

  test('field:(a OR b) is one clause with two values', () => {
    assert.deepEqual(f('res_format:(CSV OR "MS Excel")'), { field: 'format', values: ['CSV', 'MS Excel'] });
  });

  test('match-all forms filter nothing; dataset_type:dataset is always true', () => {
    assert.deepEqual(parseFq(''), {});
    assert.deepEqual(parseFq('*:*'), {});
    assert.deepEqual(parseFq('+dataset_type:dataset'), {});
    assert.deepEqual(f('+dataset_type:dataset organization:o'), { field: 'organization', values: ['o'] });
    assert.deepEqual(f('dataset_type:harvest'), { not: { and: [] } });
    assert.deepEqual(f('organization:*'), undefined);
  });

  test('a top-level metadata_modified range becomes modifiedSince (the CKAN harvester)', () => {
    assert.deepEqual(parseFq('metadata_modified:[2024-01-15T10:20:30.123456Z TO *]'), {
      modifiedSince: '2024-01-15T10:20:30.123456Z',
    });
    assert.deepEqual(parseFq('organization:o metadata_modified:[2024-01-15 TO *]'), {
      filter: { field: 'organization', values: ['o'] },
      modifiedSince: '2024-01-15',
    });
  });

  test('what cannot be honoured is refused with a reason', () => {
    for (const [fq, reason] of [
      ['title:budget', /unknown field: title/],
      ['tags:"open', /unterminated/],
      ['(tags:a', /unclosed/],
      ['tags:a)', /unbalanced/],
      ['tags:bud*', /wildcards/],
      ['budget', /expected field:value/],
      ['tags:', /value is missing/],
      ['NOT', /NOT without/],
      ['AND tags:a', /AND without/],
      ['metadata_modified:[NOW-1DAY TO *]', /not a date/],
      ['metadata_modified:[* TO 2024-01-01]', /range/],
      ['tags:a OR metadata_modified:[2024-01-01 TO *]', /range/],
      ['tags:(a AND b)', /only OR/],
    ] as const)
      assert.throws(
        () => parseFq(fq),
        (e: unknown) => e instanceof FqError && reason.test(e.detail),
        fq,
      );
  });
});
