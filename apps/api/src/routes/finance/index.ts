// The finance view's routes (issue 5), registered together.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { benefitRoutes } from './benefits.js';
import { costRoutes } from './costs.js';
import { returnsRoutes } from './returns.js';
import { scenarioRoutes } from './scenarios.js';
import { unitCostRoutes } from './unit-costs.js';

export const financeRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(benefitRoutes);
  await app.register(costRoutes);
  await app.register(returnsRoutes);
  await app.register(unitCostRoutes);
  await app.register(scenarioRoutes);
};
