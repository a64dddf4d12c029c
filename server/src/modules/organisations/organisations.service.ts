import type { Kysely } from 'kysely';
import type { DB, OrganisationUpdate } from '../../db/schema';
import { groupBy } from '../../lib/collections';
import type { RequestContext } from '../../lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { diffChanges, recordAudit } from '../audit/audit.service';
import { assertKnownMunicipalities } from '../reference/reference.service';
import {
  canCreateOrganisation,
  canUpdateNetworkFields,
  canUpdateOrganisation,
  NETWORK_FIELDS,
} from './organisations.policy';
import { presentOrganisation } from './organisations.presenter';
import { organisationsRepository } from './organisations.repository';
import type {
  CreateOrganisationBody,
  OrganisationQuery,
  UpdateOrganisationBody,
} from './organisations.schemas';

async function present(db: Kysely<DB>, ctx: RequestContext, id: string) {
  const row = await organisationsRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  const served = await organisationsRepository.findMunicipalitiesServed(db, [id]);
  return presentOrganisation(row, served, ctx.actor);
}

/** The network's organisations: a directory every staff member may read (referrals need it). */
export async function findOrganisations(ctx: RequestContext, query: OrganisationQuery) {
  const { rows, total } = await organisationsRepository.findMany(ctx.db, query);
  const served = await organisationsRepository.findMunicipalitiesServed(
    ctx.db,
    rows.map((r) => r.id),
  );
  const byOrg = groupBy(served, (s) => s.organisation_id);
  return {
    items: rows.map((r) => presentOrganisation(r, byOrg.get(r.id) ?? [], ctx.actor)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getOrganisation(ctx: RequestContext, id: string) {
  return present(ctx.db, ctx, id);
}

/**
 * The active coaches of an active organisation, to choose from when a participant is assigned a coach (a
 * referral starts there, or a hand-over). Any organisation of the network may receive a participant, so the
 * names of its coaches are not limited to the actor's own organisations; an inactive or unknown one is 404.
 */
export async function findOrganisationCoaches(ctx: RequestContext, id: string) {
  const org = await organisationsRepository.findById(ctx.db, id);
  if (!org?.is_active) {
    throw new NotFoundError();
  }
  const rows = await organisationsRepository.findActiveCoaches(ctx.db, id);
  return rows.map((r) => ({ id: r.id, name: r.display_name }));
}

/**
 * The active account managers of an active organisation: whoever hands an employer's account to an organisation
 * (or lets a requester take it over) chooses its point of contact from them. Like coaches, these names are not
 * limited to the actor's own organisations; an inactive or unknown organisation is 404.
 */
export async function findOrganisationAccountManagers(ctx: RequestContext, id: string) {
  const org = await organisationsRepository.findById(ctx.db, id);
  if (!org?.is_active) {
    throw new NotFoundError();
  }
  const rows = await organisationsRepository.findActiveAccountManagers(ctx.db, id);
  return rows.map((r) => ({ id: r.id, name: r.display_name, email: r.email }));
}

async function assertEnterpriseNumberFree(db: Kysely<DB>, enterpriseNumber: string, exceptId?: string) {
  const existing = await organisationsRepository.findByEnterpriseNumber(db, enterpriseNumber);
  if (existing && existing.id !== exceptId) {
    throw new ValidationError([{ path: 'enterpriseNumber', code: 'duplicate' }], 409);
  }
}

async function assertMunicipalities(
  db: Kysely<DB>,
  data: { municipalityNis?: string | null; municipalitiesServed?: string[] },
) {
  if (data.municipalityNis) {
    await assertKnownMunicipalities(db, 'municipalityNis', [data.municipalityNis]);
  }
  if (data.municipalitiesServed) {
    await assertKnownMunicipalities(db, 'municipalitiesServed', data.municipalitiesServed);
  }
}

/** Registers an organisation in the network (network admins only). */
export async function createOrganisation(ctx: RequestContext, input: CreateOrganisationBody) {
  if (!canCreateOrganisation(ctx.actor)) {
    throw new ForbiddenError();
  }
  await assertMunicipalities(ctx.db, input);
  return ctx.db.transaction().execute(async (trx) => {
    await assertEnterpriseNumberFree(trx, input.enterpriseNumber);
    const { id } = await organisationsRepository.insert(trx, {
      name: input.name,
      kind: input.kind,
      enterprise_number: input.enterpriseNumber,
      email: input.email ?? null,
      phone: input.phone ?? null,
      street: input.street ?? null,
      postcode: input.postcode ?? null,
      municipality_nis: input.municipalityNis ?? null,
      has_indication_cell: input.hasIndicationCell,
    });
    await organisationsRepository.replaceMunicipalitiesServed(trx, id, input.municipalitiesServed);
    await recordAudit(trx, ctx, {
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: id,
      details: { name: input.name, kind: input.kind, enterpriseNumber: input.enterpriseNumber },
    });
    return present(trx, ctx, id);
  });
}

/**
 * Updates an organisation. Org admins may edit their own organisation's contact details and area; its kind,
 * enterprise number, indication cell and active state are the network admin's. A stale version gets 409.
 */
export async function updateOrganisation(ctx: RequestContext, id: string, input: UpdateOrganisationBody) {
  const { data } = input;
  if (!canUpdateOrganisation(ctx.actor, id)) {
    // Whether the organisation exists is no secret (the directory is readable), so this is a plain 403.
    throw new ForbiddenError();
  }
  if (!canUpdateNetworkFields(ctx.actor) && NETWORK_FIELDS.some((f) => data[f] !== undefined)) {
    throw new ForbiddenError();
  }
  await assertMunicipalities(ctx.db, data);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await organisationsRepository.findById(trx, id);
    if (!before) {
      throw new NotFoundError();
    }
    if (data.enterpriseNumber) {
      await assertEnterpriseNumberFree(trx, data.enterpriseNumber, id);
    }
    const values: OrganisationUpdate = {
      ...(data.name !== undefined && { name: data.name }),
      ...(data.kind !== undefined && { kind: data.kind }),
      ...(data.enterpriseNumber !== undefined && { enterprise_number: data.enterpriseNumber }),
      ...(data.email !== undefined && { email: data.email }),
      ...(data.phone !== undefined && { phone: data.phone }),
      ...(data.street !== undefined && { street: data.street }),
      ...(data.postcode !== undefined && { postcode: data.postcode }),
      ...(data.municipalityNis !== undefined && { municipality_nis: data.municipalityNis }),
      ...(data.hasIndicationCell !== undefined && { has_indication_cell: data.hasIndicationCell }),
      ...(data.isActive !== undefined && { is_active: data.isActive }),
    };
    const updated = await organisationsRepository.updateVersioned(trx, id, input.version, values);
    if (!updated) {
      throw new ConflictError(input.version, await present(trx, ctx, id));
    }
    const servedBefore = (await organisationsRepository.findMunicipalitiesServed(trx, [id])).map(
      (m) => m.nis_code,
    );
    if (data.municipalitiesServed) {
      await organisationsRepository.replaceMunicipalitiesServed(trx, id, data.municipalitiesServed);
    }
    const changes = diffChanges(
      { ...before, municipalities_served: servedBefore.sort() } as Record<string, unknown>,
      {
        ...values,
        ...(data.municipalitiesServed && {
          municipalities_served: [...new Set(data.municipalitiesServed)].sort(),
        }),
      },
      [
        'name',
        'kind',
        'enterprise_number',
        'email',
        'phone',
        'street',
        'postcode',
        'municipality_nis',
        'has_indication_cell',
        'is_active',
        'municipalities_served',
      ],
    );
    await recordAudit(trx, ctx, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      details: { changes },
    });
    return present(trx, ctx, id);
  });
}
