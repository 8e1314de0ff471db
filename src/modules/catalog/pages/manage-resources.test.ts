// The resources of a dataset through the back-office forms: edit (per language), replace the file (same id and
// download URL), reorder with move buttons, delete after confirmation; refusals name the field, change nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { describeWithApp } from '../../../../test/app.ts';
import { multipartBody } from '../../../../test/multipart.ts';
import { Worker } from '../../../jobs/index.ts';
import { DiskStorage } from '../../files/index.ts';
import { type Caller, limits, restClient, sampleDataset } from '../test-kit.ts';

// Our own data folder, to check that a deleted resource's file is gone from storage.
const dataDir = mkdtempSync(join(tmpdir(), 'shafaf-manage-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

describeWithApp(
  'catalogue back-office: resources',
  (get) => {
    const { call, form, organisation, dataset, counts } = restClient(get);
    let org: Awaited<ReturnType<typeof organisation>>;
    let other: Awaited<ReturnType<typeof organisation>>;
    const name = 'barrages';
    const manage = `/fr/manage/datasets/${name}`;

    const page = (url: string, as: Caller | null) => get().app.inject({ url, headers: as?.headers ?? {} });
    const resourcesOf = async () =>
      (await call('GET', `/api/v1/datasets/${name}`, org.editor)).json().data.resources as {
        id: string;
        title: Record<string, string>;
        description: Record<string, string>;
        format: string;
        kind: string;
        url: string | null;
        stored: boolean;
        sha256: string | null;
        position: number;
      }[];
    const upload = (
      url: string,
      as: Caller,
      content: Buffer,
      filename: string,
      fields = {},
      extra: Record<string, string> = {},
    ) => {
      const body = multipartBody({ field: 'file', filename, content, contentType: 'text/csv', fields });
      return get().app.inject({
        method: 'POST',
        url: `${url}?_csrf=${encodeURIComponent(as.headers['x-csrf-token']!)}`,
        headers: { cookie: as.headers.cookie!, 'content-type': body.contentType, ...extra },
        payload: body.payload,
      });
    };

    before(async () => {
      org = await organisation('agence-bassin');
      other = await organisation('autre-agence');
      await dataset(org.editor, sampleDataset(name, org.name));
      for (const [i, t] of ['Barrages', 'Retenues', 'Notice'].entries())
        await call('POST', `/api/v1/datasets/${name}/resources`, org.editor, {
          title: { fr: t },
          url: `https://data.eau.ma/${t.toLowerCase()}.${i === 2 ? 'pdf' : 'csv'}`,
        });
    });

    test('the manage page lists the resources in order with edit, delete and move controls', async () => {
      const res = await page(`/ar${manage.slice(3)}`, org.editor);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="ar" dir="rtl">/);
      const rs = await resourcesOf();
      for (const r of rs) {
        assert.ok(res.body.includes(`href="/ar/manage/datasets/${name}/resources/${r.id}"`), 'edit link');
        assert.ok(res.body.includes(`href="/ar/manage/datasets/${name}/resources/${r.id}/delete"`), 'delete');
      }
      assert.ok(!res.body.includes(`value="${rs[0]!.id}:up"`), 'the first cannot move up');
      assert.ok(res.body.includes(`value="${rs[0]!.id}:down"`));
      assert.ok(!res.body.includes(`value="${rs[2]!.id}:down"`), 'the last cannot move down');
      assert.equal(
        (await page(manage, other.editor)).statusCode,
        403,
        'an editor of another organisation may not manage it',
      );
    });

    test('a link resource is edited in three languages; the history records the resource change', async () => {
      const [first] = await resourcesOf();
      const url = `${manage}/resources/${first!.id}`;
      const edit = await page(url, org.editor);
      assert.equal(edit.statusCode, 200);
      assert.ok(edit.body.includes('value="https://data.eau.ma/barrages.csv"'), 'the current URL is shown');
      assert.match(edit.body, /name="title.ar" lang="ar" dir="rtl"/);
      const twin = await page(`${url}.json`, org.editor);
      assert.equal(twin.json().resource.id, first!.id);
      const before = await counts();
      const res = await form(url, org.editor, [
        ['url', 'https://data.eau.ma/v2/barrages.xlsx'],
        ['title.fr', 'Situation des barrages'],
        ['title.ar', 'وضعية السدود'],
        ['title.en', ''],
        ['description.fr', 'Remplissage **quotidien**.'],
        ['format', ''],
        ['kind', 'data'],
      ]);
      assert.equal(res.statusCode, 303, res.body.slice(0, 400));
      assert.equal(res.headers.location, manage);
      const after = (await resourcesOf())[0]!;
      assert.equal(after.id, first!.id);
      assert.deepEqual(after.title, { fr: 'Situation des barrages', ar: 'وضعية السدود' });
      assert.equal(after.description.fr, 'Remplissage **quotidien**.');
      assert.equal(after.format, 'XLSX', 'guessed from the new address');
      assert.equal((await counts()).revisions, before.revisions + 1);
      const activity = (await call('GET', `/api/v1/datasets/${name}/activity`, org.editor)).json().data.items;
      assert.equal(activity[0].entity_type, 'resource');
      assert.equal(activity[0].entity_id, first!.id);
      assert.deepEqual(Object.keys(activity[0].changes).sort(), ['description', 'format', 'title', 'url']);
      const publicPage = await page(`/fr/datasets/${name}`, null);
      assert.match(
        publicPage.body,
        /a modifié une ressource « Situation des barrages » — modifié : [^<]*Titre[^<]*Format/,
        'the history names the resource and the fields changed',
      );
    });

    test('bad input re-renders the form with each field named, keeps the values, changes nothing', async () => {
      const [first] = await resourcesOf();
      const url = `${manage}/resources/${first!.id}`;
      const before = await counts();
      const res = await form(url, org.editor, [
        ['url', 'javascript:alert(1)'],
        ['title.fr', 'x'.repeat(501)],
        ['kind', 'weird'],
        ['format', 'CSV'],
      ]);
      assert.equal(res.statusCode, 400);
      for (const field of ['url', 'title-fr', 'kind'])
        assert.match(res.body, new RegExp(`href="#f-${field}"`), field);
      assert.ok(res.body.includes('value="javascript:alert(1)"'), 'typed values are kept');
      assert.deepEqual(await counts(), before);
      assert.equal((await resourcesOf())[0]!.url, first!.url);
    });

    test('move up / move down reorders; a stale order is refused beside the list and changes nothing', async () => {
      const ids = (await resourcesOf()).map((r) => r.id);
      const order = ids.map((id) => ['order', id] as [string, string]);
      const down = await form(`${manage}/resources/order`, org.editor, [
        ...order,
        ['move', `${ids[0]}:down`],
      ]);
      assert.equal(down.statusCode, 303, down.body.slice(0, 300));
      assert.equal(down.headers.location, `${manage}#resources-title`);
      assert.deepEqual(
        (await resourcesOf()).map((r) => r.id),
        [ids[1], ids[0], ids[2]],
      );
      const rev = (await call('GET', `/api/v1/datasets/${name}/activity`, org.editor)).json().data.items[0];
      assert.deepEqual(rev.changes.resource_order, { before: ids, after: [ids[1], ids[0], ids[2]] });
      const up = await form(`${manage}/resources/order`, org.editor, [
        ['order', ids[1]!],
        ['order', ids[0]!],
        ['order', ids[2]!],
        ['move', `${ids[2]}:up`],
      ]);
      assert.equal(up.statusCode, 303);
      assert.deepEqual(
        (await resourcesOf()).map((r) => r.id),
        [ids[1], ids[2], ids[0]],
      );
      const before = await counts();
      const stale = await form(`${manage}/resources/order`, org.editor, [
        ['order', ids[0]!],
        ['order', ids[1]!],
        ['move', `${ids[1]}:up`],
      ]);
      assert.equal(stale.statusCode, 400);
      assert.match(stale.body, /href="#f-order"/);
      assert.match(stale.body, /id="f-order"/);
      assert.deepEqual(await counts(), before);
      const refused = await form(`${manage}/resources/order`, other.editor, [
        ...[ids[1], ids[2], ids[0]].map((id) => ['order', id!] as [string, string]),
        ['move', `${ids[0]}:up`],
      ]);
      assert.equal(refused.statusCode, 403);
      assert.deepEqual(await counts(), before);
    });

    test('an uploaded file is replaced: same id and download URL, new bytes; a refused file keeps the old', async () => {
      const first = Buffer.from('barrage;taux\nAl Massira;12\n');
      const added = await upload(`${manage}/resources/upload`, org.editor, first, 'taux.csv', {
        'title.fr': 'Taux de remplissage',
      });
      assert.equal(added.statusCode, 303, added.body.slice(0, 300));
      const stored = (await resourcesOf()).find((r) => r.stored)!;
      const download = `/datasets/${name}/resources/${stored.id}/download`;
      assert.ok((await get().app.inject({ url: download })).rawPayload.equals(first));

      const pageRes = await page(`${manage}/resources/${stored.id}/file`, org.editor);
      assert.equal(pageRes.statusCode, 200);
      assert.match(pageRes.body, /<script src="\/assets\/upload-progress.js" defer/);
      assert.match(pageRes.body, /<progress id="upload-progress-bar"/);
      const edit = await page(`${manage}/resources/${stored.id}`, org.editor);
      assert.ok(!edit.body.includes('name="url"'), 'a stored file has no address field');
      assert.ok(edit.body.includes(`href="${manage}/resources/${stored.id}/file"`));

      const refused = await upload(
        `${manage}/resources/${stored.id}/file`,
        org.editor,
        Buffer.from('MZ\x90\x00'),
        'x.csv',
      );
      assert.ok([400, 415].includes(refused.statusCode), String(refused.statusCode));
      assert.match(refused.body, /id="f-file-error"/);
      assert.ok((await get().app.inject({ url: download })).rawPayload.equals(first), 'old file kept');

      const second = Buffer.from('barrage;taux\nAl Massira;14\nBin El Ouidane;40\n');
      const replaced = await upload(
        `${manage}/resources/${stored.id}/file`,
        org.editor,
        second,
        'taux-2.csv',
        {},
        // As the progress script sends it: the answer names the next page instead of redirecting.
        { 'x-upload-progress': '1', accept: 'text/html' },
      );
      assert.equal(replaced.statusCode, 200, replaced.body.slice(0, 300));
      assert.deepEqual(replaced.json(), { ok: true, data: { redirect: manage } });
      assert.match(String(replaced.headers['set-cookie']), /notice=manage\.file_replaced/);
      const after = (await resourcesOf()).find((r) => r.id === stored.id)!;
      assert.equal(after.title.fr, 'Taux de remplissage', 'the description stays');
      assert.notEqual(after.sha256, stored.sha256);
      assert.ok((await get().app.inject({ url: download })).rawPayload.equals(second), 'new bytes, same URL');
    });

    test('a resource is deleted after a confirmation page; its stored file goes with it', async () => {
      const stored = (await resourcesOf()).find((r) => r.stored)!;
      const url = `${manage}/resources/${stored.id}/delete`;
      const confirm = await page(url, org.editor);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, new RegExp(`action="${url}"`));
      const key = (
        await get()
          .db.db.selectFrom('resources')
          .select('storage_key')
          .where('id', '=', stored.id)
          .executeTakeFirstOrThrow()
      ).storage_key!;
      assert.equal((await form(url, other.admin, [])).statusCode, 403);
      const res = await form(url, org.editor, []);
      assert.equal(res.statusCode, 303);
      const rest = await resourcesOf();
      assert.ok(!rest.some((r) => r.id === stored.id));
      assert.deepEqual(
        rest.map((r) => r.position),
        [0, 1, 2],
        'positions are renumbered',
      );
      assert.equal(
        (await get().app.inject({ url: `/datasets/${name}/resources/${stored.id}/download` })).statusCode,
        404,
      );
      const storage = new DiskStorage(join(dataDir, 'files'));
      assert.equal(await storage.exists(key), true, 'kept until the queued deletion runs');
      await new Worker(get().db, get().queue).drain();
      await assert.rejects(storage.head(key), 'the stored file is deleted');
      const activity = (await call('GET', `/api/v1/datasets/${name}/activity`, org.editor)).json().data.items;
      assert.equal(activity[0].action, 'deleted');
      assert.equal(activity[0].entity_type, 'resource');
      const history = await page(`/fr/datasets/${name}`, null);
      assert.match(
        history.body,
        /a supprimé une ressource « Taux de remplissage »/,
        'named from the revision',
      );
      assert.match(history.body, /modifié : ordre des ressources/);
    });
  },
  { ...limits, DATA_DIR: dataDir },
);
