import { type Kysely, sql, type Updateable } from 'kysely';
import type {
  DB,
  EvaluationScheduleRulesTable,
  EvaluationStatus,
  EvaluationsTable,
  Measure,
} from '../../db/schema';
import { inScope } from '../../lib/scope';

const OPEN_STATUSES: EvaluationStatus[] = ['planned', 'in_preparation', 'discussed', 'awaiting_sign_off'];

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('participants as p', 'p.id', 'e.participant_id')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .innerJoin('evaluation_templates as tpl', 'tpl.id', 'e.template_id')
    .leftJoin('users as c', 'c.id', 'e.coach_user_id')
    .leftJoin('users as pb', 'pb.id', 'e.proposed_by')
    .leftJoin('users as sb', 'sb.id', 'e.signed_off_by')
    .leftJoin('trajectory_phases as ph', 'ph.id', 'e.phase_id')
    .selectAll('e')
    .select([
      'p.first_name',
      'p.last_name',
      'o.name as organisation_name',
      'c.display_name as coach_name',
      'pb.display_name as proposed_by_name',
      'sb.display_name as signed_off_by_name',
      'tpl.version as template_version',
      'ph.name_nl as phase_name_nl',
      'ph.name_en as phase_name_en',
    ]);
}

export type EvaluationRecord = NonNullable<Awaited<ReturnType<typeof evaluationsRepository.findById>>>;

export interface EvaluationFilter {
  scope: string[] | null;
  coachUserId?: string;
  organisationId?: string;
  participantId?: string;
  state: 'open' | 'due' | 'overdue' | 'in_progress' | 'awaiting_sign_off' | 'decided' | 'all';
  today: string;
  page: number;
  pageSize: number;
}

