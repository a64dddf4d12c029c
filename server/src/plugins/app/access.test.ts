import { describe, expect, it } from 'vitest';
import { call, login, type Session, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createParticipant } from '../../../test/factories/participant.factory';
import { createUser } from '../../../test/factories/user.factory';
import { ROLES, type Role } from '../../db/schema';
import { PERMISSIONS } from '../../lib/permissions';

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

describe('authorization of every API route', () => {
  const t = useTestApp();

  async function sessionsPerRole(): Promise<Record<Role, Session>> {
    const employer = await createEmployer(t.database.db);
    const participant = await createParticipant(t.database.db);
    const sessions = {} as Record<Role, Session>;
    for (const role of ROLES) {
      const grant =
        role === 'employer_contact' || role === 'mentor'
          ? { role, employerId: employer.id }
          : role === 'participant'
            ? { role, participantId: participant.id }
            : { role };
      const user = await createUser(t.database.db, { roles: [grant] });
      sessions[role] = await login(t.app, user.email);
    }
    return sessions;
  }

  it('should declare a permission or public access on every route, and keep login, health and the calendar feed (its secret address) public only', () => {
    const publicRoutes = t.app.routeAccess
      .filter((r) => r.permission === null)
      .map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([
      'GET /api/auth/demo-accounts',
      'GET /api/calendar/feed/:token',
      'GET /api/openapi.json',
      'POST /api/auth/login',
    ]);
  });

  it('should refuse each role the routes its permission does not cover (403), and allow the rest', async () => {
    const sessions = await sessionsPerRole();
    const outcomes: string[] = [];
    for (const route of t.app.routeAccess) {
      if (!route.permission || route.url === '/api/auth/logout') {
        continue;
      }
      const url = route.url.replace(/:[a-zA-Z]+/g, SAMPLE_ID);
      for (const role of ROLES) {
        const allowed = (PERMISSIONS[route.permission] as readonly Role[]).includes(role);
        const res = await call(
          t.app,
          sessions[role],
          route.method as 'GET',
          url,
          route.method === 'GET' ? undefined : {},
        );
        const refusedByPermission = res.statusCode === 403 && res.json().code === 'forbidden';
        if (allowed === refusedByPermission) {
          outcomes.push(`${role} ${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    // A record-level refusal (403 from a service) on a sample id would show up here too; none is expected.
    expect(outcomes).toEqual([]);
  });

  it('should answer 401 on every non-public route without a session', async () => {
    for (const route of t.app.routeAccess.filter((r) => r.permission)) {
      const url = route.url.replace(/:[a-zA-Z]+/g, SAMPLE_ID);
      const res = await call(
        t.app,
        null,
        route.method as 'GET',
        url,
        route.method === 'GET' ? undefined : {},
      );
      expect(`${route.method} ${route.url} ${res.statusCode}`).toBe(`${route.method} ${route.url} 401`);
    }
  });

  it('should let every role list exactly the collections its permissions name', async () => {
    const sessions = await sessionsPerRole();
    const lists: [string, keyof typeof PERMISSIONS][] = [
      ['/api/organisations', 'organisation.read'],
      ['/api/users', 'user.read'],
      ['/api/audit', 'audit.read'],
      ['/api/participants', 'participant.read'],
      ['/api/employers', 'employer.read'],
      ['/api/reference/municipalities?q=gent', 'reference.read'],
      ['/api/my-work', 'self'],
      ['/api/me/tokens', 'self'],
    ];
    for (const role of ROLES) {
      for (const [url, permission] of lists) {
        const expected = (PERMISSIONS[permission] as readonly Role[]).includes(role) ? 200 : 403;
        const res = await call(t.app, sessions[role], 'GET', url);
        expect(`${role} ${url} ${res.statusCode}`).toBe(`${role} ${url} ${expected}`);
      }
    }
  });
});
