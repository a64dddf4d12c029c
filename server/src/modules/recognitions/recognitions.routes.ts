import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateRecognitionBody,
  RecognitionPage,
  RecognitionParams,
  RecognitionQuery,
  RecognitionSchema,
  RecognitionSchemeList,
  UpdateRecognitionBody,
  WithdrawRecognitionBody,
} from './recognitions.schemas';
import {
  createRecognition,
  findRecognitionSchemes,
  findRecognitions,
  getRecognition,
  updateRecognition,
  withdrawRecognition,
} from './recognitions.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/recognitions',
    {
      config: { permission: 'recognition.read' },
      schema: {
        tags: ['quality'],
        summary:
          'The recognition register: by organisation, subject, status and "ends within N days" (org admins: their organisations; coaches: their own and their organisation’s)',
        querystring: RecognitionQuery,
        response: { 200: RecognitionPage },
      },
    },
    async (request) => findRecognitions(request.ctx(), request.query),
  );

  app.get(
    '/recognitions/schemes',
    {
      config: { permission: 'recognition.read' },
      schema: {
        tags: ['quality'],
        summary: 'The schemes and authorities in the register, most used first (suggestions for the form)',
        response: { 200: RecognitionSchemeList },
      },
    },
    async (request) => findRecognitionSchemes(request.ctx()),
  );

  app.get(
    '/recognitions/:id',
    {
      config: { permission: 'recognition.read' },
      schema: {
        tags: ['quality'],
        summary: 'One recognition',
        params: RecognitionParams,
        response: { 200: RecognitionSchema },
      },
    },
    async (request) => getRecognition(request.ctx(), request.params.id),
  );

  app.post(
    '/recognitions',
    {
      config: { permission: 'recognition.manage' },
      schema: {
        tags: ['quality'],
        summary: 'Register a recognition of an organisation or one of its coaches (org admins: their own)',
        body: CreateRecognitionBody,
        response: { 201: RecognitionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createRecognition(request.ctx(), request.body)),
  );

  app.patch(
    '/recognitions/:id',
    {
      config: { permission: 'recognition.manage' },
      schema: {
        tags: ['quality'],
        summary: 'Correct or extend a recognition (409 on a stale version)',
        params: RecognitionParams,
        body: UpdateRecognitionBody,
        response: { 200: RecognitionSchema },
      },
    },
    async (request) => updateRecognition(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/recognitions/:id/withdraw',
    {
      config: { permission: 'recognition.manage' },
      schema: {
        tags: ['quality'],
        summary: 'Record that a recognition was withdrawn, with the reason (409 on a stale version)',
        params: RecognitionParams,
        body: WithdrawRecognitionBody,
        response: { 200: RecognitionSchema },
      },
    },
    async (request) => withdrawRecognition(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
