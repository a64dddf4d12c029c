import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BATCH_JOB,
  discardBatch,
  findBatches,
  findBatchPairs,
  getBatch,
  publishBatch,
  runBatch,
  startBatch,
} from './matching.batches';
import {
  BatchPairPage,
  BatchPairQuery,
  BatchParams,
  BatchSchema,
  BatchVersionBody,
  CarvingQuery,
  CarvingSuggestionSchema,
  JobParams,
  PairQuery,
  PairResponse,
  ParticipantParams,
  StartBatchBody,
  TopJobsQuery,
  TopJobsResponse,
  TopPersonsQuery,
  TopPersonsResponse,
} from './matching.schemas';
import {
  explainPair,
  findJobsForParticipant,
  findParticipantsForJob,
  suggestCarving,
} from './matching.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/matching/participants/:id/jobs',
    {
      config: { permission: 'matching.read' },
      schema: {
        tags: ['matching'],
        summary: 'The best jobs for a participant, each with why (and why it cannot be proposed, if so)',
        params: ParticipantParams,
        querystring: TopJobsQuery,
        response: { 200: TopJobsResponse },
      },
    },
    async (request) => findJobsForParticipant(request.ctx(), request.params.id, request.query),
  );

  app.get(
    '/matching/jobs/:id/participants',
    {
      config: { permission: 'matching.read' },
      schema: {
        tags: ['matching'],
        summary: 'The best people in the network pool for a job, each with why',
        params: JobParams,
        querystring: TopPersonsQuery,
        response: { 200: TopPersonsResponse },
      },
    },
    async (request) => findParticipantsForJob(request.ctx(), request.params.id, request.query),
  );

  app.get(
    '/matching/explain',
    {
      config: { permission: 'matching.read' },
      schema: {
        tags: ['matching'],
        summary: 'Why (or why not) one participant for one job: every part and hard constraint',
        querystring: PairQuery,
        response: { 200: PairResponse },
      },
    },
    async (request) => explainPair(request.ctx(), request.query),
  );

  app.get(
    '/matching/carving',
    {
      config: { permission: 'matching.read' },
      schema: {
        tags: ['matching'],
        summary: "Job carving: the employer's tasks the participant can do, reaching their wanted hours",
        querystring: CarvingQuery,
        response: { 200: CarvingSuggestionSchema },
      },
    },
    async (request) => suggestCarving(request.ctx(), request.query),
  );

  app.get(
    '/matching/batches',
    {
      config: { permission: 'matching.batch' },
      schema: {
        tags: ['matching'],
        summary: 'Network-wide assignment runs',
        response: { 200: z.array(BatchSchema) },
      },
    },
    async (request) => findBatches(request.ctx()),
  );

  app.post(
    '/matching/batches',
    {
      config: { permission: 'matching.batch' },
      schema: {
        tags: ['matching'],
        summary: 'Start the network-wide optimal assignment (computed in the background; poll its status)',
        body: StartBatchBody,
        response: { 202: BatchSchema },
      },
    },
    async (request, reply) => {
      const runner = app.jobs
        ? async (id: string) => {
            await app.jobs!.send(BATCH_JOB, { batchId: id });
          }
        : (id: string) => runBatch(app.database.db, id);
      return reply.status(202).send(await startBatch(request.ctx(), request.body, runner));
    },
  );

  app.get(
    '/matching/batches/:id',
    {
      config: { permission: 'matching.batch' },
      schema: {
        tags: ['matching'],
        summary: 'One run: status, optimal and first-come greedy figures',
        params: BatchParams,
        response: { 200: BatchSchema },
      },
    },
    async (request) => getBatch(request.ctx(), request.params.id),
  );

  app.get(
    '/matching/batches/:id/pairs',
    {
      config: { permission: 'matching.batch' },
      schema: {
        tags: ['matching'],
        summary: "A run's pairs, with the other method's job for the same person",
        params: BatchParams,
        querystring: BatchPairQuery,
        response: { 200: BatchPairPage },
      },
    },
    async (request) => findBatchPairs(request.ctx(), request.params.id, request.query),
  );

  app.post(
    '/matching/batches/:id/publish',
    {
      config: { permission: 'matching.batch' },
      schema: {
        tags: ['matching'],
        summary: 'Publish a reviewed run: its pairs become suggested proposals',
        params: BatchParams,
        body: BatchVersionBody,
        response: { 200: BatchSchema },
      },
    },
    async (request) => publishBatch(request.ctx(), request.params.id, request.body.version),
  );

  app.post(
    '/matching/batches/:id/discard',
    {
      config: { permission: 'matching.batch' },
      schema: {
        tags: ['matching'],
        summary: 'Discard a run without publishing it',
        params: BatchParams,
        body: BatchVersionBody,
        response: { 200: BatchSchema },
      },
    },
    async (request) => discardBatch(request.ctx(), request.params.id, request.body.version),
  );
};

export default routes;
