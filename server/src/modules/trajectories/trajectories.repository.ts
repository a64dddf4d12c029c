import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type {
  AftercareContactsTable,
  DB,
  TrajectoriesTable,
  TrajectoryCorrectionsTable,
  TrajectoryPhasesTable,
  TrajectoryStatus,
} from '../../db/schema';
import { inScope } from '../../lib/scope';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('trajectories as t')
    .innerJoin('participants as p', 'p.id', 't.participant_id')
    .innerJoin('trajectory_types as ty', 'ty.id', 't.type_id')
    .innerJoin('organisations as o', 'o.id', 't.lead_organisation_id')
    .leftJoin('users as c', 'c.id', 't.coach_user_id')
    .leftJoin('employers as e', 'e.id', 't.employer_id')
    .leftJoin('employer_sites as s', 's.id', 't.site_id')
    .leftJoin('jobs as j', 'j.id', 't.job_id')
    .leftJoin('trajectory_mentors as m', (join) =>
      join.onRef('m.trajectory_id', '=', 't.id').on('m.ended_at', 'is', null),
    )
    .select([
      't.id',
      't.participant_id',
      'p.first_name',
      'p.last_name',
      't.type_id',
      'ty.key as type_key',
      'ty.name_nl as type_name_nl',
      'ty.name_en as type_name_en',
      'ty.success_outcomes',
      'ty.aftercare_months',
      't.type_version',
      't.lead_organisation_id',
      'o.name as lead_organisation_name',
      't.coach_user_id',
      'c.display_name as coach_name',
      't.employer_id',
      'e.name as employer_name',
      't.site_id',
      's.name as site_name',
      't.job_id',
      'j.title as job_title',
      't.proposal_id',
      't.referral_id',
      't.status',
      't.started_on',
      't.planned_end_on',
      't.placed_on',
      't.closed_on',
      't.outcome_kind',
      't.outcome_contract_type',
      't.outcome_hours_per_week',
      't.outcome_dropout_reason',
      't.outcome_on',
      't.version',
      't.created_at',
      't.updated_at',
      'm.user_id as mentor_user_id',
    ]);
}

export type TrajectoryRecord = NonNullable<Awaited<ReturnType<typeof trajectoriesRepository.findById>>>;
export type PhaseRecord = Awaited<ReturnType<typeof trajectoriesRepository.findPhases>>[number];

export interface TrajectoryFilter {
  /** Lead organisations visible (null: the whole network). */
  scope: string[] | null;
  status?: TrajectoryStatus;
  typeId?: string;
  coachUserId?: string;
  organisationId?: string;
  participantId?: string;
  isOverdue?: boolean;
  today: string;
  page: number;
  pageSize: number;
}

