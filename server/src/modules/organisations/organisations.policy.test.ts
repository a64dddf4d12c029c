import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor';
import {
  canCreateOrganisation,
  canManageUsersOf,
  canUpdateNetworkFields,
  canUpdateOrganisation,
} from './organisations.policy';

function actorWith(grants: Actor['grants']): Actor {
  return {
    userId: 'u',
    email: 'a@b.be',
    displayName: 'A',
    locale: 'nl-BE',
    homeOrganisationId: null,
    grants,
    mustChangePassword: false,
    via: 'session',
    sessionIdHash: null,
    tokenId: null,
  };
}
const grant = (role: Actor['grants'][number]['role'], organisationId: string) => ({
  role,
  organisationId,
  employerId: null,
  participantId: null,
});

describe('organisations policy', () => {
  const networkAdmin = actorWith([grant('network_admin', 'fed')]);
  const orgAdmin = actorWith([grant('org_admin', 'org-a')]);
  const coach = actorWith([grant('coach', 'org-a')]);

  it('should let only a network admin create organisations and change network fields', () => {
    expect(canCreateOrganisation(networkAdmin)).toBe(true);
    expect(canCreateOrganisation(orgAdmin)).toBe(false);
    expect(canUpdateNetworkFields(orgAdmin)).toBe(false);
    expect(canUpdateNetworkFields(networkAdmin)).toBe(true);
  });

  it('should let an org admin update and manage users of their own organisation only', () => {
    expect(canUpdateOrganisation(orgAdmin, 'org-a')).toBe(true);
    expect(canUpdateOrganisation(orgAdmin, 'org-b')).toBe(false);
    expect(canManageUsersOf(orgAdmin, 'org-a')).toBe(true);
    expect(canManageUsersOf(orgAdmin, 'org-b')).toBe(false);
  });

  it('should give a coach no administrative rights', () => {
    expect(canUpdateOrganisation(coach, 'org-a')).toBe(false);
    expect(canManageUsersOf(coach, 'org-a')).toBe(false);
  });
});
