import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApproveInternshipBody,
  CreateInternshipBody,
  EvaluateInternshipBody,
  InternshipList,
  InternshipParams,
  InternshipSchema,
  TrajectoryParams,
  UpdateInternshipBody,
} from './internships.schemas';
import {
  agreementPdf,
  approveInternship,
  createInternship,
  evaluateInternship,
  findInternships,
  getInternship,
  updateInternship,
} from './internships.service';

const tags = ['trajectories'];

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories/:id/internships',
    {
      config: { permission: 'internship.read' },
      schema: {
        tags,
        summary:
          "A trajectory's internships with each party's approval (the employer's legal signatory: the ones they sign)",
        params: TrajectoryParams,
        response: { 200: InternshipList },
      },
    },
    async (request) => findInternships(request.ctx(), request.params.id),
  );

  app.post(
    '/trajectories/:id/internships',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Set up an internship at an internship place (costs and expectations copied from its sheet)',
        params: TrajectoryParams,
        body: CreateInternshipBody,
        response: { 201: InternshipSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInternship(request.ctx(), request.params.id, request.body)),
  );

  app.get(
    '/trajectories/:id/internships/:internshipId',
    {
      config: { permission: 'internship.read' },
      schema: {
        tags,
        summary: 'One internship',
        params: InternshipParams,
        response: { 200: InternshipSchema },
      },
    },
    async (request) => getInternship(request.ctx(), request.params.id, request.params.internshipId),
  );

  app.patch(
    '/trajectories/:id/internships/:internshipId',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Change an internship: every party’s approval goes back to pending (409 on a stale version)',
        params: InternshipParams,
        body: UpdateInternshipBody,
        response: { 200: InternshipSchema },
      },
    },
    async (request) =>
      updateInternship(request.ctx(), request.params.id, request.params.internshipId, request.body),
  );

  app.get(
    '/trajectories/:id/internships/:internshipId/agreement.pdf',
    {
      config: { permission: 'internship.read' },
      schema: {
        tags,
        summary: 'The internship agreement as a PDF (Dutch, A4, all parties’ data and approvals; audited)',
        params: InternshipParams,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('application/pdf') },
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await agreementPdf(
        request.ctx(),
        request.params.id,
        request.params.internshipId,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    '/trajectories/:id/internships/:internshipId/approvals',
    {
      config: { permission: 'internship.approve' },
      schema: {
        tags,
        summary:
          'Approve the agreement for your party (participant, the employer’s legal signatory, or the organisation); once per version',
        params: InternshipParams,
        body: ApproveInternshipBody,
        response: { 200: InternshipSchema },
      },
    },
    async (request) =>
      approveInternship(request.ctx(), request.params.id, request.params.internshipId, request.body),
  );

  app.post(
    '/trajectories/:id/internships/:internshipId/evaluation',
    {
      config: { permission: 'internship.evaluate' },
      schema: {
        tags,
        summary:
          "The mentor's evaluation at the end of the internship: it reaches the coach and the referrer",
        params: InternshipParams,
        body: EvaluateInternshipBody,
        response: { 201: InternshipSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await evaluateInternship(
            request.ctx(),
            request.params.id,
            request.params.internshipId,
            request.body,
          ),
        ),
  );
};

export default routes;
