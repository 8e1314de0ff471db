// The only reader of process.env. Every key has a type, a default and a description;
// docs/configuration.md lists them all (a test fails when one is missing there).
import { resolve } from 'node:path';
import { moduleKeys } from './config-modules.ts';
import { type KeySpec, key } from './config-spec.ts';

export const configKeys = {
  PORT: key({
    kind: 'integer',
    default: 3000,
    min: 0,
    max: 65535,
    description: 'TCP port of the web process.',
  }),
  HOST: key({ kind: 'string', default: '0.0.0.0', description: 'Address the web process listens on.' }),
  DATA_DIR: key({
    kind: 'string',
    default: './data',
    description: 'Folder for the embedded SQLite database and uploaded files (disk storage).',
  }),
  DATABASE_URL: key({
    kind: 'string',
    default: '',
    secret: true,
    description:
      'Empty: SQLite file `shafaf.db` in DATA_DIR. `sqlite:/path/file.db`: that SQLite file. `postgres://…`: PostgreSQL.',
  }),
  BASE_URL: key({
    kind: 'url',
    default: 'http://localhost:3000',
    description:
      'Public URL of the portal, used in links, feeds, e-mails and DCAT identifiers. Unset: `http://localhost:<PORT>`.',
  }),
  DEFAULT_LOCALE: key({
    kind: 'enum',
    default: 'ar',
    values: ['ar', 'fr', 'en'],
    description: 'Language used when neither the URL, a cookie nor the browser says which.',
  }),
  SITE_NAME: key({
    kind: 'string',
    default: '',
    description: 'Portal name shown in the header; empty uses the translated default ("Shafaf").',
  }),
  STORAGE: key({
    kind: 'enum',
    default: 'disk',
    values: ['disk', 's3'],
    description: 'Where resource files are kept: `disk` (DATA_DIR/files) or an S3-compatible store.',
  }),
  S3_ENDPOINT: key({
    kind: 'string',
    default: '',
    description: 'S3 endpoint URL (empty: the AWS default for S3_REGION).',
  }),
  S3_REGION: key({ kind: 'string', default: 'us-east-1', description: 'S3 region.' }),
  S3_BUCKET: key({ kind: 'string', default: '', description: 'S3 bucket for resource files.' }),
  S3_ACCESS_KEY_ID: key({ kind: 'string', default: '', secret: true, description: 'S3 access key id.' }),
  S3_SECRET_ACCESS_KEY: key({
    kind: 'string',
    default: '',
    secret: true,
    description: 'S3 secret access key.',
  }),
  S3_FORCE_PATH_STYLE: key({
    kind: 'boolean',
    default: true,
    description: 'Use path-style S3 URLs (needed by most S3-compatible servers).',
  }),
  UPLOAD_MAX_MB: key({
    kind: 'integer',
    default: 100,
    min: 1,
    max: 10240,
    description:
      'Largest accepted resource file upload, in megabytes (a larger file is refused with a clear message).',
  }),
  SMTP_URL: key({
    kind: 'string',
    default: '',
    secret: true,
    description:
      'SMTP server (`smtp://user:pass@host:port`); empty keeps e-mail in the outbox table and the log.',
  }),
  MAIL_FROM: key({
    kind: 'string',
    default: 'Shafaf <no-reply@localhost>',
    description: 'Sender address of e-mails.',
  }),
  DEMO: key({
    kind: 'boolean',
    default: true,
    description: 'Load the demo content on first start (an empty database only).',
  }),
  WORKER: key({
    kind: 'enum',
    default: 'embedded',
    values: ['embedded', 'off'],
    description:
      '`embedded`: `serve` also runs background jobs in-process. `off`: jobs run only in `shafaf worker`.',
  }),
  WORKER_CONCURRENCY: key({
    kind: 'integer',
    default: 2,
    min: 1,
    max: 64,
    description: 'Jobs one worker process runs at the same time.',
  }),
  WORKER_POLL_MS: key({
    kind: 'integer',
    default: 1000,
    min: 10,
    max: 60000,
    description: 'How often an idle worker looks for due jobs (milliseconds).',
  }),
  JOB_LEASE_SECONDS: key({
    kind: 'integer',
    default: 60,
    min: 5,
    max: 86400,
    description: 'A running job whose worker has not sent a heartbeat for this long is taken up again.',
  }),
  SIGNUP: key({
    kind: 'enum',
    default: 'open',
    values: ['open', 'invitation'],
    description:
      '`open`: anyone may create an account. `invitation`: only through an organisation invitation.',
  }),
  SECRET_KEY: key({
    kind: 'string',
    default: '',
    secret: true,
    description:
      'Key for signing CSRF tokens. Empty: a random key is made once and kept in the database (shared by every instance).',
  }),
  SESSION_IDLE_MINUTES: key({
    kind: 'integer',
    default: 120,
    min: 5,
    max: 43200,
    description: 'A session unused for this long ends.',
  }),
  SESSION_MAX_HOURS: key({
    kind: 'integer',
    default: 336,
    min: 1,
    max: 8760,
    description: 'A session ends this long after sign-in, however active.',
  }),
  RATE_LIMIT_LOGIN_PER_MINUTE: key({
    kind: 'integer',
    default: 10,
    min: 1,
    max: 100000,
    description:
      'Sign-in, sign-up and password-reset attempts allowed per client address per minute (per process).',
  }),
  RATE_LIMIT_WRITES_PER_MINUTE: key({
    kind: 'integer',
    default: 120,
    min: 1,
    max: 1000000,
    description:
      'Writes (POST, PUT, PATCH, DELETE) allowed per user or client address per minute (per process).',
  }),
  LOG_LEVEL: key({
    kind: 'enum',
    default: 'info',
    values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    description: 'Log level (pino).',
  }),
  TRUST_PROXY: key({
    kind: 'boolean',
    default: false,
    description: 'Trust X-Forwarded-* headers (set when running behind a reverse proxy).',
  }),
  SHUTDOWN_TIMEOUT_MS: key({
    kind: 'integer',
    default: 10000,
    min: 0,
    max: 600000,
    description: 'How long a graceful shutdown waits for in-flight requests and running jobs.',
  }),
  BODY_LIMIT_BYTES: key({
    kind: 'integer',
    default: 1048576,
    min: 1024,
    max: 104857600,
    description: 'Largest accepted JSON or form body (file uploads have their own limit).',
  }),
  ...moduleKeys,
} as const;

