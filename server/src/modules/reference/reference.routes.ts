import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MunicipalityQuery, MunicipalitySchema, PostcodeQuery, PostcodeSchema } from './reference.schemas';
import { findMunicipalities, findPostcodes } from './reference.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reference/municipalities',
    {
      config: { permission: 'reference.read' },
      schema: {
        tags: ['reference'],
        summary: 'Search municipalities (NIS 2025) by name, NIS code or postcode',
        querystring: MunicipalityQuery,
        response: { 200: z.array(MunicipalitySchema) },
      },
    },
    async (request) => findMunicipalities(app.database.db, request.query),
  );

  app.get(
    '/reference/postcodes',
    {
      config: { permission: 'reference.read' },
      schema: {
        tags: ['reference'],
        summary: 'Search bpost postcodes and localities',
        querystring: PostcodeQuery,
        response: { 200: z.array(PostcodeSchema) },
      },
    },
    async (request) => findPostcodes(app.database.db, request.query),
  );
};

export default routes;
