import type { DeclinedBy, ProposalStatus } from '../../db/schema';

/** How an actor stands towards a proposal (decided by the service from the records). */
export type ProposalSide = 'network' | 'participant' | 'employer' | 'self' | 'employer_contact';

/** Where a proposal may go from each status. */
export const NEXT_STATUSES: Record<ProposalStatus, readonly ProposalStatus[]> = {
  suggested: ['proposed', 'declined'],
  proposed: ['interview', 'accepted', 'declined'],
  interview: ['accepted', 'declined'],
  accepted: [],
  declined: [],
};

/** Whom each side may record a decline for: staff record what the participant or employer said. */
const DECLINE_AS: Record<ProposalSide, readonly DeclinedBy[]> = {
  network: ['participant', 'employer', 'coach', 'account_manager'],
  participant: ['participant', 'coach', 'employer'],
  employer: ['employer', 'account_manager', 'participant'],
  self: ['participant'],
  employer_contact: [],
};

/**
 * What each side may do: staff of the participant's organisation and of the employer's desk move a proposal along
 * (the employer answers through its account owner); the participant may say no themselves; an employer contact
 * reads proposals for their jobs.
 */
export function proposalAbilities(side: ProposalSide, status: ProposalStatus) {
  const next = NEXT_STATUSES[status];
  const isStaff = side === 'network' || side === 'participant' || side === 'employer';
  return {
    propose: isStaff && next.includes('proposed'),
    interview: isStaff && next.includes('interview'),
    accept: isStaff && next.includes('accepted'),
    decline: (isStaff || side === 'self') && next.includes('declined'),
    declineAs: next.includes('declined') ? [...DECLINE_AS[side]] : [],
  };
}

/** The participant and the employer contact only see a proposal once it was sent to them. */
export function isVisibleTo(side: ProposalSide, status: ProposalStatus): boolean {
  return !(side === 'self' || side === 'employer_contact') || status !== 'suggested';
}
