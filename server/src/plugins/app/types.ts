import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Locale } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import type { Permission } from '../../lib/permissions';

/** One API route and who may call it (null: public), collected at start for tests and review. */
export interface RouteAccess {
  method: string;
  url: string;
  permission: Permission | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeAccess: RouteAccess[];
    config: Config;
    database: Database;
    jobs: JobQueue | null;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    locale: Locale;
    /** The context services take; throws 401 when nobody is signed in. */
    ctx(): RequestContext;
  }
  interface FastifyContextConfig {
    /** Roles allowed to call this route at all (see lib/permissions.ts). */
    permission?: Permission;
    /** Reachable without signing in (login, health, docs). */
    public?: boolean;
  }
}
