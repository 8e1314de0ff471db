// Reads an uploaded plan file from a multipart request (field `file`; `dryRun` before it or in the query) for
// the REST route and the back-office form alike.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/errors.ts';

const truthy = (v: unknown) => v === '1' || v === 'true' || v === 'on' || v === 'yes';

export async function receivePlanFile(req: FastifyRequest): Promise<{ bytes: Buffer; dryRun: boolean }> {
  if (!req.isMultipart()) throw new AppError('http.unsupported_media_type');
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('FST_'))
      throw new AppError('http.validation', {}, { file: { reason: 'too_large' } });
    throw e;
  }
  if (part?.fieldname !== 'file') {
    part?.file.resume();
    throw new AppError('http.validation', {}, { file: { reason: 'required' } });
  }
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch {
    throw new AppError('http.validation', {}, { file: { reason: 'too_large' } });
  }
  const field = (part.fields.dryRun as { value?: unknown } | undefined)?.value;
  const query = (req.query as Record<string, unknown> | undefined)?.dryRun;
  return { bytes, dryRun: truthy(field) || truthy(query) };
}
