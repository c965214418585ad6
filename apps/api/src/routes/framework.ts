// A programme's admins edit its framework in forms: its settings, partners, strands, metric
// definitions and unit costs. Each edit is checked by the pack loader's validation, saved by its
// savePack with returned figures kept as they are, audited, and raises the programme's data
// version (so cached reads are refreshed). The answer names the business-case version an edit
// recorded, if any (a unit cost's figures are versioned; nothing is in force until an admin says).
// GET …/framework gives the forms the stored metrics and unit costs they start from.
import {
  editableFrameworkSchema,
  frameworkEditResultSchema,
  metricBodySchema,
  unitCostBodySchema,
  newPartnerBodySchema,
  newStrandBodySchema,
  partnerBodySchema,
  programmeSettingsBodySchema,
  strandBodySchema,
} from '@outcomes/contract';
import { readStoredPack } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../lib/api-error.js';
import { requireRole } from '../lib/authorise.js';
import { toEditableFramework } from '../mappers/editable-framework.js';
import type { FrameworkEdit } from '../services/programme-setup/edit-framework.js';
import {
  addPartner,
  addStrand,
  editPartner,
  editSettings,
  editMetric,
  editStrand,
  editUnitCost,
} from '../services/programme-setup/framework-edits.js';
import {
  frameworkEditErrors,
  frameworkEditOptions,
  runFrameworkEdit,
} from './framework-edit-route.js';
import { errorResponses, metricParams, programmeParams, strandParams } from './schemas.js';

const partnerParams = programmeParams.extend({ partnerId: strandParams.shape.strandId });
const unitCostParams = programmeParams.extend({ unitCostId: strandParams.shape.strandId });

export const frameworkRoutes: FastifyPluginAsyncZod = async (app) => {
  const run = (
    request: Parameters<typeof runFrameworkEdit>[1],
    programmeId: string,
    edit: FrameworkEdit,
  ) => runFrameworkEdit(app.db, request, programmeId, edit);
  const options = frameworkEditOptions;

  app.get(
    '/api/programmes/:programmeId/framework',
    {
      schema: {
        tags: ['framework'],
        summary: 'The stored metric definitions and unit costs, as the forms edit them (admin)',
        params: programmeParams,
        response: { 200: editableFrameworkSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      requireRole(request, programmeId, ['admin']);
      const pack = await readStoredPack(app.db, programmeId);
      if (pack === null) throw notFound('programme', programmeId);
      return toEditableFramework(pack);
    },
  );

  app.put(
    '/api/programmes/:programmeId/settings',
    options('Change the programme settings', {
      params: programmeParams,
      body: programmeSettingsBodySchema,
      response: { 200: frameworkEditResultSchema, ...frameworkEditErrors },
    }),
    async (request) => run(request, request.params.programmeId, editSettings(request.body)),
  );

  app.post(
    '/api/programmes/:programmeId/strands',
    options('Add a strand', {
      params: programmeParams,
      body: newStrandBodySchema,
      response: { 201: frameworkEditResultSchema, ...frameworkEditErrors },
    }),
    async (request, reply) =>
      reply.code(201).send(await run(request, request.params.programmeId, addStrand(request.body))),
  );

  app.put(
    '/api/programmes/:programmeId/strands/:strandId',
    options("Change a strand's name, sponsor and description", {
      params: strandParams,
      body: strandBodySchema,
      response: { 200: frameworkEditResultSchema, ...frameworkEditErrors },
    }),
    async (request) =>
      run(request, request.params.programmeId, editStrand(request.params.strandId, request.body)),
  );

  app.post(
    '/api/programmes/:programmeId/partners',
    options('Add a partner', {
      params: programmeParams,
      body: newPartnerBodySchema,
      response: { 201: frameworkEditResultSchema, ...frameworkEditErrors },
    }),
    async (request, reply) =>
      reply
        .code(201)
        .send(await run(request, request.params.programmeId, addPartner(request.body))),
  );

  app.put(
    '/api/programmes/:programmeId/partners/:partnerId',
    options("Change a partner's name, kind and budget", {
      params: partnerParams,
      body: partnerBodySchema,
      response: { 200: frameworkEditResultSchema, ...frameworkEditErrors },
    }),
    async (request) =>
      run(request, request.params.programmeId, editPartner(request.params.partnerId, request.body)),
  );

  app.put(
    '/api/programmes/:programmeId/metrics/:metricId/definition',
    options("Change a metric's name, unit, attribution and source", {
      params: metricParams,
      body: metricBodySchema,
      response: { 200: frameworkEditResultSchema, ...frameworkEditErrors },
    }),
    async (request) =>
      run(request, request.params.programmeId, editMetric(request.params.metricId, request.body)),
  );

  app.put(
    '/api/programmes/:programmeId/unit-costs/:unitCostId',
    options("Change a unit cost's value and provenance", {
      params: unitCostParams,
      body: unitCostBodySchema,
      response: { 200: frameworkEditResultSchema, ...frameworkEditErrors },
    }),
    async (request) =>
      run(
        request,
        request.params.programmeId,
        editUnitCost(request.params.unitCostId, request.body),
      ),
  );
};
