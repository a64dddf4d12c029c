import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import type { EmployerRelation } from '../employers/employers.policy';
import {
  canMoveJob,
  dimensionIssues,
  excessTaskHours,
  isHalfHour,
  jobAbilities,
  kindChangeIssue,
} from './jobs.policy';

describe('jobs policy', () => {
  const employer: EmployerRelation = {
    ownerOrganisationId: 'org-a',
    ownerUserId: null,
    jointOrganisationIds: ['org-j'],
  };

  it('should open a draft, fill or close an open job, and never fill a draft', () => {
    expect(canMoveJob('draft', 'open')).toBe(true);
    expect(canMoveJob('open', 'filled')).toBe(true);
    expect(canMoveJob('filled', 'open')).toBe(true);
    expect(canMoveJob('closed', 'draft')).toBe(true);
    expect(canMoveJob('draft', 'filled')).toBe(false);
    expect(canMoveJob('closed', 'open')).toBe(false);
  });

  it('should count hours in half hours', () => {
    expect(isHalfHour(4)).toBe(true);
    expect(isHalfHour(4.5)).toBe(true);
    expect(isHalfHour(4.25)).toBe(false);
  });

  it('should name each unknown dimension by its place in the list', () => {
    expect(dimensionIssues('essentialDimensions', ['lifting', 'flying', 'noise', 'x'])).toEqual([
      { path: 'essentialDimensions.1', code: 'unknown_dimension', params: { value: 'flying' } },
      { path: 'essentialDimensions.3', code: 'unknown_dimension', params: { value: 'x' } },
    ]);
    expect(dimensionIssues('dimensions', ['lifting'])).toEqual([]);
  });

  it('should refuse task hours above the job hours, and allow fewer', () => {
    expect(excessTaskHours(20, [10, 8])).toBeNull();
    expect(excessTaskHours(20, [10, 10])).toBeNull();
    expect(excessTaskHours(20, [10, 10.5])).toBe(20.5);
    expect(excessTaskHours(0.5, [0.1, 0.2, 0.3])).toBe(0.6);
  });

  it('should keep carved jobs to carving and internship places with a sheet to their kind', () => {
    expect(kindChangeIssue(null, 'carved_job', false)).toBe('carved_job_via_carving');
    expect(kindChangeIssue('regular_vacancy', 'carved_job', false)).toBe('carved_job_via_carving');
    expect(kindChangeIssue('carved_job', 'regular_vacancy', false)).toBe('kind_change_not_allowed');
    expect(kindChangeIssue('internship_place', 'regular_vacancy', true)).toBe('kind_change_not_allowed');
    expect(kindChangeIssue('internship_place', 'regular_vacancy', false)).toBeNull();
    expect(kindChangeIssue('carved_job', 'carved_job', false)).toBeNull();
  });

  it('should let owner and joint desks write, and an employer contact only accept internship sheets', () => {
    const job = { status: 'draft' as const, kind: 'internship_place' as const };
    expect(jobAbilities(buildActor([['account_manager', 'org-j']]), employer, 'network', job)).toMatchObject({
      update: true,
      delete: true,
      nextStatuses: ['open', 'closed'],
      editInternshipSheet: true,
      acceptInternshipSheet: false,
    });
    expect(jobAbilities(buildActor([['coach', 'org-a']]), employer, 'network', job)).toMatchObject({
      update: false,
      nextStatuses: [],
    });
    const contact = buildActor([
      { role: 'employer_contact', organisationId: null, employerId: 'emp', participantId: null },
    ]);
    expect(jobAbilities(contact, employer, 'own', job)).toMatchObject({
      update: false,
      acceptInternshipSheet: true,
    });
  });
});
