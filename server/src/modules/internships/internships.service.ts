import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { employerIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { type AuditAction, recordAudit, recordDenied } from '../audit/audit.service';
import { employersRepository } from '../employers/employers.repository';
import { notificationsRepository } from '../notifications/notifications.repository';
import { trajectoryRelation } from '../trajectories/trajectories.policy';
import { trajectoriesRepository } from '../trajectories/trajectories.repository';
import { assertOpen, shortName, today } from '../trajectories/trajectories.service';
import { agreementDefinition, renderAgreement } from './internships.agreement';
import { approvingParty, evaluationFrom, internshipIssues, PARTIES } from './internships.policy';
import { isFullyApproved, presentInternship } from './internships.presenter';
import { type InternshipRecord, internshipsRepository } from './internships.repository';
import type {
  ApproveInternshipBody,
  CreateInternshipBody,
  EvaluateInternshipBody,
  UpdateInternshipBody,
} from './internships.schemas';

type InternshipRelation = 'lead' | 'network' | 'self' | 'mentor' | 'signatory';

interface InternshipAccess {
  trajectoryId: string;
  participantId: string;
  status: 'open' | 'closed';
  relation: InternshipRelation;
  /** For a signatory: the internships they sign (the only ones they see). */
  visible: (i: InternshipRecord) => boolean;
}

/**
 * Who reaches a trajectory's internships: the trajectory's own relations (lead organisation, network admin,
 * participant, current mentor) and, besides, the employer's legal signatory named on an internship — the login of
 * that contact person, holding the employer-contact role at that employer — for the internships they sign only.
 */
async function loadAccess(
  ctx: RequestContext,
  trajectoryId: string,
  allowed: readonly InternshipRelation[],
  action: AuditAction,
): Promise<InternshipAccess> {
  const row = await trajectoriesRepository.findFacts(ctx.db, trajectoryId);
  let relation: InternshipRelation | null = row
    ? trajectoryRelation(ctx.actor, {
        participantId: row.participant_id,
        leadOrganisationId: row.lead_organisation_id,
        employerId: row.employer_id,
        mentorUserId: row.mentor_user_id,
      })
    : null;
  const contactOf = employerIdsWith(ctx.actor, ['employer_contact']);
  const signs = (i: InternshipRecord) =>
    i.signatory_user_id === ctx.actor.userId && contactOf.includes(i.employer_id);
  if (row && !relation && contactOf.length > 0) {
    const internships = await internshipsRepository.findForTrajectory(ctx.db, trajectoryId);
    if (internships.some(signs)) {
      relation = 'signatory';
    }
  }
  if (!row || !relation || !allowed.includes(relation)) {
    await recordDenied(ctx.db, ctx, {
      action,
      entityType: 'trajectory',
      entityId: trajectoryId,
      participantId: row?.participant_id ?? null,
    });
    throw relation ? new ForbiddenError() : new NotFoundError();
  }
  return {
    trajectoryId,
    participantId: row.participant_id,
    status: row.status,
    relation,
    visible: relation === 'signatory' ? signs : () => true,
  };
}

async function present(
  ctx: RequestContext,
  db: Kysely<DB>,
  access: InternshipAccess,
  rows: InternshipRecord[],
) {
  const ids = rows.map((r) => r.id);
  const [approvals, evaluations] = await Promise.all([
    internshipsRepository.findApprovals(db, ids),
    internshipsRepository.findEvaluations(db, ids),
  ]);
  return rows.map((r) =>
    presentInternship(
      r,
      approvals,
      evaluations.find((e) => e.internship_id === r.id),
      {
        edit: access.relation === 'lead' && access.status === 'open',
        party: approvingParty(access.relation),
        evaluate:
          access.relation === 'mentor' &&
          r.mentor_user_id === ctx.actor.userId &&
          today() >= evaluationFrom(r.ends_on),
      },
    ),
  );
}

async function presentOne(ctx: RequestContext, db: Kysely<DB>, access: InternshipAccess, id: string) {
  const row = await internshipsRepository.findById(db, access.trajectoryId, id);
  if (!row || !access.visible(row)) {
    throw new NotFoundError();
  }
  return (await present(ctx, db, access, [row]))[0]!;
}

async function loadInternship(access: InternshipAccess, db: Kysely<DB>, id: string) {
  const row = await internshipsRepository.findById(db, access.trajectoryId, id);
  if (!row || !access.visible(row)) {
    throw new NotFoundError();
  }
  return row;
}

/** The internships of a trajectory (a signatory: the ones they sign), with approvals per party and the evaluation. */
export async function findInternships(ctx: RequestContext, trajectoryId: string) {
  const access = await loadAccess(
    ctx,
    trajectoryId,
    ['lead', 'network', 'self', 'signatory'],
    'internship.read',
  );
  const rows = (await internshipsRepository.findForTrajectory(ctx.db, trajectoryId)).filter(access.visible);
  return { items: await present(ctx, ctx.db, access, rows) };
}

export async function getInternship(ctx: RequestContext, trajectoryId: string, id: string) {
  const access = await loadAccess(
    ctx,
    trajectoryId,
    ['lead', 'network', 'self', 'signatory'],
    'internship.read',
  );
  return presentOne(ctx, ctx.db, access, id);
}

async function checkPeople(db: Kysely<DB>, employerId: string, mentorId?: string, signatoryId?: string) {
  if (mentorId && !(await employersRepository.findContactPerson(db, employerId, mentorId))) {
    throw ValidationError.field('mentorContactPersonId', 'not_contact_person_of_employer');
  }
  if (signatoryId) {
    const signatory = await employersRepository.findContactPerson(db, employerId, signatoryId);
    if (!signatory) {
      throw ValidationError.field('legalSignatoryContactPersonId', 'not_contact_person_of_employer');
    }
    if (!signatory.is_legal_signatory) {
      throw ValidationError.field('legalSignatoryContactPersonId', 'not_legal_signatory');
    }
  }
}

/**
 * Sets up an internship at an internship place: its site and employer, and the costs, insurance, mentor time,
 * expectations and (unless given) learning goals copied from the place's sheet — the agreement keeps what was
 * agreed when the sheet changes later. Each party's approval starts pending. A trajectory without an employer yet
 * gets this one; the mentor's login (if any) becomes the trajectory's mentor when it has none.
 */
export async function createInternship(
  ctx: RequestContext,
  trajectoryId: string,
  input: CreateInternshipBody,
) {
  const access = await loadAccess(ctx, trajectoryId, ['lead'], 'internship.created');
  assertOpen(access);
  const place = await internshipsRepository.findPlaceSheet(ctx.db, input.jobId);
  if (!place) {
    throw ValidationError.field('jobId', 'unknown_reference');
  }
  if (place.kind !== 'internship_place') {
    throw ValidationError.field('jobId', 'not_internship_place');
  }
  if (!place.sheet_job_id) {
    throw ValidationError.field('jobId', 'internship_sheet_missing');
  }
  const issues = internshipIssues(input);
  if (issues.length) {
    throw new ValidationError(issues);
  }
  await checkPeople(
    ctx.db,
    place.employer_id,
    input.mentorContactPersonId,
    input.legalSignatoryContactPersonId,
  );
  const trajectory = (await trajectoriesRepository.findById(ctx.db, trajectoryId))!;
  if (input.startsOn < trajectory.started_on) {
    throw ValidationError.field('startsOn', 'date_order', { other: 'startedOn' });
  }
  const mentor = await employersRepository.findContactPerson(
    ctx.db,
    place.employer_id,
    input.mentorContactPersonId,
  );
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await internshipsRepository.insert(trx, {
      trajectory_id: trajectoryId,
      job_id: place.id,
      employer_id: place.employer_id,
      site_id: place.site_id,
      mentor_contact_person_id: input.mentorContactPersonId,
      legal_signatory_contact_person_id: input.legalSignatoryContactPersonId,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      weekly_schedule: JSON.stringify(input.weeklySchedule),
      costs: JSON.stringify(place.costs ?? []),
      insurance: place.insurance!,
      mentor_hours_per_week: Number(place.mentor_hours_per_week),
      expectations: input.expectations !== undefined ? input.expectations : place.expectations,
      learning_goals: input.learningGoals ?? place.learning_goals ?? [],
      sheet_version: place.sheet_version,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    });
    await internshipsRepository.insertPendingApprovals(trx, id, PARTIES);
    if (!trajectory.employer_id) {
      await trx
        .updateTable('trajectories')
        .set({ employer_id: place.employer_id, site_id: place.site_id, job_id: place.id })
        .where('id', '=', trajectoryId)
        .execute();
    }
    const employerId = trajectory.employer_id ?? place.employer_id;
    const mentorLogin =
      mentor?.user_id && (await trajectoriesRepository.isMentorLogin(trx, mentor.user_id, employerId))
        ? mentor.user_id
        : null;
    if (
      employerId === place.employer_id &&
      mentorLogin &&
      !(await trajectoriesRepository.findMentor(trx, trajectoryId))
    ) {
      await trajectoriesRepository.insertMentor(trx, {
        trajectory_id: trajectoryId,
        contact_person_id: input.mentorContactPersonId,
        user_id: mentorLogin,
        assigned_by: ctx.actor.userId,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'internship.created',
      entityType: 'trajectory',
      entityId: trajectoryId,
      participantId: access.participantId,
      details: { internshipId: id, jobId: place.id, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return id;
  });
  return presentOne(ctx, ctx.db, access, id);
}

/** Changes an internship (409 on a stale version); every party's approval goes back to pending. */
export async function updateInternship(
  ctx: RequestContext,
  trajectoryId: string,
  id: string,
  input: UpdateInternshipBody,
) {
  const access = await loadAccess(ctx, trajectoryId, ['lead'], 'internship.updated');
  assertOpen(access);
  const current = await loadInternship(access, ctx.db, id);
  const { data } = input;
  const issues = internshipIssues({
    startsOn: data.startsOn ?? current.starts_on,
    endsOn: data.endsOn ?? current.ends_on,
    weeklySchedule: data.weeklySchedule,
  });
  if (issues.length) {
    throw new ValidationError(issues);
  }
  await checkPeople(
    ctx.db,
    current.employer_id,
    data.mentorContactPersonId,
    data.legalSignatoryContactPersonId,
  );
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await internshipsRepository.updateVersioned(trx, id, input.version, {
      ...(data.mentorContactPersonId && { mentor_contact_person_id: data.mentorContactPersonId }),
      ...(data.legalSignatoryContactPersonId && {
        legal_signatory_contact_person_id: data.legalSignatoryContactPersonId,
      }),
      ...(data.startsOn && { starts_on: data.startsOn }),
      ...(data.endsOn && { ends_on: data.endsOn }),
      ...(data.weeklySchedule && { weekly_schedule: JSON.stringify(data.weeklySchedule) }),
      ...(data.learningGoals && { learning_goals: data.learningGoals }),
      ...(data.expectations !== undefined && { expectations: data.expectations ?? null }),
      updated_by: ctx.actor.userId,
    });
    if (!ok) {
      throw new ConflictError(input.version, await presentOne(ctx, trx, access, id));
    }
    await internshipsRepository.resetApprovals(trx, id);
    await recordAudit(trx, ctx, {
      action: 'internship.updated',
      entityType: 'trajectory',
      entityId: trajectoryId,
      participantId: access.participantId,
      details: { internshipId: id, fields: Object.keys(data), approvalsReset: true },
    });
  });
  return presentOne(ctx, ctx.db, access, id);
}

/** The agreement as a PDF (Dutch, A4) with all parties' data and each party's approval. Audited. */
export async function agreementPdf(ctx: RequestContext, trajectoryId: string, id: string) {
  const access = await loadAccess(
    ctx,
    trajectoryId,
    ['lead', 'network', 'self', 'signatory'],
    'internship.agreement_read',
  );
  const row = await loadInternship(access, ctx.db, id);
  const approvals = await internshipsRepository.findApprovals(ctx.db, [id]);
  const pdf = await renderAgreement(agreementDefinition(row, approvals));
  await recordAudit(ctx.db, ctx, {
    action: 'internship.agreement_read',
    entityType: 'trajectory',
    entityId: trajectoryId,
    participantId: access.participantId,
    details: { internshipId: id, version: row.version },
  });
  return {
    pdf,
    fileName: `stageovereenkomst-${row.last_name}-${row.starts_on}.pdf`
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-'),
  };
}

/**
 * Approves the agreement for the actor's party (participant, the employer's legal signatory, or the lead
 * organisation), for the version they were shown: a changed agreement gets 409, and a party approves once.
 * When the last party approves, the coach hears of it.
 */
export async function approveInternship(
  ctx: RequestContext,
  trajectoryId: string,
  id: string,
  input: ApproveInternshipBody,
) {
  const access = await loadAccess(ctx, trajectoryId, ['lead', 'self', 'signatory'], 'internship.approved');
  assertOpen(access);
  const party = approvingParty(access.relation)!;
  const row = await loadInternship(access, ctx.db, id);
  await ctx.db.transaction().execute(async (trx) => {
    // The row stays locked until the approval is written: a change made meanwhile gets 409.
    if ((await internshipsRepository.lockVersion(trx, id)) !== input.version) {
      throw new ConflictError(input.version, await presentOne(ctx, trx, access, id));
    }
    if (!(await internshipsRepository.approve(trx, id, party, input.version, ctx.actor.userId))) {
      throw new ValidationError([{ path: 'party', code: 'approval_already_given' }], 409);
    }
    const approvals = await internshipsRepository.findApprovals(trx, [id]);
    if (isFullyApproved(approvals) && row.coach_user_id) {
      await notificationsRepository.insertForUsers(trx, [row.coach_user_id], {
        kind: 'internship.approved',
        entityType: 'trajectory',
        entityId: trajectoryId,
        params: { participant: shortName(row) },
      });
    }
    await recordAudit(trx, ctx, {
      action: 'internship.approved',
      entityType: 'trajectory',
      entityId: trajectoryId,
      participantId: access.participantId,
      details: { internshipId: id, party, version: input.version },
    });
  });
  return presentOne(ctx, ctx.db, access, id);
}

/**
 * The mentor's evaluation at the end of the internship (from a week before its last day, once). It reaches the
 * coach and the referrer automatically, as a notification naming the participant only by first name and initial.
 */
export async function evaluateInternship(
  ctx: RequestContext,
  trajectoryId: string,
  id: string,
  input: EvaluateInternshipBody,
) {
  const access = await loadAccess(ctx, trajectoryId, ['mentor'], 'internship.evaluated');
  const row = await loadInternship(access, ctx.db, id);
  if (row.mentor_user_id !== ctx.actor.userId) {
    throw new ForbiddenError('not_internship_mentor');
  }
  const from = evaluationFrom(row.ends_on);
  if (today() < from) {
    throw new ValidationError(
      [{ path: 'recommendation', code: 'evaluation_too_early', params: { from } }],
      409,
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await internshipsRepository.insertEvaluation(trx, {
      internship_id: id,
      mentor_user_id: ctx.actor.userId,
      scores: JSON.stringify(input.scores),
      strengths: input.strengths ?? null,
      improvements: input.improvements ?? null,
      recommendation: input.recommendation,
    });
    if (!inserted) {
      throw new ValidationError([{ path: 'recommendation', code: 'evaluation_exists' }], 409);
    }
    const referrer = row.referral_id
      ? await trx
          .selectFrom('referrals')
          .select('referrer_user_id')
          .where('id', '=', row.referral_id)
          .executeTakeFirst()
      : undefined;
    const recipients = [row.coach_user_id, referrer?.referrer_user_id].filter((u): u is string => !!u);
    await notificationsRepository.insertForUsers(trx, recipients, {
      kind: 'internship.evaluated',
      entityType: 'trajectory',
      entityId: trajectoryId,
      params: { participant: shortName(row), recommendation: input.recommendation },
    });
    await recordAudit(trx, ctx, {
      action: 'internship.evaluated',
      entityType: 'trajectory',
      entityId: trajectoryId,
      participantId: access.participantId,
      details: { internshipId: id, recommendation: input.recommendation, notified: recipients.length },
    });
  });
  return presentOne(ctx, ctx.db, { ...access }, id);
}
