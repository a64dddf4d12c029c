import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateUserBody,
  SetRolesBody,
  UpdateUserBody,
  UserPage,
  UserParams,
  UserQuery,
  UserSchema,
  UserWithPassword,
} from './users.schemas';
import {
  createUser,
  findUsers,
  getUser,
  resetUserPassword,
  setUserRoles,
  unlockUser,
  updateUser,
} from './users.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      config: { permission: 'user.read' },
      schema: {
        tags: ['users'],
        summary: 'Users you administer (network admin: all; org admin: your organisations)',
        querystring: UserQuery,
        response: { 200: UserPage },
      },
    },
    async (request) => findUsers(request.ctx(), request.query),
  );

  app.get(
    '/users/:id',
    {
      config: { permission: 'user.read' },
      schema: { tags: ['users'], summary: 'One user', params: UserParams, response: { 200: UserSchema } },
    },
    async (request) => getUser(request.ctx(), request.params.id),
  );

  app.post(
    '/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a user with roles; returns a temporary password once',
        body: CreateUserBody,
        response: { 201: UserWithPassword },
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(request.ctx(), request.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Update a user (409 with the current record on a stale version)',
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: UserSchema },
      },
    },
    async (request) => updateUser(request.ctx(), request.params.id, request.body),
  );

  app.put(
    '/users/:id/roles',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Replace the roles you manage for this user',
        params: UserParams,
        body: SetRolesBody,
        response: { 200: UserSchema },
      },
    },
    async (request) => setUserRoles(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/users/:id/unlock',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Lift a lock-out',
        params: UserParams,
        response: { 200: UserSchema },
      },
    },
    async (request) => unlockUser(request.ctx(), request.params.id),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Set a temporary password (shown once) and end the user’s sessions',
        params: UserParams,
        response: { 200: UserWithPassword },
      },
    },
    async (request) => resetUserPassword(request.ctx(), request.params.id),
  );
};

export default routes;
