import type { Kysely, Updateable } from 'kysely';
import type { DB, EmployerContactPersonsTable, EmployerSitesTable, EmployersTable } from '../../db/schema';
import {
  type Actor,
  employerIdsWith,
  hasAnyRole,
  hasRole,
  isNetworkAdmin,
  organisationIdsWith,
} from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { approachesRepository } from '../approaches/approaches.repository';
import { type AuditEntry, diffChanges, recordAudit, recordDenied } from '../audit/audit.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import { referenceRepository } from '../reference/reference.repository';
import { assertKnownMunicipalities } from '../reference/reference.service';
import {
  canAssignOwner,
  canManageEmployer,
  canWorkWithEmployer,
  DESK_ROLES,
  type EmployerRelation,
  type EmployerView,
  employerView,
  REGISTER_ROLES,
} from './employers.policy';
import {
  presentContactPerson,
  presentEmployer,
  presentEmployerDetail,
  presentSite,
  relationOf,
} from './employers.presenter';
import { employersRepository } from './employers.repository';
import type {
  AssignOwnerBody,
  CreateContactPersonBody,
  CreateEmployerBody,
  CreateSiteBody,
  EmployerQuery,
  UpdateContactPersonBody,
  UpdateEmployerBody,
  UpdateSiteBody,
} from './employers.schemas';

/** What decides an actor's access to one employer. */
export interface EmployerAccess {
  id: string;
  name: string;
  version: number;
  relation: EmployerRelation;
  view: EmployerView;
}

/**
 * Loads an employer with the actor's view of it. Network staff see the whole register; an employer contact only
 * their own employer: anything else is "not found", and the attempt is recorded.
 */
export async function loadEmployerAccess(
  ctx: RequestContext,
  employerId: string,
  db: Kysely<DB> = ctx.db,
): Promise<EmployerAccess> {
  const view = employerView(ctx.actor, employerId);
  const row = view ? await employersRepository.findRelation(db, employerId) : undefined;
  if (!view || !row) {
    if (!view) {
      await recordDenied(ctx.db, ctx, {
        action: 'employer.read',
        entityType: 'employer',
        entityId: employerId,
      });
    }
    throw new NotFoundError();
  }
  return { id: row.id, name: row.name, version: row.version, relation: relationOf(row), view };
}

/**
 * Refuses a record-level action the actor has no right to: the refusal is audited (outside the transaction, so
 * it stays) and answered 403 — the employer itself is no secret to network staff.
 */
export async function assertAllowed(
  ctx: RequestContext,
  isAllowed: boolean,
  entry: Omit<AuditEntry, 'outcome'>,
): Promise<void> {
  if (!isAllowed) {
    await recordDenied(ctx.db, ctx, entry);
    throw new ForbiddenError();
  }
}

/**
 * The municipality of an address: the one given, checked against the reference data and the postcode, or the
 * municipality of the postcode when none is given.
 */
export async function resolveMunicipality(
  db: Kysely<DB>,
  place: { postcode?: string | null; municipalityNis?: string | null },
): Promise<string | null | undefined> {
  if (place.municipalityNis) {
    await assertKnownMunicipalities(db, 'municipalityNis', [place.municipalityNis]);
  }
  if (!place.postcode) {
    return place.municipalityNis;
  }
  if (place.municipalityNis) {
    if (!(await referenceRepository.isPostcodeOfMunicipality(db, place.postcode, place.municipalityNis))) {
      throw ValidationError.field('postcode', 'postcode_not_in_municipality');
    }
    return place.municipalityNis;
  }
  const known = await referenceRepository.findPostcode(db, place.postcode);
  if (!known) {
    throw ValidationError.field('postcode', 'unknown_postcode');
  }
  return known.nis_code;
}

async function loadRecord(db: Kysely<DB>, id: string) {
  const row = await employersRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return row;
}

async function presentDetail(db: Kysely<DB>, actor: Actor, id: string, view: EmployerView) {
  const [row, sites, contactPersons, jointActions, pendingApproaches] = await Promise.all([
    loadRecord(db, id),
    employersRepository.findSites(db, id),
    employersRepository.findContactPersons(db, id),
    employersRepository.findJointActions(db, id),
    approachesRepository.findPendingForEmployer(db, id),
  ]);
  return presentEmployerDetail(row, { sites, contactPersons, jointActions, pendingApproaches }, actor, view);
}

