import type { Kysely, Updateable } from 'kysely';
import type { DB, InternshipSheetsTable } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { diffChanges, recordAudit } from '../audit/audit.service';
import { canWorkWithEmployer } from '../employers/employers.policy';
import { employersRepository } from '../employers/employers.repository';
import { assertAllowed, type EmployerAccess, loadEmployerAccess } from '../employers/employers.service';
import { jobsRepository } from '../jobs/jobs.repository';
import { notificationsRepository } from '../notifications/notifications.repository';
import { canAcceptInternshipSheet, resetsAcceptance } from './internship-sheets.policy';
import { presentInternshipSheet } from './internship-sheets.presenter';
import { type InternshipSheetRecord, internshipSheetsRepository } from './internship-sheets.repository';
import type {
  AcceptInternshipSheetBody,
  CreateInternshipSheetBody,
  UpdateInternshipSheetBody,
} from './internship-sheets.schemas';

/** The job (an internship place or not) with the actor's access to its employer; 404 when not visible. */
async function loadJob(ctx: RequestContext, jobId: string) {
  const job = await jobsRepository.findById(ctx.db, jobId);
  if (!job) {
    throw new NotFoundError();
  }
  const access = await loadEmployerAccess(ctx, job.employer_id);
  return { job, access };
}

async function loadSheet(db: Kysely<DB>, jobId: string) {
  const sheet = await internshipSheetsRepository.findByJob(db, jobId);
  if (!sheet) {
    throw new NotFoundError();
  }
  return sheet;
}

function present(ctx: RequestContext, sheet: InternshipSheetRecord, access: EmployerAccess) {
  return presentInternshipSheet(sheet, {
    update: access.view === 'network' && canWorkWithEmployer(ctx.actor, access.relation),
    accept:
      access.view === 'own' && canAcceptInternshipSheet(ctx.actor, access.id) && sheet.accepted_at === null,
  });
}

/**
 * The internship sheet of an internship place. The employer's contacts read it before they accept it; their reads
 * are recorded with the version they were shown.
 */
export async function getInternshipSheet(ctx: RequestContext, jobId: string) {
  const { access } = await loadJob(ctx, jobId);
  const sheet = await loadSheet(ctx.db, jobId);
  if (access.view === 'own') {
    await recordAudit(ctx.db, ctx, {
      action: 'internship_sheet.read',
      entityType: 'internship_sheet',
      entityId: jobId,
      details: { version: sheet.version },
    });
  }
  return present(ctx, sheet, access);
}

async function requireSheetWrite(ctx: RequestContext, jobId: string, action: 'created' | 'updated') {
  const { job, access } = await loadJob(ctx, jobId);
  await assertAllowed(ctx, access.view === 'network' && canWorkWithEmployer(ctx.actor, access.relation), {
    action: `internship_sheet.${action}`,
    entityType: 'internship_sheet',
    entityId: jobId,
  });
  if (job.kind !== 'internship_place') {
    throw new ValidationError([{ path: 'jobId', code: 'not_internship_place' }], 409);
  }
  return { job, access };
}

/** Tells the employer's contacts that a sheet waits for them (once per kind of news and job). */
async function notifyEmployerContacts(
  trx: Kysely<DB>,
  employerId: string,
  jobId: string,
  kind: string,
  params: Record<string, string | number>,
) {
  const users = await employersRepository.findEmployerContactUserIds(trx, employerId);
  await notificationsRepository.insertForUsers(trx, users, {
    kind,
    entityType: 'job',
    entityId: jobId,
    params,
  });
}

/**
 * Writes the sheet of an internship place: who pays what, insurance, mentor time, learning goals, expectations
 * (owner and joint organisations). The employer's contacts are told it waits for their acceptance.
 */
export async function createInternshipSheet(
  ctx: RequestContext,
  jobId: string,
  input: CreateInternshipSheetBody,
) {
  const { job, access } = await requireSheetWrite(ctx, jobId, 'created');
  await ctx.db.transaction().execute(async (trx) => {
    if (await internshipSheetsRepository.findByJob(trx, jobId)) {
      throw new ValidationError([{ path: 'jobId', code: 'internship_sheet_exists' }], 409);
    }
    await internshipSheetsRepository.insert(trx, {
      job_id: jobId,
      costs: JSON.stringify(input.costs.map((c) => ({ ...c, amount: c.amount ?? null }))),
      insurance: input.insurance,
      mentor_hours_per_week: input.mentorHoursPerWeek,
      learning_goals: input.learningGoals,
      expectations: input.expectations ?? null,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    });
    await notifyEmployerContacts(trx, job.employer_id, jobId, 'internship_sheet.ready', { job: job.title });
    await recordAudit(trx, ctx, {
      action: 'internship_sheet.created',
      entityType: 'internship_sheet',
      entityId: jobId,
      details: { employerId: job.employer_id, costItems: input.costs.length },
    });
  });
  return present(ctx, await loadSheet(ctx.db, jobId), access);
}

