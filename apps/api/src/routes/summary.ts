import { metricSeriesSchema, programmeSummarySchema, strandDetailSchema } from '@outcomes/contract';
import { listSpcRebases, standingSpcRebases } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../lib/api-error.js';
import { todayInLondon } from '../lib/today.js';
import { toMetricSeries, toProgrammeSummary, toStrandDetail } from '../mappers/summary.js';
import { toSpc } from '../mappers/spc.js';
import { metricSpc } from '../services/metric-spc.js';
import { evaluateProgrammeAsOf } from '../services/programme-evaluation.js';
import {
  asOfQuery,
  errorResponses,
  metricParams,
  programmeParams,
  strandParams,
} from './schemas.js';

/** The board's read views: programme summary, a strand, a metric's series. */
export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/summary',
    {
      schema: {
        tags: ['benefits'],
        summary: 'Programme totals and every strand, as of a date (default today)',
        params: programmeParams,
        querystring: asOfQuery,
        response: { 200: programmeSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? todayInLondon();
      const { data, evaluation } = await evaluateProgrammeAsOf(
        app.db,
        request.params.programmeId,
        asOf,
      );
      return toProgrammeSummary(data, evaluation);
    },
  );

  app.get(
    '/api/programmes/:programmeId/strands/:strandId',
    {
      schema: {
        tags: ['benefits'],
        summary: 'A strand, its summary row and its metrics',
        params: strandParams,
        querystring: asOfQuery,
        response: { 200: strandDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId, strandId } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      const { data, evaluation } = await evaluateProgrammeAsOf(app.db, programmeId, asOf);
      const strand = evaluation.strands.find((s) => s.strand.id === strandId);
      if (!strand) throw notFound('strand', strandId);
      return toStrandDetail(data, evaluation, strand);
    },
  );

  app.get(
    '/api/programmes/:programmeId/metrics/:metricId/series',
    {
      schema: {
        tags: ['benefits'],
        summary: "A metric's counterfactual, forecast and actual by period, with benefits",
        params: metricParams,
        querystring: asOfQuery,
        response: { 200: metricSeriesSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId, metricId } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      const { data, evaluation } = await evaluateProgrammeAsOf(app.db, programmeId, asOf);
      const metric = evaluation.strands
        .flatMap((s) => s.metrics)
        .find((m) => m.metric.id === metricId);
      if (!metric) throw notFound('metric', metricId);
      const rebases = standingSpcRebases(await listSpcRebases(app.db, programmeId, { metricId }));
      const spc = toSpc(metricSpc(data.programme, metric, rebases), metric.metric.frequency);
      return toMetricSeries(data, evaluation, metric, spc);
    },
  );
};
