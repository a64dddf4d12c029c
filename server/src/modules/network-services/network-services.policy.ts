import type { ServiceRequestStatus } from '../../db/schema';
import { type Actor, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import { canWorkWithEmployer, type EmployerRelation } from '../employers/employers.policy';

/** A service request moves forward to done, or is cancelled; done and cancelled are final. */
export const SERVICE_REQUEST_TRANSITIONS: Record<ServiceRequestStatus, readonly ServiceRequestStatus[]> = {
  requested: ['in_progress', 'done', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

export function canMoveServiceRequest(from: ServiceRequestStatus, to: ServiceRequestStatus): boolean {
  return SERVICE_REQUEST_TRANSITIONS[from].includes(to);
}

/** Roles of the handling organisation that carry out a service (an aftercare coach as much as an account manager). */
const HANDLING_ROLES = ['org_admin', 'account_manager', 'coach'] as const;

/**
 * Who moves a service request on: the handling organisation's staff, the organisations serving the employer
 * (owner and joint), and network admins.
 */
export function canHandleServiceRequest(
  actor: Actor,
  request: { handlingOrganisationId: string },
  employer: EmployerRelation,
): boolean {
  return (
    isNetworkAdmin(actor) ||
    organisationIdsWith(actor, HANDLING_ROLES).includes(request.handlingOrganisationId) ||
    canWorkWithEmployer(actor, employer)
  );
}

export function serviceRequestAbilities(
  actor: Actor,
  request: { status: ServiceRequestStatus; handlingOrganisationId: string },
  employer: EmployerRelation,
) {
  return {
    nextStatuses: canHandleServiceRequest(actor, request, employer)
      ? [...SERVICE_REQUEST_TRANSITIONS[request.status]]
      : [],
  };
}

/** The catalogue and its providers are the network's: only network admins change them. */
export function canManageCatalogue(actor: Actor): boolean {
  return isNetworkAdmin(actor);
}
