// A multipart/form-data body for app.inject(): text fields first, then one file part.
import { randomBytes } from 'node:crypto';

export interface MultipartFile {
  field: string;
  filename: string;
  content: Buffer;
  contentType: string;
  fields?: Record<string, string>;
}

export function multipartBody(file: MultipartFile): { payload: Buffer; contentType: string } {
  const boundary = `----shafaf${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(file.fields ?? {}))
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
