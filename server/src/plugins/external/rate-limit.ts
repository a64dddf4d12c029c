import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/errors';

/**
 * Rate limits are opt-in per route (`config.rateLimit`), used on login. The store is in memory per instance;
 * the account lock-out in the database is what holds across instances.
 */
export default fp(
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        new AppError(429, 'rate_limited', { seconds: Math.ceil(context.ttl / 1000) }),
    });
  },
  { name: 'rate-limit' },
);
