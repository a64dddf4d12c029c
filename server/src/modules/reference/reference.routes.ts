import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DimensionCatalogueSchema,
  IcfCategorySchema,
  IcfQuery,
  IcfSuggestedSchema,
  MunicipalityQuery,
  MunicipalitySchema,
  OccupationQuery,
  OccupationSchema,
  PostcodeQuery,
  PostcodeSchema,
} from './reference.schemas';
import {
  findDimensions,
  findIcfCategories,
  findIcfSuggestedSet,
  findMunicipalities,
  findOccupations,
  findPostcodes,
} from './reference.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reference/dimensions',
    {
      config: { permission: 'reference.read' },
      schema: {
        tags: ['reference'],
        summary:
          'The matching dimensions (shared by capability and demand profiles) with labels and level anchors',
        response: { 200: DimensionCatalogueSchema },
      },
    },
    async (request) => findDimensions(request.locale),
  );

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

  app.get(
    '/reference/occupations',
    {
      config: { permission: 'reference.read' },
      schema: {
        tags: ['reference'],
        summary: 'Search ISCO-08 occupations by code or title (Dutch and English)',
        querystring: OccupationQuery,
        response: { 200: z.array(OccupationSchema) },
      },
    },
    async (request) => findOccupations(app.database.db, request.query, request.ctx().locale),
  );

  app.get(
    '/reference/icf',
    {
      config: { permission: 'reference.read' },
      schema: {
        tags: ['reference'],
        summary: 'Search ICF categories (b, d, e) by code or words, or look up codes',
        querystring: IcfQuery,
        response: { 200: z.array(IcfCategorySchema) },
      },
    },
    async (request) => findIcfCategories(app.database.db, request.query, request.ctx().locale),
  );

  app.get(
    '/reference/icf/suggested',
    {
      config: { permission: 'reference.read' },
      schema: {
        tags: ['reference'],
        summary: 'The suggested set of work-relevant ICF categories, with the reason for each',
        response: { 200: z.array(IcfSuggestedSchema) },
      },
    },
    async (request) => findIcfSuggestedSet(app.database.db, request.ctx().locale),
  );
};

export default routes;