export const trajectoriesRepository = {
  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db).where('t.id', '=', id).executeTakeFirst();
  },

  /** Access facts only (cheap): who leads it, whose it is, where, and the current mentor's login. */
  findFacts(db: Kysely<DB>, id: string) {
    return db
      .selectFrom('trajectories as t')
      .leftJoin('trajectory_mentors as m', (join) =>
        join.onRef('m.trajectory_id', '=', 't.id').on('m.ended_at', 'is', null),
      )
      .select([
        't.id',
        't.participant_id',
        't.lead_organisation_id',
        't.employer_id',
        't.status',
        't.version',
        'm.user_id as mentor_user_id',
      ])
      .where('t.id', '=', id)
      .executeTakeFirst();
  },

  async findMany(db: Kysely<DB>, f: TrajectoryFilter) {
    let q = baseQuery(db).where((eb) => inScope(eb, 't.lead_organisation_id', f.scope));
    if (f.status) {
      q = q.where('t.status', '=', f.status);
    }
    if (f.typeId) {
      q = q.where('t.type_id', '=', f.typeId);
    }
    if (f.coachUserId) {
      q = q.where('t.coach_user_id', '=', f.coachUserId);
    }
    if (f.organisationId) {
      q = q.where('t.lead_organisation_id', '=', f.organisationId);
    }
    if (f.participantId) {
      q = q.where('t.participant_id', '=', f.participantId);
    }
    if (f.isOverdue !== undefined) {
      // Overdue: open, with a phase past its term and not ended.
      q = q.where((eb) => {
        const overdue = eb.and([
          eb('t.status', '=', 'open'),
          eb.exists(
            eb
              .selectFrom('trajectory_phases as ph')
              .select('ph.id')
              .whereRef('ph.trajectory_id', '=', 't.id')
              .where('ph.actual_end_on', 'is', null)
              .where('ph.planned_end_on', '<', f.today),
          ),
        ]);
        return f.isOverdue ? overdue : eb.not(overdue);
      });
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('t.status', 'desc')
        .orderBy('t.started_on', 'desc')
        .orderBy('t.id')
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

  findOpenForParticipant(db: Kysely<DB>, participantId: string) {
    return db
      .selectFrom('trajectories')
      .select('id')
      .where('participant_id', '=', participantId)
      .where('status', '=', 'open')
      .executeTakeFirst();
  },

  findForProposal(db: Kysely<DB>, proposalId: string) {
    return db
      .selectFrom('trajectories')
      .select('id')
      .where('proposal_id', '=', proposalId)
      .executeTakeFirst();
  },

  /** The referral that brought the participant to the lead organisation: the started one, else the latest. */
  findReferral(db: Kysely<DB>, participantId: string, organisationId: string) {
    return db
      .selectFrom('referrals')
      .select('id')
      .where('participant_id', '=', participantId)
      .where('status', '<>', 'withdrawn')
      .orderBy(sql`(status = 'started' and target_organisation_id = ${organisationId})`, 'desc')
      .orderBy('referred_on', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  insert(db: Kysely<DB>, values: Insertable<TrajectoriesTable>) {
    return db.insertInto('trajectories').values(values).returning('id').executeTakeFirstOrThrow();
  },

  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Updateable<TrajectoriesTable>,
  ) {
    return db
      .updateTable('trajectories')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  // Phases

  findPhases(db: Kysely<DB>, trajectoryIds: string[]) {
    if (trajectoryIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('trajectory_phases')
      .select([
        'id',
        'trajectory_id',
        'key',
        'sort_order',
        'name_nl',
        'name_en',
        'planned_start_on',
        'planned_end_on',
        'actual_start_on',
        'actual_end_on',
        'version',
      ])
      .where('trajectory_id', 'in', trajectoryIds)
      .orderBy('trajectory_id')
      .orderBy('sort_order')
      .execute();
  },

  findExtensions(db: Kysely<DB>, phaseIds: string[]) {
    if (phaseIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('trajectory_phase_extensions as x')
      .innerJoin('users as u', 'u.id', 'x.extended_by')
      .select([
        'x.phase_id',
        'x.from_end_on',
        'x.to_end_on',
        'x.reason',
        'u.display_name as by_name',
        'x.extended_at',
      ])
      .where('x.phase_id', 'in', phaseIds)
      .orderBy('x.extended_at')
      .execute();
  },

  async insertPhases(
    db: Kysely<DB>,
    trajectoryId: string,
    phases: Omit<Insertable<TrajectoryPhasesTable>, 'trajectory_id'>[],
  ) {
    await db
      .insertInto('trajectory_phases')
      .values(phases.map((p) => ({ ...p, trajectory_id: trajectoryId })))
      .execute();
  },

  updatePhaseVersioned(
    db: Kysely<DB>,
    phaseId: string,
    expectedVersion: number,
    values: Updateable<TrajectoryPhasesTable>,
  ) {
    return db
      .updateTable('trajectory_phases')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', phaseId)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  async insertExtension(
    db: Kysely<DB>,
    values: {
      phase_id: string;
      from_end_on: string | null;
      to_end_on: string;
      reason: string;
      extended_by: string;
    },
  ) {
    await db.insertInto('trajectory_phase_extensions').values(values).execute();
  },

  /** At closure, phases still running end on the closing date (never before they started). */
  async endRunningPhases(db: Kysely<DB>, trajectoryId: string, closedOn: string) {
    await db
      .updateTable('trajectory_phases')
      .set((eb) => ({ actual_end_on: closedOn, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('trajectory_id', '=', trajectoryId)
      .where('actual_start_on', 'is not', null)
      .where('actual_start_on', '<=', closedOn)
      .where('actual_end_on', 'is', null)
      .execute();
  },

  // Mentor

  findMentor(db: Kysely<DB>, trajectoryId: string) {
    return db
      .selectFrom('trajectory_mentors as m')
      .innerJoin('employer_contact_persons as cp', 'cp.id', 'm.contact_person_id')
      .leftJoin('users as u', 'u.id', 'm.user_id')
      .select([
        'm.id',
        'm.contact_person_id',
        'cp.first_name',
        'cp.last_name',
        'cp.job_title',
        'cp.email',
        'cp.phone',
        'm.user_id',
        'u.display_name as user_name',
        'm.assigned_at',
      ])
      .where('m.trajectory_id', '=', trajectoryId)
      .where('m.ended_at', 'is', null)
      .executeTakeFirst();
  },

  async endMentor(db: Kysely<DB>, trajectoryId: string) {
    await db
      .updateTable('trajectory_mentors')
      .set({ ended_at: sql<Date>`now()` })
      .where('trajectory_id', '=', trajectoryId)
      .where('ended_at', 'is', null)
      .execute();
  },

  async insertMentor(
    db: Kysely<DB>,
    values: { trajectory_id: string; contact_person_id: string; user_id: string | null; assigned_by: string },
  ) {
    await db.insertInto('trajectory_mentors').values(values).execute();
  },

  async isMentorLogin(db: Kysely<DB>, userId: string, employerId: string) {
    const row = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('r.id')
      .where('r.user_id', '=', userId)
      .where('r.role', '=', 'mentor')
      .where('r.employer_id', '=', employerId)
      .where('u.is_active', '=', true)
      .executeTakeFirst();
    return !!row;
  },

  // Corrections

  findCorrections(db: Kysely<DB>, trajectoryId: string) {
    return db
      .selectFrom('trajectory_corrections as k')
      .innerJoin('users as u', 'u.id', 'k.corrected_by')
      .select([
        'k.id',
        'k.field',
        'k.old_value',
        'k.new_value',
        'k.reason',
        'u.display_name as by_name',
        'k.corrected_at',
      ])
      .where('k.trajectory_id', '=', trajectoryId)
      .orderBy('k.corrected_at')
      .orderBy('k.field')
      .execute();
  },

  async insertCorrections(db: Kysely<DB>, rows: Insertable<TrajectoryCorrectionsTable>[]) {
    if (rows.length) {
      await db.insertInto('trajectory_corrections').values(rows).execute();
    }
  },

  // Aftercare

  findAftercare(db: Kysely<DB>, trajectoryId: string) {
    return db
      .selectFrom('aftercare_contacts as a')
      .leftJoin('users as u', 'u.id', 'a.recorded_by')
      .select([
        'a.id',
        'a.months_after',
        'a.due_on',
        'a.contacted_on',
        'a.is_still_employed',
        'a.how_it_goes',
        'a.how_it_goes_text',
        'a.employment_ended_on',
        'a.support_needed',
        'u.display_name as recorded_by_name',
        'a.version',
      ])
      .where('a.trajectory_id', '=', trajectoryId)
      .orderBy('a.months_after')
      .execute();
  },

  /** A new placement reschedules the contacts not yet held; those held stay as they were. */
  async scheduleAftercare(
    db: Kysely<DB>,
    trajectoryId: string,
    schedule: { months_after: number; due_on: string }[],
  ) {
    await db
      .deleteFrom('aftercare_contacts')
      .where('trajectory_id', '=', trajectoryId)
      .where('contacted_on', 'is', null)
      .execute();
    if (schedule.length) {
      await db
        .insertInto('aftercare_contacts')
        .values(schedule.map((s) => ({ ...s, trajectory_id: trajectoryId })))
        .onConflict((oc) => oc.columns(['trajectory_id', 'months_after']).doNothing())
        .execute();
    }
  },

  updateAftercareVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Updateable<AftercareContactsTable>,
  ) {
    return db
      .updateTable('aftercare_contacts')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },
};
