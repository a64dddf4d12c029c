import type { ApproachRequestStatus } from '../../db/schema';
import { type Actor, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import { canDecideApproach, DESK_ROLES } from '../employers/employers.policy';

export interface ApproachRequestFacts {
  status: ApproachRequestStatus;
  requestingOrganisationId: string;
  /** The employer's current owner organisation: it decides. */
  ownerOrganisationId: string | null;
  /** The owner organisation when the request was filed (it keeps seeing it after a take-over). */
  askedOrganisationId: string;
}

/**
 * The requesting organisation's desk and the owner organisation's desk (the one asked, and the current one) see a
 * request, and network admins.
 */
export function canSeeApproachRequest(actor: Actor, r: ApproachRequestFacts): boolean {
  if (isNetworkAdmin(actor)) {
    return true;
  }
  const mine = organisationIdsWith(actor, DESK_ROLES);
  return [r.requestingOrganisationId, r.askedOrganisationId, r.ownerOrganisationId].some(
    (id) => !!id && mine.includes(id),
  );
}

/** Only a pending request is decided, by the owner organisation's desk (or a network admin). */
export function canDecideApproachRequest(actor: Actor, r: ApproachRequestFacts): boolean {
  return (
    r.status === 'pending' &&
    canDecideApproach(actor, {
      ownerOrganisationId: r.ownerOrganisationId,
      ownerUserId: null,
      jointOrganisationIds: [],
    })
  );
}

/**
 * An organisation in a joint action leaves it itself, or the owner organisation ends it (network admins too).
 */
export function canEndJointAction(
  actor: Actor,
  r: { ownerOrganisationId: string | null },
  jointOrganisationId: string,
): boolean {
  return (
    canDecideApproach(actor, {
      ownerOrganisationId: r.ownerOrganisationId,
      ownerUserId: null,
      jointOrganisationIds: [],
    }) || organisationIdsWith(actor, DESK_ROLES).includes(jointOrganisationId)
  );
}

export function approachRequestAbilities(actor: Actor, r: ApproachRequestFacts) {
  return { decide: canDecideApproachRequest(actor, r) };
}
