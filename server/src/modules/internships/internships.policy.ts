import type { AgreementParty } from '../../db/schema';
import { addToDate } from '../../lib/dates';
import type { FieldIssue } from '../../lib/errors';

export const PARTIES: readonly AgreementParty[] = ['participant', 'employer', 'organisation'];

/** The mentor evaluates at the end of the internship: from a week before its last day. */
export const evaluationFrom = (endsOn: string) => addToDate(endsOn, { days: -7 });

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Hours a week in a weekly schedule. */
export function scheduleHours(blocks: readonly { from: string; to: string }[]): number {
  return Math.round(blocks.reduce((s, b) => s + Math.max(0, minutes(b.to) - minutes(b.from)), 0) / 6) / 10;
}

/** A block ends after it starts; the internship ends on or after its first day. */
export function internshipIssues(d: {
  startsOn?: string;
  endsOn?: string;
  weeklySchedule?: readonly { from: string; to: string }[];
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.startsOn && d.endsOn && d.endsOn < d.startsOn) {
    issues.push({ path: 'endsOn', code: 'date_order', params: { other: 'startsOn' } });
  }
  d.weeklySchedule?.forEach((b, n) => {
    if (minutes(b.to) <= minutes(b.from)) {
      issues.push({ path: `weeklySchedule.${n}.to`, code: 'schedule_time_order' });
    }
  });
  return issues;
}

/**
 * The party an actor approves for: the participant for themselves, the lead organisation (its coaches and admins)
 * for the organisation, and the employer's legal signatory — the login of the contact person named as signatory —
 * for the employer. Anyone else approves nothing.
 */
export function approvingParty(
  relation: 'lead' | 'self' | 'signatory' | string | null,
): AgreementParty | null {
  switch (relation) {
    case 'self':
      return 'participant';
    case 'lead':
      return 'organisation';
    case 'signatory':
      return 'employer';
    default:
      return null;
  }
}
