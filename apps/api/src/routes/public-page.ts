// The public transparency page of a programme that opted in (pack `publicPage`): readable
// without signing in, as JSON for the web page and as an open-data CSV. A programme that has not
// opted in answers 404 exactly as an unknown one does, so the route does not even say it exists.
import { publicPageSchema } from '@outcomes/contract';
import { isPublicProgramme } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../lib/api-error.js';
import { todayInLondon } from '../lib/today.js';
import { publicPage, publicPageCsv } from '../services/public-page.js';
import { errorResponses, pathText } from './schemas.js';

// Named `slug`, not `programmeId`, so the members-only check does not apply to it.
const slugParams = z.object({ slug: pathText(200) });

const notPublic = (slug: string): ApiError =>
  new ApiError(404, 'not_found', `No public page with the name "${slug}".`);

export const publicPageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/:slug',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: "A programme's public page: headline figures with small counts suppressed",
        params: slugParams,
        response: { 200: publicPageSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      if (!(await isPublicProgramme(app.db, slug))) throw notPublic(slug);
      void reply.header('cache-control', 'public, max-age=300');
      return publicPage(app.db, slug, todayInLondon());
    },
  );

  app.get(
    '/api/public/:slug/headline.csv',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary:
          "A programme's open-data CSV of headline figures (strand RAG, achievement, benefit, costs)",
        params: slugParams,
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      if (!(await isPublicProgramme(app.db, slug))) throw notPublic(slug);
      const csv = publicPageCsv(await publicPage(app.db, slug, todayInLondon()));
      return reply
        .code(200)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${slug}-headline-figures.csv"`)
        .header('cache-control', 'public, max-age=300')
        .send(csv);
    },
  );
};
