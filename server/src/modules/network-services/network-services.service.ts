import type { Kysely, Updateable } from 'kysely';
import type { DB, EmployerServiceRequestsTable, NetworkServicesTable } from '../../db/schema';
import { actingOrganisationId, organisationIdsWith } from '../../lib/actor';
import { groupBy } from '../../lib/collections';
import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { diffChanges, recordAudit } from '../audit/audit.service';
import {
  canWorkWithEmployer,
  DESK_ROLES,
  type EmployerRelation,
  REGISTER_ROLES,
} from '../employers/employers.policy';
import { assertAllowed, loadEmployerAccess } from '../employers/employers.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import {
  canHandleServiceRequest,
  canManageCatalogue,
  canMoveServiceRequest,
} from './network-services.policy';
import { presentService, presentServiceRequest } from './network-services.presenter';
import { networkServicesRepository, type ServiceRequestRecord } from './network-services.repository';
import type {
  ChangeServiceRequestStatusBody,
  CreateServiceRequestBody,
  NetworkServiceQuery,
  ServiceRequestQuery,
  SetProvidersBody,
  UpdateNetworkServiceBody,
} from './network-services.schemas';

const today = () => brusselsDate(new Date());

/** The network's joint service catalogue with the organisations that offer each service. */
export async function findServices(ctx: RequestContext, query: NetworkServiceQuery) {
  const rows = await networkServicesRepository.findServices(ctx.db, query);
  const providers = groupBy(
    await networkServicesRepository.findProviders(
      ctx.db,
      rows.map((r) => r.key),
    ),
    (p) => p.service_key,
  );
  return {
    items: rows.map((r) =>
      presentService(
        r,
        (providers.get(r.key) ?? []).filter((p) => p.is_active),
        ctx.actor,
        ctx.locale,
      ),
    ),
  };
}

async function getService(db: Kysely<DB>, ctx: RequestContext, key: string) {
  const [row] = await networkServicesRepository.findServices(db, { includeInactive: true, key });
  if (!row) {
    throw new NotFoundError();
  }
  const providers = await networkServicesRepository.findProviders(db, [key]);
  return presentService(row, providers, ctx.actor, ctx.locale);
}

/** Renames, describes or (de)activates a service of the catalogue (network admins; 409 on a stale version). */
export async function updateService(ctx: RequestContext, key: string, input: UpdateNetworkServiceBody) {
  const before = await getService(ctx.db, ctx, key);
  await assertAllowed(ctx, canManageCatalogue(ctx.actor), {
    action: 'network_service.updated',
    entityType: 'network_service',
    entityId: key,
  });
  const { data } = input;
  const values: Updateable<NetworkServicesTable> = {
    ...(data.nameNl !== undefined && { name_nl: data.nameNl }),
    ...(data.nameEn !== undefined && { name_en: data.nameEn }),
    ...(data.descriptionNl !== undefined && { description_nl: data.descriptionNl }),
    ...(data.descriptionEn !== undefined && { description_en: data.descriptionEn }),
    ...(data.isActive !== undefined && { is_active: data.isActive }),
  };
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await networkServicesRepository.updateServiceVersioned(trx, key, input.version, values))) {
      throw new ConflictError(input.version, await getService(trx, ctx, key));
    }
    await recordAudit(trx, ctx, {
      action: 'network_service.updated',
      entityType: 'network_service',
      entityId: key,
      details: {
        changes: diffChanges(
          {
            name_nl: before.nameNl,
            name_en: before.nameEn,
            description_nl: before.descriptionNl,
            description_en: before.descriptionEn,
            is_active: before.isActive,
          },
          values,
          ['name_nl', 'name_en', 'description_nl', 'description_en', 'is_active'],
        ),
      },
    });
    return getService(trx, ctx, key);
  });
}