/**
 * The shared employer register, filtered (owner organisation, NACE prefix, municipality, "mine", with or without
 * owner); an employer contact sees only their own employer.
 */
export async function findEmployers(ctx: RequestContext, query: EmployerQuery) {
  const isNetwork = hasAnyRole(ctx.actor, REGISTER_ROLES);
  const { rows, total } = await employersRepository.findMany(ctx.db, {
    ...query,
    onlyIds: isNetwork ? null : employerIdsWith(ctx.actor, ['employer_contact']),
    myOrganisationIds: organisationIdsWith(ctx.actor),
  });
  return { items: rows.map(presentEmployer), total, page: query.page, pageSize: query.pageSize };
}

/** One employer with its owner, sites, contact persons, joint actions and what the actor may do with it. */
export async function getEmployer(ctx: RequestContext, id: string) {
  const access = await loadEmployerAccess(ctx, id);
  return presentDetail(ctx.db, ctx.actor, id, access.view);
}

async function assertEnterpriseNumberFree(db: Kysely<DB>, enterpriseNumber: string, exceptId?: string) {
  const existing = await employersRepository.findByEnterpriseNumber(db, enterpriseNumber);
  if (existing && existing.id !== exceptId) {
    throw new ValidationError([{ path: 'enterpriseNumber', code: 'duplicate' }], 409, {
      existing: { id: existing.id, name: existing.name },
    });
  }
}

/** Checks that a user is an active account manager of the organisation (the account owner's point of contact). */
async function assertAccountManager(db: Kysely<DB>, path: string, userId: string, organisationId: string) {
  if (!(await employersRepository.isAccountManager(db, userId, organisationId))) {
    throw ValidationError.field(path, 'not_account_manager');
  }
}

/**
 * The owner a new employer gets: the organisation asked for (one of the actor's desks, or any for a network admin)
 * or the actor's own desk organisation; the account manager asked for, or the actor when they are one there.
 */
async function initialOwner(ctx: RequestContext, input: CreateEmployerBody) {
  const desks = organisationIdsWith(ctx.actor, DESK_ROLES);
  let organisationId = input.ownerOrganisationId ?? null;
  if (organisationId) {
    if (!isNetworkAdmin(ctx.actor) && !desks.includes(organisationId)) {
      throw ValidationError.field('ownerOrganisationId', 'unknown_reference');
    }
    if (!(await employersRepository.isActiveOrganisation(ctx.db, organisationId))) {
      throw ValidationError.field('ownerOrganisationId', 'unknown_reference');
    }
  } else if (!isNetworkAdmin(ctx.actor)) {
    organisationId =
      (ctx.actor.homeOrganisationId && desks.includes(ctx.actor.homeOrganisationId)
        ? ctx.actor.homeOrganisationId
        : desks[0]) ?? null;
  }
  if (!organisationId) {
    if (input.ownerUserId) {
      throw ValidationError.field('ownerOrganisationId', 'required');
    }
    return { organisationId: null, userId: null };
  }
  let userId = input.ownerUserId ?? null;
  if (userId) {
    await assertAccountManager(ctx.db, 'ownerUserId', userId, organisationId);
  } else if (input.ownerUserId === undefined && hasRole(ctx.actor, 'account_manager', organisationId)) {
    userId = ctx.actor.userId;
  }
  return { organisationId, userId };
}

/**
 * Registers an employer in the shared register (enterprise number checked and unique). The registering
 * organisation becomes the account owner; an address gives the employer its main site, where jobs can start.
 */
