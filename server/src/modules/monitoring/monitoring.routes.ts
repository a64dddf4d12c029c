import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { fileName, type Table, toCsv, toXlsx } from '../../lib/tables';
import { REFERENCE_DIR } from '../reference/reference.loader';
import {
  FigureQuery,
  FunnelResponse,
  LeadTimeSeriesResponse,
  MapQuery,
  MapResponse,
} from './monitoring.schemas';
import {
  auditExport,
  funnelTables,
  getFunnel,
  getLeadTimeSeries,
  getMap,
  leadTimeTables,
  mapTables,
} from './monitoring.service';

/** A figure as JSON, or — audited — as a CSV (its first table) or XLSX (every table) download. */
async function send<T>(
  reply: FastifyReply,
  ctx: RequestContext,
  query: FigureQuery | MapQuery,
  figure: string,
  data: T,
  tables: (data: T) => Table[],
) {
  if (query.format === 'json') {
    return data;
  }
  await auditExport(ctx, figure, query);
  const all = tables(data);
  if (query.format === 'csv') {
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(all[0]!.title, 'csv')}"`)
      .send(toCsv(all[0]!, ctx.locale));
  }
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${fileName(all[0]!.title, 'xlsx')}"`)
    .send(await toXlsx(all));
}

const GEOJSON = path.join(REFERENCE_DIR, 'be-geo/municipalities_flanders_2025.geojson');

const routes: FastifyPluginAsyncZod = async (app) => {
  const fileResponse = { 200: z.any().describe('JSON, or a CSV/XLSX file with format=csv|xlsx') };

  app.get(
    '/monitoring/funnel',
    {
      config: { permission: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary: 'Referral funnel per group, with no-start reasons (small cells hidden)',
        querystring: FigureQuery,
        response: { 200: FunnelResponse.or(z.any()) },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      return send(reply, ctx, request.query, 'funnel', await getFunnel(ctx, request.query), (d) =>
        funnelTables(d, ctx.locale),
      );
    },
  );

  app.get(
    '/monitoring/lead-times',
    {
      config: { permission: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary: 'Lead times of the indication channels per quarter (groupBy=month for months)',
        querystring: FigureQuery,
        response: { 200: LeadTimeSeriesResponse.or(z.any()) },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      return send(reply, ctx, request.query, 'lead-times', await getLeadTimeSeries(ctx, request.query), (d) =>
        leadTimeTables(d, ctx.locale),
      );
    },
  );

  app.get(
    '/monitoring/map',
    {
      config: { permission: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary: 'A figure per Flemish municipality or province, for the map and its table',
        querystring: MapQuery,
        response: { 200: MapResponse.or(z.any()) },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      return send(reply, ctx, request.query, 'map', await getMap(ctx, request.query), (d) =>
        mapTables(d, ctx.locale),
      );
    },
  );

  app.get(
    '/monitoring/municipalities.geojson',
    {
      config: { permission: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary:
          'Boundaries of the Flemish municipalities (GeoJSON, 2025), to draw the map without a tile service',
        response: fileResponse,
      },
    },
    async (_request, reply) =>
      reply
        .header('content-type', 'application/geo+json')
        .header('cache-control', 'private, max-age=86400')
        .send(fs.createReadStream(GEOJSON)),
  );
};

export default routes;