/** Sets which organisations offer a service (network admins; 409 on a stale version of the service). */
export async function setProviders(ctx: RequestContext, key: string, input: SetProvidersBody) {
  const before = await getService(ctx.db, ctx, key);
  await assertAllowed(ctx, canManageCatalogue(ctx.actor), {
    action: 'network_service.providers_set',
    entityType: 'network_service',
    entityId: key,
  });
  const unknown = await networkServicesRepository.findUnknownOrganisations(ctx.db, [
    ...new Set(input.organisationIds),
  ]);
  if (unknown.length) {
    const index = input.organisationIds.indexOf(unknown[0]!);
    throw ValidationError.field(`organisationIds.${index}`, 'unknown_reference');
  }
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await networkServicesRepository.updateServiceVersioned(trx, key, input.version, {}))) {
      throw new ConflictError(input.version, await getService(trx, ctx, key));
    }
    await networkServicesRepository.replaceProviders(trx, key, input.organisationIds);
    await recordAudit(trx, ctx, {
      action: 'network_service.providers_set',
      entityType: 'network_service',
      entityId: key,
      details: {
        from: before.providers.map((p) => p.id).sort(),
        to: [...new Set(input.organisationIds)].sort(),
      },
    });
    return getService(trx, ctx, key);
  });
}

/** The employer relations (owner, joint) of the requests' employers, for their abilities. */
async function relationsOf(db: Kysely<DB>, rows: ServiceRequestRecord[]) {
  const joint = groupBy(
    await networkServicesRepository.findJointActions(
      db,
      rows.map((r) => r.employer_id),
    ),
    (j) => j.employer_id,
  );
  return (row: ServiceRequestRecord): EmployerRelation => ({
    ownerOrganisationId: row.owner_organisation_id,
    ownerUserId: null,
    jointOrganisationIds: (joint.get(row.employer_id) ?? []).map((j) => j.organisation_id),
  });
}

