import type { Kysely, Updateable } from 'kysely';
import type { DB, ParticipantsTable, Role } from '../../db/schema';
import { type Actor, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import { digitsOnly, maskNationalNumber, nationalNumberCentury } from '../../lib/checksums';
import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import {
  ConflictError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { type AuditAction, recordAudit, recordDenied } from '../audit/audit.service';
import { consentsRepository } from '../consents/consents.repository';
import { assertKnownMunicipalities } from '../reference/reference.service';
import {
  CASEWORK_ROLES,
  canMerge,
  EDIT_ROLES,
  FORMER_COACH_READ_DAYS,
  MATCHING_READER_ROLES,
  type ParticipantAccess,
  participantAccess,
  type SensitiveFacts,
  type SensitiveGround,
  sensitiveGround,
} from './participants.policy';
import { presentParticipant, presentParticipantListItem } from './participants.presenter';
import { participantsRepository } from './participants.repository';
import type {
  ChangeCoachBody,
  CreateParticipantBody,
  MergeParticipantBody,
  ParticipantQuery,
  UpdateParticipantBody,
} from './participants.schemas';

/**
 * The birth date an INSZ encodes (YYMMDD, century from the check digits), or null when it encodes none: an
 * unknown day or month (00), or a BIS number whose month carries +20/+40.
 */
export function birthDateFromNationalNumber(value: string): string | null {
  const digits = digitsOnly(value);
  const century = nationalNumberCentury(digits);
  if (century === null) {
    return null;
  }
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return null;
  }
  return `${century + Number(digits.slice(0, 2))}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
}

/** The participant's record with the actor's access to it; 404 when they have none (existence is not revealed). */
export async function loadParticipantAccess(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<{ access: Exclude<ParticipantAccess, null>; organisationId: string | null; status: string }> {
  const facts = await participantsRepository.findAccessFacts(db, id);
  if (!facts) {
    throw new NotFoundError();
  }
  const access = participantAccess(
    actor,
    {
      id: facts.id,
      organisationId: facts.organisation_id,
      coachUserId: facts.coach_user_id,
      referralOrganisationIds: facts.referralOrganisationIds,
      indicationOrganisationIds: facts.indicationOrganisationIds,
      hasIndicationForReview: facts.hasIndicationForReview,
      formerCoaches: facts.formerCoaches,
    },
    now,
  );
  if (!access) {
    throw new NotFoundError();
  }
  return { access, organisationId: facts.organisation_id, status: facts.status };
}

/**
 * The gate to a participant's special-category data (ICF items, indication, advice, capability profile): finds
 * the actor's ground (author, indication cell, validator, the participant, or the organisation's consent, read
 * live so a withdrawal counts at once) and audits the read with it. Without a ground the refusal is audited and
 * answered 403 when the actor may see the participant's record, else 404 (existence is not revealed).
 */
export async function authorizeSensitiveRead(
  ctx: RequestContext,
  participantId: string,
  indication: SensitiveFacts['indication'],
  entry: { action: AuditAction; entityType: string; entityId: string },
): Promise<SensitiveGround> {
  const consentOrganisationIds = await consentsRepository.findActiveOrganisationIds(
    ctx.db,
    participantId,
    'share_profile',
  );
  const ground = sensitiveGround(ctx.actor, { participantId, indication, consentOrganisationIds });
  const audit = { ...entry, participantId };
  if (!ground) {
    const visible = await loadParticipantAccess(ctx.db, ctx.actor, participantId).catch(() => null);
    await recordDenied(ctx.db, ctx, { ...audit, organisationId: visible?.organisationId ?? null });
    throw visible ? new ForbiddenError('consent_required') : new NotFoundError();
  }
  await recordAudit(ctx.db, ctx, { ...audit, details: { ground } });
  return ground;
}

/**
 * For many participants at once (matching lists): on which ground, if any, the actor may see each one's capability
 * comparison (the profile's indication and the live share_profile consents decide, as for one; a consented
 * organisation's account managers included). Does not audit: callers audit what they show.
 */
export async function findProfileGrounds(
  db: Kysely<DB>,
  actor: Actor,
  participantIds: string[],
  consentedReaders: readonly Role[] = MATCHING_READER_ROLES,
): Promise<Map<string, SensitiveGround>> {
  const grounds = new Map<string, SensitiveGround>();
  if (participantIds.length === 0) {
    return grounds;
  }
  const [indications, consents] = await Promise.all([
    participantsRepository.findProfileIndications(db, participantIds),
    consentsRepository.findActiveOrganisationIdsFor(db, participantIds, 'share_profile'),
  ]);
  const indicationOf = new Map(indications.map((r) => [r.participant_id, r]));
  for (const id of participantIds) {
    const ind = indicationOf.get(id);
    const ground = sensitiveGround(
      actor,
      {
        participantId: id,
        indication: ind
          ? {
              organisationId: ind.organisation_id,
              consultantUserId: ind.consultant_user_id,
              status: ind.status,
            }
          : null,
        consentOrganisationIds: consents.get(id) ?? [],
      },
      consentedReaders,
    );
    if (ground) {
      grounds.set(id, ground);
    }
  }
  return grounds;
}

/** Like `loadParticipantAccess`, but only for those who may change the record (read-only access gets 403). */
export async function requireParticipantEdit(db: Kysely<DB>, actor: Actor, id: string) {
  const loaded = await loadParticipantAccess(db, actor, id);
  if (loaded.access !== 'edit' || loaded.status === 'merged') {
    throw new ForbiddenError();
  }
  return loaded;
}

async function present(db: Kysely<DB>, ctx: RequestContext, id: string, access: 'edit' | 'read') {
  const row = await participantsRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  const [facts, titles] = await Promise.all([
    participantsRepository.findCompletenessFacts(db, [id]),
    participantsRepository.findOccupationTitles(db, row.occupation_interests),
  ]);
  const titleOf = new Map(titles.map((t) => [t.code, ctx.locale === 'en' ? t.title_en : t.title_nl]));
  return presentParticipant(row, facts, titleOf, access, ctx.actor, brusselsDate(new Date()));
}

/** Participants of the actor's organisations (the whole network for network admins), filtered and paged. */
export async function findParticipants(ctx: RequestContext, query: ParticipantQuery) {
  const scope = organisationScope(ctx.actor, CASEWORK_ROLES);
  const coachUserId =
    query.coachId === 'me' ? ctx.actor.userId : query.coachId === 'none' ? null : query.coachId;
  const today = brusselsDate(new Date());
  const { rows, total, isTotalCapped } = await participantsRepository.findMany(
    ctx.db,
    scope,
    { ...query, coachUserId },
    today,
  );
  const facts = await participantsRepository.findCompletenessFacts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentParticipantListItem(r, facts, today)),
    total,
    isTotalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One participant's record; every read is audited. */
export async function getParticipant(ctx: RequestContext, id: string) {
  const { access, organisationId } = await loadParticipantAccess(ctx.db, ctx.actor, id);
  return ctx.db.transaction().execute(async (trx) => {
    await recordAudit(trx, ctx, {
      action: 'participant.read',
      entityType: 'participant',
      entityId: id,
      participantId: id,
      organisationId,
    });
    return present(trx, ctx, id, access);
  });
}

/** Checks what the schema cannot: INSZ against birth date, ISCO codes and the municipality against the reference data. */
export async function validateRecord(
  db: Kysely<DB>,
  data: {
    nationalNumber?: string;
    birthDate?: string;
    municipalityNis?: string | null;
    occupationInterests?: string[];
    workHistory?: { iscoCode: string | null }[];
  },
) {
  const issues: FieldIssue[] = [];
  if (data.nationalNumber && data.birthDate) {
    const encoded = birthDateFromNationalNumber(data.nationalNumber);
    if (encoded && encoded !== data.birthDate) {
      issues.push({ path: 'nationalNumber', code: 'national_number_birth_date_mismatch' });
    }
  }
  if (data.birthDate && data.birthDate > brusselsDate(new Date())) {
    issues.push({ path: 'birthDate', code: 'date_in_future' });
  }
  const unknown = await participantsRepository.findUnknownIscoCodes(db, [
    ...new Set(data.occupationInterests ?? []),
  ]);
  if (unknown.length) {
    const index = data.occupationInterests!.indexOf(unknown[0]!);
    issues.push({
      path: `occupationInterests.${index}`,
      code: 'unknown_occupation',
      params: { value: unknown[0] },
    });
  }
  const historyCodes = (data.workHistory ?? []).map((w) => w.iscoCode);
  const unknownHistory = await participantsRepository.findUnknownIscoCodes(db, [
    ...new Set(historyCodes.filter((c): c is string => !!c)),
  ]);
  if (unknownHistory.length) {
    const index = historyCodes.indexOf(unknownHistory[0]!);
    issues.push({
      path: `workHistory.${index}.iscoCode`,
      code: 'unknown_occupation',
      params: { value: unknownHistory[0] },
    });
  }
  if (issues.length) {
    throw new ValidationError(issues);
  }
  if (data.municipalityNis) {
    await assertKnownMunicipalities(db, 'municipalityNis', [data.municipalityNis]);
  }
}

function recordValues(data: Partial<CreateParticipantBody>): Updateable<ParticipantsTable> {
  const m = data.mobility;
  const a = data.availability;
  return {
    ...(data.nationalNumber !== undefined && { national_number: data.nationalNumber }),
    ...(data.firstName !== undefined && { first_name: data.firstName }),
    ...(data.lastName !== undefined && { last_name: data.lastName }),
    ...(data.birthDate !== undefined && { birth_date: data.birthDate }),
    ...(data.email !== undefined && { email: data.email }),
    ...(data.phone !== undefined && { phone: data.phone }),
    ...(data.street !== undefined && { street: data.street }),
    ...(data.postcode !== undefined && { postcode: data.postcode }),
    ...(data.municipalityNis !== undefined && { municipality_nis: data.municipalityNis }),
    ...(data.languages !== undefined && { languages: [...new Set(data.languages)] }),
    ...(data.dutchLevel !== undefined && { dutch_level: data.dutchLevel }),
    ...(m?.hasDrivingLicence !== undefined && { has_driving_licence: m.hasDrivingLicence }),
    ...(m?.hasCar !== undefined && { has_car: m.hasCar }),
    ...(m?.hasBike !== undefined && { has_bike: m.hasBike }),
    ...(m?.publicTransportOnly !== undefined && { public_transport_only: m.publicTransportOnly }),
    ...(m?.maxCommuteMinutes !== undefined && { max_commute_minutes: m.maxCommuteMinutes }),
    ...(m?.maxCommuteKm !== undefined && { max_commute_km: m.maxCommuteKm }),
    ...(a?.hoursPerWeek !== undefined && { hours_per_week: a.hoursPerWeek }),
    ...(a?.days !== undefined && { available_days: [...new Set(a.days)] }),
    ...(a?.shifts !== undefined && { shifts: [...new Set(a.shifts)] }),
    ...(data.occupationInterests !== undefined && {
      occupation_interests: [...new Set(data.occupationInterests)],
    }),
    ...(data.educationLevel !== undefined && { education_level: data.educationLevel }),
    ...(data.workHistory !== undefined && { work_history: JSON.stringify(data.workHistory) }),
    ...(data.currentMeasure !== undefined && { current_measure: data.currentMeasure }),
    ...(data.status !== undefined && { status: data.status }),
    ...(data.waitingSince !== undefined && { waiting_since: data.waitingSince }),
  };
}

/** The organisation a new record is kept by: the one asked for if the actor may keep records there. */
function holdingOrganisation(actor: Actor, requested: string | undefined): string {
  const mine = organisationIdsWith(actor, EDIT_ROLES);
  if (requested) {
    if (!isNetworkAdmin(actor) && !mine.includes(requested)) {
      throw ValidationError.field('organisationId', 'unknown_reference');
    }
    return requested;
  }
  const home =
    actor.homeOrganisationId && mine.includes(actor.homeOrganisationId) ? actor.homeOrganisationId : mine[0];
  if (!home) {
    throw ValidationError.field('organisationId', 'required');
  }
  return home;
}

/** Refuses a coach who is not an active coach of the organisation. */
export async function assertCoach(
  db: Kysely<DB>,
  coachUserId: string | null | undefined,
  organisationId: string,
) {
  if (coachUserId && !(await participantsRepository.isActiveCoach(db, coachUserId, organisationId))) {
    throw ValidationError.field('coachUserId', 'not_a_coach');
  }
}

/**
 * Refuses a second registration of a person: the same national number is a 409 on that field; a namesake with
 * the same birth date is a 409 listing the records the actor may see, until the caller confirms another person.
 */
export async function assertNotRegistered(
  db: Kysely<DB>,
  actor: Actor,
  input: { nationalNumber: string; firstName: string; lastName: string; birthDate: string; confirm: boolean },
) {
  const same = await participantsRepository.findByNationalNumber(db, input.nationalNumber);
  if (same) {
    const visible = await loadParticipantAccess(db, actor, same.merged_into_id ?? same.id).catch(() => null);
    throw new ValidationError([{ path: 'nationalNumber', code: 'duplicate' }], 409, {
      existingId: visible ? (same.merged_into_id ?? same.id) : null,
    });
  }
  if (input.confirm) {
    return;
  }
  const namesakes = await participantsRepository.findNamesakes(db, input);
  if (namesakes.length) {
    const candidates = [];
    for (const n of namesakes) {
      const visible = await loadParticipantAccess(db, actor, n.id).catch(() => null);
      candidates.push({
        id: visible ? n.id : null,
        organisation:
          visible && n.organisation_id ? { id: n.organisation_id, name: n.organisation_name ?? '' } : null,
        nationalNumberMasked: maskNationalNumber(n.national_number),
      });
    }
    throw new ValidationError([{ path: 'confirmNotDuplicate', code: 'possible_duplicate' }], 409, {
      candidates,
    });
  }
}

/** Inserts a new participant's record with its first coach assignment and audit row (inside the caller's transaction). */
export async function insertParticipantRecord(
  trx: Kysely<DB>,
  ctx: RequestContext,
  input: Partial<CreateParticipantBody> &
    Pick<CreateParticipantBody, 'nationalNumber' | 'firstName' | 'lastName' | 'birthDate'>,
  organisationId: string,
  options: { coachUserId?: string | null; via?: string } = {},
) {
  const { id } = await participantsRepository.insert(trx, {
    ...recordValues(input),
    national_number: input.nationalNumber,
    first_name: input.firstName,
    last_name: input.lastName,
    birth_date: input.birthDate,
    organisation_id: organisationId,
    coach_user_id: options.coachUserId ?? null,
    waiting_since: input.waitingSince ?? brusselsDate(new Date()),
  });
  await participantsRepository.insertAssignment(trx, {
    participant_id: id,
    organisation_id: organisationId,
    coach_user_id: options.coachUserId ?? null,
    assigned_by: ctx.actor.userId,
    reason: null,
  });
  await recordAudit(trx, ctx, {
    action: 'participant.created',
    entityType: 'participant',
    entityId: id,
    participantId: id,
    organisationId,
    details: {
      confirmedNotDuplicate: input.confirmNotDuplicate ?? false,
      ...(options.via && { via: options.via }),
    },
  });
  return id;
}

/** Registers a participant in the network (the national number is unique network-wide). */
export async function createParticipant(ctx: RequestContext, input: CreateParticipantBody) {
  const organisationId = holdingOrganisation(ctx.actor, input.organisationId);
  await validateRecord(ctx.db, input);
  await assertCoach(ctx.db, input.coachUserId, organisationId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertNotRegistered(trx, ctx.actor, { ...input, confirm: input.confirmNotDuplicate });
    return insertParticipantRecord(trx, ctx, input, organisationId, { coachUserId: input.coachUserId });
  });
  return present(ctx.db, ctx, id, 'edit');
}

/** Updates a participant's record (holding organisation only); a stale version gets 409 with the current record. */
export async function updateParticipant(ctx: RequestContext, id: string, input: UpdateParticipantBody) {
  await requireParticipantEdit(ctx.db, ctx.actor, id);
  const { data } = input;
  const current = await participantsRepository.findById(ctx.db, id);
  if (!current) {
    throw new NotFoundError();
  }
  await validateRecord(ctx.db, {
    ...data,
    nationalNumber: data.nationalNumber ?? (data.birthDate ? current.national_number : undefined),
    birthDate: data.birthDate ?? (data.nationalNumber ? current.birth_date : undefined),
  });
  return ctx.db.transaction().execute(async (trx) => {
    if (data.nationalNumber && data.nationalNumber !== current.national_number) {
      const same = await participantsRepository.findByNationalNumber(trx, data.nationalNumber);
      if (same && same.id !== id) {
        throw new ValidationError([{ path: 'nationalNumber', code: 'duplicate' }], 409);
      }
    }
    const values = recordValues(data);
    const updated = await participantsRepository.updateVersioned(trx, id, input.version, values);
    if (!updated) {
      throw new ConflictError(input.version, await present(trx, ctx, id, 'edit'));
    }
    // Which fields changed, not their values: the audit log is read by admins who need no personal data.
    await recordAudit(trx, ctx, {
      action: 'participant.updated',
      entityType: 'participant',
      entityId: id,
      participantId: id,
      organisationId: current.organisation_id,
      details: { fields: Object.keys(data).sort() },
    });
    return present(trx, ctx, id, 'edit');
  });
}

/**
 * Moves the participant to another coach (and, optionally, another organisation). The history keeps every
 * assignment; the previous coach keeps read access for 30 days so that a hand-over loses nothing.
 */
export async function changeCoach(ctx: RequestContext, id: string, input: ChangeCoachBody, now = new Date()) {
  const { organisationId: currentOrg } = await requireParticipantEdit(ctx.db, ctx.actor, id);
  const targetOrg = input.organisationId ?? currentOrg;
  if (!targetOrg) {
    throw ValidationError.field('organisationId', 'required');
  }
  if (targetOrg !== currentOrg && !(await participantsRepository.organisationIsActive(ctx.db, targetOrg))) {
    throw ValidationError.field('organisationId', 'unknown_reference');
  }
  await assertCoach(ctx.db, input.coachUserId, targetOrg);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await participantsRepository.findById(trx, id);
    if (!before) {
      throw new NotFoundError();
    }
    const updated = await participantsRepository.updateVersioned(trx, id, input.version, {
      coach_user_id: input.coachUserId,
      organisation_id: targetOrg,
    });
    if (!updated) {
      throw new ConflictError(input.version, await present(trx, ctx, id, 'edit'));
    }
    await transferAssignment(trx, ctx.actor.userId, {
      participantId: id,
      createdAt: now,
      from: { coachUserId: before.coach_user_id, organisationId: before.organisation_id },
      to: { coachUserId: input.coachUserId, organisationId: targetOrg },
      reason: input.reason ?? null,
      now,
    });
    await recordAudit(trx, ctx, {
      action: 'participant.coach_changed',
      entityType: 'participant',
      entityId: id,
      participantId: id,
      organisationId: currentOrg,
      details: {
        fromCoach: before.coach_user_id,
        toCoach: input.coachUserId,
        fromOrganisation: before.organisation_id,
        toOrganisation: targetOrg,
      },
    });
    const stillEdits =
      isNetworkAdmin(ctx.actor) || organisationIdsWith(ctx.actor, EDIT_ROLES).includes(targetOrg);
    return present(trx, ctx, id, stillEdits ? 'edit' : 'read');
  });
}

/** Closes the open coach assignment (read access for the previous coach) and opens the new one. */
export async function transferAssignment(
  db: Kysely<DB>,
  assignedBy: string | null,
  t: {
    participantId: string;
    createdAt: Date;
    from: { coachUserId: string | null; organisationId: string | null };
    to: { coachUserId: string | null; organisationId: string | null };
    reason: string | null;
    now: Date;
  },
) {
  if (t.from.coachUserId === t.to.coachUserId && t.from.organisationId === t.to.organisationId) {
    return;
  }
  const readUntil =
    t.from.coachUserId && t.from.coachUserId !== t.to.coachUserId
      ? new Date(t.now.getTime() + FORMER_COACH_READ_DAYS * 86_400_000)
      : null;
  const open = await participantsRepository.findOpenAssignment(db, t.participantId);
  if (open) {
    await participantsRepository.endAssignment(db, open.id, readUntil);
  } else if (t.from.coachUserId || t.from.organisationId) {
    // Records from before coach history was kept: write the assignment that is ending now.
    await participantsRepository.insertAssignment(db, {
      participant_id: t.participantId,
      organisation_id: t.from.organisationId,
      coach_user_id: t.from.coachUserId,
      assigned_by: null,
      reason: null,
      started_at: t.createdAt,
      ended_at: t.now,
      read_access_until: readUntil,
    });
  }
  await participantsRepository.insertAssignment(db, {
    participant_id: t.participantId,
    organisation_id: t.to.organisationId,
    coach_user_id: t.to.coachUserId,
    assigned_by: assignedBy,
    reason: t.reason,
    started_at: t.now,
  });
}

/** Every coach and organisation the participant has had, newest first. */
export async function findCoachHistory(ctx: RequestContext, id: string) {
  await loadParticipantAccess(ctx.db, ctx.actor, id);
  const rows = await participantsRepository.findAssignments(ctx.db, id);
  return rows.map((r) => ({
    id: r.id,
    organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name ?? '' } : null,
    coach: r.coach_user_id ? { id: r.coach_user_id, name: r.coach_name ?? '' } : null,
    startedAt: r.started_at.toISOString(),
    endedAt: r.ended_at?.toISOString() ?? null,
    readAccessUntil: r.read_access_until?.toISOString() ?? null,
    reason: r.reason,
  }));
}

type DuplicateRow = Awaited<ReturnType<typeof participantsRepository.findDuplicatePairs>>[number];

function duplicateSide(row: DuplicateRow, side: 'a' | 'b') {
  const r = row as unknown as Record<string, string | null>;
  return {
    id: r[`${side}_id`]!,
    firstName: r[`${side}_first_name`]!,
    lastName: r[`${side}_last_name`]!,
    birthDate: r[`${side}_birth_date`]!,
    nationalNumberMasked: maskNationalNumber(r[`${side}_national_number`]!),
    organisation: r[`${side}_organisation_id`]
      ? { id: r[`${side}_organisation_id`]!, name: r[`${side}_organisation_name`] ?? '' }
      : null,
    reason: 'same_name_and_birth_date' as const,
  };
}

/** Likely duplicates (same name and birth date) that involve the actor's organisations, for review and merge. */
export async function findDuplicates(ctx: RequestContext) {
  const scope = isNetworkAdmin(ctx.actor) ? null : organisationIdsWith(ctx.actor, ['org_admin']);
  const rows = await participantsRepository.findDuplicatePairs(ctx.db, scope, 200);
  return rows.map((row) => ({ a: duplicateSide(row, 'a'), b: duplicateSide(row, 'b') }));
}

const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];

/**
 * Merges a duplicate into the surviving record: referrals, indications, consents, coach history and capability
 * adjustments move over, empty fields are filled from the duplicate, and the duplicate stays as a tombstone that
 * points to the survivor, so no history and no audit trail is lost.
 */
export async function mergeParticipants(
  ctx: RequestContext,
  survivorId: string,
  input: MergeParticipantBody,
) {
  if (input.duplicateId === survivorId) {
    throw ValidationError.field('duplicateId', 'merge_same_participant');
  }
  const [survivor, duplicate] = await Promise.all([
    requireParticipantEdit(ctx.db, ctx.actor, survivorId),
    loadParticipantAccess(ctx.db, ctx.actor, input.duplicateId),
  ]);
  if (duplicate.status === 'merged') {
    throw new ValidationError(
      [{ path: 'duplicateId', code: 'invalid_transition', params: { status: 'merged' } }],
      409,
    );
  }
  if (!canMerge(ctx.actor, [survivor.organisationId, duplicate.organisationId])) {
    throw new ForbiddenError();
  }
  return ctx.db.transaction().execute(async (trx) => {
    const [s, d] = await Promise.all([
      participantsRepository.findById(trx, survivorId),
      participantsRepository.findById(trx, input.duplicateId),
    ]);
    if (!s || !d) {
      throw new NotFoundError();
    }
    const marked = await participantsRepository.markMerged(trx, d.id, s.id, input.duplicateVersion);
    if (!marked) {
      throw new ConflictError(input.duplicateVersion, await present(trx, ctx, d.id, 'read'));
    }
    await participantsRepository.mergeInto(trx, s.id, d.id);
    const fill = <K extends keyof typeof s>(key: K) => (s[key] === null ? d[key] : s[key]);
    const values: Updateable<ParticipantsTable> = {
      email: fill('email'),
      phone: fill('phone'),
      street: fill('street'),
      postcode: s.street === null ? d.postcode : s.postcode,
      municipality_nis: fill('municipality_nis'),
      dutch_level: fill('dutch_level'),
      has_driving_licence: fill('has_driving_licence'),
      has_car: fill('has_car'),
      has_bike: fill('has_bike'),
      max_commute_minutes: fill('max_commute_minutes'),
      max_commute_km: fill('max_commute_km'),
      hours_per_week: fill('hours_per_week'),
      education_level: fill('education_level'),
      current_measure: fill('current_measure'),
      languages: union(s.languages, d.languages),
      available_days: union(s.available_days, d.available_days),
      shifts: union(s.shifts, d.shifts),
      occupation_interests: union(s.occupation_interests, d.occupation_interests),
      work_history: JSON.stringify([
        ...s.work_history,
        ...d.work_history.filter((w) => !s.work_history.some((x) => JSON.stringify(x) === JSON.stringify(w))),
      ]),
      waiting_since:
        s.waiting_since && d.waiting_since
          ? s.waiting_since < d.waiting_since
            ? s.waiting_since
            : d.waiting_since
          : (s.waiting_since ?? d.waiting_since),
    };
    const updated = await participantsRepository.updateVersioned(trx, s.id, input.version, values);
    if (!updated) {
      throw new ConflictError(input.version, await present(trx, ctx, s.id, 'edit'));
    }
    for (const [participantId, role] of [
      [s.id, 'survivor'],
      [d.id, 'duplicate'],
    ] as const) {
      await recordAudit(trx, ctx, {
        action: 'participant.merged',
        entityType: 'participant',
        entityId: participantId,
        participantId,
        organisationId: s.organisation_id,
        details: { role, survivorId: s.id, duplicateId: d.id },
      });
    }
    return present(trx, ctx, s.id, 'edit');
  });
}
