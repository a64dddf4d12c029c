import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateIndicationBody,
  IndicationDetail,
  IndicationPage,
  IndicationParams,
  IndicationQuery,
  ReviewIndicationBody,
  SubmitIndicationBody,
  UpdateIndicationBody,
} from './indications.schemas';
import {
  createIndication,
  findIndications,
  getIndication,
  reviewIndication,
  submitIndication,
  updateIndication,
} from './indications.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/indications',
    {
      config: { permission: 'indication.read' },
      schema: {
        tags: ['indications'],
        summary:
          'Work lists of indications (own, cell, validation queue, or one participant’s); no health data',
        querystring: IndicationQuery,
        response: { 200: IndicationPage },
      },
    },
    async (request) => findIndications(request.ctx(), request.query),
  );

  app.post(
    '/indications',
    {
      config: { permission: 'indication.write' },
      schema: {
        tags: ['indications'],
        summary: 'Start an indication of a participant (409 when one is already open)',
        body: CreateIndicationBody,
        response: { 201: IndicationDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createIndication(request.ctx(), request.body)),
  );

  app.get(
    '/indications/:id',
    {
      config: { permission: 'indication.read' },
      schema: {
        tags: ['indications'],
        summary: 'One indication with ICF items and advice (health data: ground checked, every read audited)',
        params: IndicationParams,
        response: { 200: IndicationDetail },
      },
    },
    async (request) => getIndication(request.ctx(), request.params.id),
  );

  app.patch(
    '/indications/:id',
    {
      config: { permission: 'indication.write' },
      schema: {
        tags: ['indications'],
        summary: 'Save the draft: ICF items, advice, motivation (author only; 409 on a stale version)',
        params: IndicationParams,
        body: UpdateIndicationBody,
        response: { 200: IndicationDetail },
      },
    },
    async (request) => updateIndication(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/indications/:id/submit',
    {
      config: { permission: 'indication.write' },
      schema: {
        tags: ['indications'],
        summary: 'Submit for validation (20–43 ICF categories, advice and motivation required)',
        params: IndicationParams,
        body: SubmitIndicationBody,
        response: { 200: IndicationDetail },
      },
    },
    async (request) => submitIndication(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/indications/:id/review',
    {
      config: { permission: 'indication.validate' },
      schema: {
        tags: ['indications'],
        summary:
          'Approve (advice valid for a period, capability profile derived) or return with remarks; four eyes',
        params: IndicationParams,
        body: ReviewIndicationBody,
        response: { 200: IndicationDetail },
      },
    },
    async (request) => reviewIndication(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
