import { type Actor, hasRole, isNetworkAdmin } from '../../lib/actor';

/** Fields that define an organisation's place in the network; only a network admin changes them. */
export const NETWORK_FIELDS = ['kind', 'enterpriseNumber', 'hasIndicationCell', 'isActive'] as const;

export function canCreateOrganisation(actor: Actor): boolean {
  return isNetworkAdmin(actor);
}

export function canUpdateOrganisation(actor: Actor, organisationId: string): boolean {
  return isNetworkAdmin(actor) || hasRole(actor, 'org_admin', organisationId);
}

export function canUpdateNetworkFields(actor: Actor): boolean {
  return isNetworkAdmin(actor);
}

export function canManageUsersOf(actor: Actor, organisationId: string): boolean {
  return isNetworkAdmin(actor) || hasRole(actor, 'org_admin', organisationId);
}
