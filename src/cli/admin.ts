import { parseArgs } from 'node:util';
import pino from 'pino';
import { type Config, redactedConfig } from '../config.ts';
import type { ServiceContext } from '../context.ts';
import { migrateUp } from '../db/migrate.ts';
import { errorBody } from '../http/errors.ts';
import { i18nFor } from '../i18n/index.ts';
import { AppError } from '../kernel/errors.ts';
import { cliActor, tokens, usersService } from '../modules/accounts/index.ts';
import { sendReminders } from '../modules/plans/reminders.service.ts';
import { openRuntime, type Runtime } from '../runtime.ts';

const usage = `Usage: shafaf admin <command>

  create-user --email E --password P [--name N] [--sysadmin]   create an active account
  create-token --email E --name N [--days D]                   create an API token (printed once)
  config               print the configuration in force (secrets hidden)
  jobs [--status S] [--kind K] [--limit N]   list background jobs
  jobs-retry <id>      put a dead job back in the queue
  plan-reminders [--date YYYY-MM-DD]   remind project leads of their reporting deadlines (run daily)
`;

function cliContext(rt: Runtime): ServiceContext {
  return {
    ...rt,
    log: pino({ level: rt.config.LOG_LEVEL }),
    actor: cliActor,
    locale: 'en',
    ip: null,
    requestId: null,
  };
}

async function withRuntime(config: Config, fn: (rt: Runtime) => Promise<number>): Promise<number> {
  const rt = await openRuntime(config);
  try {
    await migrateUp(rt.db);
    return await fn(rt);
  } catch (err) {
    if (err instanceof AppError) {
      const body = errorBody(err, i18nFor('en'));
      const fields = Object.entries(body.error.fields ?? {}).map(([k, f]) => `  ${k}: ${f.message}`);
      process.stderr.write(`${body.error.message}\n${fields.join('\n')}${fields.length ? '\n' : ''}`);
      return 1;
    }
    throw err;
  } finally {
    await rt.db.close();
  }
}

export async function adminCommand(config: Config, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'create-user': {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          password: { type: 'string' },
          name: { type: 'string' },
          sysadmin: { type: 'boolean' },
        },
      });
      return withRuntime(config, async (rt) => {
        const user = await usersService.createActiveUser(cliContext(rt), {
          ...values,
          sysadmin: values.sysadmin ?? false,
        });
        process.stdout.write(`Created ${user.email} (${user.id})${user.sysadmin ? ' as sysadmin' : ''}\n`);
        return 0;
      });
    }
    case 'create-token': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, name: { type: 'string' }, days: { type: 'string' } },
      });
      return withRuntime(config, async (rt) => {
        const ctx = cliContext(rt);
        const user = await rt.db.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', (values.email ?? '').trim().toLowerCase())
          .executeTakeFirst();
        if (!user) throw new AppError('accounts.user_not_found', { email: values.email ?? '' });
        const { token } = await tokens.createApiToken(ctx, user.id, {
          name: values.name,
          expiresInDays: values.days,
        });
        process.stdout.write(`${token}\n`);
        return 0;
      });
    }
    case 'config':
      process.stdout.write(`${JSON.stringify(redactedConfig(config), null, 2)}\n`);
      return 0;
    case 'jobs': {
      const { values } = parseArgs({
        args: rest,
        options: { status: { type: 'string' }, kind: { type: 'string' }, limit: { type: 'string' } },
      });
      return withRuntime(config, async (rt) => {
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
      });
    }
    case 'jobs-retry':
      return withRuntime(config, async (rt) => {
        const job = await rt.queue.retry(rest[0] ?? '');
        process.stdout.write(`${job.id} ${job.status}\n`);
        return 0;
      });
    case 'plan-reminders': {
      const { values } = parseArgs({ args: rest, options: { date: { type: 'string' } } });
      return withRuntime(config, async (rt) => {
        const out = await sendReminders({ ...rt, log: pino({ level: rt.config.LOG_LEVEL }) }, values.date);
        for (const c of out.commitments)
          process.stdout.write(
            `${c.plan} #${c.number}: deadline ${c.deadline}, ${c.late} late, ${c.leads} lead(s)\n`,
          );
        process.stdout.write(`${out.sent} reminder(s) sent for ${out.date}\n`);
        return 0;
      });
    }
    default:
      process.stdout.write(usage);
      return sub && sub !== 'help' ? 1 : 0;
  }
}
