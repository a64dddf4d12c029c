import type { Kysely, Updateable } from 'kysely';
import type { DB, RecognitionsTable } from '../../db/schema';
import { organisationIdsWith } from '../../lib/actor';
import type { AuditContext, RequestContext } from '../../lib/context';
import { brusselsDate, daysBetween } from '../../lib/dates';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { diffChanges, recordAudit, recordDenied } from '../audit/audit.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import { canManageRecognition, canReadRecognition, warningsDue } from './recognitions.policy';
import { presentRecognition } from './recognitions.presenter';
import { type RecognitionRecord, recognitionsRepository } from './recognitions.repository';
import type {
  CreateRecognitionBody,
  RecognitionQuery,
  UpdateRecognitionBody,
  WithdrawRecognitionBody,
} from './recognitions.schemas';
import {
  expiringWithinDays,
  type RecognitionWarningSettings,
  recognitionWarningSettings,
} from './recognitions.settings';

const today = () => brusselsDate(new Date());

function present(ctx: RequestContext, row: RecognitionRecord) {
  return presentRecognition(row, ctx.actor, today(), expiringWithinDays(recognitionWarningSettings()));
}

/**
 * The recognition register, filtered by organisation, subject, status and "ends within N days": network admins
 * see all, org admins their organisations', coaches their own and their organisation's.
 */
export async function findRecognitions(ctx: RequestContext, query: RecognitionQuery) {
  const expiringDays = expiringWithinDays(recognitionWarningSettings());
  const { rows, total } = await recognitionsRepository.findMany(ctx.db, {
    ...query,
    today: today(),
    expiringDays,
    adminScope: organisationScope(ctx.actor, ['org_admin']),
    coachOrganisationIds: organisationIdsWith(ctx.actor, ['coach']),
    userId: ctx.actor.userId,
  });
  return {
    items: rows.map((r) => present(ctx, r)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    expiringWithinDays: expiringDays,
  };
}

/** Loads a recognition the actor may read; anything else is "not found", and the attempt is recorded. */
async function loadReadable(ctx: RequestContext, id: string, db: Kysely<DB> = ctx.db) {
  const row = await recognitionsRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  const subject = {
    subjectKind: row.subject_kind,
    organisationId: row.organisation_id,
    coachUserId: row.coach_user_id,
  };
  if (!canReadRecognition(ctx.actor, subject)) {
    await recordDenied(ctx.db, ctx, { action: 'recognition.read', entityType: 'recognition', entityId: id });
    throw new NotFoundError();
  }
  return row;
}

/** One recognition, for whoever may read it. */
export async function getRecognition(ctx: RequestContext, id: string) {
  return present(ctx, await loadReadable(ctx, id));
}

/** Refuses a change by someone who may read the recognition but not manage it (a coach): audited, 403. */
async function assertManages(ctx: RequestContext, organisationId: string, action: string, entityId?: string) {
  if (!canManageRecognition(ctx.actor, organisationId)) {
    await recordDenied(ctx.db, ctx, {
      action: action as `${string}.${string}`,
      entityType: 'recognition',
      entityId: entityId ?? null,
      organisationId,
    });
    throw new ForbiddenError();
  }
}

function assertPeriod(validFrom: string, validUntil: string | null | undefined) {
  if (validUntil && validUntil < validFrom) {
    throw ValidationError.field('validUntil', 'date_order', { other: 'validFrom' });
  }
}

async function assertNewDecision(
  db: Kysely<DB>,
  d: { authority: string; referenceNumber: string; validFrom: string },
  exceptId?: string,
) {
  if (await recognitionsRepository.findSameDecision(db, d, exceptId)) {
    throw new ValidationError([{ path: 'referenceNumber', code: 'recognition_duplicate' }], 409);
  }
}

/**
 * Registers a recognition of an organisation, or of one of its active coaches. Org admins register their own
 * organisation's; the same decision (authority, reference number, start date) is registered once.
 */
export async function createRecognition(ctx: RequestContext, input: CreateRecognitionBody) {
  if (!(await recognitionsRepository.isActiveOrganisation(ctx.db, input.organisationId))) {
    throw ValidationError.field('organisationId', 'unknown_reference');
  }
  await assertManages(ctx, input.organisationId, 'recognition.created');
  if (input.subjectKind === 'coach') {
    if (!input.coachUserId) {
      throw ValidationError.field('coachUserId', 'required');
    }
    if (!(await recognitionsRepository.isActiveCoach(ctx.db, input.coachUserId, input.organisationId))) {
      throw ValidationError.field('coachUserId', 'not_a_coach');
    }
  } else if (input.coachUserId) {
    throw ValidationError.field('coachUserId', 'recognition_coach_not_expected');
  }
  assertPeriod(input.validFrom, input.validUntil);
  await assertNewDecision(ctx.db, input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await recognitionsRepository.insert(trx, {
      subject_kind: input.subjectKind,
      organisation_id: input.organisationId,
      coach_user_id: input.subjectKind === 'coach' ? input.coachUserId! : null,
      scheme: input.scheme,
      authority: input.authority,
      reference_number: input.referenceNumber,
      valid_from: input.validFrom,
      valid_until: input.validUntil ?? null,
      document_reference: input.documentReference ?? null,
      note: input.note ?? null,
      created_by: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'recognition.created',
      entityType: 'recognition',
      entityId: id,
      organisationId: input.organisationId,
      details: {
        subjectKind: input.subjectKind,
        coachUserId: input.coachUserId ?? null,
        scheme: input.scheme,
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? null,
      },
    });
    return id;
  });
  return getRecognition(ctx, id);
}

