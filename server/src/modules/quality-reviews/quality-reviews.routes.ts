import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateReviewBody,
  FinaliseReviewBody,
  OrganisationParams,
  QualityReviewSchema,
  ReviewParams,
  ReviewScaleSchema,
  ScorecardOverview,
  ScorecardSchema,
  UpdateReviewBody,
} from './quality-reviews.schemas';
import {
  createReview,
  finaliseReview,
  getActiveScale,
  getOverview,
  getReview,
  getScorecard,
  updateReview,
} from './quality-reviews.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/review-scale',
    {
      config: { permission: 'quality_review.read' },
      schema: {
        tags: ['quality'],
        summary:
          'The active review scale: its items with the meaning of each score, and the bands of the total',
        response: { 200: ReviewScaleSchema },
      },
    },
    async (request) => getActiveScale(request.ctx()),
  );

  app.get(
    '/scorecards',
    {
      config: { permission: 'quality_review.read' },
      schema: {
        tags: ['quality'],
        summary:
          'Coaching organisations with their latest review total, band and trend (org admins: their own)',
        response: { 200: ScorecardOverview },
      },
    },
    async (request) => getOverview(request.ctx()),
  );

  app.get(
    '/scorecards/:organisationId',
    {
      config: { permission: 'quality_review.read' },
      schema: {
        tags: ['quality'],
        summary:
          'The scorecard of one organisation: item scores of the latest review, the previous one, history',
        params: OrganisationParams,
        response: { 200: ScorecardSchema },
      },
    },
    async (request) => getScorecard(request.ctx(), request.params.organisationId),
  );

  app.get(
    '/quality-reviews/:id',
    {
      config: { permission: 'quality_review.read' },
      schema: {
        tags: ['quality'],
        summary: 'One review (reviews in progress: reviewers only)',
        params: ReviewParams,
        response: { 200: QualityReviewSchema },
      },
    },
    async (request) => getReview(request.ctx(), request.params.id),
  );

  app.post(
    '/quality-reviews',
    {
      config: { permission: 'quality_review.write' },
      schema: {
        tags: ['quality'],
        summary: 'Open a review of a coaching organisation on the active scale (409 when one is open)',
        body: CreateReviewBody,
        response: { 201: QualityReviewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createReview(request.ctx(), request.body)),
  );

  app.patch(
    '/quality-reviews/:id',
    {
      config: { permission: 'quality_review.write' },
      schema: {
        tags: ['quality'],
        summary: 'Save scores and notes of a review in progress (409 on a stale version)',
        params: ReviewParams,
        body: UpdateReviewBody,
        response: { 200: QualityReviewSchema },
      },
    },
    async (request) => updateReview(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/quality-reviews/:id/finalise',
    {
      config: { permission: 'quality_review.write' },
      schema: {
        tags: ['quality'],
        summary:
          'Finalise a review: every item scored; the total and band are fixed (409 on a stale version)',
        params: ReviewParams,
        body: FinaliseReviewBody,
        response: { 200: QualityReviewSchema },
      },
    },
    async (request) => finaliseReview(request.ctx(), request.params.id, request.body.version),
  );
};

export default routes;
