// Returning figures: a CSV or XLSX upload, or figures entered in the form. Either way every row
// is checked first and nothing is stored unless all are right (422, or 403 for another agency's
// metrics); figures that may be wrong are shown for confirmation (409) before anything is stored.
import multipart from '@fastify/multipart';
import {
  errorResponseSchema,
  SUBMISSION_COLUMNS,
  SUBMISSION_MAX_BYTES,
  submissionEntriesBodySchema,
  submissionResultSchema,
  uploadQuerySchema,
} from '@outcomes/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError } from '../../lib/api-error.js';
import { fileError, type RawTable } from '../../services/submissions/raw-table.js';
import { requireSubmitter } from '../../services/submissions/require-submitter.js';
import { submitFigures } from '../../services/submissions/submit-figures.js';
import { fileTooLarge, invalidSubmission } from '../../services/submissions/submission-errors.js';
import {
  defaultUploadParserOptions,
  RetryLaterError,
  UploadAbandonedError,
  UploadParser,
  type UploadParserOptions,
} from '../../services/submissions/upload-parser.js';
import { errorResponses, programmeParams } from '../schemas.js';

const writeResponses = {
  ...errorResponses,
  409: errorResponseSchema,
  413: errorResponseSchema,
  415: errorResponseSchema,
  422: errorResponseSchema,
};

interface UploadedFile {
  name: string;
  bytes: Buffer;
}

const errorCode = (err: unknown): unknown =>
  typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;

/** 400 for a form that is not what an upload is, listed as the web app lists file problems. */
function badForm(message: string): ApiError {
  return new ApiError(400, 'bad_request', message, { errors: [fileError(message)] });
}

/** What went wrong reading the multipart body, answered as what it is (never a 500). */
function formError(err: unknown): unknown {
  if (err instanceof ApiError) return err;
  switch (errorCode(err)) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge();
    case 'FST_FILES_LIMIT':
      return badForm(
        'Send one file per upload: this upload carries more than one file. Nothing was changed.',
      );
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return badForm(
        'The upload has more form fields than a file and its "confirm" field. Nothing was changed.',
      );
  }
  // busboy's own errors: no boundary, a body cut short, a damaged part header.
  const reason = err instanceof Error ? err.message : String(err);
  return badForm(
    `The upload is not a well-formed multipart/form-data body (${reason}): send the file in the form field "file". Nothing was changed.`,
  );
}

/** The file in the form field `file` and the `confirm` field, reading the whole body. */
async function readForm(
  request: FastifyRequest,
): Promise<{ file: UploadedFile | null; confirm: boolean }> {
  if (!request.isMultipart()) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Send the file as multipart/form-data, in the form field "file".',
    );
  }
  let file: UploadedFile | null = null;
  let confirm = false;
  try {
    for await (const part of request.parts({
      limits: { fileSize: SUBMISSION_MAX_BYTES, files: 1, fields: 10, parts: 12 },
    })) {
      if (part.type === 'file') {
        // toBuffer throws once the file passes the limit.
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') file = { name: part.filename, bytes };
      } else if (part.fieldname === 'confirm') {
        confirm = part.value === 'true';
      }
    }
  } catch (err) {
    throw formError(err);
  }
  return { file, confirm };
}

/** Fires when the client goes away before its answer is sent: the upload is abandoned. */
function abandonedSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableEnded) controller.abort();
  });
  return controller.signal;
}

/** A file name as a person gave it, without any folder a browser may have kept. */
const baseName = (name: string): string =>
  (name.split(/[\\/]/).pop() ?? '').slice(0, 255) || 'upload';

export const uploadRoutes: FastifyPluginAsyncZod<{
  uploads: Partial<UploadParserOptions>;
}> = async (app, options) => {
  // Scoped to these routes (this plugin is not wrapped with fastify-plugin).
  await app.register(multipart, { throwFileSizeLimit: true });
  const parser = new UploadParser({ ...defaultUploadParserOptions, ...options.uploads });
  app.addHook('onClose', () => parser.close());

  // The user's turn, the form, the file read on a worker, then the checks and the write; the
  // client going away at any step abandons the rest, and nothing is written for it.
  async function receiveUpload(request: FastifyRequest, userId: string, signal: AbortSignal) {
    const release = await parser.turnFor(userId, signal);
    try {
      const form = await readForm(request);
      if (form.file === null) {
        throw invalidSubmission([
          fileError('No file was sent: choose a CSV or Excel (.xlsx) file in the field "file"'),
        ]);
      }
      const read = await parser.read(form.file.bytes, signal);
      if (!read.ok) throw invalidSubmission(read.errors);
      if (signal.aborted) throw new UploadAbandonedError();
      return { form: { ...form, file: form.file }, read };
    } finally {
      release();
    }
  }

  app.post(
    '/api/programmes/:programmeId/submissions',
    {
      schema: {
        tags: ['submissions'],
        summary:
          'Upload a CSV or XLSX file of figures (multipart field "file"; columns metric_id, period_start, value, note)',
        description:
          'Every row is checked first; on any problem nothing is stored and the answer (422, or 403 when rows are figures another agency returns) lists each problem as {row, column, value, message} in error.details.errors. Figures more than 50% away from the previous period or outside the process limits are answered 409 confirmation_required with error.details.warnings, storing nothing, until the upload is repeated with confirm=true (a form field or the query).',
        consumes: ['multipart/form-data'],
        params: programmeParams,
        querystring: uploadQuerySchema,
        response: {
          201: submissionResultSchema,
          ...writeResponses,
          429: errorResponseSchema,
          503: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const submitter = requireSubmitter(request, programmeId);
      let received: Awaited<ReturnType<typeof receiveUpload>>;
      try {
        received = await receiveUpload(request, String(submitter.user.id), abandonedSignal(reply));
      } catch (err) {
        if (err instanceof RetryLaterError) {
          reply.header('retry-after', String(err.retryAfterSeconds));
        }
        throw err;
      }
      const { form, read } = received;
      const result = await submitFigures(app.db, {
        programmeId,
        submitter,
        source: 'upload',
        table: read.table,
        file: { name: baseName(form.file.name), type: read.type, content: form.file.bytes },
        confirm: form.confirm || request.query.confirm === 'true',
      });
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/api/programmes/:programmeId/submissions/entries',
    {
      schema: {
        tags: ['submissions'],
        summary: 'Return figures entered in the form: the same checks and answers as an upload',
        description:
          "Each entry's position (1, 2, ...) is its row in error.details.errors and in the warnings.",
        params: programmeParams,
        body: submissionEntriesBodySchema,
        response: { 201: submissionResultSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const submitter = requireSubmitter(request, programmeId);
      const { entries, confirm } = request.body;
      const table: RawTable = {
        header: { row: 0, cells: [...SUBMISSION_COLUMNS] },
        rows: entries.map((e, index) => ({
          row: index + 1,
          cells: [e.metricId, e.periodStart, e.value, e.note ?? null],
        })),
      };
      const result = await submitFigures(app.db, {
        programmeId,
        submitter,
        source: 'form',
        table,
        confirm: confirm === true,
      });
      return reply.code(201).send(result);
    },
  );
};