const RECOGNITION_FIELDS = [
  'scheme',
  'authority',
  'reference_number',
  'valid_from',
  'valid_until',
  'document_reference',
  'note',
] as const;

/** Corrects or extends a recognition (409 on a stale version; a withdrawn one no longer changes). */
export async function updateRecognition(ctx: RequestContext, id: string, input: UpdateRecognitionBody) {
  const row = await loadReadable(ctx, id);
  await assertManages(ctx, row.organisation_id, 'recognition.updated', id);
  const { data } = input;
  const values: Updateable<RecognitionsTable> = {
    ...(data.scheme !== undefined && { scheme: data.scheme }),
    ...(data.authority !== undefined && { authority: data.authority }),
    ...(data.referenceNumber !== undefined && { reference_number: data.referenceNumber }),
    ...(data.validFrom !== undefined && { valid_from: data.validFrom }),
    ...(data.validUntil !== undefined && { valid_until: data.validUntil }),
    ...(data.documentReference !== undefined && { document_reference: data.documentReference }),
    ...(data.note !== undefined && { note: data.note }),
  };
  const validFrom = data.validFrom ?? row.valid_from;
  assertPeriod(validFrom, data.validUntil === undefined ? row.valid_until : data.validUntil);
  await assertNewDecision(
    ctx.db,
    {
      authority: data.authority ?? row.authority,
      referenceNumber: data.referenceNumber ?? row.reference_number,
      validFrom,
    },
    id,
  );
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await recognitionsRepository.updateVersioned(trx, id, input.version, values))) {
      throw new ConflictError(input.version, present(ctx, await loadReadable(ctx, id, trx)));
    }
    await recordAudit(trx, ctx, {
      action: 'recognition.updated',
      entityType: 'recognition',
      entityId: id,
      organisationId: row.organisation_id,
      details: { changes: diffChanges<Record<string, unknown>>(row, values, RECOGNITION_FIELDS) },
    });
  });
  return getRecognition(ctx, id);
}

