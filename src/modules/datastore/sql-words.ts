// The vocabulary of datastore_search_sql: what a read-only SELECT may say. Everything is an allow-list
// except FORBIDDEN, which names the words refused outright (so the error can say which word) — an unknown
// word is otherwise read as a column name, and a column name alone cannot call, write or reach anything.

/** Functions a query may call (lower case), the same on both databases where they exist. */
// biome-ignore format: a word list
export const FUNCTIONS = new Set([
  // aggregates
  'count', 'sum', 'avg', 'min', 'max', 'total', 'group_concat', 'string_agg', 'bool_and', 'bool_or',
  'every', 'stddev', 'stddev_pop', 'stddev_samp', 'variance', 'var_pop', 'var_samp', 'percentile_cont',
  'percentile_disc', 'mode',
  // window
  'row_number', 'rank', 'dense_rank', 'percent_rank', 'cume_dist', 'ntile', 'lag', 'lead', 'first_value',
  'last_value', 'nth_value',
  // math
  'abs', 'round', 'ceil', 'ceiling', 'floor', 'trunc', 'sqrt', 'power', 'pow', 'exp', 'ln', 'log', 'log10',
  'mod', 'sign', 'greatest', 'least',
  // text
  'length', 'char_length', 'character_length', 'lower', 'upper', 'trim', 'ltrim', 'rtrim', 'substr',
  'substring', 'replace', 'instr', 'position', 'strpos', 'left', 'right', 'lpad', 'rpad', 'concat',
  'concat_ws', 'split_part', 'reverse', 'initcap',
  // null handling and conditions
  'coalesce', 'nullif', 'ifnull', 'iif',
  // dates
  'date', 'datetime', 'time', 'julianday', 'strftime', 'unixepoch', 'date_trunc', 'date_part', 'extract',
  'to_char', 'to_date', 'to_timestamp', 'make_date', 'age',
  // casts (CAST(x AS type): the type is checked against TYPES)
  'cast',
]);

/** Type names of casts (`CAST(x AS t)`, `x::t`) and typed literals. */
// biome-ignore format: a word list
export const TYPES = new Set([
  'text', 'varchar', 'char', 'character', 'varying', 'integer', 'int', 'int2', 'int4', 'int8', 'bigint',
  'smallint', 'numeric', 'decimal', 'real', 'float', 'float4', 'float8', 'double', 'precision', 'boolean',
  'bool', 'date', 'time', 'timestamp', 'timestamptz', 'interval',
]);

/**
 * The grammar of a SELECT: keywords that are neither names nor functions. Only these may stand right before
 * a string literal: elsewhere `word 'text'` is a typed literal (E'…', X'…', regclass '…').
 */
// biome-ignore format: a word list
export const KEYWORDS = new Set([
  'SELECT', 'DISTINCT', 'ALL', 'AS', 'FROM', 'WHERE', 'GROUP', 'BY', 'HAVING', 'ORDER', 'ASC', 'DESC',
  'NULLS', 'FIRST', 'LAST', 'LIMIT', 'OFFSET', 'UNION', 'INTERSECT', 'EXCEPT', 'JOIN', 'INNER', 'LEFT',
  'RIGHT', 'FULL', 'OUTER', 'CROSS', 'NATURAL', 'ON', 'USING', 'AND', 'OR', 'NOT', 'IN', 'IS', 'NULL',
  'TRUE', 'FALSE', 'LIKE', 'ILIKE', 'GLOB', 'BETWEEN', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'EXISTS',
  'WITH', 'RECURSIVE', 'MATERIALIZED', 'ANY', 'SOME', 'OVER', 'PARTITION', 'ROWS', 'RANGE', 'UNBOUNDED',
  'PRECEDING', 'FOLLOWING', 'CURRENT', 'ROW', 'FILTER', 'WITHIN', 'ESCAPE', 'VALUES', 'LATERAL', 'WINDOW',
  'DATE', 'TIME', 'TIMESTAMP', 'INTERVAL', 'YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'LEADING', 'TRAILING', 'BOTH',
]);

/** Keywords a `(` may follow without being a function call. */
// biome-ignore format: a word list
export const PAREN_KEYWORDS = new Set([
  'IN', 'EXISTS', 'ANY', 'SOME', 'ALL', 'AS', 'OVER', 'FILTER', 'VALUES', 'USING', 'ON', 'AND', 'OR', 'NOT',
  'WHEN', 'THEN', 'ELSE', 'CASE', 'SELECT', 'WHERE', 'BY', 'HAVING', 'FROM', 'JOIN', 'UNION', 'INTERSECT',
  'EXCEPT', 'DISTINCT', 'LATERAL', 'IS', 'LIKE', 'ILIKE', 'BETWEEN', 'GROUP', 'ROW', 'LIMIT', 'OFFSET',
  'MATERIALIZED', 'END',
]);

/** Words refused wherever they stand: writes, DDL, transaction and session control, locking, identity. */
// biome-ignore format: a word list
export const FORBIDDEN = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'REPLACE', 'UPSERT', 'CREATE', 'DROP', 'ALTER', 'TRUNCATE',
  'GRANT', 'REVOKE', 'ATTACH', 'DETACH', 'PRAGMA', 'VACUUM', 'ANALYZE', 'ANALYSE', 'REINDEX', 'COPY', 'SET',
  'RESET', 'SHOW', 'INTO', 'FOR', 'LOCK', 'CALL', 'EXECUTE', 'EXEC', 'DO', 'LISTEN', 'NOTIFY', 'UNLISTEN',
  'LOAD', 'BEGIN', 'COMMIT', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'DECLARE', 'FETCH', 'MOVE', 'CLOSE',
  'PREPARE', 'DEALLOCATE', 'DISCARD', 'RETURNING', 'CONFLICT', 'TABLE', 'NOWAIT', 'SKIP', 'LOCKED', 'SHARE',
  'CLUSTER', 'COMMENT', 'SECURITY', 'CHECKPOINT', 'EXPLAIN', 'IMPORT', 'REFRESH', 'CURRENT_USER',
  'SESSION_USER', 'USER', 'CURRENT_ROLE', 'CURRENT_SCHEMA', 'CURRENT_CATALOG', 'SYSTEM_USER', 'TABLESAMPLE',
  'INDEXED', 'ONLY', 'TEMP', 'TEMPORARY',
]);

/** Name prefixes of system catalogues and internals, refused in any position. */
export const FORBIDDEN_PREFIXES = ['pg_', 'sqlite_', 'information_schema', 'lo_', 'dblink'];
