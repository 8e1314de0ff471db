// buildTestApp: the real application over a real test database, driven with app.inject() or real HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { type ConfigKey, configWith } from '../src/config.ts';
import type { Dialect } from '../src/db/types.ts';
import { JobQueue } from '../src/jobs/index.ts';
import { createJobRegistry } from '../src/runtime.ts';
import { createTestDb, type TestDb, testDialects } from './db.ts';

export interface TestApp {
  app: FastifyInstance;
  db: TestDb;
  queue: JobQueue;
  dialect: Dialect;
  close(): Promise<void>;
}

export async function buildTestApp(
  dialect: Dialect,
  overrides: Partial<Record<ConfigKey, string | number | boolean>> = {},
  /** Adds routes before the app is ready (tests of the HTTP layer itself). */
  extend?: (app: FastifyInstance) => void | Promise<void>,
  onRoute?: (route: { method: string | string[]; url: string }) => void,
): Promise<TestApp> {
  const db = await createTestDb(dialect);
  // A fresh data folder (uploaded files) per app, removed on close.
  const dataDir = mkdtempSync(join(tmpdir(), 'shafaf-data-'));
  const config = configWith({ DEMO: false, DATA_DIR: dataDir, ...overrides });
  const queue = new JobQueue(db, createJobRegistry({ db, config }));
  const app = await buildApp({ config, db, queue, logger: false, onRoute });
  await extend?.(app);
  await app.ready();
  return {
    app,
    db,
    queue,
    dialect,
    close: async () => {
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` once per configured dialect, inside a describe block, with a fresh app for the block. */
export function describeWithApp(
  name: string,
  fn: (get: () => TestApp) => void,
  overrides: Partial<Record<ConfigKey, string | number | boolean>> = {},
  extend?: (app: FastifyInstance) => void | Promise<void>,
): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let t: TestApp;
      before(async () => {
        t = await buildTestApp(dialect, overrides, extend);
      });
      after(async () => {
        await t?.close();
      });
      fn(() => t);
    });
  }
}

/** Runs `fn` once per configured dialect with a fresh migrated database for the block. */
export function describeWithDb(name: string, fn: (get: () => TestDb) => void): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let db: TestDb;
      before(async () => {
        db = await createTestDb(dialect);
      });
      after(async () => {
        await db?.close();
      });
      fn(() => db);
    });
  }
}