export async function createEmployer(ctx: RequestContext, input: CreateEmployerBody) {
  const municipalityNis = await resolveMunicipality(ctx.db, input);
  const owner = await initialOwner(ctx, input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertEnterpriseNumberFree(trx, input.enterpriseNumber);
    const { id } = await employersRepository.insert(trx, {
      enterprise_number: input.enterpriseNumber,
      name: input.name,
      nace_code: input.naceCode ?? null,
      size_class: input.sizeClass ?? null,
      street: input.street ?? null,
      postcode: input.postcode ?? null,
      municipality_nis: municipalityNis ?? null,
      website: input.website ?? null,
      owner_organisation_id: owner.organisationId,
      owner_user_id: owner.userId,
      owner_since: owner.organisationId ? new Date() : null,
    });
    if (municipalityNis) {
      await employersRepository.insertSite(trx, {
        employer_id: id,
        name: input.name,
        street: input.street ?? null,
        postcode: input.postcode ?? null,
        municipality_nis: municipalityNis,
        is_main: true,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'employer.created',
      entityType: 'employer',
      entityId: id,
      organisationId: owner.organisationId,
      details: {
        enterpriseNumber: input.enterpriseNumber,
        name: input.name,
        ownerOrganisationId: owner.organisationId,
        ownerUserId: owner.userId,
      },
    });
    return id;
  });
  return presentDetail(ctx.db, ctx.actor, id, 'network');
}

const EMPLOYER_FIELDS = [
  'enterprise_number',
  'name',
  'nace_code',
  'size_class',
  'street',
  'postcode',
  'municipality_nis',
  'website',
] as const;

/** Edits the employer's record (owner organisation or network admin); a stale version gets 409. */
export async function updateEmployer(ctx: RequestContext, id: string, input: UpdateEmployerBody) {
  const access = await loadEmployerAccess(ctx, id);
  await assertAllowed(ctx, canManageEmployer(ctx.actor, access.relation), {
    action: 'employer.updated',
    entityType: 'employer',
    entityId: id,
  });
  const { data } = input;
  const before = await loadRecord(ctx.db, id);
  const municipalityNis =
    data.postcode !== undefined || data.municipalityNis !== undefined
      ? await resolveMunicipality(ctx.db, {
          postcode: data.postcode === undefined ? before.postcode : data.postcode,
          municipalityNis: data.municipalityNis,
        })
      : undefined;
  const values: Updateable<EmployersTable> = {
    ...(data.enterpriseNumber !== undefined && { enterprise_number: data.enterpriseNumber }),
    ...(data.name !== undefined && { name: data.name }),
    ...(data.naceCode !== undefined && { nace_code: data.naceCode }),
    ...(data.sizeClass !== undefined && { size_class: data.sizeClass }),
    ...(data.street !== undefined && { street: data.street }),
    ...(data.postcode !== undefined && { postcode: data.postcode }),
    ...(municipalityNis !== undefined && { municipality_nis: municipalityNis }),
    ...(data.website !== undefined && { website: data.website }),
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (data.enterpriseNumber) {
      await assertEnterpriseNumberFree(trx, data.enterpriseNumber, id);
    }
    if (!(await employersRepository.updateVersioned(trx, id, input.version, values))) {
      throw new ConflictError(input.version, presentEmployer(await loadRecord(trx, id)));
    }
    await recordAudit(trx, ctx, {
      action: 'employer.updated',
      entityType: 'employer',
      entityId: id,
      details: { changes: diffChanges(before as Record<string, unknown>, values, EMPLOYER_FIELDS) },
    });
  });
  return presentDetail(ctx.db, ctx.actor, id, access.view);
}

/**
 * Hands the account to an organisation and one of its account managers, in the caller's transaction. When the
 * organisation changes, the previous owner keeps a joint action (the relation it built is not lost), the new
 * owner leaves the joint actions, and its pending approach requests are answered by the ownership itself.
 */
