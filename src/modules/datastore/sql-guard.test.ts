// datastore_search_sql's guard: injection and write attempts are refused with the reason, legitimate
// read-only queries pass, and table references are rewritten to their physical names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../kernel/errors.ts';
import { analyzeSql, rewriteSql } from './sql-guard.ts';
import { tokenize } from './sql-tokenizer.ts';

const T = '"3f2b8c1e-0000-4000-8000-00000000abcd"';
const ID = '3f2b8c1e-0000-4000-8000-00000000abcd';

function refusedWith(sql: string): string {
  try {
    analyzeSql(sql);
  } catch (e) {
    assert.ok(e instanceof AppError, `${sql}: ${e}`);
    assert.deepEqual(Object.keys(e.fields ?? {}), ['sql'], 'the error names the sql parameter');
    return `${e.code}${e.params.word ? `:${String(e.params.word).toUpperCase()}` : ''}${e.params.name ? `:${e.params.name}` : ''}`;
  }
  assert.fail(`accepted: ${sql}`);
}

test('tokenizer: strings, quoted identifiers with doubled quotes, numbers, operators, comments', () => {
  const t = tokenize(`SELECT "a""b", 'it''s', 1.5e3, x<>y -- c\n/* d */`);
  assert.deepEqual(
    t.map((x) => [x.kind, x.text]),
    [
      ['word', 'SELECT'],
      ['ident', 'a"b'],
      ['op', ','],
      ['string', "'it''s'"],
      ['op', ','],
      ['number', '1.5e3'],
      ['op', ','],
      ['word', 'x'],
      ['op', '<>'],
      ['word', 'y'],
      ['comment', '-- c'],
      ['comment', '/* d */'],
    ],
  );
  for (const bad of [
    'SELECT `x`',
    'SELECT [x]',
    'SELECT $$x$$',
    'SELECT ?',
    'SELECT :x',
    'SELECT @x',
    "SELECT 'open",
  ])
    assert.equal(refusedWith(bad), 'datastore.sql_syntax', bad);
});

test('injection and write attempts are refused with the reason', () => {
  const cases: Record<string, string> = {
    [`SELECT * FROM ${T}; DROP TABLE users`]: 'datastore.sql_multiple_statements',
    [`SELECT * FROM ${T};; `]: 'datastore.sql_multiple_statements',
    [`SELECT * FROM ${T} UNION SELECT * FROM users`]: 'ok:users',
    [`SELECT * FROM ${T} WHERE id IN (SELECT id FROM users)`]: 'ok:users',
    [`SELECT * FROM ${T}, users`]: 'ok:users',
    [`SELECT * FROM ${T} a JOIN ${T} b ON true, users`]: 'ok:users',
    'PRAGMA table_info(users)': 'datastore.sql_not_select',
    "SELECT * FROM pragma_table_info('users')": 'datastore.sql_function_forbidden:pragma_table_info',
    "ATTACH DATABASE 'x.db' AS x": 'datastore.sql_not_select',
    "SELECT 1; ATTACH 'x' AS y": 'datastore.sql_multiple_statements',
    [`SELECT * FROM ${T} -- hidden`]: 'datastore.sql_comment',
    [`SELECT * FROM ${T} /* x */ WHERE 1=1`]: 'datastore.sql_comment',
    [`SELECT/**/* FROM ${T}`]: 'datastore.sql_comment',
    'SELECT pg_sleep(10)': 'datastore.sql_word_forbidden:PG_SLEEP',
    [`SELECT * FROM ${T} WHERE main.abs(1) = 1`]: 'datastore.sql_function_forbidden:abs',
    "SELECT lo_import('/etc/passwd')": 'datastore.sql_word_forbidden:LO_IMPORT',
    "SELECT current_setting('is_superuser')": 'datastore.sql_function_forbidden:current_setting',
    "SELECT set_config('statement_timeout', '0', false)": 'datastore.sql_function_forbidden:set_config',
    'SELECT version()': 'datastore.sql_function_forbidden:version',
    'SELECT current_user': 'datastore.sql_word_forbidden:CURRENT_USER',
    'SELECT usename FROM pg_user': 'datastore.sql_word_forbidden:PG_USER',
    'SELECT * FROM sqlite_master': 'datastore.sql_word_forbidden:SQLITE_MASTER',
    'SELECT * FROM "sqlite_master"': 'datastore.sql_word_forbidden:SQLITE_MASTER',
    'SELECT * FROM information_schema.tables': 'datastore.sql_word_forbidden:INFORMATION_SCHEMA',
    'SELECT * FROM public.users': 'datastore.sql_table_forbidden:public',
    [`SELECT "pg_sleep"(1) FROM ${T}`]: 'datastore.sql_word_forbidden:PG_SLEEP',
    [`SELECT "x""y"(1) FROM ${T}`]: 'datastore.sql_function_forbidden:x"y',
    [`SELECT * FROM ${T} WHERE "a"" OR 1=1; --" = 1`]: 'ok',
    [`WITH d AS (DELETE FROM ${T} RETURNING *) SELECT * FROM d`]: 'datastore.sql_word_forbidden:DELETE',
    [`WITH i AS (INSERT INTO ${T} VALUES (1)) SELECT 1`]: 'datastore.sql_word_forbidden:INSERT',
    [`WITH u AS (UPDATE ${T} SET a = 1) SELECT 1`]: 'datastore.sql_word_forbidden:UPDATE',
    [`SELECT * INTO copy FROM ${T}`]: 'datastore.sql_word_forbidden:INTO',
    [`SELECT * FROM ${T} FOR UPDATE`]: 'datastore.sql_word_forbidden:FOR',
    [`SELECT * FROM ${T} FOR SHARE NOWAIT`]: 'datastore.sql_word_forbidden:FOR',
    [`INSERT INTO ${T} VALUES (1)`]: 'datastore.sql_not_select',
    [`DELETE FROM ${T}`]: 'datastore.sql_not_select',
    [`SELECT * FROM ${T} UNION TABLE users`]: 'datastore.sql_word_forbidden:TABLE',
    'SELECT 1 WHERE EXISTS (TABLE users)': 'datastore.sql_word_forbidden:TABLE',
    "COPY users TO '/tmp/x'": 'datastore.sql_not_select',
    'SELECT * FROM generate_series(1, 1000000000)': 'datastore.sql_function_forbidden:generate_series',
    [`SELECT * FROM ${T} WHERE 'users'::regclass IS NOT NULL`]: 'datastore.sql_word_forbidden:REGCLASS',
    [`SELECT CAST('users' AS regclass) FROM ${T}`]: 'datastore.sql_word_forbidden:REGCLASS',
    [`SELECT regclass 'users' FROM ${T}`]: 'datastore.sql_word_forbidden:REGCLASS',
    [`SELECT E'\\x27' FROM ${T}`]: 'datastore.sql_word_forbidden:E',
    [`SELECT X'00' FROM ${T}`]: 'datastore.sql_word_forbidden:X',
    [`SELECT load_extension('evil') FROM ${T}`]: 'datastore.sql_function_forbidden:load_extension',
    [`SELECT * FROM ONLY ${T}`]: 'datastore.sql_word_forbidden:ONLY',
    [`SELECT * FROM ${T}.x`]: `datastore.sql_table_forbidden:${ID}`,
    'SELECT a.b.c FROM t': 'datastore.sql_syntax',
    [`SELECT * FROM ${T} WHERE a = '1' OR '1'='1'`]: 'ok',
    'EXPLAIN SELECT 1': 'datastore.sql_not_select',
    'SET statement_timeout = 0': 'datastore.sql_not_select',
    'SELECT * FROM (SELECT * FROM users) x': 'ok:users',
    [`SELECT * FROM ${T} CROSS JOIN LATERAL json_each('[]')`]: 'datastore.sql_function_forbidden:json_each',
    '': 'datastore.sql_not_select',
    ';': 'datastore.sql_not_select',
  };
  for (const [sql, expected] of Object.entries(cases)) {
    if (expected.startsWith('ok')) {
      const tables = analyzeSql(sql).tables;
      const extra = expected.split(':')[1];
      if (extra)
        assert.ok(tables.includes(extra), `${sql}: ${extra} must be resolved (and refused) by the caller`);
      continue;
    }
    assert.equal(refusedWith(sql), expected, sql);
  }
});

