// Answers a GET with a file to download (a template, an uploaded original) instead of JSON.
import type { FastifyReply } from 'fastify';

/** RFC 6266: an ASCII fallback name and the UTF-8 one. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function sendDownload(
  reply: FastifyReply,
  file: { name: string; mediaType: string; content: Uint8Array },
): FastifyReply {
  return reply
    .code(200)
    .header('content-type', file.mediaType)
    .header('content-disposition', attachment(file.name))
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
}