export type ConfigKey = keyof typeof configKeys;
type ValueOf<K extends ConfigKey> = (typeof configKeys)[K]['default'] extends number
  ? number
  : (typeof configKeys)[K]['default'] extends boolean
    ? boolean
    : string;
export type Config = { readonly [K in ConfigKey]: ValueOf<K> } & {
  /** Resolved absolute data folder. */
  readonly dataDir: string;
  readonly database:
    | { readonly dialect: 'sqlite'; readonly file: string }
    | { readonly dialect: 'postgres'; readonly url: string };
};

export class ConfigError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${key} ${reason}`);
  }
}

function parseValue(name: string, spec: KeySpec<unknown>, raw: string): unknown {
  const text = raw.trim();
  switch (spec.kind) {
    case 'integer': {
      if (!/^-?\d+$/.test(text)) throw new ConfigError(name, `must be a whole number (got "${text}")`);
      const n = Number(text);
      if (spec.min !== undefined && n < spec.min) throw new ConfigError(name, `must be at least ${spec.min}`);
      if (spec.max !== undefined && n > spec.max) throw new ConfigError(name, `must be at most ${spec.max}`);
      return n;
    }
    case 'boolean': {
      const v = text.toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off'].includes(v)) return false;
      throw new ConfigError(name, `must be true or false (got "${text}")`);
    }
    case 'enum':
      if (!spec.values?.includes(text))
        throw new ConfigError(name, `must be one of ${spec.values?.join(', ')} (got "${text}")`);
      return text;
    case 'url':
      try {
        const u = new URL(text);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
      } catch {
        throw new ConfigError(name, `must be an http(s) URL (got "${text}")`);
      }
      return text.replace(/\/+$/, '');
    case 'list': {
      const items = text
        .split(',')
        .map((i) => i.trim())
        .filter(Boolean);
      const bad = spec.itemPattern ? items.find((i) => !spec.itemPattern!.test(i)) : undefined;
      if (bad !== undefined) throw new ConfigError(name, `has an invalid item "${bad}"`);
      return items.join(',');
    }
    default:
      return raw;
  }
}

function resolveDatabase(url: string, dataDir: string): Config['database'] {
  if (url === '') return { dialect: 'sqlite', file: resolve(dataDir, 'shafaf.db') };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { dialect: 'postgres', url };
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', file: resolve(url.slice('sqlite:'.length)) };
  throw new ConfigError(
    'DATABASE_URL',
    'must start with postgres://, postgresql:// or sqlite: (or be empty)',
  );
}

/** Reads the configuration from an environment (process.env by default); throws ConfigError naming the key. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(configKeys) as [string, KeySpec<unknown>][]) {
    const raw = env[name];
    out[name] =
      raw === undefined || (raw === '' && spec.kind !== 'string')
        ? spec.default
        : parseValue(name, spec, raw);
  }
  // Unset, the public URL follows the port, so links in e-mails and feeds of a local portal work.
  if (!env.BASE_URL) out.BASE_URL = `http://localhost:${out.PORT}`;
  const dataDir = resolve(out.DATA_DIR as string);
  return Object.freeze({
    ...out,
    dataDir,
    database: resolveDatabase(out.DATABASE_URL as string, dataDir),
  }) as Config;
}

/** Builds a configuration for tests and tools from defaults plus overrides, without reading process.env. */
export function configWith(overrides: Partial<Record<ConfigKey, string | number | boolean>>): Config {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(overrides)) env[k] = String(v);
  return loadConfig(env);
}

/** Secret values replaced by "***", for display. */
export function redactedConfig(config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(configKeys) as [ConfigKey, KeySpec<unknown>][]) {
    const value = config[name];
    out[name] = spec.secret && value !== '' ? '***' : value;
  }
  return out;
}
