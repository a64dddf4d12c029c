import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CarveJobBody,
  ChangeJobStatusBody,
  CreateJobBody,
  CreateTaskBody,
  EmployerJobParams,
  EmployerJobQuery,
  JobDetail,
  JobPage,
  JobParams,
  JobQuery,
  JobVersionQuery,
  TaskParams,
  UpdateJobBody,
  UpdateTaskBody,
} from './jobs.schemas';
import {
  carveJob,
  changeJobStatus,
  createJob,
  createTask,
  deleteJob,
  deleteTask,
  findEmployerJobs,
  findJobs,
  getJob,
  updateJob,
  updateTask,
} from './jobs.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/jobs',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['jobs'],
        summary:
          'Jobs across the register: title words, employer, status, kind, municipality, ISCO prefix, "mine" (employer contacts: their own)',
        querystring: JobQuery,
        response: { 200: JobPage },
      },
    },
    async (request) => findJobs(request.ctx(), request.query),
  );

  app.get(
    '/employers/:id/jobs',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['jobs'],
        summary: "An employer's jobs",
        params: EmployerJobParams,
        querystring: EmployerJobQuery,
        response: { 200: JobPage },
      },
    },
    async (request) => findEmployerJobs(request.ctx(), request.params.id, request.query),
  );

  app.post(
    '/employers/:id/jobs',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary:
          "Create a job at one of the employer's sites (account managers of the owner or joint organisations)",
        params: EmployerJobParams,
        body: CreateJobBody,
        response: { 201: JobDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createJob(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/carved-jobs',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary:
          'Job carving: compose a carved job from tasks of jobs of one employer (mixing employers: 400); hours add up, tasks keep their source',
        body: CarveJobBody,
        response: { 201: JobDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await carveJob(request.ctx(), request.body)),
  );

  app.get(
    '/jobs/:id',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['jobs'],
        summary: 'One job with its tasks, their demands and the demand profile derived from them',
        params: JobParams,
        response: { 200: JobDetail },
      },
    },
    async (request) => getJob(request.ctx(), request.params.id),
  );

  app.patch(
    '/jobs/:id',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary:
          "Edit a job, its offer marks and essential dimensions (409 on a stale version; hours ≥ its tasks')",
        params: JobParams,
        body: UpdateJobBody,
        response: { 200: JobDetail },
      },
    },
    async (request) => updateJob(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/jobs/:id/status',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary: 'Move a job: draft → open (needs a task) → filled or closed; 409 when not possible or stale',
        params: JobParams,
        body: ChangeJobStatusBody,
        response: { 200: JobDetail },
      },
    },
    async (request) => changeJobStatus(request.ctx(), request.params.id, request.body),
  );

  app.delete(
    '/jobs/:id',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary: 'Delete a draft job that is no source of a carved job (409 otherwise or on a stale version)',
        params: JobParams,
        querystring: JobVersionQuery,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => deleteJob(request.ctx(), request.params.id, request.query.version),
  );

  app.post(
    '/jobs/:id/tasks',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary:
          "Add a task with hours and demand profile (unknown dimension: 400 on it; tasks' hours above the job's: 400); returns the job",
        params: JobParams,
        body: CreateTaskBody,
        response: { 200: JobDetail },
      },
    },
    async (request) => createTask(request.ctx(), request.params.id, request.body),
  );

  app.patch(
    '/jobs/:id/tasks/:taskId',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary: "Edit a task (the job's version; `demands` replaces the profile); returns the job",
        params: TaskParams,
        body: UpdateTaskBody,
        response: { 200: JobDetail },
      },
    },
    async (request) => updateTask(request.ctx(), request.params.id, request.params.taskId, request.body),
  );

  app.delete(
    '/jobs/:id/tasks/:taskId',
    {
      config: { permission: 'job.write' },
      schema: {
        tags: ['jobs'],
        summary: "Remove a task (the job's version; 409 when a carved job was made from it); returns the job",
        params: TaskParams,
        querystring: JobVersionQuery,
        response: { 200: JobDetail },
      },
    },
    async (request) =>
      deleteTask(request.ctx(), request.params.id, request.params.taskId, request.query.version),
  );
};

export default routes;
