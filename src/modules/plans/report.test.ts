// The self-assessment report on each database: a past date reproduces that date's figures (hand-computed and
// equal to the plan API's), activities done/pending with shares and contributions, the period's report texts;
// the HTML page, the DOCX (right-to-left markup in Arabic, opened by LibreOffice when installed), the XLSX
// (right-to-left sheets in Arabic, a commitments sheet) and the CSV annex carry the same numbers.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describeWithApp } from '../../../test/app.ts';
import { i18nFor } from '../../i18n/index.ts';
import { limits, plansClient, sampleCommitment, samplePlan } from './test-kit.ts';

const libreoffice = ['/usr/bin/libreoffice', '/usr/local/bin/libreoffice'].find((p) => existsSync(p));

/** Runs LibreOffice headless with a profile of its own (several conversions may run on the machine). */
function convert(file: string, to: string, dir: string): string {
  execFileSync(
    libreoffice!,
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, file],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return join(dir, file.replace(/^.*\//, '').replace(/\.docx$/, `.${to.split(':')[0]}`));
}

describeWithApp(
  'self-assessment report',
  (get) => {
    const { ok, user, call } = plansClient(get);
    const page = (url: string) => get().app.inject({ url });
    const c1 = '/api/v1/plans/nap/commitments/1';
    const c2 = '/api/v1/plans/nap/commitments/2';

    before(async () => {
      const root = await user('root@example.ma', { sysadmin: true });
      await ok(201, 'POST', '/api/v1/plans', root, samplePlan('nap'));
      await ok(201, 'POST', '/api/v1/plans/nap/commitments', root, sampleCommitment(1));
      await ok(201, 'POST', '/api/v1/plans/nap/commitments', root, sampleCommitment(2));
      const since = '2024-01-01';
      const a = await ok(201, 'POST', `${c1}/activities`, root, {
        title: { ar: 'النشاط أ', fr: 'Activité A', en: 'Activity A' },
        weight: 3,
        since,
        plannedEnd: '2024-03-15',
      });
      const b = await ok(201, 'POST', `${c1}/activities`, root, {
        title: { en: 'Activity B' },
        weight: 1,
        since,
      });
      const c = await ok(201, 'POST', `${c2}/activities`, root, {
        title: { en: 'Activity C' },
        weight: 1,
        since,
      });
      const report = (url: string, body: object) => ok(201, 'POST', `${url}/reports`, root, body);
      await report(`${c1}/activities/${a.id}`, {
        completion: 40,
        reportedOn: '2024-02-01',
        done: { ar: 'تم نشر الميزانية', en: 'Budget published' },
        evidence: [{ title: 'Minutes', url: 'https://example.ma/pv.pdf' }],
      });
      await report(`${c1}/activities/${b.id}`, { completion: 100, reportedOn: '2024-02-01' });
      await report(`${c2}/activities/${c.id}`, {
        completion: 50,
        reportedOn: '2024-03-10',
        communication: { en: 'Press release', ar: 'بلاغ صحفي' },
      });
      await report(`${c1}/activities/${a.id}`, { completion: 80, reportedOn: '2024-06-01' });
    });

    // Hand-computed, as of 2024-03-31: commitment 1 = 3/4 × 40 + 1/4 × 100 = 55; commitment 2 = 50;
    // plan (mean) = 52.5. At the start of a period from 2024-03-01 (i.e. on 2024-02-29): 55 and 0 → 27.5.
    test('a past date reproduces that date’s figures, hand-computed and equal to the plan API', async () => {
      const d = (await page('/en/plans/nap/report.json?date=2024-03-31&from=2024-03-01')).json();
      assert.equal(d.date, '2024-03-31');
      assert.equal(d.from, '2024-03-01');
      assert.equal(d.plan.progress, 52.5);
      assert.equal(d.plan.progressAtStart, 27.5);
      assert.equal(d.plan.level.level, 'substantial');
      const [one, two] = d.commitments;
      assert.equal(one.progress, 55);
      assert.equal(one.progressAtStart, 55);
      assert.equal(two.progress, 50);
      assert.equal(two.progressAtStart, 0);
      assert.deepEqual(
        one.activitiesDone.map((x: { title: { en: string }; share: number; contribution: number }) => [
          x.title.en,
          x.share,
          x.contribution,
        ]),
        [['Activity B', 25, 25]],
      );
      const [a] = one.activitiesPending;
      assert.deepEqual(
        [a.title.en, a.weight, a.share, a.completion, a.contribution, a.late],
        ['Activity A', 3, 75, 40, 30, true],
      );
      assert.deepEqual(a.evidence, [{ title: 'Minutes', url: 'https://example.ma/pv.pdf' }]);
      assert.equal(a.latest, null, 'its only report then predates the period');
      assert.deepEqual(two.activitiesPending[0].latest.communication, {
        en: 'Press release',
        ar: 'بلاغ صحفي',
      });
      assert.deepEqual(d.totals, { commitments: 2, activities: 3, done: 1, pending: 2, late: 1 });
      assert.deepEqual(one.blockers, []);
      const api = await ok(200, 'GET', '/api/v1/plans/nap?date=2024-03-31', null);
      assert.equal(api.plan.progress, d.plan.progress);
      assert.deepEqual(
        api.commitments.map((c: { progress: number }) => c.progress),
        d.commitments.map((c: { progress: number }) => c.progress),
      );
      const later = (await page('/en/plans/nap/report.json?date=2024-12-31')).json();
      assert.equal(later.commitments[0].progress, 85); // 3/4 × 80 + 1/4 × 100
      assert.equal(later.plan.progress, 67.5);
      assert.equal(later.commitments[0].activitiesPending[0].latest.reportedOn, '2024-06-01');
    });

    test('the HTML report is print-ready in three languages, Arabic right-to-left', async () => {
      for (const [lang, dir, words] of [
        ['ar', 'rtl', ['تقرير التقييم الذاتي', 'الأنشطة المنجزة', 'بلاغ صحفي', 'التزامان، 3 أنشطة: 1 منجزة']],
        [
          'fr',
          'ltr',
          [
            'Rapport d’auto-évaluation',
            'Activités réalisées',
            '52,5',
            '2 engagements, 3 activités : 1 réalisée,',
          ],
        ],
        [
          'en',
          'ltr',
          [
            'Self-assessment report',
            'Activities done',
            '52.5%',
            'Press release',
            '2 commitments, 3 activities: 1 done',
          ],
        ],
      ] as const) {
        const res = await page(`/${lang}/plans/nap/report?date=2024-03-31`);
        assert.equal(res.statusCode, 200, res.body);
        assert.match(res.body, new RegExp(`<html lang="${lang}" dir="${dir}"`));
        assert.match(res.body, /plans-report\.css/);
        for (const w of words) assert.ok(res.body.includes(w), `${lang}: ${w}`);
      }
      const css = await page('/assets/plans-report.css');
      assert.match(css.body, /@media print[\s\S]*break-before: page/);
      const plan = await page('/fr/plans/nap');
      assert.match(plan.body, /action="\/fr\/plans\/nap\/report"/);
    });

    test('bad parameters are refused naming the field', async () => {
      for (const [q, field] of [
        ['format=pdf', 'format'],
        ['date=2999-01-01', 'date'],
        ['date=2024-03-31&from=2024-04-01', 'from'],
      ] as const) {
        const res = await call('GET', `/en/plans/nap/report.json?${q}`);
        assert.equal(res.statusCode, 400, q);
        assert.ok(res.json().error.fields[field], `${q}: ${res.body}`);
      }
      assert.equal((await page('/en/plans/none/report?format=docx')).statusCode, 404);
    });

    test('the Arabic DOCX is right-to-left, carries the numbers, and LibreOffice opens it', async () => {
      const res = await get().app.inject({ url: '/ar/plans/nap/report?date=2024-03-31&format=docx' });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /wordprocessingml/);
      assert.match(String(res.headers['content-disposition']), /report-nap-2024-03-31-ar\.docx/);
      const dir = mkdtempSync(join(tmpdir(), 'shafaf-report-'));
      try {
        const file = join(dir, 'report.docx');
        writeFileSync(file, res.rawPayload);
        const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
        assert.match(xml, /<w:bidi\/>/);
        assert.match(xml, /<w:rtl\/>/);
        assert.match(xml, /<w:bidiVisual\/>/);
        const ar = i18nFor('ar');
        for (const s of [
          'تقرير التقييم الذاتي',
          'النشاط أ',
          ar.n(52.5),
          ar.n(55),
          ar.n(75),
          'تم نشر الميزانية',
        ])
          assert.ok(xml.includes(s), s);
        const en = await get().app.inject({ url: '/en/plans/nap/report?date=2024-03-31&format=docx' });
        writeFileSync(join(dir, 'en.docx'), en.rawPayload);
        const enXml = execFileSync('unzip', ['-p', join(dir, 'en.docx'), 'word/document.xml']).toString(
          'utf8',
        );
        assert.doesNotMatch(enXml, /<w:bidi\/>|<w:rtl\/>/);
        assert.ok(enXml.includes('52.5%'));
        if (!libreoffice) return; // LibreOffice absent: the conversion is skipped.
        const pdf = convert(file, 'pdf', dir);
        assert.ok(statSync(pdf).size > 1000, 'the PDF exists and is not empty');
        const txt = readFileSync(convert(file, 'txt:Text (encoded):UTF8', dir), 'utf8');
        for (const s of ['تقرير التقييم الذاتي', 'النشاط أ', ar.n(52.5)]) assert.ok(txt.includes(s), s);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('the XLSX and CSV annexes: one row per activity, a commitments sheet, right-to-left in Arabic', async () => {
      const res = await get().app.inject({ url: '/ar/plans/nap/report?date=2024-03-31&format=xlsx' });
      assert.equal(res.statusCode, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const [acts, commits] = wb.worksheets;
      assert.equal(acts!.views[0]?.rightToLeft, true);
      assert.equal(acts!.rowCount, 4);
      const a = acts!.getRow(3).values as unknown[];
      assert.deepEqual([a[1], a[3], a[8], a[9], a[10], a[11]], [1, 'النشاط أ', 3, 75, 40, 30]);
      assert.equal(commits!.rowCount, 3);
      assert.deepEqual(
        (commits!.getRow(2).values as unknown[]).slice(1, 2).concat([commits!.getRow(2).getCell(5).value]),
        [1, 55],
      );
      const csv = await get().app.inject({ url: '/en/plans/nap/report?date=2024-03-31&format=csv' });
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      const rows = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      assert.equal(rows.length, 4);
      assert.deepEqual(rows[0]!.slice(0, 3), ['No.', 'Commitment', 'Activity']);
      assert.deepEqual(rows[2]!.slice(7, 11), ['3', '75', '40', '30']);
      const en = await get().app.inject({ url: '/en/plans/nap/report?date=2024-03-31&format=xlsx' });
      const wbEn = new ExcelJS.Workbook();
      await wbEn.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
      assert.notEqual(wbEn.worksheets[0]!.views[0]?.rightToLeft, true);
    });
  },
  limits,
);
