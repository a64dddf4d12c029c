import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangePasswordBody,
  DemoAccountsResponse,
  LoginBody,
  MeSchema,
  OkResponse,
  TotpCodeBody,
  TotpDisableBody,
  TotpSetupResponse,
  UpdateProfileBody,
} from './auth.schemas';
import {
  changePassword,
  disableTotp,
  enableTotp,
  getMe,
  listDemoAccounts,
  login,
  logout,
  SESSION_COOKIE,
  startTotpSetup,
  updateProfile,
} from './auth.service';

export const DEMO_PASSWORD = 'werkbrug-demo';

const routes: FastifyPluginAsyncZod = async (app) => {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.cookieSecure,
    path: '/',
  };

  app.post(
    '/auth/login',
    {
      config: {
        public: true,
        rateLimit: { max: app.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets the session cookie and returns the user with the CSRF token',
        body: LoginBody,
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => {
      const result = await login(
        app.database.db,
        { actor: null, ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
        request.body,
      );
      reply.setCookie(SESSION_COOKIE, result.sessionToken, cookieOptions);
      return getMe(app.database.db, result.actor, result.csrfToken);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'self' },
      schema: { tags: ['auth'], summary: 'Sign out: ends this session', response: { 200: OkResponse } },
    },
    async (request, reply) => {
      await logout(request.ctx());
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/demo-accounts',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Demo accounts per role (demo mode only)',
        response: { 200: DemoAccountsResponse },
      },
    },
    async () => {
      if (!app.config.isDemo) {
        return { enabled: false, password: null, accounts: [] };
      }
      return { enabled: true, password: DEMO_PASSWORD, accounts: await listDemoAccounts(app.database.db) };
    },
  );

  app.get(
    '/me',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their organisations, roles and permissions (and the CSRF token)',
        response: { 200: MeSchema },
      },
    },
    async (request) => getMe(app.database.db, request.ctx().actor, request.csrfToken),
  );

  app.patch(
    '/me',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['auth'],
        summary: 'Change your own name or language',
        body: UpdateProfileBody,
        response: {
          200: z.object({ id: z.string(), displayName: z.string(), locale: z.string(), version: z.number() }),
        },
      },
    },
    async (request) => updateProfile(request.ctx(), request.body),
  );

  app.post(
    '/me/password',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['auth'],
        summary: 'Change your password (ends your other sessions)',
        body: ChangePasswordBody,
        response: { 200: OkResponse },
      },
    },
    async (request) => {
      await changePassword(request.ctx(), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/me/totp/setup',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['auth'],
        summary: 'Start two-step verification: a new secret and its QR code',
        response: { 200: TotpSetupResponse },
      },
    },
    async (request) => startTotpSetup(request.ctx()),
  );

  app.post(
    '/me/totp/enable',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['auth'],
        summary: 'Confirm two-step verification with a code from the app',
        body: TotpCodeBody,
        response: { 200: OkResponse },
      },
    },
    async (request) => {
      await enableTotp(request.ctx(), request.body.code);
      return { ok: true as const };
    },
  );

  app.post(
    '/me/totp/disable',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['auth'],
        summary: 'Turn two-step verification off (needs your password)',
        body: TotpDisableBody,
        response: { 200: OkResponse },
      },
    },
    async (request) => {
      await disableTotp(request.ctx(), request.body.password);
      return { ok: true as const };
    },
  );
};

export default routes;
