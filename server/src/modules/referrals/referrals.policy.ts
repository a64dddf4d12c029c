import type { ReferralStatus } from '../../db/schema';
import { type Actor, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import { CASEWORK_ROLES, EDIT_ROLES } from '../participants/participants.policy';

export interface ReferralFacts {
  status: ReferralStatus;
  referrerOrganisationId: string | null;
  targetOrganisationId: string;
  participantOrganisationId: string | null;
  createdBy: string | null;
}

export const OPEN_STATUSES: readonly ReferralStatus[] = ['pending', 'in_contact'];

/** The referring side, the receiving side and the organisation holding the participant see a referral. */
export function canSeeReferral(actor: Actor, r: ReferralFacts): boolean {
  if (isNetworkAdmin(actor)) {
    return true;
  }
  const mine = organisationIdsWith(actor, CASEWORK_ROLES);
  return [r.referrerOrganisationId, r.targetOrganisationId, r.participantOrganisationId].some(
    (id) => id !== null && mine.includes(id),
  );
}

/** The receiving organisation acts on a referral: first contact, start or no start. */
export function isReceiver(actor: Actor, r: ReferralFacts): boolean {
  return isNetworkAdmin(actor) || organisationIdsWith(actor, EDIT_ROLES).includes(r.targetOrganisationId);
}

/** The referring side may edit or withdraw it while it is open. */
export function isReferrer(actor: Actor, r: ReferralFacts): boolean {
  return (
    isNetworkAdmin(actor) ||
    r.createdBy === actor.userId ||
    (r.referrerOrganisationId !== null &&
      organisationIdsWith(actor, EDIT_ROLES).includes(r.referrerOrganisationId))
  );
}

export function referralAbilities(actor: Actor, r: ReferralFacts) {
  const open = OPEN_STATUSES.includes(r.status);
  return {
    update: open && isReferrer(actor, r),
    recordContact: r.status === 'pending' && isReceiver(actor, r),
    start: open && isReceiver(actor, r),
    recordNoStart: open && isReceiver(actor, r),
    withdraw: open && isReferrer(actor, r),
  };
}
