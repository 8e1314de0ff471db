// Cache validators of the feeds (ETag, Last-Modified) from a few aggregates, without building the feed: the
// count and latest change of the public datasets in it (a resource change touches its dataset; a dataset
// hidden or shown changes the count or the latest change), the latest change of organisations and themes
// (publishers and theme labels are in the feed), and what else shapes the output (format, page, language,
// the configuration the feed prints, the software's version). A 304 costs these queries only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../../context.ts';
import type { Executor } from '../../db/types.ts';
import * as repo from './dcat.repo.ts';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export interface Validator {
  etag: string;
  lastModified: Date | null;
}

async function latest(db: Executor, table: 'organizations' | 'themes'): Promise<string | null> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('updated_at').as('at'))
    .executeTakeFirst();
  return (r?.at as string | null) ?? null;
}

/** The validator of a feed; `variant` names what else selects its bytes (format, page, language…). */
export async function feedValidator(
  ctx: ServiceContext,
  filter: repo.PublicFilter,
  variant: readonly (string | number)[],
): Promise<Validator> {
  const counts = await repo.countPublic(ctx.db.db, filter);
  return validator(ctx, [filter.organizationId ?? '', counts.total, ...variant], [counts.modified]);
}

/** The validator of one dataset's document: its latest change (resources included), and `variant`. */
export function datasetValidator(
  ctx: ServiceContext,
  dataset: { id: string; updated_at: string },
  variant: readonly (string | number)[],
): Promise<Validator> {
  return validator(ctx, ['dataset', dataset.id, ...variant], [dataset.updated_at]);
}

async function validator(
  ctx: ServiceContext,
  parts: readonly (string | number)[],
  changes: readonly (string | null)[],
): Promise<Validator> {
  const db = ctx.db.db;
  const [orgs, themes] = await Promise.all([latest(db, 'organizations'), latest(db, 'themes')]);
  const c = ctx.config;
  const key = JSON.stringify([
    VERSION,
    c.BASE_URL,
    c.SITE_NAME,
    c.MAIL_FROM,
    c.DCAT_PAGE_SIZE,
    ...changes,
    orgs,
    themes,
    ...parts,
  ]);
  const times = [...changes, orgs, themes]
    .filter((t): t is string => !!t)
    .map((t) => Date.parse(t))
    .filter(Number.isFinite);
  return {
    etag: `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`,
    lastModified: times.length ? new Date(Math.max(...times)) : null,
  };
}

/** RFC 9110: If-None-Match (weak comparison) wins; If-Modified-Since only when no If-None-Match was sent. */
export function isFresh(req: FastifyRequest, v: Validator): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const bare = v.etag.replace(/^W\//, '');
    return inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
  }
  const ims = req.headers['if-modified-since'];
  if (!ims || !v.lastModified) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && Math.floor(v.lastModified.getTime() / 1000) * 1000 <= since;
}

/** Sets the validator headers; true when the client's copy is current (a 304 was sent). */
export function notModified(req: FastifyRequest, reply: FastifyReply, v: Validator): boolean {
  reply.header('ETag', v.etag).header('Cache-Control', 'public, no-cache');
  if (v.lastModified) reply.header('Last-Modified', v.lastModified.toUTCString());
  if (!isFresh(req, v)) return false;
  reply.code(304).send();
  return true;
}
