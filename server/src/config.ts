import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  WERKBRUG_DEMO: booleanFlag.optional(),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Marks session cookies Secure; on by default in production (behind TLS). */
  COOKIE_SECURE: booleanFlag.optional(),
  /** Trust X-Forwarded-For from a load balancer, so audit rows and rate limits see the client address. */
  TRUST_PROXY: booleanFlag.default(false),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Run pg-boss workers in this process (every instance by default; set 0 on web-only instances). */
  WERKBRUG_WORKERS: booleanFlag.default(true),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  isDemo: boolean;
  isProduction: boolean;
  logLevel: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  loginRateLimitPerMinute: number;
  runWorkers: boolean;
}

/** Reads the environment once at start; an invalid value stops the server with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    // The demo network is on by default only for the embedded database: a real server starts empty.
    isDemo: e.WERKBRUG_DEMO ?? !e.DATABASE_URL,
    isProduction,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE ?? isProduction,
    trustProxy: e.TRUST_PROXY,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    runWorkers: e.WERKBRUG_WORKERS,
  };
}
