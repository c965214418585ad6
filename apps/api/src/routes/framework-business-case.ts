// The framework forms for the business case (issue 17): outcomes, a metric's baseline, who bears
// a unit cost, a metric's forecasts and the cost lines. As with the other framework routes
// (framework.ts), each edit is checked by the pack loader's validation, saved with returned
// figures kept as they are, audited, and raises the data version; the answer names the
// business-case version the edit recorded (bearers, forecasts and cost lines are versioned; a
// new version is not in force until an admin decides). Admins only.
import {
  baselineBodySchema,
  bearersBodySchema,
  costLineBodySchema,
  forecastVersionBodySchema,
  frameworkEditResultSchema,
  newOutcomeBodySchema,
  outcomeBodySchema,
} from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  editBaseline,
  editBearers,
  editForecasts,
} from '../services/programme-setup/business-case-edits.js';
import { addCostLine, editCostLine } from '../services/programme-setup/cost-line-edits.js';
import type { FrameworkEdit } from '../services/programme-setup/edit-framework.js';
import { addOutcome, editOutcome } from '../services/programme-setup/outcome-edits.js';
import {
  frameworkEditErrors,
  frameworkEditOptions,
  runFrameworkEdit,
} from './framework-edit-route.js';
import { metricParams, pathText, programmeParams } from './schemas.js';

const outcomeParams = programmeParams.extend({ outcomeId: pathText(200) });
const unitCostParams = programmeParams.extend({ unitCostId: pathText(200) });
const costLineParams = programmeParams.extend({ costLineId: pathText(500) });

/** A monthly metric over many years: a period a row, with the version's name and reason. */
const FORECAST_BODY_LIMIT = 128 * 1024;

export const frameworkBusinessCaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const run = (
    request: Parameters<typeof runFrameworkEdit>[1],
    programmeId: string,
    edit: FrameworkEdit,
  ) => runFrameworkEdit(app.db, request, programmeId, edit);
  const options = frameworkEditOptions;
  const created = { 201: frameworkEditResultSchema, ...frameworkEditErrors };
  const changed = { 200: frameworkEditResultSchema, ...frameworkEditErrors };

  app.post(
    '/api/programmes/:programmeId/outcomes',
    options('Add an outcome', {
      params: programmeParams,
      body: newOutcomeBodySchema,
      response: created,
    }),
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, request.params.programmeId, addOutcome(request.body))),
  );

  app.put(
    '/api/programmes/:programmeId/outcomes/:outcomeId',
    options("Change an outcome's name", {
      params: outcomeParams,
      body: outcomeBodySchema,
      response: changed,
    }),
    async (request) =>
      run(request, request.params.programmeId, editOutcome(request.params.outcomeId, request.body)),
  );

  app.put(
    '/api/programmes/:programmeId/metrics/:metricId/baseline',
    options("Change a metric's baseline (value, growth, measurement period, note, anchor)", {
      params: metricParams,
      body: baselineBodySchema,
      response: changed,
    }),
    async (request) =>
      run(request, request.params.programmeId, editBaseline(request.params.metricId, request.body)),
  );

  app.put(
    '/api/programmes/:programmeId/unit-costs/:unitCostId/bearers',
    options('Change who bears a unit cost and their shares (a new business-case version)', {
      params: unitCostParams,
      body: bearersBodySchema,
      response: changed,
    }),
    async (request) =>
      run(
        request,
        request.params.programmeId,
        editBearers(request.params.unitCostId, request.body),
      ),
  );

  app.post(
    '/api/programmes/:programmeId/metrics/:metricId/forecast-versions',
    options(
      "Change a metric's forecasts as a new, named business-case version (not in force until an admin decides)",
      { params: metricParams, body: forecastVersionBodySchema, response: created },
      FORECAST_BODY_LIMIT,
    ),
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await run(
            request,
            request.params.programmeId,
            editForecasts(request.params.metricId, request.body),
          ),
        ),
  );

  app.post(
    '/api/programmes/:programmeId/cost-lines',
    options('Add a cost line (a new business-case version)', {
      params: programmeParams,
      body: costLineBodySchema,
      response: created,
    }),
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, request.params.programmeId, addCostLine(request.body))),
  );

  app.put(
    '/api/programmes/:programmeId/cost-lines/:costLineId',
    options('Change a cost line (a new business-case version when its forecast changes)', {
      params: costLineParams,
      body: costLineBodySchema,
      response: changed,
    }),
    async (request) =>
      run(
        request,
        request.params.programmeId,
        editCostLine(request.params.costLineId, request.body),
      ),
  );
};
