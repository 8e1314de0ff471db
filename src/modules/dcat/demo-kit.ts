// Test helper: a test app with the demo catalogue loaded through the services (as `shafaf start` does).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from '../../../test/app.ts';
import { configWith } from '../../config.ts';
import { silentLog } from '../../kernel/log.ts';
import { loadDemo } from '../../seed.ts';

export async function loadDemoInto(t: TestApp): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shafaf-dcat-demo-'));
  try {
    await loadDemo({ config: configWith({ DATA_DIR: dir }), db: t.db, queue: t.queue }, silentLog);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