/** Records that a recognition was withdrawn (on a day not in the future, with the reason); it stays on record. */
export async function withdrawRecognition(ctx: RequestContext, id: string, input: WithdrawRecognitionBody) {
  const row = await loadReadable(ctx, id);
  await assertManages(ctx, row.organisation_id, 'recognition.withdrawn', id);
  const withdrawnOn = input.withdrawnOn ?? today();
  if (withdrawnOn > today()) {
    throw ValidationError.field('withdrawnOn', 'date_in_future');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await recognitionsRepository.updateVersioned(trx, id, input.version, {
      withdrawn_on: withdrawnOn,
      withdrawal_reason: input.reason,
    });
    if (!updated) {
      throw new ConflictError(input.version, present(ctx, await loadReadable(ctx, id, trx)));
    }
    await recordAudit(trx, ctx, {
      action: 'recognition.withdrawn',
      entityType: 'recognition',
      entityId: id,
      organisationId: row.organisation_id,
      details: { withdrawnOn, reason: input.reason },
    });
  });
  return getRecognition(ctx, id);
}

/** The schemes and authorities already in the register, as suggestions for the form. */
export async function findRecognitionSchemes(ctx: RequestContext) {
  const rows = await recognitionsRepository.findSchemes(ctx.db);
  return { items: rows.map((r) => ({ scheme: r.scheme, authority: r.authority, count: Number(r.count) })) };
}

/**
 * The daily expiry warning: each recognition that reached a warning threshold (90 and 30 days before its last day
 * by default) and was not warned for it yet notifies the organisation's admins and, for a coach's recognition,
 * the coach: once per threshold and end date. A recognition renewed without a gap warns nobody. Found late (both
 * thresholds passed at once), it sends one notice. `now` is passed in so that tests decide what "today" is.
 */
export async function runRecognitionExpiryWarnings(
  db: Kysely<DB>,
  settings: RecognitionWarningSettings,
  now: Date = new Date(),
): Promise<{ warned: number; notifications: number }> {
  const day = brusselsDate(now);
  const system: AuditContext = { actor: null, ip: null, userAgent: null };
  return db.transaction().execute(async (trx) => {
    const ending = await recognitionsRepository.findEndingWithin(trx, day, Math.max(...settings.warningDays));
    const warned = await recognitionsRepository.findWarned(
      trx,
      ending.map((r) => r.id),
    );
    let count = 0;
    let notifications = 0;
    for (const r of ending) {
      const already = warned
        .filter((w) => w.recognition_id === r.id && w.valid_until === r.valid_until)
        .map((w) => w.threshold_days);
      const due = warningsDue(
        {
          validFrom: r.valid_from,
          validUntil: r.valid_until,
          withdrawnOn: r.withdrawn_on,
          isRenewed: r.renewed_by_id !== null,
        },
        day,
        settings.warningDays,
        already,
      );
      if (due.length === 0) {
        continue;
      }
      const daysLeft = daysBetween(day, r.valid_until!);
      const inserted = await recognitionsRepository.insertWarnings(
        trx,
        due.map((threshold_days) => ({
          recognition_id: r.id,
          threshold_days,
          valid_until: r.valid_until!,
          days_left: daysLeft,
        })),
      );
      if (inserted.length === 0) {
        continue;
      }
      // One notice for the most urgent threshold reached now.
      const notice = inserted.reduce((a, b) => (b.threshold_days < a.threshold_days ? b : a));
      const recipients = [
        ...(await notificationsRepository.findRecipients(trx, r.organisation_id, ['org_admin'])),
        ...(await recognitionsRepository.findActiveUserIds(trx, r.coach_user_id ? [r.coach_user_id] : [])),
      ];
      const sent = await notificationsRepository.insertForUsers(trx, recipients, {
        kind: 'recognition.expiring',
        entityType: 'recognition_warning',
        entityId: notice.id,
        params: {
          recognitionId: r.id,
          subject: r.coach_name ?? r.organisation_name,
          scheme: r.scheme,
          validUntil: r.valid_until!,
          days: daysLeft,
        },
      });
      await recognitionsRepository.setNotified(trx, notice.id, sent);
      await recordAudit(trx, system, {
        action: 'recognition.expiry_warned',
        entityType: 'recognition',
        entityId: r.id,
        organisationId: r.organisation_id,
        details: { thresholds: due, daysLeft, validUntil: r.valid_until, notified: sent },
      });
      count++;
      notifications += sent;
    }
    return { warned: count, notifications };
  });
}
