import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AcceptInternshipSheetBody,
  CreateInternshipSheetBody,
  InternshipSheetParams,
  InternshipSheetSchema,
  UpdateInternshipSheetBody,
} from './internship-sheets.schemas';
import {
  acceptInternshipSheet,
  createInternshipSheet,
  getInternshipSheet,
  updateInternshipSheet,
} from './internship-sheets.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/jobs/:id/internship-sheet',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['jobs'],
        summary:
          "The internship place's sheet of costs and expectations (employer contacts: their own; their reads are recorded)",
        params: InternshipSheetParams,
        response: { 200: InternshipSheetSchema },
      },
    },
    async (request) => getInternshipSheet(request.ctx(), request.params.id),
  );

  app.post(
    '/jobs/:id/internship-sheet',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary:
          'Write the sheet of an internship place: who pays what, insurance, mentor time, learning goals (409 when it exists)',
        params: InternshipSheetParams,
        body: CreateInternshipSheetBody,
        response: { 201: InternshipSheetSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInternshipSheet(request.ctx(), request.params.id, request.body)),
  );

  app.patch(
    '/jobs/:id/internship-sheet',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary: 'Change the sheet (409 on a stale version); a change resets the employer’s acceptance',
        params: InternshipSheetParams,
        body: UpdateInternshipSheetBody,
        response: { 200: InternshipSheetSchema },
      },
    },
    async (request) => updateInternshipSheet(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/jobs/:id/internship-sheet/accept',
    {
      config: { permission: 'internship_sheet.accept' },
      schema: {
        tags: ['jobs'],
        summary:
          'The employer contact accepts the version they were shown (409 with the current sheet when it changed since)',
        params: InternshipSheetParams,
        body: AcceptInternshipSheetBody,
        response: { 200: InternshipSheetSchema },
      },
    },
    async (request) => acceptInternshipSheet(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