export async function transferOwnership(
  trx: Kysely<DB>,
  ctx: RequestContext,
  employer: { id: string; name: string; relation: EmployerRelation },
  to: { organisationId: string; userId: string | null },
  /** The employer version the client read; null when the change follows from another record's decision. */
  expectedVersion: number | null,
  details: Record<string, unknown> = {},
) {
  const from = employer.relation;
  const isOrganisationChange = from.ownerOrganisationId !== to.organisationId;
  const values: Updateable<EmployersTable> = {
    owner_organisation_id: to.organisationId,
    owner_user_id: to.userId,
    ...(isOrganisationChange && { owner_since: new Date() }),
  };
  if (expectedVersion === null) {
    await employersRepository.update(trx, employer.id, values);
  } else if (!(await employersRepository.updateVersioned(trx, employer.id, expectedVersion, values))) {
    throw new ConflictError(expectedVersion, presentEmployer(await loadRecord(trx, employer.id)));
  }
  if (isOrganisationChange) {
    await employersRepository.deleteJointAction(trx, employer.id, to.organisationId);
    if (from.ownerOrganisationId) {
      await employersRepository.insertJointAction(trx, {
        employerId: employer.id,
        organisationId: from.ownerOrganisationId,
        reason: 'previous_owner',
      });
    }
    await approachesRepository.closePendingOfOwner(trx, employer.id, to.organisationId, ctx.actor.userId);
  }
  if (to.userId && to.userId !== ctx.actor.userId && to.userId !== from.ownerUserId) {
    await notificationsRepository.insertForUsers(trx, [to.userId], {
      kind: 'employer.owner_assigned',
      entityType: 'employer',
      entityId: employer.id,
      params: { employer: employer.name },
    });
  }
  await recordAudit(trx, ctx, {
    action: 'employer.owner_assigned',
    entityType: 'employer',
    entityId: employer.id,
    organisationId: to.organisationId,
    details: {
      from: { organisationId: from.ownerOrganisationId, userId: from.ownerUserId },
      to,
      ...details,
    },
  });
}

/**
 * Assigns the account owner: an organisation and an active account manager in it. Network admins and the owner
 * organisation's desk may; while the employer has no owner, a desk may take the account for its own organisation.
 */
export async function assignOwner(ctx: RequestContext, id: string, input: AssignOwnerBody) {
  const access = await loadEmployerAccess(ctx, id);
  await assertAllowed(ctx, canAssignOwner(ctx.actor, access.relation, input.ownerOrganisationId), {
    action: 'employer.owner_assigned',
    entityType: 'employer',
    entityId: id,
    details: { ownerOrganisationId: input.ownerOrganisationId },
  });
  if (!(await employersRepository.isActiveOrganisation(ctx.db, input.ownerOrganisationId))) {
    throw ValidationError.field('ownerOrganisationId', 'unknown_reference');
  }
  await assertAccountManager(ctx.db, 'ownerUserId', input.ownerUserId, input.ownerOrganisationId);
  await ctx.db
    .transaction()
    .execute((trx) =>
      transferOwnership(
        trx,
        ctx,
        access,
        { organisationId: input.ownerOrganisationId, userId: input.ownerUserId },
        input.version,
      ),
    );
  return presentDetail(ctx.db, ctx.actor, id, access.view);
}

// Sites

/** The sites of an employer (where its jobs are). */
export async function findSites(ctx: RequestContext, employerId: string) {
  await loadEmployerAccess(ctx, employerId);
  return { items: (await employersRepository.findSites(ctx.db, employerId)).map(presentSite) };
}

async function requireEmployerWork(ctx: RequestContext, employerId: string, action: AuditEntry['action']) {
  const access = await loadEmployerAccess(ctx, employerId);
  await assertAllowed(ctx, access.view === 'network' && canWorkWithEmployer(ctx.actor, access.relation), {
    action,
    entityType: 'employer',
    entityId: employerId,
  });
  return access;
}

async function loadSite(db: Kysely<DB>, employerId: string, siteId: string) {
  const site = await employersRepository.findSite(db, employerId, siteId);
  if (!site) {
    throw new NotFoundError();
  }
  return site;
}

/** Adds a site; the first site of an employer is its main site, and a new main site takes over the mark. */
export async function createSite(ctx: RequestContext, employerId: string, input: CreateSiteBody) {
  await requireEmployerWork(ctx, employerId, 'employer_site.created');
  const municipalityNis = await resolveMunicipality(ctx.db, input);
  const siteId = await ctx.db.transaction().execute(async (trx) => {
    const isFirst = (await employersRepository.findSites(trx, employerId)).length === 0;
    const isMain = input.isMain || isFirst;
    if (isMain) {
      await employersRepository.clearMainSite(trx, employerId, null);
    }
    const { id } = await employersRepository.insertSite(trx, {
      employer_id: employerId,
      name: input.name,
      street: input.street ?? null,
      postcode: input.postcode ?? null,
      municipality_nis: municipalityNis ?? null,
      is_main: isMain,
    });
    await recordAudit(trx, ctx, {
      action: 'employer_site.created',
      entityType: 'employer_site',
      entityId: id,
      details: { employerId, name: input.name, isMain },
    });
    return id;
  });
  return presentSite(await loadSite(ctx.db, employerId, siteId));
}

