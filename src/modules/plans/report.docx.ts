// The self-assessment report as a Word document (docx package), from the same `reportData` as the HTML page.
// In Arabic every paragraph is bidirectional, every run right-to-left and every table laid out right-to-left,
// so the document opens right-to-left in Word and LibreOffice; French and English stay left-to-right.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { I18n, MessageKey } from '../../i18n/index.ts';
import type { Translated } from './fields.ts';
import { inLang } from './pages/kit.tsx';
import type { ReportActivity, ReportData } from './report.data.ts';

const langTags = { ar: 'ar-MA', fr: 'fr-FR', en: 'en-GB' } as const;

export async function reportDocx(d: ReportData, i18n: I18n): Promise<Buffer> {
  const rtl = i18n.dir === 'rtl';
  const { t } = i18n;
  const language = rtl
    ? { value: langTags.ar, bidirectional: langTags.ar }
    : { value: langTags[i18n.locale] };
  const run = (text: string, opts: { bold?: boolean } = {}) =>
    new TextRun({ text, bold: opts.bold, rightToLeft: rtl, language });
  const para = (
    text: string,
    opts: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean } = {},
  ) => new Paragraph({ heading: opts.heading, bidirectional: rtl, children: [run(text, opts)] });
  const tr = (v: Translated) => inLang(v, i18n.locale).text;
  const day = (s: string | null) => (s ? i18n.d(`${s}T12:00:00Z`) : '');
  const pct = (n: number) => t('plans.percent', { n: i18n.n(n, { maximumFractionDigits: 1 }) });
  const label = (key: MessageKey, value: string) =>
    new Paragraph({
      bidirectional: rtl,
      children: [run(`${t(key)}${t('plans.colon')}`, { bold: true }), run(value)],
    });

  const cell = (text: string, header = false) =>
    new TableCell({
      children: [new Paragraph({ bidirectional: rtl, children: [run(text, { bold: header })] })],
    });
  const table = (head: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: rtl,
      rows: [
        new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
        ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
      ],
    });
  const activityTable = (items: ReportActivity[]) =>
    items.length === 0
      ? para(t('plans.report.noActivity'))
      : table(
          [
            t('plans.a.col.activity'),
            t('plans.a.col.responsible'),
            t('plans.report.col.plannedEnd'),
            t('plans.a.col.weight'),
            t('plans.a.col.share'),
            t('plans.a.col.completion'),
            t('plans.report.col.contribution'),
          ],
          items.map((a) => [
            a.late ? `${tr(a.title)} (${t('plans.a.late')})` : tr(a.title),
            tr(a.responsibleBody),
            day(a.plannedEnd),
            i18n.n(a.weight),
            pct(a.share),
            pct(a.completion),
            pct(a.contribution),
          ]),
        );

  const p = d.plan;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      bidirectional: rtl,
      alignment: AlignmentType.CENTER,
      children: [run(t('plans.report.title', { plan: tr(p.title) }))],
    }),
    para(t('plans.report.asOf', { from: day(d.from), date: day(d.date) })),
    para(t('plans.report.summary'), { heading: HeadingLevel.HEADING_1 }),
    label('plans.c.period', t('plans.period', { start: day(p.periodStart), end: day(p.periodEnd) })),
    label('plans.report.status', t(`plans.status.${p.status}`)),
    label('plans.progress', `${pct(p.progress)} ${t('plans.report.since', { n: pct(p.progressAtStart) })}`),
    label('plans.col.level', t(`plans.level.${p.level.level}`)),
    label(
      'plans.activities',
      t('plans.report.totals', {
        commitments: d.totals.commitments,
        activities: d.totals.activities,
        done: d.totals.done,
        pending: d.totals.pending,
        late: d.totals.late,
      }),
    ),
  ];
  if (tr(p.description)) children.push(para(tr(p.description)));
  children.push(
    para(t('plans.commitments'), { heading: HeadingLevel.HEADING_1 }),
    table(
      [
        t('plans.col.number'),
        t('plans.col.commitment'),
        t('plans.col.lead'),
        t('plans.col.progress'),
        t('plans.col.level'),
      ],
      d.commitments.map((c) => [
        i18n.n(c.number),
        tr(c.title),
        tr(c.leadInstitution),
        pct(c.progress),
        t(`plans.level.${c.level.level}`),
      ]),
    ),
  );

  for (const c of d.commitments) {
    const all = [...c.activitiesDone, ...c.activitiesPending];
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        bidirectional: rtl,
        pageBreakBefore: true,
        children: [run(`${t('plans.c.title', { n: i18n.n(c.number) })}${t('plans.colon')}${tr(c.title)}`)],
      }),
      label('plans.c.lead', tr(c.leadInstitution)),
      label('plans.progress', `${pct(c.progress)} ${t('plans.report.since', { n: pct(c.progressAtStart) })}`),
      label('plans.col.level', t(`plans.level.${c.level.level}`)),
    );
    if (c.level.overridden)
      children.push(
        para(
          t('plans.overridden', {
            derived: t(`plans.level.${c.level.derived}`),
            reason: c.level.reason ?? '',
          }),
        ),
      );
    children.push(
      label(
        'plans.col.lastUpdate',
        `${c.lastReport ? day(c.lastReport) : t('plans.never')}${c.notUpdated ? ` (${t('plans.notUpdated')})` : ''}`,
      ),
      para(t('plans.report.done'), { heading: HeadingLevel.HEADING_2 }),
      activityTable(c.activitiesDone),
      para(t('plans.report.pending'), { heading: HeadingLevel.HEADING_2 }),
      activityTable(c.activitiesPending),
      para(t('plans.report.evidence'), { heading: HeadingLevel.HEADING_2 }),
    );
    const evidence = all.flatMap((a) => a.evidence.map((e) => ({ ...e, activity: tr(a.title) })));
    if (!evidence.length) children.push(para(t('plans.report.noEvidence')));
    for (const e of evidence)
      children.push(
        new Paragraph({
          bidirectional: rtl,
          bullet: { level: 0 },
          children: [
            new ExternalHyperlink({
              link: e.url,
              children: [new TextRun({ text: e.title, style: 'Hyperlink', rightToLeft: rtl })],
            }),
            run(` (${e.activity}) ${e.url}`),
          ],
        }),
      );
    children.push(para(t('plans.report.texts'), { heading: HeadingLevel.HEADING_2 }));
    const reported = all.filter((a) => a.latest && (tr(a.latest.done) || tr(a.latest.communication)));
    if (!reported.length) children.push(para(t('plans.report.noText')));
    for (const a of reported) {
      const l = a.latest!;
      children.push(
        para(`${tr(a.title)} (${day(l.reportedOn)}, ${pct(l.completion)})`, {
          heading: HeadingLevel.HEADING_3,
        }),
      );
      if (tr(l.done)) children.push(label('plans.report.doneText', tr(l.done)));
      if (tr(l.communication)) children.push(label('plans.report.communicationText', tr(l.communication)));
    }
    if (c.blockers.length) {
      children.push(para(t('plans.report.blockers'), { heading: HeadingLevel.HEADING_2 }));
      for (const b of c.blockers)
        children.push(
          para(
            `${day(b.raisedOn)}: ${tr(b.title)} (${t(`plans.blocker.status.${b.status}`)})${tr(b.answer) ? ` — ${tr(b.answer)}` : ''}`,
          ),
        );
    }
  }

  const doc = new Document({
    creator: 'Shafaf',
    title: t('plans.report.title', { plan: tr(p.title) }),
    styles: { default: { document: { run: { font: 'Arial', language } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
