// The report's one URL, `/<lang>/plans/<slug>/report?from=&date=&format=`: the HTML page (and its JSON twin) or
// a download (DOCX, XLSX, CSV), every format rendered from the same `reportData`.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serviceContext } from '../../../http/context.ts';
import { i18nFor, isLocale } from '../../../i18n/index.ts';
import { AppError } from '../../../kernel/errors.ts';
import { type PageOptions, pageHandler } from '../../../web/page.ts';
import { type ReportFormat, reportData, reportFormat } from '../report.data.ts';
import { reportDocx } from '../report.docx.ts';
import { reportCsv, reportXlsx } from '../report.sheet.ts';
import { reportPage } from './report-page.tsx';

export const reportTypes: Record<Exclude<ReportFormat, 'html'>, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export function registerReportRoute(app: FastifyInstance, options: PageOptions): void {
  const page = pageHandler(reportPage, options);
  app.get('/:lang/plans/:slug/report', async (req: FastifyRequest, reply: FastifyReply) => {
    const { lang, slug } = req.params as { lang: string; slug: string };
    const q = (req.query ?? {}) as Record<string, string | undefined>;
    if (!isLocale(lang)) throw new AppError('http.not_found');
    const format = reportFormat(q.format);
    if (format === 'html' || req.ctx.wantsJson) return page(req, reply);
    const i18n = i18nFor(lang);
    const data = await reportData(serviceContext(req, options.services), slug, {
      date: q.date,
      from: q.from,
    });
    const body =
      format === 'docx'
        ? await reportDocx(data, i18n)
        : format === 'xlsx'
          ? await reportXlsx(data, i18n)
          : reportCsv(data, i18n);
    if (req.ctx.actor.userId) reply.header('Cache-Control', 'private, no-store');
    return reply
      .type(reportTypes[format])
      .header(
        'Content-Disposition',
        `attachment; filename="report-${data.plan.slug}-${data.date}-${lang}.${format}"`,
      )
      .send(body);
  });
}