/** Service requests across employers: those your organisations carry out, made, or own the employer of. */
export async function findServiceRequests(ctx: RequestContext, query: ServiceRequestQuery) {
  const scope = organisationScope(ctx.actor, REGISTER_ROLES);
  const { rows, total } = await networkServicesRepository.findRequests(ctx.db, { ...query, scope });
  const relation = await relationsOf(ctx.db, rows);
  return {
    items: rows.map((r) => presentServiceRequest(r, relation(r), ctx.actor, ctx.locale)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** An employer's service requests (employer contacts see their own employer's). */
export async function findEmployerServiceRequests(ctx: RequestContext, employerId: string) {
  const access = await loadEmployerAccess(ctx, employerId);
  const rows = await networkServicesRepository.findRequestsOfEmployer(ctx.db, employerId);
  return { items: rows.map((r) => presentServiceRequest(r, access.relation, ctx.actor, ctx.locale)) };
}

async function loadRequest(db: Kysely<DB>, id: string) {
  const row = await networkServicesRepository.findRequest(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return row;
}

/** One service request, for whoever may see its employer. */
export async function getServiceRequest(ctx: RequestContext, id: string) {
  const row = await loadRequest(ctx.db, id);
  const access = await loadEmployerAccess(ctx, row.employer_id);
  return presentServiceRequest(row, access.relation, ctx.actor, ctx.locale);
}

/**
 * Registers a service the employer asked for, carried out by an organisation that offers it in the network. The
 * organisations serving the employer (owner, joint) register it; the handling organisation is notified.
 */
export async function createServiceRequest(
  ctx: RequestContext,
  employerId: string,
  input: CreateServiceRequestBody,
) {
  const access = await loadEmployerAccess(ctx, employerId);
  await assertAllowed(ctx, access.view === 'network' && canWorkWithEmployer(ctx.actor, access.relation), {
    action: 'service_request.created',
    entityType: 'employer',
    entityId: employerId,
  });
  const [service] = await networkServicesRepository.findServices(ctx.db, {
    includeInactive: true,
    key: input.serviceKey,
  });
  if (!service) {
    throw ValidationError.field('serviceKey', 'unknown_reference');
  }
  if (!service.is_active) {
    throw ValidationError.field('serviceKey', 'service_inactive');
  }
  if (!(await networkServicesRepository.isProvider(ctx.db, input.serviceKey, input.handlingOrganisationId))) {
    throw ValidationError.field('handlingOrganisationId', 'not_service_provider');
  }
  const requestedOn = input.requestedOn ?? today();
  if (requestedOn > today()) {
    throw ValidationError.field('requestedOn', 'date_in_future');
  }
  const requestingOrganisationId = actingOrganisationId(
    ctx.actor,
    [access.relation.ownerOrganisationId, ...access.relation.jointOrganisationIds].find(
      (id) => id && organisationIdsWith(ctx.actor, DESK_ROLES).includes(id),
    ),
  );
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await networkServicesRepository.insertRequest(trx, {
      employer_id: employerId,
      service_key: input.serviceKey,
      handling_organisation_id: input.handlingOrganisationId,
      requested_by: ctx.actor.userId,
      requested_by_organisation_id: requestingOrganisationId,
      requested_on: requestedOn,
      note: input.note ?? null,
    });
    const recipients = await notificationsRepository.findRecipients(trx, input.handlingOrganisationId, [
      'org_admin',
      'account_manager',
    ]);
    await notificationsRepository.insertForUsers(
      trx,
      recipients.filter((u) => u !== ctx.actor.userId),
      {
        kind: 'service_request.created',
        entityType: 'service_request',
        entityId: id,
        params: { employer: access.name, service: service.name_nl },
      },
    );
    await recordAudit(trx, ctx, {
      action: 'service_request.created',
      entityType: 'service_request',
      entityId: id,
      organisationId: requestingOrganisationId,
      details: {
        employerId,
        serviceKey: input.serviceKey,
        handlingOrganisationId: input.handlingOrganisationId,
      },
    });
    return id;
  });
  return getServiceRequest(ctx, id);
}

/**
 * Moves a service request on: requested → in progress → done, or cancelled (done and cancelled are final). The
 * date may not be in the future nor before the previous step; whoever requested it hears when it is done.
 */
export async function changeServiceRequestStatus(
  ctx: RequestContext,
  id: string,
  input: ChangeServiceRequestStatusBody,
) {
  const row = await loadRequest(ctx.db, id);
  const access = await loadEmployerAccess(ctx, row.employer_id);
  await assertAllowed(
    ctx,
    access.view === 'network' &&
      canHandleServiceRequest(
        ctx.actor,
        { handlingOrganisationId: row.handling_organisation_id },
        access.relation,
      ),
    { action: 'service_request.status_changed', entityType: 'service_request', entityId: id },
  );
  if (!canMoveServiceRequest(row.status, input.status)) {
    throw new ValidationError(
      [{ path: 'status', code: 'invalid_transition', params: { status: row.status } }],
      409,
    );
  }
  const date = input.date ?? today();
  if (date > today()) {
    throw ValidationError.field('date', 'date_in_future');
  }
  const earliest = input.status === 'done' && row.started_on ? row.started_on : row.requested_on;
  if (date < earliest) {
    throw ValidationError.field('date', 'date_order', {
      other: earliest === row.requested_on ? 'requestedOn' : 'startedOn',
    });
  }
  const values: Updateable<EmployerServiceRequestsTable> = {
    status: input.status,
    ...(input.status === 'in_progress' && { started_on: date }),
    ...(input.status === 'done' && { done_on: date }),
    ...(input.status === 'cancelled' && { cancelled_on: date }),
    ...(input.note !== undefined && { note: input.note }),
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await networkServicesRepository.updateRequestVersioned(trx, id, input.version, row.status, values))
    ) {
      throw new ConflictError(
        input.version,
        presentServiceRequest(await loadRequest(trx, id), access.relation, ctx.actor, ctx.locale),
      );
    }
    if (input.status === 'done' && row.requested_by && row.requested_by !== ctx.actor.userId) {
      await notificationsRepository.insertForUsers(trx, [row.requested_by], {
        kind: 'service_request.done',
        entityType: 'service_request',
        entityId: id,
        params: { employer: row.employer_name, service: row.service_name_nl },
      });
    }
    await recordAudit(trx, ctx, {
      action: 'service_request.status_changed',
      entityType: 'service_request',
      entityId: id,
      details: { employerId: row.employer_id, from: row.status, to: input.status, date },
    });
  });
  return getServiceRequest(ctx, id);
}
