// Resource files through REST on both storage backends (disk; S3 on a real s3rver process): upload, download
// (byte-identical, counted, ranges, CKAN's URL), replacement, refusals that leave nothing, private datasets.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/db.ts';
import { type MultipartFile, multipartBody } from '../../../test/multipart.ts';
import { Worker } from '../../jobs/index.ts';
import { cliActor } from '../accounts/index.ts';
import { DiskStorage, type StorageBackend } from '../files/index.ts';
import { startS3rver } from '../files/s3rver-harness.ts';
import { samples } from '../files/samples.ts';
import { type Caller, limits, restClient, sampleDataset, serviceContextFor } from './test-kit.ts';
import { uploadResourceFile } from './uploads.service.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const csvOf = (rows: number, tag = 'a') =>
  Buffer.from(`id,label\n${Array.from({ length: rows }, (_, i) => `${i},${tag}${i}`).join('\n')}\n`);

for (const dialect of testDialects())
  for (const backend of ['disk', 's3'] as const)
    describe(`catalog: resource files [${dialect}, ${backend}]`, () => {
      let t: TestApp;
      let storage: StorageBackend;
      let listKeys: (prefix: string) => Promise<string[]>;
      let stop: () => Promise<void>;
      const get = () => t;
      const { call, organisation, dataset, anonymous } = restClient(get);
      let org: Awaited<ReturnType<typeof organisation>>;
      let ds: { id: string; name: string };
      let secret: { id: string; name: string };

      before(async () => {
        const overrides = { ...limits, UPLOAD_MAX_MB: 1 };
        if (backend === 's3') {
          const s3 = await startS3rver();
          const s3storage = await s3.storage('uploads');
          storage = s3storage;
          t = await buildTestApp(dialect, {
            ...overrides,
            STORAGE: 's3',
            S3_ENDPOINT: s3.endpoint,
            S3_BUCKET: 'uploads',
            S3_ACCESS_KEY_ID: 'S3RVER',
            S3_SECRET_ACCESS_KEY: 'S3RVER',
          });
          listKeys = async (prefix) =>
            (
              (await s3storage.client.send(new ListObjectsV2Command({ Bucket: 'uploads', Prefix: prefix })))
                .Contents ?? []
            ).map((o) => o.Key ?? '');
          stop = () => s3.stop();
        } else {
          const dir = mkdtempSync(join(tmpdir(), 'shafaf-uploads-'));
          storage = new DiskStorage(join(dir, 'files'));
          t = await buildTestApp(dialect, { ...overrides, DATA_DIR: dir });
          listKeys = async (prefix) => {
            const root = join(dir, 'files', prefix);
            if (!existsSync(root)) return [];
            return readdirSync(root, { recursive: true, withFileTypes: true })
              .filter((d) => d.isFile() && !d.name.startsWith('.'))
              .map((d) => join(d.parentPath, d.name));
          };
          stop = async () => rmSync(dir, { recursive: true, force: true });
        }
        org = await organisation(`files-${backend}`);
        ds = await dataset(org.editor, sampleDataset(`budget-${backend}`, org.name));
        secret = await dataset(
          org.editor,
          sampleDataset(`secret-${backend}`, org.name, { visibility: 'private' }),
        );
      });
      after(async () => {
        await t?.close();
        await stop?.();
      });

      const send = (method: 'POST' | 'PUT', url: string, as: Caller, file: MultipartFile, lang = 'en') => {
        const body = multipartBody(file);
        return t.app.inject({
          method,
          url,
          headers: { ...as.headers, 'content-type': body.contentType, 'accept-language': lang },
          payload: body.payload,
        });
      };
      const csvFile = (content: Buffer, filename = 'budget.csv', fields?: Record<string, string>) => ({
        field: 'file',
        filename,
        content,
        contentType: 'text/csv',
        ...(fields ? { fields } : {}),
      });
      const download = (url: string, as: Caller | null = null, headers: Record<string, string> = {}) =>
        t.app.inject({ method: 'GET', url, headers: { ...(as?.headers ?? {}), ...headers } });
      const storageKey = async (id: string) =>
        (
          await t.db.db
            .selectFrom('resources')
            .select('storage_key')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).storage_key;
      const counts = async (id: string) => ({
        resource: (await call('GET', `/api/v1/datasets/${ds.name}/resources/${id}`)).json().data
          .download_count,
        dataset: (await call('GET', `/api/v1/datasets/${ds.name}`)).json().data.download_count,
      });

      let resourceId = '';
      const content = csvOf(500);

      test('an editor uploads a CSV; it downloads byte-identical, with its headers, and is counted', async () => {
        const res = await send('POST', `/api/v1/datasets/${ds.name}/resources/upload`, org.editor, {
          ...csvFile(content, 'Budget 2024.csv', {
            'title.fr': 'Budget',
            'title.ar': 'الميزانية',
            kind: 'data',
          }),
        });
        assert.equal(res.statusCode, 201, res.body);
        const r = res.json().data;
        resourceId = r.id;
        assert.equal(r.stored, true);
        assert.equal(r.url, null);
        assert.equal(r.format, 'CSV');
        assert.equal(r.media_type, 'text/csv');
        assert.equal(r.size, content.length);
        assert.equal(r.sha256, sha(content));
        assert.deepEqual(r.title, { fr: 'Budget', ar: 'الميزانية' });
        assert.ok(r.last_modified);
        assert.equal(await storageKey(r.id), `resources/${ds.id}/${r.id}/Budget_2024.csv`);

        const url = `/datasets/${ds.name}/resources/${r.id}/download`;
        const got = await download(url);
        assert.equal(got.statusCode, 200);
        assert.equal(sha(got.rawPayload), sha(content));
        assert.match(String(got.headers['content-type']), /^text\/csv/);
        assert.equal(got.headers['content-length'], String(content.length));
        assert.equal(got.headers['content-disposition'], "attachment; filename*=UTF-8''Budget_2024.csv");
        assert.equal(got.headers.etag, `"${sha(content)}"`);
        assert.equal(got.headers['accept-ranges'], 'bytes');
        assert.equal(got.headers['x-content-type-options'], 'nosniff');
        assert.equal(got.headers['content-security-policy'], 'sandbox');
        assert.deepEqual(await counts(r.id), { resource: 1, dataset: 1 });

        const head = await t.app.inject({ method: 'HEAD', url });
        assert.equal(head.statusCode, 200);
        assert.equal(head.headers['content-length'], String(content.length));
        assert.deepEqual(await counts(r.id), { resource: 1, dataset: 1 }, 'HEAD is not a download');
      });

      test('ranges: 206 with Content-Range; only a range from byte 0 counts; 416 outside', async () => {
        const url = `/datasets/${ds.name}/resources/${resourceId}/download`;
        const first = await download(url, null, { range: 'bytes=0-9' });
        assert.equal(first.statusCode, 206);
        assert.equal(first.headers['content-range'], `bytes 0-9/${content.length}`);
        assert.ok(first.rawPayload.equals(content.subarray(0, 10)));
        const rest = await download(url, null, { range: 'bytes=10-' });
        assert.equal(rest.statusCode, 206);
        assert.ok(rest.rawPayload.equals(content.subarray(10)));
        assert.deepEqual(await counts(resourceId), { resource: 2, dataset: 2 });
        const outside = await download(url, null, { range: `bytes=${content.length}-` });
        assert.equal(outside.statusCode, 416);
        assert.equal(outside.headers['content-range'], `bytes */${content.length}`);
      });

      test('If-None-Match with the ETag answers 304 without a body and without counting', async () => {
        const url = `/datasets/${ds.name}/resources/${resourceId}/download`;
        const before = await counts(resourceId);
        for (const tag of [`"${sha(content)}"`, `W/"${sha(content)}", "other"`, '*']) {
          const got = await download(url, null, { 'if-none-match': tag });
          assert.equal(got.statusCode, 304, tag);
          assert.equal(got.rawPayload.length, 0);
          assert.equal(got.headers.etag, `"${sha(content)}"`);
        }
        assert.deepEqual(await counts(resourceId), before, 'a 304 is not a download');
        const stale = await download(url, null, { 'if-none-match': '"0000"' });
        assert.equal(stale.statusCode, 200);
        assert.ok(stale.rawPayload.equals(content));
        assert.equal((await counts(resourceId)).resource, before.resource + 1);
      });

      test("CKAN's download URL (dataset id or name, any file name) answers the same", async () => {
        for (const key of [ds.id, ds.name]) {
          const got = await download(`/dataset/${key}/resource/${resourceId}/download/whatever.csv`);
          assert.equal(got.statusCode, 200);
          assert.equal(sha(got.rawPayload), sha(content));
        }
        assert.equal((await counts(resourceId)).resource, 5);
      });

      test('replacing the file keeps the URL; the old object is gone', async () => {
        const url = `/datasets/${ds.name}/resources/${resourceId}/download`;
        let previous = await storageKey(resourceId);
        for (const [i, name] of ['new.csv', 'new.csv', 'other.tsv'].entries()) {
          const next = name.endsWith('.tsv') ? samples.tsv : csvOf(20 + i, 'b');
          const res = await send(
            'PUT',
            `/api/v1/datasets/${ds.name}/resources/${resourceId}/file`,
            org.admin,
            {
              ...csvFile(next, name),
              contentType: 'application/octet-stream',
            },
          );
          assert.equal(res.statusCode, 200, res.body);
          assert.equal(res.json().data.id, resourceId);
          assert.equal(res.json().data.sha256, sha(next));
          assert.equal(res.json().data.title.fr, 'Budget', 'other fields stay');
          const got = await download(url);
          assert.ok(got.rawPayload.equals(next));
          const key = await storageKey(resourceId);
          assert.notEqual(key, previous);
          assert.equal(await storage.exists(previous!), false, 'the old object is deleted');
          assert.equal(await storage.exists(key!), true);
          previous = key;
        }
        assert.equal((await listKeys(`resources/${ds.id}/${resourceId}`)).length, 1);
      });

      test('refusals (too large, a program, HTML) say why, in the language, and leave nothing', async () => {
        const before = await t.db.db.selectFrom('resources').select('id').execute();
        const keys = await listKeys('resources/');
        const upload = `/api/v1/datasets/${ds.name}/resources/upload`;
        const big = await send('POST', upload, org.editor, csvFile(csvOf(125_000)), 'fr');
        assert.ok(csvOf(125_000).length >= 1.5 * 1048576);
        assert.equal(big.statusCode, 413, big.body);
        assert.equal(big.json().error.code, 'files.too_large');
        assert.equal(big.json().error.fields.file.reason, 'too_large');
        assert.match(big.json().error.message, /trop volumineux.*1 Mo/);
        for (const [filename, bytes, type] of [
          ['setup.exe', samples.pe, 'application/x-msdownload'],
          ['page.html', samples.html, 'text/html'],
          ['data.csv', samples.elf, 'text/csv'],
        ] as const) {
          const res = await send('POST', upload, org.editor, {
            ...csvFile(bytes, filename),
            contentType: type,
          });
          assert.equal(res.statusCode, 415, `${filename}: ${res.body}`);
          assert.equal(res.json().error.code, 'files.type_not_allowed');
          assert.ok(res.json().error.fields.file);
        }
        const replace = await send(
          'PUT',
          `/api/v1/datasets/${ds.name}/resources/${resourceId}/file`,
          org.editor,
          csvFile(samples.pdf, 'report.csv'),
        );
        assert.equal(replace.json().error.code, 'files.type_mismatch');
        const none = await t.app.inject({
          method: 'POST',
          url: upload,
          headers: { ...org.editor.headers, 'content-type': 'application/json' },
          payload: '{}',
        });
        assert.equal(none.statusCode, 415);
        assert.deepEqual(await t.db.db.selectFrom('resources').select('id').execute(), before);
        assert.deepEqual(await listKeys('resources/'), keys);
        const member = await send('POST', upload, org.member, csvFile(content));
        assert.equal(member.statusCode, 403);
        assert.deepEqual(await listKeys('resources/'), keys);
      });

      test('when the database write fails, the stored object is deleted', async () => {
        const ctx = serviceContextFor(t, cliActor);
        const real = ctx.db.db;
        const failing = new Proxy(real, {
          get(target, p) {
            if (p === 'transaction') throw new Error('database down');
            const v = Reflect.get(target, p);
            return typeof v === 'function' ? v.bind(target) : v;
          },
        });
        const keys = await listKeys('resources/');
        const file = { stream: Readable.from([content]), filename: 'x.csv', mimetype: 'text/csv' };
        await assert.rejects(
          () => uploadResourceFile({ ...ctx, db: { ...ctx.db, db: failing } }, storage, ds.name, null, file),
          /database down/,
        );
        assert.deepEqual(await listKeys('resources/'), keys);
      });

      test("a private dataset's file: 404 for anonymous visitors, downloadable by members", async () => {
        const res = await send(
          'POST',
          `/api/v1/datasets/${secret.name}/resources/upload`,
          org.editor,
          csvFile(content),
        );
        assert.equal(res.statusCode, 201, res.body);
        const url = `/datasets/${secret.name}/resources/${res.json().data.id}/download`;
        assert.equal((await download(url, await anonymous())).statusCode, 404);
        assert.equal((await download(url)).statusCode, 404);
        const got = await download(url, org.member);
        assert.equal(got.statusCode, 200);
        assert.ok(got.rawPayload.equals(content));
      });

      test('a link resource: the download URL redirects to the link, and counts', async () => {
        const res = await call('POST', `/api/v1/datasets/${ds.name}/resources`, org.editor, {
          url: 'https://data.example.ma/budget.xlsx',
          title: { fr: 'Lien' },
        });
        const id = res.json().data.id;
        const got = await download(`/datasets/${ds.name}/resources/${id}/download`);
        assert.equal(got.statusCode, 302);
        assert.equal(got.headers.location, 'https://data.example.ma/budget.xlsx');
        assert.equal((await counts(id)).resource, 1);
        assert.equal((await download(`/datasets/${ds.name}/resources/nope/download`)).statusCode, 404);
      });

      test('deleting a resource removes its stored file once the deletion is committed', async () => {
        const res = await send(
          'POST',
          `/api/v1/datasets/${ds.name}/resources/upload`,
          org.editor,
          csvFile(csvOf(5, 'gone'), 'gone.csv'),
        );
        assert.equal(res.statusCode, 201, res.body);
        const id = res.json().data.id;
        const key = (await storageKey(id))!;
        assert.equal(await storage.exists(key), true);
        const del = await call('DELETE', `/api/v1/datasets/${ds.name}/resources/${id}`, org.editor);
        assert.equal(del.statusCode, 200, del.body);
        await new Worker(t.db, t.queue).drain();
        assert.equal(await storage.exists(key), false, 'the object is gone');
        assert.deepEqual(await listKeys(`resources/${ds.id}/${id}`), []);
        assert.equal((await download(`/datasets/${ds.name}/resources/${id}/download`)).statusCode, 404);
      });
    });
