// CLI entry: shafaf start | serve | worker | migrate | seed | admin | search
import { parseArgs } from 'node:util';
import { adminCommand } from './cli/admin.ts';
import { migrateCommand } from './cli/migrate.ts';
import { searchCommand } from './cli/search.ts';
import { seedCommand } from './cli/seed.ts';
import { serveCommand } from './cli/serve.ts';
import { workerCommand } from './cli/worker.ts';
import { ConfigError, loadConfig } from './config.ts';
import { MigrationError } from './db/migrate.ts';

const usage = `Usage: shafaf <command> [options]

Commands:
  start              migrate, load the demo content on first run, serve the portal with an in-process worker
  serve              serve the portal (WORKER=embedded also runs jobs in-process)
  worker [--once]    run background jobs (--once: run the due jobs, then exit)
  migrate [up|status]  apply pending migrations (default: up) or list them
  seed               load the demo content (only into a database that has none)
  admin <command>    administration; \`shafaf admin help\` lists its commands
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(usage);
    return command ? 0 : 1;
  }
  const config = loadConfig();
  switch (command) {
    case 'start':
      return serveCommand(config, { migrate: true, demo: config.DEMO });
    case 'serve':
      return serveCommand(config, { migrate: false, demo: false });
    case 'worker': {
      const { values } = parseArgs({ args: rest, options: { once: { type: 'boolean' } } });
      return workerCommand(config, { once: values.once ?? false });
    }
    case 'migrate':
      return migrateCommand(config, rest[0] ?? 'up');
    case 'seed':
      return seedCommand(config);
    case 'admin':
      return adminCommand(config, rest);
    case 'search':
      return searchCommand(config, rest);
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${usage}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof MigrationError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    if (err instanceof Error && 'code' in err && (err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(`${err.message}: set PORT to a free port.\n`);
      process.exit(2);
    }
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
