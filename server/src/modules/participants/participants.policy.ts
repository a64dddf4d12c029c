import type { IndicationStatus, Role } from '../../db/schema';
import { type Actor, hasRole, isNetworkAdmin, organisationIdsWith, ownParticipantIds } from '../../lib/actor';

/** Roles through which an organisation's participants are visible to its staff. */
export const CASEWORK_ROLES: readonly Role[] = [
  'org_admin',
  'coach',
  'indication_consultant',
  'indication_validator',
  'account_manager',
];

/** Roles that may change a participant's record in the organisation that holds it. */
export const EDIT_ROLES: readonly Role[] = ['org_admin', 'coach', 'indication_consultant'];

/** Roles of an organisation that may read special-category data once the participant consented for it. */
export const CONSENTED_READER_ROLES: readonly Role[] = ['org_admin', 'coach', 'indication_consultant'];

/**
 * Who of a consented organisation sees the matching comparison (capability levels beside a job's demands, never
 * the ICF items): also its account managers, who discuss gaps, adaptations and carving with the employer.
 */
export const MATCHING_READER_ROLES: readonly Role[] = [...CONSENTED_READER_ROLES, 'account_manager'];

/** How long a coach keeps read access after the participant moved to another coach or organisation. */
export const FORMER_COACH_READ_DAYS = 30;

/** What decides who may see a participant: where the record sits and who else works on the person. */
export interface ParticipantFacts {
  id: string;
  organisationId: string | null;
  coachUserId: string | null;
  /** Organisations that referred the participant, or that were asked to receive them (referral not withdrawn). */
  referralOrganisationIds: string[];
  /** Organisations whose indication consultants hold an indication of the participant. */
  indicationOrganisationIds: string[];
  /** Whether an indication awaits or went through validation (the central validators then need the record). */
  hasIndicationForReview: boolean;
  /** Coaches who moved on, with the end of their read access. */
  formerCoaches: { userId: string; until: Date }[];
}

export type ParticipantAccess = 'edit' | 'read' | null;

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/**
 * Who may see or change a participant's record (not their special-category data, see `sensitiveGround`):
 * the organisation that holds it edits; organisations on a referral or an indication read; a former coach reads
 * for 30 days; the participant reads their own; network admins manage the register.
 */
export function participantAccess(actor: Actor, facts: ParticipantFacts, now: Date): ParticipantAccess {
  if (isNetworkAdmin(actor)) {
    return 'edit';
  }
  if (facts.organisationId && organisationIdsWith(actor, EDIT_ROLES).includes(facts.organisationId)) {
    return 'edit';
  }
  const casework = organisationIdsWith(actor, CASEWORK_ROLES);
  if (
    (facts.organisationId && casework.includes(facts.organisationId)) ||
    intersects(facts.referralOrganisationIds, casework) ||
    intersects(facts.indicationOrganisationIds, organisationIdsWith(actor, ['indication_consultant'])) ||
    (facts.hasIndicationForReview && hasRole(actor, 'indication_validator')) ||
    ownParticipantIds(actor).includes(facts.id) ||
    facts.formerCoaches.some((c) => c.userId === actor.userId && c.until > now)
  ) {
    return 'read';
  }
  return null;
}

/** Why someone may read a participant's special-category data (ICF items, indication, advice, capabilities). */
export type SensitiveGround = 'author' | 'indication_cell' | 'validator' | 'self' | 'consent';

export interface SensitiveFacts {
  participantId: string;
  /** The indication the data belongs to (for a capability profile: the one it was derived from). */
  indication: { organisationId: string; consultantUserId: string; status: IndicationStatus } | null;
  /** Organisations named in the participant's active consent to share the functioning profile. */
  consentOrganisationIds: string[];
}

/**
 * The ground on which the actor may read special-category data, or null. Health data follows need-to-know, not
 * rank: network admins have no ground of their own. Validators see indications once submitted; the participant
 * sees their own once it left draft.
 */
export function sensitiveGround(
  actor: Actor,
  facts: SensitiveFacts,
  consentedReaders: readonly Role[] = CONSENTED_READER_ROLES,
): SensitiveGround | null {
  const ind = facts.indication;
  if (ind && ind.consultantUserId === actor.userId) {
    return 'author';
  }
  if (ind && hasRole(actor, 'indication_consultant', ind.organisationId)) {
    return 'indication_cell';
  }
  if (ind && ind.status !== 'draft' && hasRole(actor, 'indication_validator')) {
    return 'validator';
  }
  if (ownParticipantIds(actor).includes(facts.participantId) && ind?.status !== 'draft') {
    return 'self';
  }
  if (intersects(facts.consentOrganisationIds, organisationIdsWith(actor, consentedReaders))) {
    return 'consent';
  }
  return null;
}

/** Merging two records rewrites both; only a network admin or an admin of both holding organisations may. */
export function canMerge(actor: Actor, organisationIds: (string | null)[]): boolean {
  if (isNetworkAdmin(actor)) {
    return true;
  }
  const mine = organisationIdsWith(actor, ['org_admin']);
  return organisationIds.every((id) => id !== null && mine.includes(id));
}
