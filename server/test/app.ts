import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app';
import type { Config } from '../src/config';
import type { Database } from '../src/db/database';
import { createTestDatabase } from './database';
import { TEST_PASSWORD } from './factories/user.factory';

export const testConfig: Config = {
  port: 0,
  host: '127.0.0.1',
  databaseUrl: undefined,
  dataDir: '.tmp/unused',
  isDemo: false,
  isProduction: false,
  logLevel: 'silent',
  cookieSecure: false,
  trustProxy: false,
  loginRateLimitPerMinute: 1000,
  runWorkers: false,
};

export interface TestContext {
  app: FastifyInstance;
  database: Database;
}

/**
 * Builds the app over a fresh database for the test file (beforeAll) and tears both down (afterAll). Tests in a
 * file share the database, so each creates its own organisations and users through the factories.
 */
export function useTestApp(config: Partial<Config> = {}): TestContext {
  const ctx = {} as TestContext;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const test = await createTestDatabase();
    drop = test.drop;
    ctx.database = test.database;
    ctx.app = await buildApp({ config: { ...testConfig, ...config }, database: test.database });
    await ctx.app.ready();
  });
  afterAll(async () => {
    await ctx.app?.close();
    await drop?.();
  });
  return ctx;
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

/** Signs in through the API, as the browser does, and returns the session cookie and CSRF token. */
export async function login(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) {
    throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  }
  const cookie = res.cookies.find((c) => c.name === 'wb_session');
  const body = res.json() as { csrfToken: string; id: string };
  return { cookie: `wb_session=${cookie!.value}`, csrfToken: body.csrfToken, userId: body.id };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request as a signed-in user (cookie and CSRF token), or anonymous without a session. */
export function call(
  app: FastifyInstance,
  session: Session | null,
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const options: InjectOptions = {
    method,
    url,
    headers: {
      'accept-language': 'nl-BE',
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      ...headers,
    },
    ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
  };
  return app.inject(options);
}
