import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/** Security headers. Mantine sets style attributes, hence 'unsafe-inline' for styles only; no inline scripts. */
export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      hsts: app.config.cookieSecure ? { maxAge: 15_552_000, includeSubDomains: true } : false,
    });
  },
  { name: 'helmet' },
);
