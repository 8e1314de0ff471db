// Import and export of inventories on every database: a file with several bad rows changes nothing and reports
// every bad cell; dry runs; French/Arabic headers; CSV and XLSX round trips; public exports hide internals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describeWithApp } from '../../../test/app.ts';
import { limits } from '../catalog/test-kit.ts';
import { columnOf } from './table.ts';
import { inventoryClient, sampleItem } from './test-kit.ts';

const goodCsv = [
  'Titre (français),title_ar,Niveau d’accès,Motif de non-publication,Justification,quality,Données personnelles,frequency',
  'Registre foncier,السجل العقاري,public,,,2,non,ANNUAL',
  'Fichier des contribuables,ملف الملزمين,non-public,third_party_rights,Secret fiscal prévu par le code général des impôts.,1,oui,Mensuelle',
].join('\n');

const badCsv = [
  'title_fr,access_level,restriction_reason,justification,quality,planned_date,colonne inconnue',
  'Bon élément,public,,,1,2099-01-01,',
  ',public,,,1,,', // row 3: no title
  'Secret,restricted,,,2,,', // row 4: reason and justification missing
  'Qualité,public,,,9,2099-13-01,', // row 5: quality too large, bad date
].join('\n');

describeWithApp(
  'inventory import and export',
  (get) => {
    const api = inventoryClient(get);
    let org: Awaited<ReturnType<typeof api.organisation>>;
    let copy: Awaited<ReturnType<typeof api.organisation>>;

    test('a file with bad rows changes nothing and names every bad row and column', async () => {
      org = await api.organisation('finances');
      copy = await api.organisation('copie');
      const before = {
        items: await api.count('inventory_items'),
        revs: await api.count('inventory_revisions'),
      };
      // Unknown header first: reported alone (row 1).
      const unknown = await api.upload(
        '/api/v1/inventory/import?organization=finances',
        org.editor,
        'inv.csv',
        Buffer.from(badCsv),
      );
      assert.equal(unknown.statusCode, 400);
      assert.deepEqual(Object.keys(unknown.json().error.fields), ['rows.1.colonne inconnue']);
      const noExtra = badCsv
        .split('\n')
        .map((l) => l.split(',').slice(0, 6).join(','))
        .join('\n');
      const res = await api.upload(
        '/api/v1/inventory/import?organization=finances',
        org.editor,
        'inv.csv',
        Buffer.from(noExtra),
      );
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error.code, 'inventory.import_invalid');
      assert.deepEqual(Object.keys(res.json().error.fields).sort(), [
        'rows.3.title',
        'rows.4.justification',
        'rows.4.restriction_reason',
        'rows.5.planned_date',
        'rows.5.quality',
      ]);
      assert.equal(await api.count('inventory_items'), before.items);
      assert.equal(await api.count('inventory_revisions'), before.revs);
      // The dry run gives the same report, translated, with status 200.
      const dry = await api.upload(
        '/api/v1/inventory/import?organization=finances&dry_run=1',
        org.editor,
        'inv.csv',
        Buffer.from(noExtra),
      );
      const report = dry.json().data;
      assert.equal(report.valid, false);
      assert.equal(report.errors.length, 5);
      assert.deepEqual(report.errors[0], {
        row: 3,
        column: 'title',
        reason: 'required',
        message: report.errors[0].message,
      });
      assert.ok(report.errors[0].message.length > 0);
      assert.equal(await api.count('inventory_items'), before.items);
    });

    test('only keepers of the organisation import', async () => {
      const file = Buffer.from(goodCsv);
      assert.equal(
        (await api.upload('/api/v1/inventory/import?organization=finances', org.member, 'a.csv', file))
          .statusCode,
        403,
      );
      assert.equal(
        (await api.upload('/api/v1/inventory/import?organization=finances', copy.admin, 'a.csv', file))
          .statusCode,
        403,
      );
    });

    test('a valid file with French and Arabic headers is imported in one go', async () => {
      const dry = await api.upload(
        '/api/v1/inventory/import?organization=finances&dry_run=1',
        org.editor,
        'a.csv',
        Buffer.from(goodCsv),
      );
      assert.deepEqual(dry.json().data, {
        organization: 'finances',
        rows: 2,
        valid: true,
        committed: false,
        created: 0,
        errors: [],
      });
      const res = await api.upload(
        '/api/v1/inventory/import?organization=finances',
        org.editor,
        'a.csv',
        Buffer.from(goodCsv),
      );
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().data.created, 2);
      const items = (await api.call('GET', '/api/v1/inventory?organization=finances&sort=title')).json().data
        .items;
      const secret = items.find((i: { access_level: string }) => i.access_level === 'non_public');
      assert.equal(secret.restriction.reason, 'third_party_rights');
      assert.equal(secret.personal_data, true);
      assert.equal(secret.frequency, 'MONTHLY');
    });

    test('a CSV saved in Windows-1256 (Arabic Excel) is read in its encoding', async () => {
      const text = 'title_ar,title_fr,access_level\r\nسجل الجمعيات,Répertoire des associations,public\r\n';
      const file = iconv.encode(text, 'windows-1256');
      const res = await api.upload(
        '/api/v1/inventory/import?organization=copie',
        copy.editor,
        'ar.csv',
        file,
      );
      assert.equal(res.statusCode, 200, res.body);
      const items = (await api.call('GET', '/api/v1/inventory?organization=copie')).json().data.items;
      assert.deepEqual(items[0].title, { ar: 'سجل الجمعيات', fr: 'Répertoire des associations' });
    });

    const exported = async (
      org: string,
      format: 'csv' | 'xlsx',
      as = null as null | { headers: Record<string, string> },
    ) => {
      const res = await api.call(
        'GET',
        `/api/v1/inventory/export?organization=${org}&format=${format}`,
        as as never,
      );
      assert.equal(res.statusCode, 200, res.body);
      return res.rawPayload;
    };
    const csvRows = (buf: Buffer) =>
      Papa.parse<string[]>(buf.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    /** Rows without id, organisation (first two columns) and demand, sorted. */
    const comparable = (rows: string[][]) =>
      rows
        .slice(1)
        .map((r) => r.slice(2).join('|'))
        .sort();

    for (const format of ['csv', 'xlsx'] as const)
      test(`${format.toUpperCase()} round trip: an export imported into another organisation exports the same`, async () => {
        await api.item(
          org.editor,
          sampleItem('finances', {
            title: { fr: `Budget ${format}`, ar: 'الميزانية' },
            planned_date: '2099-03-01',
            volume: `=2+2 ${format}`, // a formula for a spreadsheet: guarded in CSV, kept as text
          }),
        );
        const file = await exported('finances', format, org.editor);
        if (format === 'csv') assert.ok(file.toString('utf8').includes("'=2+2 csv"));
        const target = await api.organisation(`copie-${format}`);
        const res = await api.upload(
          `/api/v1/inventory/import?organization=copie-${format}`,
          target.editor,
          `x.${format}`,
          file,
        );
        assert.equal(res.statusCode, 200, res.body);
        const again = await exported(`copie-${format}`, format, target.editor);
        const rows = async (buf: Buffer) => {
          if (format === 'csv') return csvRows(buf);
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(buf as unknown as ArrayBuffer);
          const out: string[][] = [];
          wb.worksheets[0]!.eachRow((row) => {
            out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
          });
          return out;
        };
        const a = await rows(file);
        const b = await rows(again);
        assert.ok(a.length >= 4);
        assert.deepEqual(comparable(b), comparable(a));
      });

    test('the public export hides system and volume of items that are not public, not their justification', async () => {
      const rows = csvRows(await exported('finances', 'csv'));
      // Headers are labels in the caller's language; columnOf reads them back as keys.
      const header = rows[0]!.map((h) => columnOf(h));
      const col = (k: string) => header.indexOf(k as never);
      const secret = rows.find((r) => r[col('access_level')] === 'non_public');
      assert.ok(secret, 'the non-public item is listed');
      assert.equal(col('justification') >= 0, true);
      assert.match(secret[col('justification')]!, /code général des impôts/);
      assert.equal(secret[col('source_system')], '');
      const national = csvRows((await api.call('GET', '/api/v1/inventory/export?format=csv')).rawPayload);
      assert.ok(national.length > rows.length);
    });
  },
  limits,
);
