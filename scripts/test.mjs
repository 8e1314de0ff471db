// Runs the test files with node's test runner (through tsx).
//   node scripts/test.mjs          unit + integration tests (src/**/*.test.ts[x], test/**/*.test.ts)
//   node scripts/test.mjs e2e      browser tests (test/e2e/*.e2e.ts)
//   node scripts/test.mjs FILE…    only these files
// The database dialects come from DIALECTS (sqlite | postgres | sqlite,postgres; default sqlite).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const e2e = args[0] === 'e2e';
const walk = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name));
let files;
if (e2e) files = walk('test/e2e').filter((f) => f.endsWith('.e2e.ts'));
else if (args.length) files = args;
else
  files = [...walk('src'), ...walk('test')]
    .filter((f) => /\.test\.tsx?$/.test(f) && !f.includes('/e2e/'))
    .sort();

// A file that has not finished after this long fails (and the run goes on) instead of holding the run forever.
const fileTimeoutMs = e2e ? 10 * 60_000 : 15 * 60_000;
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    `--test-concurrency=${e2e ? 1 : 2}`,
    `--test-timeout=${fileTimeoutMs}`,
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
