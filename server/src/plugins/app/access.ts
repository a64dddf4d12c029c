import fp from 'fastify-plugin';
import { safeEqual } from '../../lib/crypto';
import { AppError, ForbiddenError, UnauthorizedError } from '../../lib/errors';
import { resolveLocale } from '../../lib/i18n';
import { can, type Permission } from '../../lib/permissions';
import { authenticateApiToken, authenticateSession, SESSION_COOKIE } from '../../modules/auth/auth.service';
import type { RouteAccess } from './types';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Deny by default. Every /api route must declare `config.permission` or `config.public`, or the server refuses to
 * start. On each request: authenticate (session cookie or bearer token), check the CSRF token for cookie sessions
 * on state-changing methods, then check the route's permission. Record-level checks are the services' job.
 */
export default fp(
  async (app) => {
    app.decorateRequest('actor', null);
    app.decorateRequest('csrfToken', null);
    app.decorateRequest('locale', 'nl-BE');
    app.decorateRequest('ctx', function () {
      if (!this.actor) {
        throw new UnauthorizedError();
      }
      return {
        db: app.database.db,
        actor: this.actor,
        ip: this.ip ?? null,
        userAgent: this.headers['user-agent'] ?? null,
        locale: this.locale,
      };
    });

    app.decorate('routeAccess', [] as RouteAccess[]);
    app.addHook('onRoute', (route) => {
      const url = route.url ?? route.path;
      if (!url.startsWith('/api') || url.startsWith('/api/docs')) {
        return;
      }
      const config = route.config as { permission?: Permission; public?: boolean } | undefined;
      if (!config?.permission && !config?.public) {
        throw new Error(`Route ${route.method} ${url} declares neither config.permission nor config.public`);
      }
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') {
          app.routeAccess.push({ method, url, permission: config.permission ?? null });
        }
      }
    });

    app.addHook('onRequest', async (request) => {
      request.locale = resolveLocale(request.headers['accept-language']);
      const config = request.routeOptions.config;
      const url = request.routeOptions.url;
      if (!url?.startsWith('/api') || url.startsWith('/api/docs') || config.public) {
        return;
      }
      const authorization = request.headers.authorization;
      if (authorization?.startsWith('Bearer ')) {
        request.actor = await authenticateApiToken(app.database.db, authorization.slice(7).trim());
      } else {
        const cookie = request.cookies[SESSION_COOKIE];
        const session = cookie ? await authenticateSession(app.database.db, cookie) : null;
        if (session) {
          request.actor = session.actor;
          request.csrfToken = session.csrfToken;
          if (UNSAFE_METHODS.has(request.method)) {
            const sent = request.headers['x-csrf-token'];
            if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
              throw new AppError(403, 'csrf_invalid');
            }
          }
        }
      }
      if (!request.actor) {
        throw new UnauthorizedError();
      }
      // An explicit Accept-Language (the UI always sends one) wins over the account's stored language.
      if (!request.headers['accept-language']) {
        request.locale = request.actor.locale;
      }
      if (config.permission && !can(request.actor, config.permission)) {
        throw new ForbiddenError();
      }
    });
  },
  { name: 'access' },
);
