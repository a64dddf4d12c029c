import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import { canAcceptInternshipSheet, resetsAcceptance } from './internship-sheets.policy';

describe('internship sheets policy', () => {
  it('should let only a contact of the job’s own employer accept its sheet', () => {
    const contact = buildActor([
      { role: 'employer_contact', organisationId: null, employerId: 'emp-1', participantId: null },
    ]);
    expect(canAcceptInternshipSheet(contact, 'emp-1')).toBe(true);
    expect(canAcceptInternshipSheet(contact, 'emp-2')).toBe(false);
    expect(canAcceptInternshipSheet(buildActor([['account_manager', 'org-a']]), 'emp-1')).toBe(false);
  });

  it('should reset an acceptance on any change of content, and only then', () => {
    expect(resetsAcceptance(['costs'])).toBe(true);
    expect(resetsAcceptance([])).toBe(false);
  });
});