test('legitimate read-only queries pass and name their tables', () => {
  const ok = [
    `SELECT * FROM ${T}`,
    `SELECT "région", count(*) AS n, sum("montant") FROM ${T} WHERE "année" >= 2020 GROUP BY "région" HAVING count(*) > 1 ORDER BY n DESC LIMIT 10;`,
    `WITH t AS (SELECT "région" r, avg(x) a FROM ${T} GROUP BY 1) SELECT r FROM t WHERE a > 2`,
    `WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT n FROM c`,
    `SELECT a.x, b.y FROM ${T} a LEFT JOIN ${T} AS b ON a.id = b.id WHERE b.y IS NULL`,
    `SELECT extract(year FROM d), substring(t FROM 1 FOR 3), trim(both ' ' from t) FROM ${T}`,
    `SELECT CAST(x AS numeric), x::integer, DATE '2024-01-01' FROM ${T} WHERE t LIKE 'a%' ESCAPE '!'`,
    `SELECT row_number() OVER (PARTITION BY r ORDER BY x DESC) FROM ${T}`,
    `SELECT * FROM ${T} WHERE x IN (1, 2, 3) AND y BETWEEN 1 AND 2 OR z NOT IN (SELECT z FROM ${T})`,
    `SELECT CASE WHEN x > 1 THEN 'grand' ELSE 'petit' END FROM ${T}`,
    `SELECT المدينة, count(*) FROM ${T} GROUP BY المدينة`,
    `SELECT "${ID}"."a" FROM ${T}`,
    `SELECT count(*) FILTER (WHERE x > 1) FROM ${T}`,
  ];
  for (const sql of ok) {
    const a = analyzeSql(sql);
    assert.deepEqual(a.tables, sql.includes(ID) && !sql.startsWith('WITH RECURSIVE') ? [ID] : [], sql);
  }
});

test('rewrite: physical names in, the resource id kept as alias, nothing else touched', () => {
  const a = analyzeSql(`SELECT "${ID}".a, 'FROM ${T}' FROM ${T} WHERE b = 1; `);
  assert.equal(
    rewriteSql(a, () => 'datastore."t_1"'),
    `SELECT "${ID}".a, 'FROM ${T}' FROM datastore."t_1" AS "${ID}" WHERE b = 1`,
  );
  const b = analyzeSql(`SELECT x.a FROM ${T} x JOIN ${T} AS y ON x.a = y.a`);
  assert.equal(
    rewriteSql(b, () => 'P'),
    'SELECT x.a FROM P x JOIN P AS y ON x.a = y.a',
  );
});
