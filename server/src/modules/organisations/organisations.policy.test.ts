import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import {
  canCreateOrganisation,
  canManageUsersOf,
  canUpdateNetworkFields,
  canUpdateOrganisation,
} from './organisations.policy';

describe('organisations policy', () => {
  const networkAdmin = buildActor([['network_admin', 'fed']]);
  const orgAdmin = buildActor([['org_admin', 'org-a']]);
  const coach = buildActor([['coach', 'org-a']]);

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
