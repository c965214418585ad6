import {
  commentaryBodySchema,
  commentaryEntrySchema,
  errorResponseSchema,
  metricCommentarySchema,
  metricRebasesSchema,
  rebaseBodySchema,
  spcRebaseSchema,
} from '@outcomes/contract';
import { hasEnded, isValidPeriodStart, type Frequency, type Metric } from '@outcomes/core';
import {
  CommentaryConflictError,
  listCommentary,
  listSpcRebases,
  recordCommentary,
  recordSpcRebase,
  SpcRebaseStateError,
  standingSpcRebases,
} from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, notFound } from '../lib/api-error.js';
import { auditActor, requireRole } from '../lib/authorise.js';
import { todayInLondon } from '../lib/today.js';
import { toCommentaryEntries, toMetricCommentary, toSpcRebase } from '../mappers/commentary.js';
import { requireProgrammeData } from '../services/programme-evaluation.js';
import { asOfQuery, errorResponses, metricParams } from './schemas.js';

const writeErrorResponses = {
  ...errorResponses,
  401: errorResponseSchema,
  403: errorResponseSchema,
  409: errorResponseSchema,
};

/** Who may write a metric's commentary and rebases: its strand's sponsor, or an admin. */
const WRITERS = ['sponsor', 'admin'] as const;

async function requireMetric(
  db: Parameters<typeof requireProgrammeData>[0],
  programmeId: string,
  metricId: string,
): Promise<Metric> {
  const data = await requireProgrammeData(db, programmeId);
  const metric = data.metrics.find((m) => m.id === metricId);
  if (!metric) throw notFound('metric', metricId);
  return metric;
}

const badField = (field: string, message: string): ApiError =>
  new ApiError(400, 'bad_request', `body parameter "${field}" ${message}`, [{ field, message }]);

/** A period of the metric's frequency that has ended: what a story or a rebase can be about. */
function checkPeriod(periodStart: string, frequency: Frequency): void {
  if (!isValidPeriodStart(periodStart, frequency)) {
    const starts = {
      month: 'the first day of a month',
      quarter: 'the first day of a quarter (1 April, 1 July, 1 October or 1 January)',
      year: 'the first day of a financial year (1 April)',
    } as const;
    throw badField('periodStart', `must be ${starts[frequency]} for this ${frequency}ly metric`);
  }
  if (!hasEnded(periodStart, frequency, todayInLondon())) {
    throw badField('periodStart', 'is a period that has not ended yet');
  }
}

/** The sponsor's story behind the curve, and rebases of the metric's SPC limits. */
export const commentaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/metrics/:metricId/commentary',
    {
      schema: {
        tags: ['commentary'],
        summary:
          "A metric's commentary by period: the current revision and every earlier one, for periods ended by asOf",
        params: metricParams,
        querystring: asOfQuery,
        response: { 200: metricCommentarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId, metricId } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      const metric = await requireMetric(app.db, programmeId, metricId);
      const records = await listCommentary(app.db, programmeId, { metricId });
      return toMetricCommentary(programmeId, metricId, metric.frequency, asOf, records);
    },
  );

  app.post(
    '/api/programmes/:programmeId/metrics/:metricId/commentary',
    {
      schema: {
        tags: ['commentary'],
        summary:
          "Adds a revision of a period's story behind the curve (the strand's sponsor or an admin)",
        params: metricParams,
        body: commentaryBodySchema,
        response: { 201: commentaryEntrySchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId, metricId } = request.params;
      const metric = await requireMetric(app.db, programmeId, metricId);
      const user = requireRole(request, programmeId, WRITERS, { strandId: metric.strandId });
      const body = request.body;
      checkPeriod(body.periodStart, metric.frequency);
      try {
        await recordCommentary(app.db, {
          programmeId,
          metricId,
          periodStart: body.periodStart,
          whatHappened: body.whatHappened,
          whatHelps: body.whatHelps,
          whatHurts: body.whatHurts,
          whatNext: body.whatNext,
          public: body.public,
          author: { userId: user.id, name: user.name },
          actor: auditActor(user),
          ...(body.replacesRevision === undefined
            ? {}
            : { replacesRevision: body.replacesRevision }),
        });
      } catch (err) {
        if (err instanceof CommentaryConflictError) {
          throw new ApiError(409, 'conflict', err.message, {
            expected: err.expected,
            current: err.current,
          });
        }
        throw err;
      }
      const records = await listCommentary(app.db, programmeId, { metricId });
      const [entry] = toCommentaryEntries(
        records.filter((r) => r.periodStart === body.periodStart),
        metric.frequency,
      );
      if (!entry) throw new Error('The commentary just written could not be read back');
      return reply.code(201).send(entry);
    },
  );

  app.get(
    '/api/programmes/:programmeId/metrics/:metricId/rebases',
    {
      schema: {
        tags: ['commentary'],
        summary: "A metric's SPC rebases: those that stand, and every rebase and withdrawal",
        params: metricParams,
        response: { 200: metricRebasesSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId, metricId } = request.params;
      const metric = await requireMetric(app.db, programmeId, metricId);
      const history = await listSpcRebases(app.db, programmeId, { metricId });
      return {
        programmeId,
        metricId,
        standing: standingSpcRebases(history).map((r) => toSpcRebase(r, metric.frequency)),
        history: history.map((r) => toSpcRebase(r, metric.frequency)),
      };
    },
  );

  app.post(
    '/api/programmes/:programmeId/metrics/:metricId/rebases',
    {
      schema: {
        tags: ['commentary'],
        summary:
          'Records a rebase of the SPC limits at a period, or withdraws one (the strand\u2019s sponsor or an admin)',
        params: metricParams,
        body: rebaseBodySchema,
        response: { 201: spcRebaseSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId, metricId } = request.params;
      const metric = await requireMetric(app.db, programmeId, metricId);
      const user = requireRole(request, programmeId, WRITERS, { strandId: metric.strandId });
      const body = request.body;
      checkPeriod(body.periodStart, metric.frequency);
      try {
        const record = await recordSpcRebase(app.db, {
          programmeId,
          metricId,
          periodStart: body.periodStart,
          action: body.action,
          reason: body.reason,
          author: { userId: user.id, name: user.name },
          actor: auditActor(user),
        });
        return reply.code(201).send(toSpcRebase(record, metric.frequency));
      } catch (err) {
        if (err instanceof SpcRebaseStateError) throw new ApiError(409, 'conflict', err.message);
        throw err;
      }
    },
  );
};