/** Edits a site (409 on a stale version). */
export async function updateSite(
  ctx: RequestContext,
  employerId: string,
  siteId: string,
  input: UpdateSiteBody,
) {
  await requireEmployerWork(ctx, employerId, 'employer_site.updated');
  const before = await loadSite(ctx.db, employerId, siteId);
  const { data } = input;
  const municipalityNis =
    data.postcode !== undefined || data.municipalityNis !== undefined
      ? await resolveMunicipality(ctx.db, {
          postcode: data.postcode === undefined ? before.postcode : data.postcode,
          municipalityNis: data.municipalityNis,
        })
      : undefined;
  const values: Updateable<EmployerSitesTable> = {
    ...(data.name !== undefined && { name: data.name }),
    ...(data.street !== undefined && { street: data.street }),
    ...(data.postcode !== undefined && { postcode: data.postcode }),
    ...(municipalityNis !== undefined && { municipality_nis: municipalityNis }),
    // A site stops being main only by another becoming main: an employer with sites keeps one main site.
    ...(data.isMain === true && { is_main: true }),
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (data.isMain === true && !before.is_main) {
      await employersRepository.clearMainSite(trx, employerId, siteId);
    }
    if (!(await employersRepository.updateSiteVersioned(trx, siteId, input.version, values))) {
      throw new ConflictError(input.version, presentSite(await loadSite(trx, employerId, siteId)));
    }
    await recordAudit(trx, ctx, {
      action: 'employer_site.updated',
      entityType: 'employer_site',
      entityId: siteId,
      details: {
        employerId,
        changes: diffChanges(before as Record<string, unknown>, values, [
          'name',
          'street',
          'postcode',
          'municipality_nis',
          'is_main',
        ]),
      },
    });
  });
  return presentSite(await loadSite(ctx.db, employerId, siteId));
}

/** Deletes a site without jobs (409 while jobs are there, or on a stale version). */
export async function deleteSite(ctx: RequestContext, employerId: string, siteId: string, version: number) {
  await requireEmployerWork(ctx, employerId, 'employer_site.deleted');
  const site = await loadSite(ctx.db, employerId, siteId);
  if (Number(site.job_count ?? 0) > 0) {
    throw new ValidationError([{ path: 'siteId', code: 'site_has_jobs' }], 409);
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await employersRepository.deleteSiteVersioned(trx, siteId, version))) {
      throw new ConflictError(version, presentSite(await loadSite(trx, employerId, siteId)));
    }
    if (site.is_main) {
      const [next] = await employersRepository.findSites(trx, employerId);
      if (next) {
        await employersRepository.updateSiteVersioned(trx, next.id, next.version, { is_main: true });
      }
    }
    await recordAudit(trx, ctx, {
      action: 'employer_site.deleted',
      entityType: 'employer_site',
      entityId: siteId,
      details: { employerId, name: site.name },
    });
  });
  return { items: (await employersRepository.findSites(ctx.db, employerId)).map(presentSite) };
}

// Contact persons

/** The employer's contact persons (employer contacts see their own employer's). */
export async function findContactPersons(ctx: RequestContext, employerId: string) {
  await loadEmployerAccess(ctx, employerId);
  return {
    items: (await employersRepository.findContactPersons(ctx.db, employerId)).map(presentContactPerson),
  };
}

async function loadContactPerson(db: Kysely<DB>, employerId: string, personId: string) {
  const person = await employersRepository.findContactPerson(db, employerId, personId);
  if (!person) {
    throw new NotFoundError();
  }
  return person;
}

/**
 * The employer_contact logins of the employer, to link one to a contact person: for those who manage its contact
 * persons (the owner and joint organisations' desks, network admins).
 */
export async function findContactLogins(ctx: RequestContext, employerId: string) {
  await requireEmployerWork(ctx, employerId, 'employer_contact_person.read');
  const rows = await employersRepository.findEmployerContactLogins(ctx.db, employerId);
  return { items: rows.map((r) => ({ id: r.id, name: r.display_name, email: r.email })) };
}

