import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AftercareParams,
  AssignMentorBody,
  CloseTrajectoryBody,
  CorrectTrajectoryBody,
  CreateTrajectoryBody,
  ExtendPhaseBody,
  PhaseParams,
  PlacementBody,
  RecordAftercareBody,
  TrajectoryDetail,
  TrajectoryPage,
  TrajectoryParams,
  TrajectoryQuery,
  UpdatePhaseBody,
} from './trajectories.schemas';
import {
  assignMentor,
  closeTrajectory,
  correctTrajectory,
  createTrajectory,
  extendPhase,
  findTrajectories,
  getTrajectory,
  recordAftercare,
  recordPlacement,
  updatePhase,
} from './trajectories.service';

const tags = ['trajectories'];

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories',
    {
      config: { permission: 'trajectory.read' },
      schema: {
        tags,
        summary:
          'Trajectories led by your organisation: status, type, coach (me), organisation, overdue, participant',
        querystring: TrajectoryQuery,
        response: { 200: TrajectoryPage },
      },
    },
    async (request) => findTrajectories(request.ctx(), request.query),
  );

  app.post(
    '/trajectories',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary:
          'Open a trajectory for a participant your organisation holds, or from an accepted proposal (409: one open per participant)',
        body: CreateTrajectoryBody,
        response: { 201: TrajectoryDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createTrajectory(request.ctx(), request.body)),
  );

  app.get(
    '/trajectories/:id',
    {
      config: { permission: 'trajectory.read' },
      schema: {
        tags,
        summary:
          'One trajectory: phases with terms (overdue), extensions, mentor, aftercare, outcome, corrections',
        params: TrajectoryParams,
        response: { 200: TrajectoryDetail },
      },
    },
    async (request) => getTrajectory(request.ctx(), request.params.id),
  );

  app.patch(
    '/trajectories/:id/phases/:phaseId',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary:
          'Set or adjust a phase’s planned and actual dates (phases may overlap; never end before start)',
        params: PhaseParams,
        body: UpdatePhaseBody,
        response: { 200: TrajectoryDetail },
      },
    },
    async (request) => updatePhase(request.ctx(), request.params.id, request.params.phaseId, request.body),
  );

  app.post(
    '/trajectories/:id/phases/:phaseId/extensions',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Extend a phase’s term with a reason (recorded)',
        params: PhaseParams,
        body: ExtendPhaseBody,
        response: { 200: TrajectoryDetail },
      },
    },
    async (request) => extendPhase(request.ctx(), request.params.id, request.params.phaseId, request.body),
  );

  app.put(
    '/trajectories/:id/mentor',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Assign the mentor at the employer (a contact person, optionally with their mentor login)',
        params: TrajectoryParams,
        body: AssignMentorBody,
        response: { 200: TrajectoryDetail },
      },
    },
    async (request) => assignMentor(request.ctx(), request.params.id, request.body),
  );

  app.put(
    '/trajectories/:id/placement',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Record the placement (site, job, first day): schedules the aftercare contacts',
        params: TrajectoryParams,
        body: PlacementBody,
        response: { 200: TrajectoryDetail },
      },
    },
    async (request) => recordPlacement(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/trajectories/:id/close',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Close with an outcome (refused without one) and date',
        params: TrajectoryParams,
        body: CloseTrajectoryBody,
        response: { 200: TrajectoryDetail },
      },
    },
    async (request) => closeTrajectory(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/trajectories/:id/corrections',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary:
          'Correct the outcome or dates of a closed trajectory with a reason (the original stays visible)',
        params: TrajectoryParams,
        body: CorrectTrajectoryBody,
        response: { 200: TrajectoryDetail },
      },
    },
    async (request) => correctTrajectory(request.ctx(), request.params.id, request.body),
  );

  app.put(
    '/trajectories/:id/aftercare/:contactId',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Record an aftercare contact: still employed, how it goes, support needed',
        params: AftercareParams,
        body: RecordAftercareBody,
        response: { 200: TrajectoryDetail },
      },
    },
    async (request) =>
      recordAftercare(request.ctx(), request.params.id, request.params.contactId, request.body),
  );
};

export default routes;
