import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import {
  type ApproachRequestFacts,
  canDecideApproachRequest,
  canEndJointAction,
  canSeeApproachRequest,
} from './approaches.policy';

describe('approach requests policy', () => {
  const pending: ApproachRequestFacts = {
    status: 'pending',
    requestingOrganisationId: 'org-c',
    ownerOrganisationId: 'org-a',
    askedOrganisationId: 'org-a',
  };
  const owner = buildActor([['account_manager', 'org-a']]);
  const requester = buildActor([['org_admin', 'org-c']]);
  const outsider = buildActor([['account_manager', 'org-x']]);
  const ownerCoach = buildActor([['coach', 'org-a']]);

  it('should show a request to the requesting and the owner organisation only', () => {
    expect(canSeeApproachRequest(owner, pending)).toBe(true);
    expect(canSeeApproachRequest(requester, pending)).toBe(true);
    expect(canSeeApproachRequest(outsider, pending)).toBe(false);
    expect(canSeeApproachRequest(ownerCoach, pending)).toBe(false);
    // After a take-over the organisation that was asked still sees what it decided.
    expect(
      canSeeApproachRequest(owner, { ...pending, status: 'taken_over', ownerOrganisationId: 'org-c' }),
    ).toBe(true);
  });

  it('should let the owner decide a pending request only', () => {
    expect(canDecideApproachRequest(owner, pending)).toBe(true);
    expect(canDecideApproachRequest(requester, pending)).toBe(false);
    expect(canDecideApproachRequest(owner, { ...pending, status: 'accepted' })).toBe(false);
  });

  it('should let the owner end a joint action and the joint organisation leave it', () => {
    expect(canEndJointAction(owner, { ownerOrganisationId: 'org-a' }, 'org-c')).toBe(true);
    expect(canEndJointAction(requester, { ownerOrganisationId: 'org-a' }, 'org-c')).toBe(true);
    expect(canEndJointAction(outsider, { ownerOrganisationId: 'org-a' }, 'org-c')).toBe(false);
  });
});
