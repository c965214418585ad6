// Uploads as a browser sends them (multipart/form-data), for the submission tests.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { authHeaders } from './helpers.js';

export const fixtureDir = fileURLToPath(new URL('./fixtures/submissions/', import.meta.url));

export const fixture = (name: string): Buffer => readFileSync(`${fixtureDir}${name}`);

export interface FormPart {
  name: string;
  /** A file part when given. */
  fileName?: string;
  contentType?: string;
  value: Buffer | string;
}

/** A multipart/form-data body and its content-type header. */
export function multipartBody(parts: readonly FormPart[]): { body: Buffer; contentType: string } {
  const boundary = `----outcomes${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      part.fileName === undefined
        ? `form-data; name="${part.name}"`
        : `form-data; name="${part.name}"; filename="${part.fileName}"`;
    const type =
      part.fileName === undefined ? '' : `Content-Type: ${part.contentType ?? 'text/csv'}\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`));
    chunks.push(typeof part.value === 'string' ? Buffer.from(part.value) : part.value);
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface UploadOptions {
  token: string;
  fileName: string;
  content: Buffer;
  confirm?: boolean;
  programmeId?: string;
  contentType?: string;
}

export async function upload(app: FastifyInstance, options: UploadOptions) {
  const parts: FormPart[] = [
    {
      name: 'file',
      fileName: options.fileName,
      value: options.content,
      ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    },
  ];
  if (options.confirm !== undefined)
    parts.push({ name: 'confirm', value: String(options.confirm) });
  const { body, contentType } = multipartBody(parts);
  const res = await app.inject({
    method: 'POST',
    url: `/api/programmes/${options.programmeId ?? 'tiny'}/submissions`,
    headers: { ...authHeaders({ token: options.token }), 'content-type': contentType },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as any, res };
}
