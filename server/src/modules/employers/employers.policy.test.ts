import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import {
  approachOrganisationIds,
  canAssignOwner,
  canDecideApproach,
  canManageEmployer,
  canWorkWithEmployer,
  contactCoordination,
  contactOrganisationId,
  type EmployerRelation,
  employerAbilities,
  employerView,
} from './employers.policy';

describe('employers policy', () => {
  const owned: EmployerRelation = {
    ownerOrganisationId: 'org-a',
    ownerUserId: 'am-a',
    jointOrganisationIds: ['org-b'],
  };
  const unowned: EmployerRelation = {
    ownerOrganisationId: null,
    ownerUserId: null,
    jointOrganisationIds: [],
  };
  const managerA = buildActor([['account_manager', 'org-a']]);
  const managerB = buildActor([['account_manager', 'org-b']]);
  const managerC = buildActor([['account_manager', 'org-c']], { homeOrganisationId: 'org-c' });
  const coachC = buildActor([['coach', 'org-c']], { homeOrganisationId: 'org-c' });
  const networkAdmin = buildActor([['network_admin', 'fed']]);
  const contact = buildActor([
    { role: 'employer_contact', organisationId: null, employerId: 'emp-1', participantId: null },
  ]);

  it('should show network staff the whole register and an employer contact only their own employer', () => {
    expect(employerView(coachC, 'emp-1')).toBe('network');
    expect(employerView(contact, 'emp-1')).toBe('own');
    expect(employerView(contact, 'emp-2')).toBeNull();
    expect(employerView(buildActor([['analyst', 'org-a']]), 'emp-1')).toBeNull();
  });

  it('should let the owner organisation manage the record, and every desk while nobody owns it', () => {
    expect(canManageEmployer(managerA, owned)).toBe(true);
    expect(canManageEmployer(managerB, owned)).toBe(false);
    expect(canManageEmployer(networkAdmin, owned)).toBe(true);
    expect(canManageEmployer(managerC, unowned)).toBe(true);
    expect(canManageEmployer(coachC, unowned)).toBe(false);
  });

  it('should let owner and joint organisations work with the employer, not others', () => {
    expect(canWorkWithEmployer(managerA, owned)).toBe(true);
    expect(canWorkWithEmployer(managerB, owned)).toBe(true);
    expect(canWorkWithEmployer(managerC, owned)).toBe(false);
    expect(canWorkWithEmployer(coachC, owned)).toBe(false);
  });

  it('should let the owner hand over the account, and a desk take an unowned one only for itself', () => {
    expect(canAssignOwner(managerA, owned, 'org-c')).toBe(true);
    expect(canAssignOwner(managerB, owned, 'org-b')).toBe(false);
    expect(canAssignOwner(managerC, unowned, 'org-c')).toBe(true);
    expect(canAssignOwner(managerC, unowned, 'org-a')).toBe(false);
    expect(canAssignOwner(networkAdmin, owned, 'org-c')).toBe(true);
  });

  it('should let only the owner decide on approaches, and offer approach requests to third organisations only', () => {
    expect(canDecideApproach(managerA, owned)).toBe(true);
    expect(canDecideApproach(managerB, owned)).toBe(false);
    expect(approachOrganisationIds(managerC, owned)).toEqual(['org-c']);
    expect(approachOrganisationIds(managerA, owned)).toEqual([]);
    expect(approachOrganisationIds(managerB, owned)).toEqual([]);
    expect(approachOrganisationIds(managerC, unowned)).toEqual([]);
  });

  it('should classify a contact by the organisation that makes it', () => {
    expect(contactCoordination('org-a', owned)).toBe('owner');
    expect(contactCoordination('org-b', owned)).toBe('joint');
    expect(contactCoordination('org-c', owned)).toBe('uncoordinated');
    expect(contactCoordination('org-c', unowned)).toBe('unowned');
  });

  it('should log a contact for the best fitting organisation of a person working for several', () => {
    const both = buildActor([
      ['coach', 'org-c'],
      ['account_manager', 'org-b'],
    ]);
    expect(contactOrganisationId(both, owned)).toBe('org-b');
    expect(contactOrganisationId(both, owned, 'org-c')).toBe('org-c');
    expect(contactOrganisationId(both, owned, 'org-a')).toBeNull();
    expect(contactOrganisationId(coachC, owned)).toBe('org-c');
  });

  it('should give an employer contact no abilities and drop a request already pending', () => {
    expect(Object.values(employerAbilities(contact, owned, 'own', [])).every((v) => v === false)).toBe(true);
    expect(employerAbilities(managerC, owned, 'network', []).requestApproach).toBe(true);
    expect(employerAbilities(managerC, owned, 'network', ['org-c']).requestApproach).toBe(false);
  });
});
