import { employerIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { presentAction } from '../action-plans/action-plans.presenter';
import { actionPlansRepository } from '../action-plans/action-plans.repository';
import { WORKFLOOR_ASSIGNEES } from '../action-plans/action-plans.service';
import { recordAudit } from '../audit/audit.service';
import { evaluationFrom } from '../internships/internships.policy';
import { isFullyApproved } from '../internships/internships.presenter';
import { internshipsRepository } from '../internships/internships.repository';
import { trajectoriesRepository } from '../trajectories/trajectories.repository';
import { loadTrajectoryAccess, today } from '../trajectories/trajectories.service';
import type { WorkfloorViewDto } from './workfloor.schemas';

/**
 * The participants a mentor login guides: open trajectories where it is the current mentor, at an employer it
 * holds the mentor role for. Nothing else of the network.
 */
export async function findWorkfloor(ctx: RequestContext) {
  const employers = employerIdsWith(ctx.actor, ['mentor']);
  if (employers.length === 0) {
    return { items: [] };
  }
  const day = today();
  const rows = await ctx.db
    .selectFrom('trajectory_mentors as m')
    .innerJoin('trajectories as t', 't.id', 'm.trajectory_id')
    .innerJoin('participants as p', 'p.id', 't.participant_id')
    .innerJoin('employers as e', 'e.id', 't.employer_id')
    .leftJoin('employer_sites as s', 's.id', 't.site_id')
    .select((eb) => [
      't.id',
      'p.first_name',
      'p.last_name',
      'e.id as employer_id',
      'e.name as employer_name',
      's.id as site_id',
      's.name as site_name',
      't.placed_on',
      eb
        .selectFrom('trajectory_internships as i')
        .select((c) => c.fn.max('i.ends_on').as('x'))
        .whereRef('i.trajectory_id', '=', 't.id')
        .as('internship_ends_on'),
      eb
        .selectFrom('trajectory_internships as i')
        .leftJoin('internship_evaluations as v', 'v.internship_id', 'i.id')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('i.trajectory_id', '=', 't.id')
        .where('v.internship_id', 'is', null)
        .where('i.ends_on', '<=', eb.val(addDays(day, 7)))
        .as('evaluations_due'),
    ])
    .where('m.user_id', '=', ctx.actor.userId)
    .where('m.ended_at', 'is', null)
    .where('t.employer_id', 'in', employers)
    .where('t.status', '=', 'open')
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
  return {
    items: rows.map((r) => ({
      trajectoryId: r.id,
      participant: { firstName: r.first_name, lastName: r.last_name },
      employer: { id: r.employer_id, name: r.employer_name },
      site: r.site_id ? { id: r.site_id, name: r.site_name ?? '' } : null,
      placedOn: r.placed_on,
      internshipEndsOn: (r.internship_ends_on as string | null) ?? null,
      evaluationDue: Number(r.evaluations_due ?? 0) > 0,
    })),
  };
}

const addDays = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};

/**
 * One participant's work-floor view for their mentor: where and what they work, the coach to call, the current
 * phases, the internship (dates, schedule, learning goals, whether to evaluate), the plan's actions for the work
 * floor and the sessions the mentor logged. No health data, no indication, no coach's notes. Audited.
 */
export async function getWorkfloor(ctx: RequestContext, trajectoryId: string): Promise<WorkfloorViewDto> {
  const access = await loadTrajectoryAccess(ctx, trajectoryId, ['mentor'], 'workfloor.read');
  const day = today();
  const [row, phases, internships, actions, sessions] = await Promise.all([
    trajectoriesRepository.findById(ctx.db, trajectoryId),
    trajectoriesRepository.findPhases(ctx.db, [trajectoryId]),
    internshipsRepository.findForTrajectory(ctx.db, trajectoryId),
    actionPlansRepository.findActions(ctx.db, [trajectoryId]),
    ctx.db
      .selectFrom('coaching_sessions')
      .select(['id', 'session_on', 'duration_minutes', 'location', 'notes'])
      .where('trajectory_id', '=', trajectoryId)
      .where('author_user_id', '=', ctx.actor.userId)
      .where('by_role', '=', 'mentor')
      .orderBy('session_on', 'desc')
      .execute(),
  ]);
  const t = row!;
  const coach = t.coach_user_id
    ? await ctx.db
        .selectFrom('users')
        .select(['display_name', 'email'])
        .where('id', '=', t.coach_user_id)
        .executeTakeFirst()
    : undefined;
  const internship = internships[0];
  const [approvals, evaluations] = internship
    ? await Promise.all([
        internshipsRepository.findApprovals(ctx.db, [internship.id]),
        internshipsRepository.findEvaluations(ctx.db, [internship.id]),
      ])
    : [[], []];
  await recordAudit(ctx.db, ctx, {
    action: 'workfloor.read',
    entityType: 'trajectory',
    entityId: trajectoryId,
    participantId: access.participantId,
  });
  const nl = ctx.locale === 'nl-BE';
  return {
    trajectoryId,
    participant: { firstName: t.first_name, lastName: t.last_name },
    type: nl ? t.type_name_nl : t.type_name_en,
    employer: { id: t.employer_id!, name: t.employer_name ?? '' },
    site: t.site_id ? { id: t.site_id, name: t.site_name ?? '' } : null,
    job: t.job_id ? { id: t.job_id, title: t.job_title ?? '' } : null,
    placedOn: t.placed_on,
    coach: coach
      ? { name: coach.display_name, email: coach.email, organisation: t.lead_organisation_name }
      : null,
    currentPhases: phases
      .filter((p) => p.actual_start_on && !p.actual_end_on)
      .map((p) => ({ key: p.key, name: nl ? p.name_nl : p.name_en, plannedEndOn: p.planned_end_on })),
    internship: internship
      ? {
          id: internship.id,
          startsOn: internship.starts_on,
          endsOn: internship.ends_on,
          weeklySchedule: internship.weekly_schedule as NonNullable<
            WorkfloorViewDto['internship']
          >['weeklySchedule'],
          learningGoals: internship.learning_goals,
          isApproved: isFullyApproved(approvals),
          evaluationFrom: evaluationFrom(internship.ends_on),
          isEvaluated: evaluations.length > 0,
        }
      : null,
    actions: actions
      .filter((a) => (WORKFLOOR_ASSIGNEES as readonly string[]).includes(a.assignee))
      .map((a) => presentAction(a, day)),
    mySessions: sessions.map((s) => ({
      id: s.id,
      sessionOn: s.session_on,
      durationMinutes: s.duration_minutes,
      location: s.location,
      notes: s.notes,
    })),
  };
}
