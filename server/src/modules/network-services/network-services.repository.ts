import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type {
  DB,
  EmployerServiceRequestsTable,
  NetworkServicesTable,
  ServiceRequestStatus,
} from '../../db/schema';
import { inScope } from '../../lib/scope';
import type { NetworkServiceQuery, ServiceRequestQuery } from './network-services.schemas';

function requestsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('employer_service_requests as r')
    .innerJoin('employers as e', 'e.id', 'r.employer_id')
    .innerJoin('network_services as s', 's.key', 'r.service_key')
    .innerJoin('organisations as h', 'h.id', 'r.handling_organisation_id')
    .leftJoin('users as u', 'u.id', 'r.requested_by')
    .leftJoin('organisations as ro', 'ro.id', 'r.requested_by_organisation_id')
    .select([
      'r.id',
      'r.employer_id',
      'e.name as employer_name',
      'e.owner_organisation_id',
      'r.service_key',
      's.name_nl as service_name_nl',
      's.name_en as service_name_en',
      'r.handling_organisation_id',
      'h.name as handling_organisation_name',
      'r.requested_by',
      'u.display_name as requested_by_name',
      'r.requested_by_organisation_id',
      'ro.name as requested_by_organisation_name',
      'r.status',
      'r.requested_on',
      'r.started_on',
      'r.done_on',
      'r.cancelled_on',
      'r.note',
      'r.version',
      'r.created_at',
      'r.updated_at',
    ]);
}

export type ServiceRequestRecord = NonNullable<
  Awaited<ReturnType<typeof networkServicesRepository.findRequest>>
>;
export type NetworkServiceRecord = Awaited<ReturnType<typeof networkServicesRepository.findServices>>[number];

export interface ServiceRequestFilter extends ServiceRequestQuery {
  /** The actor's organisations; null = the whole network (network admins). */
  scope: string[] | null;
}

export const networkServicesRepository = {
  findServices(db: Kysely<DB>, f: NetworkServiceQuery & { key?: string }) {
    let q = db
      .selectFrom('network_services')
      .select([
        'key',
        'name_nl',
        'name_en',
        'description_nl',
        'description_en',
        'sort_order',
        'is_active',
        'version',
      ]);
    if (!f.includeInactive) {
      q = q.where('is_active', '=', true);
    }
    if (f.key) {
      q = q.where('key', '=', f.key);
    }
    if (f.providerOrganisationId) {
      q = q.where(
        'key',
        'in',
        db
          .selectFrom('network_service_providers')
          .select('service_key')
          .where('organisation_id', '=', f.providerOrganisationId),
      );
    }
    return q.orderBy('sort_order').orderBy('key').execute();
  },

  findProviders(db: Kysely<DB>, serviceKeys: string[]) {
    if (serviceKeys.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('network_service_providers as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select(['p.service_key', 'p.organisation_id', 'o.name', 'o.is_active'])
      .where('p.service_key', 'in', serviceKeys)
      .orderBy('o.name')
      .execute();
  },

  updateServiceVersioned(
    db: Kysely<DB>,
    key: string,
    expectedVersion: number,
    values: Updateable<NetworkServicesTable>,
  ) {
    return db
      .updateTable('network_services')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('key', '=', key)
      .where('version', '=', expectedVersion)
      .returning('key')
      .executeTakeFirst();
  },

  async replaceProviders(db: Kysely<DB>, key: string, organisationIds: string[]) {
    await db.deleteFrom('network_service_providers').where('service_key', '=', key).execute();
    if (organisationIds.length) {
      await db
        .insertInto('network_service_providers')
        .values(
          [...new Set(organisationIds)].map((organisation_id) => ({ service_key: key, organisation_id })),
        )
        .execute();
    }
  },

  async findUnknownOrganisations(db: Kysely<DB>, ids: string[]) {
    if (ids.length === 0) {
      return [];
    }
    const known = await db
      .selectFrom('organisations')
      .select('id')
      .where('id', 'in', ids)
      .where('is_active', '=', true)
      .execute();
    const set = new Set(known.map((k) => k.id));
    return ids.filter((id) => !set.has(id));
  },

  async isProvider(db: Kysely<DB>, key: string, organisationId: string) {
    const row = await db
      .selectFrom('network_service_providers as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select('p.organisation_id')
      .where('p.service_key', '=', key)
      .where('p.organisation_id', '=', organisationId)
      .where('o.is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  // Service requests

  async findRequests(db: Kysely<DB>, f: ServiceRequestFilter) {
    let q = requestsQuery(db);
    if (f.box === 'handling') {
      q = q.where((eb) => inScope(eb, 'r.handling_organisation_id', f.scope));
    } else if (f.box === 'requested') {
      q = q.where((eb) => inScope(eb, 'r.requested_by_organisation_id', f.scope));
    } else {
      q = q.where((eb) =>
        eb.or([
          inScope(eb, 'r.handling_organisation_id', f.scope),
          inScope(eb, 'r.requested_by_organisation_id', f.scope),
          inScope(eb, 'e.owner_organisation_id', f.scope),
        ]),
      );
    }
    if (f.status === 'open') {
      q = q.where('r.status', 'in', ['requested', 'in_progress']);
    } else if (f.status) {
      q = q.where('r.status', '=', f.status);
    }
    if (f.serviceKey) {
      q = q.where('r.service_key', '=', f.serviceKey);
    }
    if (f.employerId) {
      q = q.where('r.employer_id', '=', f.employerId);
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('r.requested_on', 'desc')
        .orderBy('r.id')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  findRequestsOfEmployer(db: Kysely<DB>, employerId: string) {
    return requestsQuery(db)
      .where('r.employer_id', '=', employerId)
      .orderBy('r.requested_on', 'desc')
      .orderBy('r.id')
      .execute();
  },

  findRequest(db: Kysely<DB>, id: string) {
    return requestsQuery(db).where('r.id', '=', id).executeTakeFirst();
  },

  insertRequest(db: Kysely<DB>, values: Insertable<EmployerServiceRequestsTable>) {
    return db
      .insertInto('employer_service_requests')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  updateRequestVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    from: ServiceRequestStatus,
    values: Updateable<EmployerServiceRequestsTable>,
  ) {
    return db
      .updateTable('employer_service_requests')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '=', from)
      .returning('id')
      .executeTakeFirst();
  },

  /** Joint organisations per employer, to judge who may move each request on. */
  findJointActions(db: Kysely<DB>, employerIds: string[]) {
    if (employerIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('employer_joint_actions')
      .select(['employer_id', 'organisation_id'])
      .where('employer_id', 'in', [...new Set(employerIds)])
      .execute();
  },
};
