// Importing and exporting plans on each database: a file with errors is reported row by row (translated) and
// changes nothing, even partly valid; a valid CSV (French headers) or XLSX (Arabic headers) creates the plan,
// its commitments, activities and report history in one go, with the figures those reports give; only plan
// managers import; the export (JSON, CSV, XLSX) imports again to the same figures.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeWithApp } from '../../../test/app.ts';
import { invalidCsv, multipart, validCsv } from './import.fixtures.ts';
import { type Caller, limits, plansClient } from './test-kit.ts';

describeWithApp(
  'plan import and export',
  (get) => {
    const { ok, user, grant, count, call, anonymous } = plansClient(get);
    let team: Caller;
    let other: Caller;
    const upload = (as: Caller | null, file: Buffer | string, name: string, dryRun?: boolean) => {
      const m = multipart(file, name, dryRun);
      return get().app.inject({
        method: 'POST',
        url: '/api/v1/plans/import',
        headers: { ...(as?.headers ?? {}), ...m.headers, 'accept-language': 'fr' },
        payload: m.payload,
      });
    };
    const counts = async () =>
      Promise.all((['plans', 'commitments', 'activities', 'progress_reports'] as const).map((t) => count(t)));

    before(async () => {
      team = await user('team@example.ma');
      other = await user('other@example.ma');
      await grant(team.id, 'steering_committee', { type: 'platform', id: '' });
    });

    test('a file with errors is reported row by row in the user’s language and changes nothing', async () => {
      const before = await counts();
      const dry = await upload(team, invalidCsv, 'plan.csv', true);
      assert.equal(dry.statusCode, 200, dry.body);
      const r = dry.json().data;
      assert.equal(r.valid, false);
      const found = r.errors.map(
        (e: { row: number; column: string; reason: string }) => `${e.row}:${e.column}:${e.reason}`,
      );
      for (const e of [
        '1:couleur:unknown_field',
        '2:identifiant:invalid_format',
        '2:date_fin:invalid_value',
        '4:titre_fr:required',
        '4:poids:too_small',
        '5:realisation:too_large',
        '6:numero:not_unique',
      ])
        assert.ok(found.includes(e), `${e} in ${found.join(' ')}`);
      assert.ok(r.errors.every((e: { message: string }) => e.message && !e.message.startsWith('field.')));
      assert.equal(
        r.errors.find((e: { reason: string }) => e.reason === 'required').message,
        'Ce champ est obligatoire.',
      );
      const real = await upload(team, invalidCsv, 'plan.csv');
      assert.equal(real.statusCode, 400);
      assert.equal(real.json().error.code, 'plans.import_invalid');
      assert.equal(real.json().error.fields['rows.4.poids'].reason, 'too_small');
      assert.deepEqual(await counts(), before);
    });

    test('only plan managers import', async () => {
      assert.equal((await upload(await anonymous(), validCsv, 'plan.csv')).statusCode, 401);
      assert.equal((await upload(other, validCsv, 'plan.csv')).statusCode, 403);
      const noFile = await get().app.inject({
        method: 'POST',
        url: '/api/v1/plans/import',
        headers: { ...team.headers, 'content-type': 'application/json' },
        payload: '{}',
      });
      assert.ok(noFile.statusCode >= 400 && noFile.statusCode < 500);
    });

    test('a valid CSV creates the whole plan with its history, in one go', async () => {
      const before = await counts();
      const dry = await upload(team, validCsv, 'plan.csv', true);
      assert.deepEqual(dry.json().data.counts, { commitments: 2, activities: 2, reports: 3 });
      assert.deepEqual(await counts(), before, 'a dry run changes nothing');
      const res = await upload(team, validCsv, 'plan.csv');
      assert.equal(res.statusCode, 201, res.body);
      const after = await counts();
      assert.deepEqual(
        after.map((n, k) => n - before[k]!),
        [1, 2, 2, 3],
      );
      // As of 2024-03-31: 3/4 × 40 + 1/4 × 100 = 55; as of 2024-06-30: 3/4 × 80 + 25 = 85.
      const march = await ok(200, 'GET', '/api/v1/plans/pan-importe/commitments/1?date=2024-03-31', team);
      assert.equal(march.progress, 55);
      const june = await ok(200, 'GET', '/api/v1/plans/pan-importe/commitments/1?date=2024-06-30', team);
      assert.equal(june.progress, 85);
      assert.equal(june.activities[0].title.ar, 'نشر الميزانية');
      assert.equal(june.activities[0].reports[1].done.fr, 'Budget publié');
      const again = await upload(team, validCsv, 'plan.csv');
      assert.equal(again.json().error.fields['rows.2.identifiant'].reason, 'not_unique');
    });

    test('an XLSX file with Arabic headers imports too', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('plan');
      ws.addRow([
        'النوع',
        'المعرف',
        'الرقم',
        'العنوان_ar',
        'تاريخ_البداية',
        'تاريخ_النهاية',
        'الوزن',
        'نسبة_الإنجاز',
        'التاريخ',
      ]);
      ws.addRow(['خطة', 'xlsx-plan', null, 'خطة مستوردة', new Date('2024-01-01'), '2024-12-31']);
      ws.addRow(['التزام', null, 1, 'الالتزام الأول']);
      ws.addRow(['نشاط', null, null, 'نشاط', null, null, 2]);
      ws.addRow(['تقرير', null, null, null, null, null, null, 60, '2024-04-01']);
      const res = await upload(team, Buffer.from(await wb.xlsx.writeBuffer()), 'plan.xlsx');
      assert.equal(res.statusCode, 201, res.body);
      const c = await ok(200, 'GET', '/api/v1/plans/xlsx-plan/commitments/1?date=2024-05-01', team);
      assert.equal(c.progress, 60);
    });

    test('the export (JSON, CSV, XLSX) holds everything and imports again to the same figures', async () => {
      const json = await ok(200, 'GET', '/api/v1/plans/pan-importe/export?format=json', team);
      assert.equal(json.commitments.length, 2);
      assert.equal(json.commitments[0].activities[0].reports.length, 2);
      assert.deepEqual(json.commitments[0].activities[0].weights, [{ effectiveOn: '2024-01-01', weight: 3 }]);
      const csv = await call('GET', '/api/v1/plans/pan-importe/export?format=csv', team);
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-disposition']), /plan-pan-importe\.csv/);
      const copy = csv.body.replace(/pan-importe/g, 'pan-copie');
      const res = await upload(team, copy, 'copy.csv');
      assert.equal(res.statusCode, 201, res.body);
      for (const date of ['2024-03-31', '2024-06-30']) {
        const a = await ok(200, 'GET', `/api/v1/plans/pan-importe?date=${date}`, team);
        const b = await ok(200, 'GET', `/api/v1/plans/pan-copie?date=${date}`, team);
        assert.equal(b.plan.progress, a.plan.progress);
      }
      const xlsx = await call('GET', '/api/v1/plans/pan-importe/export?format=xlsx', team);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      assert.equal(wb.worksheets[0]!.rowCount, 1 + 1 + 2 + 2 + 3);
      assert.equal((await call('GET', '/api/v1/plans/pan-importe/export?format=pdf', team)).statusCode, 400);
    });
  },
  limits,
);
