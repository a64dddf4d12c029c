import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import type { EmployerRelation } from '../employers/employers.policy';
import {
  canHandleServiceRequest,
  canManageCatalogue,
  canMoveServiceRequest,
  serviceRequestAbilities,
} from './network-services.policy';

describe('network services policy', () => {
  const employer: EmployerRelation = {
    ownerOrganisationId: 'org-a',
    ownerUserId: null,
    jointOrganisationIds: ['org-j'],
  };

  it('should move a request forward to done or cancel it, and never reopen it', () => {
    expect(canMoveServiceRequest('requested', 'in_progress')).toBe(true);
    expect(canMoveServiceRequest('requested', 'done')).toBe(true);
    expect(canMoveServiceRequest('in_progress', 'cancelled')).toBe(true);
    expect(canMoveServiceRequest('in_progress', 'requested')).toBe(false);
    expect(canMoveServiceRequest('done', 'cancelled')).toBe(false);
    expect(canMoveServiceRequest('cancelled', 'in_progress')).toBe(false);
  });

  it('should let the handling organisation, the owner and joint organisations move it on', () => {
    const request = { handlingOrganisationId: 'org-h' };
    expect(canHandleServiceRequest(buildActor([['coach', 'org-h']]), request, employer)).toBe(true);
    expect(canHandleServiceRequest(buildActor([['account_manager', 'org-a']]), request, employer)).toBe(true);
    expect(canHandleServiceRequest(buildActor([['org_admin', 'org-j']]), request, employer)).toBe(true);
    expect(canHandleServiceRequest(buildActor([['coach', 'org-a']]), request, employer)).toBe(false);
    expect(canHandleServiceRequest(buildActor([['account_manager', 'org-x']]), request, employer)).toBe(
      false,
    );
    expect(
      serviceRequestAbilities(
        buildActor([['coach', 'org-h']]),
        { ...request, status: 'in_progress' },
        employer,
      ),
    ).toEqual({ nextStatuses: ['done', 'cancelled'] });
  });

  it('should leave the catalogue to network admins', () => {
    expect(canManageCatalogue(buildActor([['network_admin', 'fed']]))).toBe(true);
    expect(canManageCatalogue(buildActor([['org_admin', 'org-a']]))).toBe(false);
  });
});
