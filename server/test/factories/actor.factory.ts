import type { Role } from '../../src/db/schema';
import type { Actor, RoleGrant } from '../../src/lib/actor';

/** An in-memory actor for policy unit tests: `buildActor([['coach', 'org-a']])`. */
export function buildActor(grants: ([Role, string] | RoleGrant)[], overrides: Partial<Actor> = {}): Actor {
  return {
    userId: 'user-1',
    email: 'user@test.werkbrug.test',
    displayName: 'Test User',
    locale: 'nl-BE',
    homeOrganisationId: null,
    grants: grants.map((g) =>
      Array.isArray(g) ? { role: g[0], organisationId: g[1], employerId: null, participantId: null } : g,
    ),
    mustChangePassword: false,
    via: 'session',
    sessionIdHash: null,
    tokenId: null,
    ...overrides,
  };
}
