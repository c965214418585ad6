// The business-case workbook: the blank template, a programme's workbook and pack folder, and
// the import (preview, then store the previewed file). Reading and exporting need the admin or
// finance role; importing needs admin. An import answers JSON, or with
// "Accept: application/x-ndjson" a line per stage as it goes and the answer as the last line.
import { PassThrough } from 'node:stream';
import multipart from '@fastify/multipart';
import {
  errorResponseSchema,
  WORKBOOK_MAX_BYTES,
  workbookImportResultSchema,
  workbookPreviewSchema,
  type WorkbookProgressLine,
} from '@outcomes/contract';
import { readStoredPack } from '@outcomes/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, notFound } from '../lib/api-error.js';
import { requireRole, requireUser } from '../lib/authorise.js';
import { sendDownload } from '../lib/send-download.js';
import {
  checkWorkbook,
  sha256,
  storeWorkbook,
  type ImportProgress,
} from '../services/programme-workbook/import-workbook.js';
import { packZip } from '../services/programme-workbook/pack-zip.js';
import { WORKBOOK_MEDIA_TYPE } from '../services/programme-workbook/workbook-layout.js';
import { writeWorkbook } from '../services/programme-workbook/write-workbook.js';
import { errorResponses, programmeParams } from './schemas.js';

const importResponses = {
  ...errorResponses,
  409: errorResponseSchema,
  413: errorResponseSchema,
  415: errorResponseSchema,
  422: errorResponseSchema,
};

interface WorkbookForm {
  file: { name: string; bytes: Buffer };
  sha256: string | null;
  /** What to call the business-case version an import makes, and a note kept with it. */
  version: { name?: string; note?: string };
}

// A version's name heads the versions page and every "Against:" line, so it stays short.
const VERSION_TEXT_LIMITS = { versionName: 120, versionNote: 1000 } as const;

/** The optional version name or note, trimmed; refused (400) when longer than its limit. */
function versionText(field: keyof typeof VERSION_TEXT_LIMITS, value: string): string | undefined {
  const text = value.trim();
  if (text.length > VERSION_TEXT_LIMITS[field]) {
    throw new ApiError(
      400,
      'bad_request',
      `${field}: at most ${VERSION_TEXT_LIMITS[field]} characters (this one has ${text.length}). Nothing was changed.`,
    );
  }
  return text === '' ? undefined : text;
}

const isTooLarge = (err: unknown): boolean =>
  typeof err === 'object' &&
  err !== null &&
  'code' in err &&
  (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_FILES_LIMIT');

async function readForm(request: FastifyRequest): Promise<WorkbookForm> {
  if (!request.isMultipart()) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Send the workbook as multipart/form-data, in the form field "file".',
    );
  }
  let file: WorkbookForm['file'] | null = null;
  let digest: string | null = null;
  const version: WorkbookForm['version'] = {};
  try {
    for await (const part of request.parts({
      limits: { fileSize: WORKBOOK_MAX_BYTES, files: 1, fields: 4, parts: 5 },
    })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') file = { name: part.filename, bytes };
      } else if (part.fieldname === 'sha256' && typeof part.value === 'string') {
        digest = part.value;
      } else if (
        (part.fieldname === 'versionName' || part.fieldname === 'versionNote') &&
        typeof part.value === 'string'
      ) {
        const text = versionText(part.fieldname, part.value);
        if (text !== undefined) version[part.fieldname === 'versionName' ? 'name' : 'note'] = text;
      }
    }
  } catch (err) {
    if (isTooLarge(err)) {
      throw new ApiError(
        413,
        'payload_too_large',
        `The workbook is larger than ${WORKBOOK_MAX_BYTES / 1024 / 1024} MB. Nothing was changed.`,
      );
    }
    throw err;
  }
  if (file === null) {
    throw new ApiError(422, 'invalid_workbook', 'No file: send the workbook in the field "file".', {
      problems: [],
    });
  }
  return { file, sha256: digest, version };
}

type Outcome = { status: number; body: unknown };

const invalid = (problems: unknown[], count: number): Outcome => ({
  status: 422,
  body: {
    error: {
      code: 'invalid_workbook',
      message: `The workbook has ${count} problem${count === 1 ? '' : 's'}; nothing was changed.`,
      details: { problems },
    },
  },
});

function asOutcome(err: unknown): Outcome {
  if (err instanceof ApiError) {
    return {
      status: err.statusCode,
      body: { error: { code: err.code, message: err.message, details: err.details } },
    };
  }
  throw err;
}

/**
 * Runs `work`, answering its outcome as JSON, or (when the client accepts NDJSON) streaming a
 * progress line per stage and the outcome as the last line.
 */
