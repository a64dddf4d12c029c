import type { Role } from '../../db/schema';
import {
  type Actor,
  employerIdsWith,
  hasAnyRole,
  isNetworkAdmin,
  organisationIdsWith,
} from '../../lib/actor';

/** Roles through which someone acts for an organisation towards employers: the account, approaches, jobs. */
export const DESK_ROLES: readonly Role[] = ['org_admin', 'account_manager'];
/** Roles that log contacts with employers for their organisation. */
export const CONTACT_ROLES: readonly Role[] = ['org_admin', 'coach', 'account_manager'];
/** Network staff who read the whole shared register (the staff part of `employer.read`). */
export const REGISTER_ROLES: readonly Role[] = [
  'network_admin',
  'org_admin',
  'coach',
  'indication_consultant',
  'indication_validator',
  'account_manager',
];

/** Who holds the relation with an employer: the owner organisation (and its account manager) and joint ones. */
export interface EmployerRelation {
  ownerOrganisationId: string | null;
  ownerUserId: string | null;
  jointOrganisationIds: readonly string[];
}

/**
 * 'network': network staff see the shared register; 'own': an employer contact sees their own employer only.
 * Every employer-scoped read (sites, contact persons, jobs, service requests, internship sheets) goes through
 * `loadEmployerAccess` with this view. Proposals (a later issue) plug in the same way: a proposals module loads the
 * job's employer with `loadEmployerAccess` and shows an employer contact the proposals for view 'own'.
 */
export type EmployerView = 'network' | 'own';

export function employerView(actor: Actor, employerId: string): EmployerView | null {
  if (hasAnyRole(actor, REGISTER_ROLES)) {
    return 'network';
  }
  return employerIdsWith(actor, ['employer_contact']).includes(employerId) ? 'own' : null;
}

const deskOrganisations = (actor: Actor) => organisationIdsWith(actor, DESK_ROLES);

/** The actor works for the owner organisation (in any network role): "this is our employer". */
export function isOwnerSide(actor: Actor, r: EmployerRelation): boolean {
  return (
    !!r.ownerOrganisationId && organisationIdsWith(actor, REGISTER_ROLES).includes(r.ownerOrganisationId)
  );
}

/** The actor works for an organisation in a joint action with the employer. */
export function isJointSide(actor: Actor, r: EmployerRelation): boolean {
  const mine = organisationIdsWith(actor, REGISTER_ROLES);
  return r.jointOrganisationIds.some((id) => mine.includes(id));
}

/**
 * The employer's own record (name, address, enterprise number): the owner organisation's desk and network admins.
 * An employer nobody owns yet is open to every desk, so that the register can be completed and the account taken.
 */
export function canManageEmployer(actor: Actor, r: EmployerRelation): boolean {
  if (isNetworkAdmin(actor)) {
    return true;
  }
  if (!r.ownerOrganisationId) {
    return hasAnyRole(actor, DESK_ROLES);
  }
  return deskOrganisations(actor).includes(r.ownerOrganisationId);
}

/**
 * Who may give the account to an organisation: network admins; the owner organisation's desk (to another
 * account manager or another organisation); for an employer without owner, a desk for its own organisation.
 */
export function canAssignOwner(actor: Actor, r: EmployerRelation, toOrganisationId?: string): boolean {
  if (isNetworkAdmin(actor)) {
    return true;
  }
  const mine = deskOrganisations(actor);
  if (!r.ownerOrganisationId) {
    return toOrganisationId === undefined ? mine.length > 0 : mine.includes(toOrganisationId);
  }
  return mine.includes(r.ownerOrganisationId);
}

/**
 * Sites, contact persons, jobs, service requests and internship sheets: the desks of the owner and of the
 * organisations in a joint action (they serve the employer together), and network admins. Open to every desk while
 * the employer has no owner.
 */
export function canWorkWithEmployer(actor: Actor, r: EmployerRelation): boolean {
  if (isNetworkAdmin(actor)) {
    return true;
  }
  if (!r.ownerOrganisationId) {
    return hasAnyRole(actor, DESK_ROLES);
  }
  const mine = deskOrganisations(actor);
  return mine.includes(r.ownerOrganisationId) || r.jointOrganisationIds.some((id) => mine.includes(id));
}

/** The owner organisation's desk (or a network admin) decides on approach requests and ends joint actions. */
export function canDecideApproach(actor: Actor, r: EmployerRelation): boolean {
  return (
    isNetworkAdmin(actor) ||
    (!!r.ownerOrganisationId && deskOrganisations(actor).includes(r.ownerOrganisationId))
  );
}

/**
 * The actor's organisations that could file an approach request: desks of organisations that are neither owner
 * nor in a joint action. None while the employer has no owner (nobody to ask: the account can be taken).
 */
export function approachOrganisationIds(actor: Actor, r: EmployerRelation): string[] {
  if (!r.ownerOrganisationId) {
    return [];
  }
  return deskOrganisations(actor).filter(
    (id) => id !== r.ownerOrganisationId && !r.jointOrganisationIds.includes(id),
  );
}

export type ContactCoordination = 'owner' | 'joint' | 'unowned' | 'uncoordinated';

/**
 * How a contact by an organisation fits the one-point-of-contact rule: by the owner, by an organisation in a joint
 * action, with an employer nobody owns yet, or uncoordinated (recorded all the same, but flagged).
 */
export function contactCoordination(organisationId: string, r: EmployerRelation): ContactCoordination {
  if (!r.ownerOrganisationId) {
    return 'unowned';
  }
  if (organisationId === r.ownerOrganisationId) {
    return 'owner';
  }
  return r.jointOrganisationIds.includes(organisationId) ? 'joint' : 'uncoordinated';
}

/**
 * The organisation a contact is logged for: the one asked for (it must be one of the actor's), else the one that
 * fits best (owner, then joint, then the actor's home organisation), so that a person working for several
 * organisations is not flagged by accident. Null when the actor logs contacts for no organisation.
 */
export function contactOrganisationId(actor: Actor, r: EmployerRelation, requested?: string): string | null {
  const mine = organisationIdsWith(actor, [...CONTACT_ROLES, 'network_admin']);
  if (requested) {
    return mine.includes(requested) ? requested : null;
  }
  const preferred =
    mine.find((id) => id === r.ownerOrganisationId) ??
    mine.find((id) => r.jointOrganisationIds.includes(id)) ??
    mine.find((id) => id === actor.homeOrganisationId);
  return preferred ?? mine[0] ?? null;
}

/** Everything the UI may offer on an employer's page, from one place. */
export function employerAbilities(
  actor: Actor,
  r: EmployerRelation,
  view: EmployerView,
  pendingApproachOrganisationIds: readonly string[],
) {
  const isNetwork = view === 'network';
  const canApproachFrom = approachOrganisationIds(actor, r).filter(
    (id) => !pendingApproachOrganisationIds.includes(id),
  );
  return {
    update: isNetwork && canManageEmployer(actor, r),
    assignOwner: isNetwork && canAssignOwner(actor, r),
    manageSites: isNetwork && canWorkWithEmployer(actor, r),
    manageContactPersons: isNetwork && canWorkWithEmployer(actor, r),
    readContacts: isNetwork,
    logContact: isNetwork && hasAnyRole(actor, [...CONTACT_ROLES, 'network_admin']),
    requestApproach: isNetwork && canApproachFrom.length > 0,
    decideApproach: isNetwork && canDecideApproach(actor, r),
    createJob: isNetwork && canWorkWithEmployer(actor, r),
    requestService: isNetwork && canWorkWithEmployer(actor, r),
  };
}
