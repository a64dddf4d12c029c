import type { Role } from '../../db/schema';
import { type Actor, hasRole, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import type { RoleGrantInput } from './users.schemas';

/** Roles held within an organisation; an org admin may grant these in their own organisation. */
export const ORGANISATION_ROLES: readonly Role[] = [
  'org_admin',
  'coach',
  'indication_consultant',
  'indication_validator',
  'account_manager',
  'analyst',
];

export type GrantScope = 'organisation' | 'employer' | 'participant';

export function scopeOfRole(role: Role): GrantScope {
  if (role === 'employer_contact' || role === 'mentor') {
    return 'employer';
  }
  return role === 'participant' ? 'participant' : 'organisation';
}

/** Whether a grant names exactly the scope its role needs (organisation, employer or participant). */
export function grantHasRightScope(grant: RoleGrantInput): boolean {
  const scope = scopeOfRole(grant.role);
  return (
    !!grant.organisationId === (scope === 'organisation') &&
    !!grant.employerId === (scope === 'employer') &&
    !!grant.participantId === (scope === 'participant')
  );
}

/** Network admins grant anything; org admins grant organisation roles in their own organisations only. */
export function canGrant(actor: Actor, grant: RoleGrantInput): boolean {
  if (isNetworkAdmin(actor)) {
    return true;
  }
  return (
    ORGANISATION_ROLES.includes(grant.role) &&
    !!grant.organisationId &&
    hasRole(actor, 'org_admin', grant.organisationId)
  );
}

/** A user is managed by network admins and by the org admins of the user's home organisation. */
export function canManageUser(actor: Actor, user: { organisation_id: string | null }): boolean {
  return (
    isNetworkAdmin(actor) || (!!user.organisation_id && hasRole(actor, 'org_admin', user.organisation_id))
  );
}

/** Org admins can change the roles a user holds in their organisation, also for users from elsewhere. */
export function canManageRolesOf(
  actor: Actor,
  user: { organisation_id: string | null },
  grants: { organisationId: string | null }[],
): boolean {
  if (canManageUser(actor, user)) {
    return true;
  }
  const mine = organisationIdsWith(actor, ['org_admin']);
  return grants.some((g) => g.organisationId && mine.includes(g.organisationId));
}
