import fs from 'node:fs';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

/** Serves the built web UI. Hashed assets are cached for a year; index.html is always revalidated. */
export default fp(
  async (app, opts: { root: string }) => {
    if (!fs.existsSync(opts.root)) {
      app.log.warn({ root: opts.root }, 'web UI not built: run npm run build (npm start does this)');
      return;
    }
    await app.register(fastifyStatic, {
      root: opts.root,
      wildcard: false,
      index: ['index.html'],
      setHeaders(reply, filePath) {
        reply.header(
          'cache-control',
          filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  },
  { name: 'static' },
);
