// Through the application, on both databases: the dictionary (REST) declares unique columns, a primary key
// and a workbook's sheet, each change queues a reload that reports and indexes; tables pushed through the API
// get and change their primary key with datastore_create, and a repeated key is a field error; datasets with
// a table carry the "queryable" flag in lists, search results and their JSON twins.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../test/app.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { addMember } from '../../../test/session.ts';
import { ckanClient, result } from '../../api/ckan/test-kit.ts';
import { Worker } from '../../jobs/index.ts';
import { type Caller, limits, restClient, sampleDataset } from '../catalog/test-kit.ts';
import { readRows, uniqueIndexes, workbook } from './test-kit.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeWithApp(
  'DataStore keys and sheets through the app',
  (get) => {
    const { call, organisation, dataset, user } = restClient(get);
    const ckan = ckanClient(get);
    let org: Awaited<ReturnType<typeof organisation>>;
    let ds: { id: string; name: string };
    const drain = () => new Worker(get().db, get().queue).drain();
    const upload = async (as: Caller, content: Buffer, filename: string, contentType: string) => {
      const body = multipartBody({ field: 'file', filename, content, contentType });
      const res = await get().app.inject({
        method: 'POST',
        url: `/api/v1/datasets/${ds.name}/resources/upload`,
        headers: { ...as.headers, 'content-type': body.contentType },
        payload: body.payload,
      });
      assert.equal(res.statusCode, 201, res.body);
      await drain();
      return res.json().data.id as string;
    };
    const base = (rid: string) => `/api/v1/datasets/${ds.name}/resources/${rid}/datastore`;

    before(async () => {
      org = await organisation('keys-org');
      ds = await dataset(org.editor, sampleDataset('keys-ds', org.name));
    });

    test('the dictionary declares unique and primary key: a reload reports, indexes what holds, and says so', async () => {
      const csv = 'code,année,montant\nA1,2020,10\nA2,2020,11\nA1,2021,12\n';
      const rid = await upload(org.editor, Buffer.from(csv), 'budget.csv', 'text/csv');
      const bad = await call('PUT', `${base(rid)}/dictionary`, org.editor, {
        primaryKey: ['code', 'nope'],
        sheet: 'Feuil1',
        fields: [{ name: 'code', unique: 'yes' }],
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().error.fields).sort(), [
        'fields.0.unique',
        'primaryKey',
        'sheet',
      ]);
      const saved = await call('PUT', `${base(rid)}/dictionary`, org.editor, {
        primaryKey: ['code', 'année'],
        fields: [{ name: 'code', unique: true }],
      });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().data.reingest, true, 'a constraint change queues a reload');
      await drain();
      const view = (await call('GET', base(rid))).json().data;
      assert.deepEqual(view.primaryKey, ['code', 'année']);
      assert.equal(view.fields[0].constraints.unique, true);
      assert.equal(view.report.counts['unique-error'], 1);
      assert.equal(view.report.counts['primary-key-error'], undefined);
      assert.deepEqual(view.report.uniqueIndexes, [
        { kind: 'primaryKey', fields: ['code', 'année'], indexed: true },
        { kind: 'unique', fields: ['code'], indexed: false, reason: 'duplicates', count: 1 },
      ]);
      assert.deepEqual(await uniqueIndexes(get().db, rid), [`${rid}__pk`]);
      const report = (await call('GET', `${base(rid)}/report`)).json().data;
      const repeat = report.errors.find((e: { type: string }) => e.type === 'unique-error');
      assert.deepEqual(
        [repeat.rowNumber, repeat.fieldNumber, repeat.cell, repeat.params.firstRow],
        [4, 1, 'A1', 2],
      );
      const page = await call('GET', `/en/datasets/${ds.name}/resources/${rid}`);
      assert.match(
        page.body,
        /Primary key \(code, année\): every key is unique; the table is indexed on it\./,
      );
      assert.match(
        page.body,
        /Column “code”: 1 row repeats a value, so the table has no unique index on it\./,
      );
      const arPage = await call('GET', `/ar/datasets/${ds.name}/resources/${rid}`);
      assert.match(arPage.body, /العمود «code»: صف واحد يكرر قيمة،/);
      assert.match(arPage.body, /مشكلة واحدة، لا ملاحظات، تم تحميل 3 من أصل 3 أسطر\./);
      const reportPage = await call('GET', `/fr/datasets/${ds.name}/resources/${rid}/report`);
      assert.match(reportPage.body, /1 problème, 0 remarque, 3 lignes chargées sur 3\./);
      assert.match(reportPage.body, /Valeur répétée dans une colonne unique/);
      assert.match(reportPage.body, /comme la ligne 2/);
      // Nothing changed: no reload.
      const again = await call('PUT', `${base(rid)}/dictionary`, org.editor, {
        primaryKey: ['code', 'année'],
        fields: [{ name: 'code', unique: true }],
      });
      assert.equal(again.json().data.reingest, false);
    });

    test('a workbook lists its sheets; choosing another one reloads it; an unknown sheet is refused', async () => {
      const xlsx = await workbook([
        ['Lisez-moi', []],
        [
          'Budget',
          [
            ['Région', 'Montant'],
            ['Oriental', 10],
          ],
        ],
        [
          'Effectifs',
          [
            ['Région', 'Hommes', 'Femmes'],
            ['Souss', 5, 6],
            ['Oriental', 7, 8],
          ],
        ],
      ]);
      const rid = await upload(org.editor, xlsx, 'budget.xlsx', XLSX_TYPE);
      const view = (await call('GET', base(rid))).json().data;
      assert.deepEqual(view.report.source.sheets, ['Lisez-moi', 'Budget', 'Effectifs']);
      assert.equal(view.report.source.sheet, 'Budget');
      assert.equal(view.rowCount, 1);
      const page = await call('GET', `/fr/datasets/${ds.name}/resources/${rid}`);
      assert.match(page.body, /Feuilles du classeur : Lisez-moi, Budget, Effectifs\. Chargée : Budget\./);
      const twin = (await call('GET', `/en/datasets/${ds.name}/resources/${rid}.json`)).json();
      assert.equal(twin.sections.datastore.report.source.sheet, 'Budget');

      const unknown = await call('PUT', `${base(rid)}/dictionary`, org.editor, { sheet: 'Nope' });
      assert.equal(unknown.statusCode, 400);
      assert.ok(unknown.json().error.fields.sheet);
      const chosen = await call('PUT', `${base(rid)}/dictionary`, org.editor, { sheet: 'Effectifs' });
      assert.equal(chosen.statusCode, 200, chosen.body);
      assert.equal(chosen.json().data.reingest, true);
      await drain();
      const after = (await call('GET', base(rid))).json().data;
      assert.equal(after.report.source.sheet, 'Effectifs');
      assert.deepEqual(
        after.fields.map((f: { name: string }) => f.name),
        ['Région', 'Hommes', 'Femmes'],
      );
      assert.equal((await readRows(get().db, rid)).length, 2);
    });

    test('datastore_create with primary_key indexes it, a repeated key is refused, a new key replaces the index', async () => {
      const pkg = result(
        await ckan.post('package_create', { name: 'keys-api', owner_org: ckanOrg.name }, ckanOrg.editor),
      );
      const created = result(
        await ckan.post(
          'datastore_create',
          {
            resource: { package_id: pkg.id },
            fields: [{ id: 'code' }, { id: 'year', type: 'int' }, { id: 'n', type: 'int' }],
            primary_key: ['code'],
            records: [
              { code: 'a', year: 2020, n: 1 },
              { code: 'b', year: 2020, n: 2 },
            ],
          },
          ckanOrg.editor,
        ),
      );
      const rid = created.resource_id as string;
      assert.deepEqual(await uniqueIndexes(get().db, rid), [`${rid}__pk`]);
      const dup = await ckan.post(
        'datastore_upsert',
        { resource_id: rid, method: 'insert', records: [{ code: 'a', year: 2021, n: 3 }] },
        ckanOrg.editor,
      );
      assert.equal(dup.statusCode, 409, dup.body);
      assert.ok(dup.json().error.records, 'the records field is named');
      result(
        await ckan.post(
          'datastore_upsert',
          {
            resource_id: rid,
            method: 'upsert',
            records: [
              { code: 'a', n: 10 },
              { code: 'c', year: 2021, n: 3 },
            ],
          },
          ckanOrg.editor,
        ),
      );
      const rows = await readRows(get().db, rid);
      assert.deepEqual(
        rows.map((r) => [r.code, Number(r.n)]),
        [
          ['a', 10],
          ['b', 2],
          ['c', 3],
        ],
      );
      // Re-key on (year): 2020 repeats, refused and nothing changes; then (code, year) is accepted.
      const refused = await ckan.post(
        'datastore_create',
        { resource_id: rid, primary_key: ['year'] },
        ckanOrg.editor,
      );
      assert.equal(refused.statusCode, 409, refused.body);
      assert.ok(refused.json().error.primary_key);
      assert.deepEqual(await uniqueIndexes(get().db, rid), [`${rid}__pk`]);
      const rekeyed = result(
        await ckan.post(
          'datastore_create',
          { resource_id: rid, primary_key: 'code,year', records: [{ code: 'a', year: 2021, n: 4 }] },
          ckanOrg.editor,
        ),
      );
      assert.deepEqual(rekeyed.primary_key, ['code', 'year']);
      const info = result(await ckan.get('datastore_info', { id: rid }));
      assert.equal(info.meta.count, 4);
      const view = (await call('GET', `/api/v1/datasets/keys-api/resources/${rid}/datastore`)).json().data;
      assert.deepEqual(view.primaryKey, ['code', 'year']);
      // The dictionary of an API table: the key applies at once (no file to reload), load-time checks cannot.
      const dict = `/api/v1/datasets/keys-api/resources/${rid}/datastore/dictionary`;
      const editor = await ckanEditorSession();
      const keyed = await call('PUT', dict, editor, { primaryKey: ['code', 'year', 'n'] });
      assert.equal(keyed.statusCode, 200, keyed.body);
      assert.equal(keyed.json().data.reingest, false);
      assert.deepEqual(keyed.json().data.primaryKey, ['code', 'year', 'n']);
      const unique = await call('PUT', dict, editor, { fields: [{ name: 'n', unique: true }] });
      assert.equal(unique.statusCode, 409);
      assert.equal(unique.json().error.code, 'datastore.api_table_no_reload');
    });

    test('datasets with a table are flagged queryable in lists, search results and JSON twins', async () => {
      const twin = (await call('GET', `/en/datasets.json?q=&queryable=true`)).json();
      const names = twin.hits.map((h: { dataset: { name: string; queryable: boolean } }) => h.dataset.name);
      assert.ok(names.includes(ds.name), JSON.stringify(names));
      assert.ok(twin.hits.every((h: { dataset: { queryable: boolean } }) => h.dataset.queryable === true));
      const plain = await dataset(org.editor, sampleDataset('keys-plain', org.name));
      const all = (await call('GET', '/en/datasets.json')).json();
      const flag = (name: string) =>
        all.hits.find((h: { dataset: { name: string } }) => h.dataset.name === name)?.dataset.queryable;
      assert.equal(flag(ds.name), true);
      assert.equal(flag(plain.name), false);
      const html = await call('GET', '/ar/datasets');
      const item = html.body.split('class="dataset-item"').find((s) => s.includes(`/datasets/${ds.name}"`));
      assert.ok(item, 'the dataset is listed');
      assert.match(item!, /<span class="badge">قابلة للاستعلام<\/span>/);
      const other = html.body
        .split('class="dataset-item"')
        .find((s) => s.includes(`/datasets/${plain.name}"`));
      assert.doesNotMatch(other!, /class="queryable"/);
      const rest = (await call('GET', `/api/v1/datasets/${ds.name}`)).json().data;
      assert.equal(rest.queryable, true);
      assert.ok(rest.resources.some((r: { datastore_active: boolean }) => r.datastore_active));
      // CKAN clients look for datastore_active on each resource (package_show, resource_show).
      const pkg = result(await ckan.get('package_show', { id: ds.name }));
      const active = pkg.resources.filter((r: { datastore_active: boolean }) => r.datastore_active);
      assert.ok(active.length >= 1);
      for (const r of active)
        assert.equal(result(await ckan.get('resource_show', { id: r.id })).datastore_active, true);
      const plainPkg = result(await ckan.get('package_show', { id: plain.name }));
      assert.ok(plainPkg.resources.every((r: { datastore_active: boolean }) => !r.datastore_active));
    });

    let ckanOrg: Awaited<ReturnType<typeof ckan.organisation>>;
    let editorSession: Caller | null = null;
    /** A signed-in editor of the CKAN test organisation (for the REST dictionary). */
    const ckanEditorSession = async () => {
      editorSession ??= await user('keys-ckan-web-editor@example.ma');
      await addMember(get().db, ckanOrg.id, editorSession.id, 'editor');
      return editorSession;
    };
    before(async () => {
      ckanOrg = await ckan.organisation('keys-ckan');
    });
  },
  limits,
);