/**
 * Changes the sheet (409 on a stale version). Any change of content resets an earlier acceptance: the employer
 * must accept what the sheet says now, and is told so.
 */
export async function updateInternshipSheet(
  ctx: RequestContext,
  jobId: string,
  input: UpdateInternshipSheetBody,
) {
  const { job, access } = await requireSheetWrite(ctx, jobId, 'updated');
  const before = await loadSheet(ctx.db, jobId);
  const { data } = input;
  const values: Updateable<InternshipSheetsTable> = {
    ...(data.costs !== undefined && {
      costs: JSON.stringify(data.costs.map((c) => ({ ...c, amount: c.amount ?? null }))),
    }),
    ...(data.insurance !== undefined && { insurance: data.insurance }),
    ...(data.mentorHoursPerWeek !== undefined && { mentor_hours_per_week: data.mentorHoursPerWeek }),
    ...(data.learningGoals !== undefined && { learning_goals: data.learningGoals }),
    ...(data.expectations !== undefined && { expectations: data.expectations }),
  };
  const comparable = {
    ...values,
    ...(data.costs !== undefined && { costs: data.costs.map((c) => ({ ...c, amount: c.amount ?? null })) }),
  };
  const changed = Object.keys(
    diffChanges(
      {
        ...before,
        costs: before.costs.map((c) => ({
          item: c.item,
          paidBy: c.paidBy,
          amount: c.amount,
          period: c.period,
        })),
        mentor_hours_per_week: Number(before.mentor_hours_per_week),
      } as Record<string, unknown>,
      comparable as Record<string, unknown>,
      ['costs', 'insurance', 'mentor_hours_per_week', 'learning_goals', 'expectations'],
    ),
  );
  const isReset = before.accepted_at !== null && resetsAcceptance(changed);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await internshipSheetsRepository.updateVersioned(trx, jobId, input.version, {
      ...values,
      updated_by: ctx.actor.userId,
      ...(isReset && {
        accepted_at: null,
        accepted_by_user_id: null,
        accepted_by_contact_person_id: null,
        accepted_version: null,
      }),
    });
    if (!updated) {
      throw new ConflictError(input.version, present(ctx, await loadSheet(trx, jobId), access));
    }
    if (isReset) {
      await notifyEmployerContacts(trx, job.employer_id, jobId, 'internship_sheet.acceptance_reset', {
        job: job.title,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'internship_sheet.updated',
      entityType: 'internship_sheet',
      entityId: jobId,
      details: { employerId: job.employer_id, fields: changed, acceptanceReset: isReset },
    });
  });
  return present(ctx, await loadSheet(ctx.db, jobId), access);
}

/**
 * The employer contact accepts the version of the sheet they were shown: a sheet changed since then gets 409 with
 * the current one, so nobody accepts what they did not see. Who accepted and when is kept; the account manager is
 * told.
 */
export async function acceptInternshipSheet(
  ctx: RequestContext,
  jobId: string,
  input: AcceptInternshipSheetBody,
) {
  const { job, access } = await loadJob(ctx, jobId);
  await assertAllowed(ctx, canAcceptInternshipSheet(ctx.actor, job.employer_id), {
    action: 'internship_sheet.accepted',
    entityType: 'internship_sheet',
    entityId: jobId,
  });
  const sheet = await loadSheet(ctx.db, jobId);
  if (sheet.version !== input.version) {
    throw new ConflictError(input.version, present(ctx, sheet, access));
  }
  if (sheet.accepted_at !== null) {
    throw new ValidationError([{ path: 'version', code: 'internship_sheet_already_accepted' }], 409);
  }
  const person = await employersRepository.findContactPersonOfUser(ctx.db, job.employer_id, ctx.actor.userId);
  await ctx.db.transaction().execute(async (trx) => {
    const accepted = await internshipSheetsRepository.accept(trx, jobId, input.version, {
      userId: ctx.actor.userId,
      contactPersonId: person?.id ?? null,
    });
    if (!accepted) {
      throw new ConflictError(input.version, present(ctx, await loadSheet(trx, jobId), access));
    }
    const recipients = [sheet.updated_by, sheet.created_by, access.relation.ownerUserId].filter(
      (id): id is string => !!id,
    );
    await notificationsRepository.insertForUsers(trx, recipients, {
      kind: 'internship_sheet.accepted',
      entityType: 'job',
      entityId: jobId,
      params: { job: job.title, employer: job.employer_name },
    });
    await recordAudit(trx, ctx, {
      action: 'internship_sheet.accepted',
      entityType: 'internship_sheet',
      entityId: jobId,
      details: { employerId: job.employer_id, version: input.version, contactPersonId: person?.id ?? null },
    });
  });
  return present(ctx, await loadSheet(ctx.db, jobId), access);
}
