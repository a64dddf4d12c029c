import type { IndicationChannel, IndicationStatus, OrganisationKind } from '../../db/schema';
import { type Actor, hasRole } from '../../lib/actor';

/** Statuses in which the author still writes the indication. */
export const EDITABLE_STATUSES: readonly IndicationStatus[] = ['draft', 'returned'];

/**
 * The indication channel an organisation works as, or null when it does no indications: the public employment
 * service (VDAB), GTB, and an OCMW with an indication cell.
 */
export function indicationChannelOf(org: {
  kind: OrganisationKind;
  has_indication_cell: boolean;
}): IndicationChannel | null {
  if (org.kind === 'public_employment_service') {
    return 'vdab';
  }
  if (org.kind === 'gtb') {
    return 'gtb';
  }
  if (org.kind === 'ocmw' && org.has_indication_cell) {
    return 'ocmw_indication_cell';
  }
  return null;
}

/**
 * What the actor may do with an indication. The author writes and submits it; a validator (central team)
 * reviews a submitted one, never their own (four eyes).
 */
export function indicationAbilities(
  actor: Actor,
  ind: { consultantUserId: string; status: IndicationStatus },
) {
  const isAuthor = ind.consultantUserId === actor.userId;
  const isEditable = EDITABLE_STATUSES.includes(ind.status);
  return {
    update: isAuthor && isEditable,
    submit: isAuthor && isEditable,
    review: ind.status === 'submitted' && !isAuthor && hasRole(actor, 'indication_validator'),
  };
}
