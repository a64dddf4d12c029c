import type { Actor } from '../../lib/actor';
import { employerIdsWith } from '../../lib/actor';

/** The employer's own contact (an employer_contact login of the job's employer) accepts its internship sheet. */
export function canAcceptInternshipSheet(actor: Actor, employerId: string): boolean {
  return employerIdsWith(actor, ['employer_contact']).includes(employerId);
}

/**
 * An accepted sheet stays accepted only while nothing in it changes: any change to its content resets the
 * acceptance, so the employer always agreed to what the sheet says now.
 */
export function resetsAcceptance(changedFields: readonly string[]): boolean {
  return changedFields.length > 0;
}
