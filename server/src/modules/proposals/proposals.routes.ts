import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateProposalBody,
  DeclineStatsResponse,
  ProposalDetail,
  ProposalPage,
  ProposalParams,
  ProposalQuery,
  TransitionProposalBody,
} from './proposals.schemas';
import {
  createProposal,
  findProposals,
  getDeclineStats,
  getProposal,
  transitionProposal,
} from './proposals.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/proposals',
    {
      config: { permission: 'proposal.read' },
      schema: {
        tags: ['proposals'],
        summary: 'Proposals of your participants, for your employers, your own, or for your jobs (employer)',
        querystring: ProposalQuery,
        response: { 200: ProposalPage },
      },
    },
    async (request) => findProposals(request.ctx(), request.query),
  );

  app.get(
    '/proposals/decline-stats',
    {
      config: { permission: 'proposal.stats' },
      schema: {
        tags: ['proposals'],
        summary: 'Why proposals were declined, by reason and by whom',
        response: { 200: DeclineStatsResponse },
      },
    },
    async (request) => getDeclineStats(request.ctx()),
  );

  app.post(
    '/proposals',
    {
      config: { permission: 'proposal.create' },
      schema: {
        tags: ['proposals'],
        summary: 'Make a match a proposal (suggested, or proposed to both parties at once)',
        body: CreateProposalBody,
        response: { 201: ProposalDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createProposal(request.ctx(), request.body)),
  );

  app.get(
    '/proposals/:id',
    {
      config: { permission: 'proposal.read' },
      schema: {
        tags: ['proposals'],
        summary: 'One proposal with its course and the explanation of the match',
        params: ProposalParams,
        response: { 200: ProposalDetail },
      },
    },
    async (request) => getProposal(request.ctx(), request.params.id),
  );

  app.post(
    '/proposals/:id/transition',
    {
      config: { permission: 'proposal.write' },
      schema: {
        tags: ['proposals'],
        summary: 'Propose, plan the interview, accept, or decline with a reason and by whom',
        params: ProposalParams,
        body: TransitionProposalBody,
        response: { 200: ProposalDetail },
      },
    },
    async (request) => transitionProposal(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