async function answer(
  request: FastifyRequest,
  reply: FastifyReply,
  work: (onProgress: ImportProgress) => Promise<Outcome>,
): Promise<FastifyReply> {
  if (!(request.headers.accept ?? '').includes('application/x-ndjson')) {
    const outcome = await work(() => undefined);
    return reply.code(outcome.status).send(outcome.body);
  }
  const stream = new PassThrough();
  const line = (value: WorkbookProgressLine) => stream.write(`${JSON.stringify(value)}\n`);
  void reply.code(200).header('content-type', 'application/x-ndjson').send(stream);
  try {
    const outcome = await work((stage, done, total) => line({ stage, done, total }));
    line(outcome);
  } catch (err) {
    request.log.error({ err }, 'workbook import failed');
    line({
      status: 500,
      body: { error: { code: 'internal', message: 'The import failed; nothing was changed.' } },
    });
  }
  stream.end();
  return reply;
}

export const programmeWorkbookRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { throwFileSizeLimit: true });

  app.get(
    '/api/programme-workbook/template.xlsx',
    {
      schema: {
        tags: ['programme workbook'],
        summary: 'The blank business-case workbook: a sheet per pack file, headers only',
      },
    },
    async (request, reply) => {
      requireUser(request);
      return sendDownload(reply, {
        name: 'business-case-template.xlsx',
        mediaType: WORKBOOK_MEDIA_TYPE,
        content: await writeWorkbook(null),
      });
    },
  );

  const storedPack = async (programmeId: string) => {
    const pack = await readStoredPack(app.db, programmeId);
    if (pack === null) throw notFound('programme', programmeId);
    return pack;
  };

  app.get(
    '/api/programmes/:programmeId/workbook.xlsx',
    {
      schema: {
        tags: ['programme workbook'],
        summary:
          "The programme's business-case workbook (import it back unchanged to change nothing)",
        params: programmeParams,
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      requireRole(request, programmeId, ['admin', 'finance']);
      return sendDownload(reply, {
        name: `${programmeId}-business-case.xlsx`,
        mediaType: WORKBOOK_MEDIA_TYPE,
        content: await writeWorkbook(await storedPack(programmeId)),
      });
    },
  );

  app.get(
    '/api/programmes/:programmeId/pack.zip',
    {
      schema: {
        tags: ['programme workbook'],
        summary: 'The programme as a pack folder (programme.json and CSV files) in a zip',
        params: programmeParams,
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      requireRole(request, programmeId, ['admin', 'finance']);
      return sendDownload(reply, {
        name: `${programmeId}-pack.zip`,
        mediaType: 'application/zip',
        content: await packZip(await storedPack(programmeId)),
      });
    },
  );

  app.post(
    '/api/programmes/:programmeId/workbook/preview',
    {
      schema: {
        tags: ['programme workbook'],
        summary:
          'Check a business-case workbook (multipart field "file") and list what importing it would change; stores nothing',
        params: programmeParams,
        consumes: ['multipart/form-data'],
        response: { 200: workbookPreviewSchema, ...importResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      requireRole(request, programmeId, ['admin']);
      const form = await readForm(request);
      return answer(request, reply, async (onProgress) => {
        const checked = await checkWorkbook(app.db, programmeId, form.file, onProgress);
        return checked.ok
          ? { status: 200, body: checked.preview }
          : invalid(checked.problems, checked.problems.length);
      });
    },
  );

  app.post(
    '/api/programmes/:programmeId/workbook/import',
    {
      schema: {
        tags: ['programme workbook'],
        summary:
          'Import a previewed business-case workbook (fields "file" and "sha256" from the preview; optional "versionName" and "versionNote" for the business-case version it makes): all of it or nothing',
        params: programmeParams,
        consumes: ['multipart/form-data'],
        response: { 200: workbookImportResultSchema, ...importResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const user = requireRole(request, programmeId, ['admin']);
      const form = await readForm(request);
      return answer(request, reply, async (onProgress) => {
        try {
          if (form.sha256 !== sha256(form.file.bytes)) {
            throw new ApiError(
              409,
              'not_previewed',
              'This is not the file that was previewed: preview it first, check the changes, then import it. Nothing was changed.',
            );
          }
          const checked = await checkWorkbook(app.db, programmeId, form.file, onProgress);
          if (!checked.ok) return invalid(checked.problems, checked.problems.length);
          await storeWorkbook(
            app.db,
            checked,
            { label: user.email, userId: user.id },
            onProgress,
            form.version,
          );
          return {
            status: 200,
            body: { ...checked.preview, importedAt: new Date().toISOString() },
          };
        } catch (err) {
          return asOutcome(err);
        }
      });
    },
  );
};
