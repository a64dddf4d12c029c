import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileName, toCsv, toXlsx } from '../../lib/tables';
import {
  AnswerSurveyBody,
  CreateSurveyInvitationBody,
  MySurveyList,
  MySurveySchema,
  SurveyInvitationPage,
  SurveyInvitationQuery,
  SurveyInvitationSchema,
  SurveyParams,
  SurveyResultsQuery,
  SurveyResultsSchema,
  SurveyTemplateList,
  WithdrawSurveyInvitationBody,
} from './surveys.schemas';
import {
  answerMySurvey,
  auditResultsExport,
  createInvitation,
  findInvitations,
  findMySurveys,
  findTemplates,
  getMySurvey,
  getResults,
  resultTables,
  withdrawInvitation,
} from './surveys.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/survey-templates',
    {
      config: { permission: 'survey_template.read' },
      schema: {
        tags: ['quality'],
        summary: 'The satisfaction surveys sent now (active version), with their questions',
        response: { 200: SurveyTemplateList },
      },
    },
    async (request) => findTemplates(request.ctx()),
  );

  app.get(
    '/survey-invitations',
    {
      config: { permission: 'survey.send' },
      schema: {
        tags: ['quality'],
        summary: 'Invitations sent by your organisations, with their state (never the answers)',
        querystring: SurveyInvitationQuery,
        response: { 200: SurveyInvitationPage },
      },
    },
    async (request) => findInvitations(request.ctx(), request.query),
  );

  app.post(
    '/survey-invitations',
    {
      config: { permission: 'survey.send' },
      schema: {
        tags: ['quality'],
        summary:
          'Send a survey to a participant or an employer contact (they are notified and answer in the app)',
        body: CreateSurveyInvitationBody,
        response: { 201: SurveyInvitationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createInvitation(request.ctx(), request.body)),
  );

  app.post(
    '/survey-invitations/:id/withdraw',
    {
      config: { permission: 'survey.send' },
      schema: {
        tags: ['quality'],
        summary: 'Withdraw an open invitation (409 when answered or on a stale version)',
        params: SurveyParams,
        body: WithdrawSurveyInvitationBody,
        response: { 200: SurveyInvitationSchema },
      },
    },
    async (request) => withdrawInvitation(request.ctx(), request.params.id, request.body.version),
  );

  app.get(
    '/my-surveys',
    {
      config: { permission: 'survey.answer' },
      schema: {
        tags: ['quality'],
        summary: 'The surveys you were asked to fill in (open first)',
        response: { 200: MySurveyList },
      },
    },
    async (request) => findMySurveys(request.ctx()),
  );

  app.get(
    '/my-surveys/:id',
    {
      config: { permission: 'survey.answer' },
      schema: {
        tags: ['quality'],
        summary: 'One of your surveys with its questions (and your answers once given)',
        params: SurveyParams,
        response: { 200: MySurveySchema },
      },
    },
    async (request) => getMySurvey(request.ctx(), request.params.id),
  );

  app.post(
    '/my-surveys/:id/answers',
    {
      config: { permission: 'survey.answer' },
      schema: {
        tags: ['quality'],
        summary: 'Answer one of your surveys, once (409 when already answered or withdrawn)',
        params: SurveyParams,
        body: AnswerSurveyBody,
        response: { 200: MySurveySchema },
      },
    },
    async (request) => answerMySurvey(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/survey-results',
    {
      config: { permission: 'survey.results' },
      schema: {
        tags: ['quality'],
        summary:
          'Results of a survey per organisation and for the network, small cells hidden; CSV or XLSX (audited) with format',
        querystring: SurveyResultsQuery,
        response: { 200: SurveyResultsSchema.or(z.any()) },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      const data = await getResults(ctx, request.query);
      if (request.query.format === 'json') {
        return data;
      }
      await auditResultsExport(ctx, request.query, data);
      const tables = resultTables(data, ctx.locale);
      if (request.query.format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName(tables[0]!.title, 'csv')}"`)
          .send(toCsv(tables[0]!, ctx.locale));
      }
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName(tables[0]!.title, 'xlsx')}"`)
        .send(await toXlsx(tables));
    },
  );
};

export default routes;
