import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileName, toCsv, toXlsx } from '../../lib/tables';
import {
  AnswerRoundBody,
  CloseRoundBody,
  CreateRoundBody,
  MemberSurveyRoundDetail,
  MemberSurveyRoundList,
  ResultsFormatQuery,
  RoundAnswerParams,
  RoundParams,
} from './member-surveys.schemas';
import {
  answerRound,
  auditRoundExport,
  closeRound,
  createRound,
  findRounds,
  getRound,
  roundTables,
} from './member-surveys.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/member-survey-rounds',
    {
      config: { permission: 'member_survey.read' },
      schema: {
        tags: ['quality'],
        summary: 'Rounds of the member survey on referral figures, newest first, with how many answered',
        response: { 200: MemberSurveyRoundList },
      },
    },
    async (request) => findRounds(request.ctx()),
  );

  app.get(
    '/member-survey-rounds/:id',
    {
      config: { permission: 'member_survey.read' },
      schema: {
        tags: ['quality'],
        summary:
          'A round: status per organisation (network admins; org admins their own) and aggregated figures',
        params: RoundParams,
        response: { 200: MemberSurveyRoundDetail },
      },
    },
    async (request) => getRound(request.ctx(), request.params.id),
  );

  app.get(
    '/member-survey-rounds/:id/export',
    {
      config: { permission: 'member_survey.read' },
      schema: {
        tags: ['quality'],
        summary: 'The aggregated figures of a round as CSV or XLSX, small cells hidden (audited)',
        params: RoundParams,
        querystring: ResultsFormatQuery,
        response: { 200: z.any() },
      },
    },
    async (request, reply) => {
      const ctx = request.ctx();
      const data = await getRound(ctx, request.params.id);
      await auditRoundExport(ctx, request.params.id, request.query.format);
      const tables = roundTables(data, ctx.locale);
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

  app.post(
    '/member-survey-rounds',
    {
      config: { permission: 'member_survey.manage' },
      schema: {
        tags: ['quality'],
        summary: 'Open a round for every active member organisation (their admins are notified)',
        body: CreateRoundBody,
        response: { 201: MemberSurveyRoundDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createRound(request.ctx(), request.body)),
  );

  app.post(
    '/member-survey-rounds/:id/close',
    {
      config: { permission: 'member_survey.manage' },
      schema: {
        tags: ['quality'],
        summary: 'Close a round (409 on a stale version)',
        params: RoundParams,
        body: CloseRoundBody,
        response: { 200: MemberSurveyRoundDetail },
      },
    },
    async (request) => closeRound(request.ctx(), request.params.id, request.body.version),
  );

  app.put(
    '/member-survey-rounds/:id/answers/:organisationId',
    {
      config: { permission: 'member_survey.answer' },
      schema: {
        tags: ['quality'],
        summary:
          'Report an organisation’s figures for an open round, or correct them with their version (409 when stale)',
        params: RoundAnswerParams,
        body: AnswerRoundBody,
        response: { 200: MemberSurveyRoundDetail },
      },
    },
    async (request) =>
      answerRound(request.ctx(), request.params.id, request.params.organisationId, request.body),
  );
};

export default routes;
