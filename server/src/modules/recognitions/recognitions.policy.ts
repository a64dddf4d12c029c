import type { RecognitionStatus, RecognitionSubjectKind } from '../../db/schema';
import { type Actor, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import { daysBetween } from '../../lib/dates';

/** The dates that decide a recognition's status. */
export interface RecognitionDates {
  validFrom: string;
  validUntil: string | null;
  withdrawnOn: string | null;
}

/**
 * A recognition's status on a day: withdrawn (whatever the dates), upcoming before it starts, expired after its
 * last day, expiring within `expiringDays` of it, active otherwise (also when it has no end date).
 */
export function recognitionStatus(
  r: RecognitionDates,
  today: string,
  expiringDays: number,
): RecognitionStatus {
  if (r.withdrawnOn) {
    return 'withdrawn';
  }
  if (r.validFrom > today) {
    return 'upcoming';
  }
  if (r.validUntil !== null && r.validUntil < today) {
    return 'expired';
  }
  if (r.validUntil !== null && daysBetween(today, r.validUntil) <= expiringDays) {
    return 'expiring';
  }
  return 'active';
}

/** Who a recognition is about, and where it belongs. */
export interface RecognitionSubject {
  subjectKind: RecognitionSubjectKind;
  organisationId: string;
  coachUserId: string | null;
}

/** The organisation's admins register and change its recognitions and its coaches'; network admins all of them. */
export function canManageRecognition(actor: Actor, organisationId: string): boolean {
  return isNetworkAdmin(actor) || organisationIdsWith(actor, ['org_admin']).includes(organisationId);
}

/**
 * Who reads a recognition: those who manage it, the coach it is about, and the coaches of an organisation its
 * organisation-level recognitions (which their work depends on). A coach does not read a colleague's.
 */
export function canReadRecognition(actor: Actor, r: RecognitionSubject): boolean {
  if (canManageRecognition(actor, r.organisationId)) {
    return true;
  }
  if (r.subjectKind === 'coach') {
    return r.coachUserId === actor.userId;
  }
  return organisationIdsWith(actor, ['coach']).includes(r.organisationId);
}

export function recognitionAbilities(actor: Actor, r: RecognitionSubject & { isWithdrawn: boolean }) {
  const canManage = canManageRecognition(actor, r.organisationId);
  return { update: canManage && !r.isWithdrawn, withdraw: canManage && !r.isWithdrawn };
}

/**
 * The warning thresholds a recognition has crossed on `today` and not been warned about for its current end
 * date: none before the largest threshold, none once expired, none when withdrawn or renewed.
 */
export function warningsDue(
  r: RecognitionDates & { isRenewed: boolean },
  today: string,
  thresholds: readonly number[],
  alreadyWarned: readonly number[],
): number[] {
  if (r.withdrawnOn || r.isRenewed || r.validUntil === null || r.validUntil < today) {
    return [];
  }
  const left = daysBetween(today, r.validUntil);
  return thresholds.filter((d) => left <= d && !alreadyWarned.includes(d));
}
