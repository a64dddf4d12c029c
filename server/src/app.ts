import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import type { Database } from './db/database';
import type { JobQueue } from './jobs/queue';
import { zodValidatorCompiler } from './lib/validation';
import healthRoutes from './modules/health/health.routes';
import { API_MODULES } from './modules/index';
import access from './plugins/app/access';
import errors from './plugins/app/errors';
import gracefulClose from './plugins/app/graceful-close';
import './plugins/app/types';
import helmet from './plugins/external/helmet';
import rateLimit from './plugins/external/rate-limit';
import staticFiles from './plugins/external/static';
import swagger from './plugins/external/swagger';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  config: Config;
  database: Database;
  jobs?: JobQueue | null;
  logger?: FastifyServerOptions['logger'];
  /** An existing pino logger (the server's), instead of `logger` options. */
  loggerInstance?: FastifyServerOptions['loggerInstance'];
  /** Serve the built web UI (off in API tests). */
  serveWeb?: boolean;
}

/** Log settings: never let session cookies, tokens or passwords reach the log. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
      ],
      censor: '[redacted]',
    },
  };
}

/** Every module's routes under /api, plus the OpenAPI document they describe. */
const apiRoutes: FastifyPluginAsync = async (api) => {
  api.get(
    '/openapi.json',
    { config: { public: true }, schema: { hide: true, response: { 200: z.unknown() } } },
    async () => api.swagger(),
  );
  for (const module of API_MODULES) {
    await api.register(module);
  }
};

/** Builds the application without listening, so tests can inject requests into it. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.loggerInstance ? { loggerInstance: opts.loggerInstance } : { logger: opts.logger ?? false }),
    trustProxy: opts.config.trustProxy,
    bodyLimit: 1_048_576,
    // The web UI runs on the same origin; no CORS is configured, so other origins cannot read responses.
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', opts.config);
  app.decorate('database', opts.database);
  app.decorate('jobs', opts.jobs ?? null);

  await app.register(gracefulClose);
  await app.register(errors, { spaIndexFile: opts.serveWeb ? path.join(WEB_DIST, 'index.html') : null });
  await app.register(helmet);
  await app.register(cookie);
  await app.register(rateLimit);
  await app.register(swagger);
  await app.register(access);

  await app.register(healthRoutes);
  await app.register(apiRoutes, { prefix: '/api' });

  if (opts.serveWeb) {
    await app.register(staticFiles, { root: WEB_DIST });
  }
  return app;
}
