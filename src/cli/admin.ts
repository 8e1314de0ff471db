import { parseArgs } from 'node:util';
import { type Config, redactedConfig } from '../config.ts';
import { openRuntime } from '../runtime.ts';

const usage = `Usage: shafaf admin <command>

  config               print the configuration in force (secrets hidden)
  jobs [--status S] [--kind K] [--limit N]   list background jobs
  jobs-retry <id>      put a dead job back in the queue
`;

export async function adminCommand(config: Config, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'config':
      process.stdout.write(`${JSON.stringify(redactedConfig(config), null, 2)}\n`);
      return 0;
    case 'jobs': {
      const { values } = parseArgs({
        args: rest,
        options: { status: { type: 'string' }, kind: { type: 'string' }, limit: { type: 'string' } },
      });
      const rt = await openRuntime(config);
      try {
        const jobs = await rt.queue.list({
          status: values.status as 'queued' | 'running' | 'done' | 'dead' | undefined,
          kind: values.kind,
          limit: values.limit ? Number(values.limit) : 50,
        });
        for (const j of jobs)
          process.stdout.write(
            `${j.id}  ${j.status.padEnd(7)}  ${j.kind}  attempts ${j.attempts}/${j.maxAttempts}${j.lastError ? `  ${j.lastError}` : ''}\n`,
          );
        return 0;
      } finally {
        await rt.db.close();
      }
    }
    case 'jobs-retry': {
      const rt = await openRuntime(config);
      try {
        const job = await rt.queue.retry(rest[0] ?? '');
        process.stdout.write(`${job.id} ${job.status}\n`);
        return 0;
      } finally {
        await rt.db.close();
      }
    }
    default:
      process.stdout.write(usage);
      return sub && sub !== 'help' ? 1 : 0;
  }
}
