import type { Locale, Role } from '../db/schema';

/** One role held by a user, with the scope it holds it in. */
export interface RoleGrant {
  role: Role;
  organisationId: string | null;
  employerId: string | null;
  participantId: string | null;
}

/** The signed-in user a request acts for, with every role they hold. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  locale: Locale;
  homeOrganisationId: string | null;
  grants: RoleGrant[];
  mustChangePassword: boolean;
  /** How the request authenticated: a browser session (needs CSRF) or a personal API token. */
  via: 'session' | 'token';
  sessionIdHash: string | null;
  tokenId: string | null;
}

export function hasRole(actor: Actor, role: Role, organisationId?: string): boolean {
  return actor.grants.some(
    (g) => g.role === role && (organisationId === undefined || g.organisationId === organisationId),
  );
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role));
}

export function isNetworkAdmin(actor: Actor): boolean {
  return hasRole(actor, 'network_admin');
}

/** Organisations in which the actor holds one of `roles` (all their organisations when `roles` is omitted). */
export function organisationIdsWith(actor: Actor, roles?: readonly Role[]): string[] {
  const ids = actor.grants
    .filter((g) => g.organisationId !== null && (!roles || roles.includes(g.role)))
    .map((g) => g.organisationId as string);
  return [...new Set(ids)];
}

export function employerIdsWith(actor: Actor, roles: readonly Role[]): string[] {
  const ids = actor.grants
    .filter((g) => g.employerId !== null && roles.includes(g.role))
    .map((g) => g.employerId as string);
  return [...new Set(ids)];
}

export function ownParticipantIds(actor: Actor): string[] {
  return actor.grants.filter((g) => g.role === 'participant' && g.participantId).map((g) => g.participantId!);
}

/** The organisation an action is recorded under: the given one if the actor belongs to it, else their home. */
export function actingOrganisationId(actor: Actor, organisationId?: string | null): string | null {
  if (organisationId && organisationIdsWith(actor).includes(organisationId)) {
    return organisationId;
  }
  return actor.homeOrganisationId ?? organisationIdsWith(actor)[0] ?? null;
}
