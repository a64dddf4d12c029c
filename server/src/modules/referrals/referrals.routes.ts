import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateReferralBody,
  LeadTimeResponse,
  NoStartBody,
  NoStartReasonsResponse,
  RecordContactBody,
  ReferralPage,
  ReferralParams,
  ReferralQuery,
  ReferralSchema,
  StartReferralBody,
  StatsQuery,
  UpdateReferralBody,
  WithdrawReferralBody,
} from './referrals.schemas';
import {
  createReferral,
  findReferrals,
  getLeadTimes,
  getNoStartReasons,
  getReferral,
  recordFirstContact,
  recordNoStart,
  startReferral,
  updateReferral,
  withdrawReferral,
} from './referrals.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/referrals',
    {
      config: { permission: 'referral.read' },
      schema: {
        tags: ['referrals'],
        summary: 'Inbox (incoming), outbox (sent) or all referrals of your organisations',
        querystring: ReferralQuery,
        response: { 200: ReferralPage },
      },
    },
    async (request) => findReferrals(request.ctx(), request.query),
  );

  app.get(
    '/referrals/lead-times',
    {
      config: { permission: 'leadtime.read' },
      schema: {
        tags: ['referrals'],
        summary: 'Lead times per channel: median and p90 days between the steps of the flow',
        querystring: StatsQuery,
        response: { 200: LeadTimeResponse },
      },
    },
    async (request) => getLeadTimes(request.ctx(), request.query),
  );

  app.get(
    '/referrals/no-start-reasons',
    {
      config: { permission: 'leadtime.read' },
      schema: {
        tags: ['referrals'],
        summary: 'Why referred people did not start, per channel',
        querystring: StatsQuery,
        response: { 200: NoStartReasonsResponse },
      },
    },
    async (request) => getNoStartReasons(request.ctx(), request.query),
  );

  app.post(
    '/referrals',
    {
      config: { permission: 'referral.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Refer a participant (existing or new) to a measure at an organisation',
        body: CreateReferralBody,
        response: { 201: ReferralSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createReferral(request.ctx(), request.body)),
  );

  app.get(
    '/referrals/:id',
    {
      config: { permission: 'referral.read' },
      schema: {
        tags: ['referrals'],
        summary: 'One referral',
        params: ReferralParams,
        response: { 200: ReferralSchema },
      },
    },
    async (request) => getReferral(request.ctx(), request.params.id),
  );

  app.patch(
    '/referrals/:id',
    {
      config: { permission: 'referral.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Edit an open referral (referring side; 409 on a stale version)',
        params: ReferralParams,
        body: UpdateReferralBody,
        response: { 200: ReferralSchema },
      },
    },
    async (request) => updateReferral(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/referrals/:id/contact',
    {
      config: { permission: 'referral.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Record the first contact (receiving organisation)',
        params: ReferralParams,
        body: RecordContactBody,
        response: { 200: ReferralSchema },
      },
    },
    async (request) => recordFirstContact(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/referrals/:id/start',
    {
      config: { permission: 'referral.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Record the start; the participant moves to the receiving organisation',
        params: ReferralParams,
        body: StartReferralBody,
        response: { 200: ReferralSchema },
      },
    },
    async (request) => startReferral(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/referrals/:id/no-start',
    {
      config: { permission: 'referral.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Record that the person did not start, with a reason',
        params: ReferralParams,
        body: NoStartBody,
        response: { 200: ReferralSchema },
      },
    },
    async (request) => recordNoStart(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/referrals/:id/withdraw',
    {
      config: { permission: 'referral.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Withdraw an open referral (referring side)',
        params: ReferralParams,
        body: WithdrawReferralBody,
        response: { 200: ReferralSchema },
      },
    },
    async (request) => withdrawReferral(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
