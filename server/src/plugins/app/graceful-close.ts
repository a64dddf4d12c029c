import fp from 'fastify-plugin';

/**
 * Graceful shutdown: `app.close()` lets in-flight requests finish, but a browser's keep-alive connection would
 * keep the server open until it times out. While closing, every response asks the client to close its
 * connection, so the server stops as soon as the last request is answered. New requests get 503
 * (return503OnClosing) and the load balancer retries them elsewhere.
 */
export default fp(
  async (app) => {
    let isClosing = false;
    app.addHook('preClose', async () => {
      isClosing = true;
    });
    app.addHook('onSend', async (_request, reply, payload) => {
      if (isClosing) {
        reply.header('connection', 'close');
      }
      return payload;
    });
  },
  { name: 'graceful-close' },
);