export const evaluationsRepository = {
  // ── Templates ────────────────────────────────────────────────────────────────────────────────────────────────
  findTemplates(db: Kysely<DB>) {
    return db
      .selectFrom('evaluation_templates as t')
      .leftJoin('users as u', 'u.id', 't.published_by')
      .select((eb) => [
        't.id',
        't.version',
        't.name_nl',
        't.name_en',
        't.note',
        't.published_at',
        't.published_by',
        'u.display_name as published_by_name',
        eb
          .selectFrom('evaluations as e')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('e.template_id', '=', 't.id')
          .as('evaluations'),
      ])
      .orderBy('t.version', 'desc')
      .execute();
  },

  findTemplate(db: Kysely<DB>, id: string) {
    return db.selectFrom('evaluation_templates').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findCurrentTemplate(db: Kysely<DB>) {
    return db
      .selectFrom('evaluation_templates')
      .selectAll()
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  async insertTemplate(
    db: Kysely<DB>,
    t: {
      version: number;
      nameNl: string;
      nameEn: string;
      note: string | null;
      definition: unknown;
      by: string | null;
    },
  ) {
    return db
      .insertInto('evaluation_templates')
      .values({
        version: t.version,
        name_nl: t.nameNl,
        name_en: t.nameEn,
        note: t.note,
        definition: JSON.stringify(t.definition),
        published_by: t.by,
      })
      .onConflict((oc) => oc.column('version').doNothing())
      .returning('id')
      .executeTakeFirst();
  },

  // ── Schedule rules ───────────────────────────────────────────────────────────────────────────────────────────
  findScheduleRules(db: Kysely<DB>) {
    return db.selectFrom('evaluation_schedule_rules').selectAll().orderBy('measure').execute();
  },

  async updateScheduleRule(
    db: Kysely<DB>,
    measure: Measure,
    version: number,
    values: Updateable<EvaluationScheduleRulesTable>,
  ) {
    const res = await db
      .updateTable('evaluation_schedule_rules')
      .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
      .where('measure', '=', measure)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  /** Participants on a measure with a schedule rule, still in the flow, with what the schedule needs to know. */
  async findScheduleCandidates(db: Kysely<DB>, measures: Measure[]) {
    if (measures.length === 0) {
      return { participants: [], decisions: [], phases: [] };
    }
    const participants = await db
      .selectFrom('participants as p')
      .select((eb) => [
        'p.id',
        'p.organisation_id',
        'p.coach_user_id',
        'p.current_measure',
        sql<string>`(p.created_at at time zone 'Europe/Brussels')::date::text`.as('registered_on'),
        eb
          .exists(
            eb
              .selectFrom('evaluations as e')
              .select('e.id')
              .whereRef('e.participant_id', '=', 'p.id')
              .where('e.status', 'in', OPEN_STATUSES),
          )
          .as('has_open'),
      ])
      .where('p.current_measure', 'in', measures)
      .where('p.status', 'not in', ['closed', 'merged'])
      .where('p.organisation_id', 'is not', null)
      .execute();
    const ids = participants.map((p) => p.id);
    if (ids.length === 0) {
      return { participants, decisions: [], phases: [] };
    }
    const [decisions, phases] = await Promise.all([
      db
        .selectFrom('evaluations')
        .select(['participant_id', 'decided_on', 're_evaluate_on'])
        .where('participant_id', 'in', ids)
        .where('status', '=', 'decided')
        .orderBy('decided_on', 'desc')
        .execute(),
      db
        .selectFrom('trajectories as t')
        .innerJoin('trajectory_phases as ph', 'ph.trajectory_id', 't.id')
        .select((eb) => [
          't.participant_id',
          't.id as trajectory_id',
          'ph.id as phase_id',
          sql<string | null>`coalesce(ph.actual_end_on, ph.planned_end_on)`.as('end_on'),
          eb
            .exists(
              eb
                .selectFrom('evaluations as e')
                .select('e.id')
                .whereRef('e.phase_id', '=', 'ph.id')
                .where('e.status', '<>', 'cancelled'),
            )
            .as('is_evaluated'),
        ])
        .where('t.participant_id', 'in', ids)
        .where('t.status', '=', 'open')
        .execute(),
    ]);
    return { participants, decisions, phases };
  },

  // ── Evaluations ──────────────────────────────────────────────────────────────────────────────────────────────
  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db).where('e.id', '=', id).executeTakeFirst();
  },

  findFacts(db: Kysely<DB>, id: string) {
    return db
      .selectFrom('evaluations')
      .select([
        'id',
        'participant_id',
        'organisation_id',
        'coach_user_id',
        'status',
        'version',
        'proposed_by',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async findMany(db: Kysely<DB>, f: EvaluationFilter) {
    let q = baseQuery(db).where((eb) => inScope(eb, 'e.organisation_id', f.scope));
    if (f.coachUserId) {
      q = q.where('e.coach_user_id', '=', f.coachUserId);
    }
    if (f.organisationId) {
      q = q.where('e.organisation_id', '=', f.organisationId);
    }
    if (f.participantId) {
      q = q.where('e.participant_id', '=', f.participantId);
    }
    switch (f.state) {
      case 'open':
        q = q.where('e.status', 'in', OPEN_STATUSES);
        break;
      case 'due':
        q = q.where('e.status', '=', 'planned').where('e.due_on', '>=', f.today);
        break;
      case 'overdue':
        q = q.where('e.status', 'in', OPEN_STATUSES).where('e.due_on', '<', f.today);
        break;
      case 'in_progress':
        q = q.where('e.status', 'in', ['in_preparation', 'discussed']);
        break;
      case 'awaiting_sign_off':
        q = q.where('e.status', '=', 'awaiting_sign_off');
        break;
      case 'decided':
        q = q.where('e.status', '=', 'decided');
        break;
      case 'all':
        break;
    }
    const total = await q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const rows = await q
      .orderBy(f.state === 'decided' ? 'e.decided_on' : 'e.due_on', f.state === 'decided' ? 'desc' : 'asc')
      .orderBy('e.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    return { rows, total: total.n };
  },

  findForParticipant(db: Kysely<DB>, participantId: string) {
    return baseQuery(db)
      .where('e.participant_id', '=', participantId)
      .where('e.status', '<>', 'cancelled')
      .orderBy('e.due_on', 'desc')
      .execute();
  },

  insertEvaluation(
    db: Kysely<DB>,
    v: {
      participantId: string;
      organisationId: string;
      coachUserId: string | null;
      templateId: string;
      measure: Measure;
      reason: EvaluationsTable['reason'];
      trajectoryId: string | null;
      phaseId: string | null;
      dueOn: string;
      createdBy: string | null;
    },
  ) {
    return db
      .insertInto('evaluations')
      .values({
        participant_id: v.participantId,
        organisation_id: v.organisationId,
        coach_user_id: v.coachUserId,
        template_id: v.templateId,
        measure: v.measure,
        reason: v.reason,
        trajectory_id: v.trajectoryId,
        phase_id: v.phaseId,
        due_on: v.dueOn,
        created_by: v.createdBy,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
  },

  async updateVersioned(db: Kysely<DB>, id: string, version: number, values: Updateable<EvaluationsTable>) {
    const res = await db
      .updateTable('evaluations')
      .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  findScores(db: Kysely<DB>, evaluationId: string) {
    return db
      .selectFrom('evaluation_scores as s')
      .innerJoin('users as u', 'u.id', 's.updated_by')
      .selectAll('s')
      .select('u.display_name as updated_by_name')
      .where('s.evaluation_id', '=', evaluationId)
      .execute();
  },

  async upsertScores(
    db: Kysely<DB>,
    evaluationId: string,
    by: string,
    scores: { criterion: string; score: number; evidenceKinds: string[]; evidence: string | null }[],
  ) {
    await db
      .insertInto('evaluation_scores')
      .values(
        scores.map((s) => ({
          evaluation_id: evaluationId,
          criterion_key: s.criterion,
          score: s.score,
          evidence_kinds: s.evidenceKinds,
          evidence: s.evidence,
          updated_by: by,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['evaluation_id', 'criterion_key']).doUpdateSet((eb) => ({
          score: eb.ref('excluded.score'),
          evidence_kinds: eb.ref('excluded.evidence_kinds'),
          evidence: eb.ref('excluded.evidence'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: new Date(),
        })),
      )
      .execute();
  },

  findView(db: Kysely<DB>, evaluationId: string) {
    return db
      .selectFrom('evaluation_participant_views as v')
      .innerJoin('users as u', 'u.id', 'v.entered_by')
      .selectAll('v')
      .select('u.display_name as entered_by_name')
      .where('v.evaluation_id', '=', evaluationId)
      .executeTakeFirst();
  },

  findViews(db: Kysely<DB>, evaluationIds: string[]) {
    if (evaluationIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('evaluation_participant_views as v')
      .innerJoin('users as u', 'u.id', 'v.entered_by')
      .selectAll('v')
      .select('u.display_name as entered_by_name')
      .where('v.evaluation_id', 'in', evaluationIds)
      .execute();
  },

  insertView(
    db: Kysely<DB>,
    v: {
      evaluationId: string;
      feeling: number;
      goingWell: string | null;
      difficult: string | null;
      wish: 'stay' | 'regular_job' | 'other_work' | 'not_sure';
      supportWanted: string | null;
      otherRemarks: string | null;
      enteredBy: string;
      onBehalf: boolean;
    },
  ) {
    return db
      .insertInto('evaluation_participant_views')
      .values({
        evaluation_id: v.evaluationId,
        feeling: v.feeling,
        going_well: v.goingWell,
        difficult: v.difficult,
        wish: v.wish,
        support_wanted: v.supportWanted,
        other_remarks: v.otherRemarks,
        entered_by: v.enteredBy,
        entered_on_behalf: v.onBehalf,
      })
      .onConflict((oc) => oc.column('evaluation_id').doNothing())
      .returning('evaluation_id')
      .executeTakeFirst();
  },

  async updateView(
    db: Kysely<DB>,
    evaluationId: string,
    version: number,
    v: {
      feeling: number;
      goingWell: string | null;
      difficult: string | null;
      wish: 'stay' | 'regular_job' | 'other_work' | 'not_sure';
      supportWanted: string | null;
      otherRemarks: string | null;
      enteredBy: string;
      onBehalf: boolean;
    },
  ) {
    const res = await db
      .updateTable('evaluation_participant_views')
      .set({
        feeling: v.feeling,
        going_well: v.goingWell,
        difficult: v.difficult,
        wish: v.wish,
        support_wanted: v.supportWanted,
        other_remarks: v.otherRemarks,
        entered_by: v.enteredBy,
        entered_on_behalf: v.onBehalf,
        entered_at: new Date(),
        version: sql`version + 1`,
      })
      .where('evaluation_id', '=', evaluationId)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  /** The participant's trajectories (newest first) with their phases, read-only, for beside an evaluation. */
  async findTrajectoryHistory(db: Kysely<DB>, participantId: string) {
    const trajectories = await db
      .selectFrom('trajectories as t')
      .innerJoin('trajectory_types as ty', 'ty.id', 't.type_id')
      .innerJoin('organisations as o', 'o.id', 't.lead_organisation_id')
      .select([
        't.id',
        'ty.name_nl as type_nl',
        'ty.name_en as type_en',
        'o.name as organisation_name',
        't.status',
        't.started_on',
        't.closed_on',
        't.outcome_kind',
      ])
      .where('t.participant_id', '=', participantId)
      .orderBy('t.started_on', 'desc')
      .execute();
    const phases = trajectories.length
      ? await db
          .selectFrom('trajectory_phases')
          .select([
            'trajectory_id',
            'name_nl',
            'name_en',
            'actual_start_on',
            'actual_end_on',
            'planned_end_on',
            'sort_order',
          ])
          .where(
            'trajectory_id',
            'in',
            trajectories.map((t) => t.id),
          )
          .orderBy('sort_order')
          .execute()
      : [];
    return { trajectories, phases };
  },

  /** Decided evaluations in a period with their scores, for the consistency report. */
  async findDecided(db: Kysely<DB>, from: string, to: string) {
    const rows = await db
      .selectFrom('evaluations as e')
      .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
      .leftJoin('users as u', 'u.id', 'e.proposed_by')
      .select([
        'e.id',
        'e.organisation_id',
        'o.name as organisation_name',
        'e.proposed_by',
        'u.display_name as proposed_by_name',
        'e.outcome',
        'e.proposed_outcome',
        'e.due_on',
        'e.decided_on',
      ])
      .where('e.status', '=', 'decided')
      .where('e.decided_on', '>=', from)
      .where('e.decided_on', '<=', to)
      .execute();
    const scores = rows.length
      ? await db
          .selectFrom('evaluation_scores')
          .select(['evaluation_id', 'criterion_key', 'score'])
          .where(
            'evaluation_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute()
      : [];
    return { rows, scores };
  },
};
