import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { fileName, type Table, toCsv, toXlsx } from '../../lib/tables';
import { Uuid } from '../../lib/validation';
import { REFERENCE_DIR } from '../reference/reference.loader';
import {
  CreateSuccessDefinitionBody,
  CreateTargetBody,
  FigureQuery,
  FunnelResponse,
  LeadTimeSeriesResponse,
  MapQuery,
  MapResponse,
  OutcomeQuery,
  OutcomesResponse,
  SuccessDefinitionSchema,
  TargetSchema,
  TargetsQuery,
  UpdateSuccessDefinitionBody,
  UpdateTargetBody,
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
import { getOutcomes, outcomeTables } from './outcomes.service';
import { dashboardReport } from './report.service';
import { createDefinition, listDefinitions, updateDefinition } from './success-definitions.service';
import { createTarget, deleteTarget, listTargets, targetTables, updateTarget } from './targets.service';

/** A figure as JSON, or — audited — as a CSV (its first table) or XLSX (every table) download. */
async function send<T>(
  reply: FastifyReply,
  ctx: RequestContext,
  query: { format: 'json' | 'csv' | 'xlsx' } & Record<string, unknown>,
  figure: string,
  data: T,
  tables: (data: T) => Table[],
) {
  if (query.format === 'json') {
    return data;
  }
  const { format, ...filters } = query;
  const period = data as { from?: string; to?: string };
  await auditExport(ctx, figure, format, { ...filters, from: period.from, to: period.to });
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
    '/monitoring/outcomes',
    {
      config: { permission: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary:
          'Outcomes of closed trajectories per group, and per success definition (side by side) met / not met / pending',
        querystring: OutcomeQuery,
        response: { 200: OutcomesResponse.or(z.any()) },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      return send(reply, ctx, request.query, 'outcomes', await getOutcomes(ctx, request.query), (d) =>
        outcomeTables(d, ctx.locale),
      );
    },
  );

  app.get(
    '/monitoring/success-definitions',
    {
      config: { permission: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary: 'The success definitions (data): what counts as a successful trajectory',
        response: { 200: z.array(SuccessDefinitionSchema) },
      },
    },
    async (request) => listDefinitions(request.ctx()),
  );

  app.post(
    '/monitoring/success-definitions',
    {
      config: { permission: 'monitoring.manage' },
      schema: {
        tags: ['monitoring'],
        summary: 'Add a success definition (network admin)',
        body: CreateSuccessDefinitionBody,
        response: { 201: SuccessDefinitionSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createDefinition(request.ctx(), request.body)),
  );

  app.patch(
    '/monitoring/success-definitions/:id',
    {
      config: { permission: 'monitoring.manage' },
      schema: {
        tags: ['monitoring'],
        summary: 'Change a success definition (network admin); a stale version gets 409',
        params: z.object({ id: Uuid }),
        body: UpdateSuccessDefinitionBody,
        response: { 200: SuccessDefinitionSchema },
      },
    },
    async (request) => updateDefinition(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/monitoring/targets',
    {
      config: { permission: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary: 'Yearly targets per measure and region with their progress',
        querystring: TargetsQuery,
        response: { 200: z.array(TargetSchema).or(z.any()) },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      return send(reply, ctx, request.query, 'targets', await listTargets(ctx, request.query), (d) =>
        targetTables(d, ctx.locale),
      );
    },
  );

  app.post(
    '/monitoring/targets',
    {
      config: { permission: 'monitoring.manage' },
      schema: {
        tags: ['monitoring'],
        summary: 'Set a yearly target (network admin)',
        body: CreateTargetBody,
        response: { 201: TargetSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createTarget(request.ctx(), request.body)),
  );

  app.patch(
    '/monitoring/targets/:id',
    {
      config: { permission: 'monitoring.manage' },
      schema: {
        tags: ['monitoring'],
        summary: 'Change a target (network admin); a stale version gets 409',
        params: z.object({ id: Uuid }),
        body: UpdateTargetBody,
        response: { 200: TargetSchema },
      },
    },
    async (request) => updateTarget(request.ctx(), request.params.id, request.body),
  );

  app.delete(
    '/monitoring/targets/:id',
    {
      config: { permission: 'monitoring.manage' },
      schema: {
        tags: ['monitoring'],
        summary: 'Remove a target (network admin)',
        params: z.object({ id: Uuid }),
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => {
      await deleteTarget(request.ctx(), request.params.id, request.query.version);
      return { id: request.params.id };
    },
  );

  app.get(
    '/monitoring/report.pdf',
    {
      config: { permission: 'monitoring.read' },
      schema: {
        tags: ['monitoring'],
        summary: 'The dashboard as a PDF report (A4) for the chosen filters; audited',
        querystring: FigureQuery.omit({ groupBy: true, format: true }),
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      const pdf = await dashboardReport(ctx, { ...request.query, groupBy: 'measure', format: 'json' });
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${fileName(ctx.locale === 'en' ? 'Monitoring report' : 'Monitoringrapport', 'pdf')}"`,
        )
        .send(pdf);
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