/** A login linked to a contact person must be an employer_contact login for this employer. */
async function assertContactLogin(db: Kysely<DB>, employerId: string, userId: string | null | undefined) {
  if (userId && !(await employersRepository.isEmployerContact(db, userId, employerId))) {
    throw ValidationError.field('userId', 'not_employer_contact');
  }
}

function contactPersonValues(
  data: Partial<CreateContactPersonBody>,
): Updateable<EmployerContactPersonsTable> {
  return {
    ...(data.firstName !== undefined && { first_name: data.firstName }),
    ...(data.lastName !== undefined && { last_name: data.lastName }),
    ...(data.jobTitle !== undefined && { job_title: data.jobTitle }),
    ...(data.email !== undefined && { email: data.email }),
    ...(data.phone !== undefined && { phone: data.phone }),
    ...(data.isLegalSignatory !== undefined && { is_legal_signatory: data.isLegalSignatory }),
    ...(data.userId !== undefined && { user_id: data.userId }),
  };
}

const CONTACT_PERSON_FIELDS = [
  'first_name',
  'last_name',
  'job_title',
  'email',
  'phone',
  'is_legal_signatory',
  'user_id',
] as const;

/** Adds a contact person at the employer (who may get an employer_contact login). */
export async function createContactPerson(
  ctx: RequestContext,
  employerId: string,
  input: CreateContactPersonBody,
) {
  await requireEmployerWork(ctx, employerId, 'employer_contact_person.created');
  await assertContactLogin(ctx.db, employerId, input.userId);
  const personId = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await employersRepository.insertContactPerson(trx, {
      employer_id: employerId,
      first_name: input.firstName,
      last_name: input.lastName,
      job_title: input.jobTitle ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      is_legal_signatory: input.isLegalSignatory,
      user_id: input.userId ?? null,
    });
    // Which fields were filled, not their values: contact details of people stay out of the audit log.
    await recordAudit(trx, ctx, {
      action: 'employer_contact_person.created',
      entityType: 'employer_contact_person',
      entityId: id,
      details: { employerId, isLegalSignatory: input.isLegalSignatory, hasLogin: !!input.userId },
    });
    return id;
  });
  return presentContactPerson(await loadContactPerson(ctx.db, employerId, personId));
}

/** Edits a contact person (409 on a stale version). */
export async function updateContactPerson(
  ctx: RequestContext,
  employerId: string,
  personId: string,
  input: UpdateContactPersonBody,
) {
  await requireEmployerWork(ctx, employerId, 'employer_contact_person.updated');
  const before = await loadContactPerson(ctx.db, employerId, personId);
  await assertContactLogin(ctx.db, employerId, input.data.userId);
  const values = contactPersonValues(input.data);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await employersRepository.updateContactPersonVersioned(trx, personId, input.version, values))) {
      throw new ConflictError(
        input.version,
        presentContactPerson(await loadContactPerson(trx, employerId, personId)),
      );
    }
    await recordAudit(trx, ctx, {
      action: 'employer_contact_person.updated',
      entityType: 'employer_contact_person',
      entityId: personId,
      details: {
        employerId,
        fields: Object.keys(diffChanges(before as Record<string, unknown>, values, CONTACT_PERSON_FIELDS)),
      },
    });
  });
  return presentContactPerson(await loadContactPerson(ctx.db, employerId, personId));
}

/** Removes a contact person (their logged contacts and acceptances keep the login, not the person). */
export async function deleteContactPerson(
  ctx: RequestContext,
  employerId: string,
  personId: string,
  version: number,
) {
  await requireEmployerWork(ctx, employerId, 'employer_contact_person.deleted');
  await loadContactPerson(ctx.db, employerId, personId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await employersRepository.deleteContactPersonVersioned(trx, personId, version))) {
      throw new ConflictError(
        version,
        presentContactPerson(await loadContactPerson(trx, employerId, personId)),
      );
    }
    await recordAudit(trx, ctx, {
      action: 'employer_contact_person.deleted',
      entityType: 'employer_contact_person',
      entityId: personId,
      details: { employerId },
    });
  });
  return {
    items: (await employersRepository.findContactPersons(ctx.db, employerId)).map(presentContactPerson),
  };
}
