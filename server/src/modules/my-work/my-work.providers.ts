import { sql } from 'kysely';
import {
  employerIdsWith,
  hasAnyRole,
  isNetworkAdmin,
  organisationIdsWith,
  ownParticipantIds,
} from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { addToDate, brusselsDate } from '../../lib/dates';
import { approachesRepository } from '../approaches/approaches.repository';
import { contactsRepository } from '../contacts/contacts.repository';
import { DESK_ROLES } from '../employers/employers.policy';
import { evaluationsMyWork } from '../evaluations/evaluations.my-work';
import { EDIT_ROLES } from '../participants/participants.policy';
import { INACTIVE_AFTER_DAYS } from '../participants/participants.repository';
import { referralFollowUpSettings } from '../referrals/referrals.settings';
import type { MyWorkItem } from './my-work.schemas';

/**
 * A provider contributes one section to a user's start page, or null when it does not apply to them. Modules add
 * theirs to MY_WORK_PROVIDERS below (an explicit list, no registration by import side effect).
 */
export interface MyWorkProvider {
  section: string;
  load(ctx: RequestContext): Promise<MyWorkItem[] | null>;
}

const item = (
  key: string,
  count: number | null,
  href: string | null,
  severity: MyWorkItem['severity'] = 'info',
  params = {},
) => ({
  key,
  count,
  href,
  severity,
  params,
});

const caseload: MyWorkProvider = {
  section: 'caseload',
  async load(ctx) {
    const orgs = organisationIdsWith(ctx.actor, ['coach', 'org_admin']);
    if (!hasAnyRole(ctx.actor, ['coach']) || orgs.length === 0) {
      return null;
    }
    const inactiveSince = sql<Date>`${brusselsDate(new Date())}::date - ${INACTIVE_AFTER_DAYS}::int`;
    const row = await ctx.db
      .selectFrom('participants')
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere('coach_user_id', '=', ctx.actor.userId).as('mine'),
        eb.fn.countAll<number>().filterWhere('coach_user_id', 'is', null).as('without_coach'),
        eb.fn
          .countAll<number>()
          .filterWhere((f) =>
            f.and([
              f('status', 'not in', ['closed', 'employed']),
              f.or([f('coach_user_id', 'is', null), f('last_activity_at', '<', inactiveSince)]),
            ]),
          )
          .as('lost'),
      ])
      .where('organisation_id', 'in', orgs)
      .where('status', '<>', 'merged')
      .executeTakeFirstOrThrow();
    return [
      item('myParticipants', row.mine, '/participants?coach=me'),
      item(
        'participantsWithoutCoach',
        row.without_coach,
        '/participants?coach=none',
        row.without_coach > 0 ? 'warning' : 'info',
      ),
      // The "no one gets lost" list (the same rule as the list it links to): people still in the flow without a
      // coach, or without any activity for 90 days.
      item(
        'participantsNeedingAttention',
        row.lost,
        '/participants?needsAttention=lost',
        row.lost > 0 ? 'warning' : 'info',
        { days: INACTIVE_AFTER_DAYS },
      ),
    ];
  },
};

/**
 * Referrals for the organisations the user acts for on referrals: what waits in the inbox (and how much of it
 * has waited past the reminder age without a first contact), and what the organisation sent that is still open.
 */
const referrals: MyWorkProvider = {
  section: 'referrals',
  async load(ctx) {
    const orgs = organisationIdsWith(ctx.actor, EDIT_ROLES);
    if (orgs.length === 0) {
      return null;
    }
    const { reminderDays } = referralFollowUpSettings();
    const overdueBefore = addToDate(brusselsDate(new Date()), { days: -reminderDays });
    const [inbox, outbox] = await Promise.all([
      ctx.db
        .selectFrom('referrals')
        .select((eb) => [
          eb.fn.countAll<number>().as('open'),
          eb.fn
            .countAll<number>()
            .filterWhere((f) => f.and([f('status', '=', 'pending'), f('referred_on', '<', overdueBefore)]))
            .as('overdue'),
        ])
        .where('target_organisation_id', 'in', orgs)
        .where('status', 'in', ['pending', 'in_contact'])
        .executeTakeFirstOrThrow(),
      ctx.db
        .selectFrom('referrals')
        .select((eb) => eb.fn.countAll<number>().as('open'))
        .where('referrer_organisation_id', 'in', orgs)
        .where('status', 'in', ['pending', 'in_contact'])
        .executeTakeFirstOrThrow(),
    ]);
    return [
      item('referralsInboxOpen', inbox.open, '/referrals?box=inbox&status=open'),
      item(
        'referralsInboxOverdue',
        inbox.overdue,
        '/referrals?box=inbox&status=pending&sort=oldest',
        inbox.overdue > 0 ? 'danger' : 'info',
        { days: reminderDays },
      ),
      item('referralsOutboxOpen', outbox.open, '/referrals?box=outbox&status=open'),
    ];
  },
};

const organisationAdmin: MyWorkProvider = {
  section: 'organisationAdmin',
  async load(ctx) {
    const orgs = organisationIdsWith(ctx.actor, ['org_admin']);
    if (orgs.length === 0 || isNetworkAdmin(ctx.actor)) {
      return null;
    }
    const row = await ctx.db
      .selectFrom('users')
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere('is_active', '=', true).as('active'),
        eb.fn.countAll<number>().filterWhere('locked_until', '>', sql<Date>`now()`).as('locked'),
        eb.fn.countAll<number>().filterWhere('must_change_password', '=', true).as('pending'),
      ])
      .where('organisation_id', 'in', orgs)
      .executeTakeFirstOrThrow();
    return [
      item('activeUsers', row.active, '/users'),
      item('lockedUsers', row.locked, '/users?locked=true', row.locked > 0 ? 'danger' : 'info'),
      item('usersPendingFirstLogin', row.pending, '/users', 'info'),
    ];
  },
};

const networkAdmin: MyWorkProvider = {
  section: 'network',
  async load(ctx) {
    if (!isNetworkAdmin(ctx.actor)) {
      return null;
    }
    const [orgs, users, denied] = await Promise.all([
      ctx.db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('is_active', '=', true)
        .executeTakeFirstOrThrow(),
      ctx.db
        .selectFrom('users')
        .select((eb) => [
          eb.fn.countAll<number>().filterWhere('is_active', '=', true).as('active'),
          eb.fn.countAll<number>().filterWhere('locked_until', '>', sql<Date>`now()`).as('locked'),
        ])
        .executeTakeFirstOrThrow(),
      ctx.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('outcome', '=', 'denied')
        .where('occurred_at', '>', sql<Date>`now() - interval '7 days'`)
        .executeTakeFirstOrThrow(),
    ]);
    return [
      item('activeOrganisations', orgs.n, '/organisations'),
      item('activeUsers', users.active, '/users'),
      item('lockedUsers', users.locked, '/users?locked=true', users.locked > 0 ? 'danger' : 'info'),
      item('deniedAccessLastWeek', denied.n, '/audit?outcome=denied', denied.n > 0 ? 'warning' : 'info'),
    ];
  },
};

/**
 * The employer desk of an account manager (or org admin): the employers they hold the account of, approach
 * requests waiting for their organisation's decision, and the next steps of their contacts due this week.
 */
const employerDesk: MyWorkProvider = {
  section: 'employerDesk',
  async load(ctx) {
    if (!hasAnyRole(ctx.actor, ['account_manager'])) {
      return null;
    }
    const today = brusselsDate(new Date());
    const [register, mine, toDecide, nextSteps] = await Promise.all([
      ctx.db
        .selectFrom('employers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      ctx.db
        .selectFrom('employers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('owner_user_id', '=', ctx.actor.userId)
        .executeTakeFirstOrThrow(),
      approachesRepository.countPendingForOwners(ctx.db, organisationIdsWith(ctx.actor, DESK_ROLES)),
      contactsRepository.countNextStepsDue(ctx.db, ctx.actor.userId, today, addToDate(today, { days: 7 })),
    ]);
    return [
      item('myEmployers', mine.n, '/employers?mine=true'),
      item(
        'approachRequestsToDecide',
        toDecide,
        '/approach-requests?box=incoming&status=pending',
        toDecide > 0 ? 'warning' : 'info',
      ),
      item('nextStepsThisWeek', nextSteps, null),
      item('employersInRegister', register.n, '/employers'),
    ];
  },
};

/**
 * The employer of an employer contact (or mentor), and for an employer contact the internship sheets of its
 * internship places that wait for their acceptance (new, or changed since they accepted).
 */
const ownEmployer: MyWorkProvider = {
  section: 'ownEmployer',
  async load(ctx) {
    const ids = employerIdsWith(ctx.actor, ['employer_contact', 'mentor']);
    if (ids.length === 0) {
      return null;
    }
    const contactOf = new Set(employerIdsWith(ctx.actor, ['employer_contact']));
    const rows = await ctx.db
      .selectFrom('employers as e')
      .select((eb) => [
        'e.id',
        'e.name',
        eb
          .selectFrom('internship_sheets as s')
          .innerJoin('jobs as j', 'j.id', 's.job_id')
          .select((c) => c.fn.countAll<number>().as('n'))
          .whereRef('j.employer_id', '=', 'e.id')
          .where('j.kind', '=', 'internship_place')
          .where('s.accepted_at', 'is', null)
          .as('sheets_to_accept'),
      ])
      .where('e.id', 'in', ids)
      .orderBy('e.name')
      .execute();
    return rows.flatMap((r) => {
      const toAccept = Number(r.sheets_to_accept ?? 0);
      return [
        item('employer', null, `/employers/${r.id}`, 'info', { name: r.name }),
        ...(contactOf.has(r.id)
          ? [
              item(
                'internshipSheetsToAccept',
                toAccept,
                `/employers/${r.id}?tab=internships`,
                toAccept > 0 ? 'warning' : 'info',
              ),
            ]
          : []),
      ];
    });
  },
};

const ownRecord: MyWorkProvider = {
  section: 'ownRecord',
  async load(ctx) {
    const ids = ownParticipantIds(ctx.actor);
    if (ids.length === 0) {
      return null;
    }
    const rows = await ctx.db
      .selectFrom('participants as p')
      .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
      .leftJoin('users as c', 'c.id', 'p.coach_user_id')
      .select(['o.name as organisation', 'c.display_name as coach'])
      .where('p.id', 'in', ids)
      .execute();
    return [
      ...rows.map((r) =>
        item('myCoach', null, null, 'info', { coach: r.coach ?? '—', organisation: r.organisation ?? '—' }),
      ),
      item('myIndication', null, '/my-indication'),
    ];
  },
};

/** Indication work: the consultant's drafts and returned ones, the validators' queue and how long it waits. */
const indications: MyWorkProvider = {
  section: 'indications',
  async load(ctx) {
    const isConsultant = hasAnyRole(ctx.actor, ['indication_consultant']);
    const isValidator = hasAnyRole(ctx.actor, ['indication_validator']);
    if (!isConsultant && !isValidator) {
      return null;
    }
    const row = await ctx.db
      .selectFrom('indications')
      .select((eb) => [
        eb.fn
          .countAll<number>()
          .filterWhere((w) =>
            w.and([w('consultant_user_id', '=', ctx.actor.userId), w('status', '=', 'draft')]),
          )
          .as('drafts'),
        eb.fn
          .countAll<number>()
          .filterWhere((w) =>
            w.and([w('consultant_user_id', '=', ctx.actor.userId), w('status', '=', 'returned')]),
          )
          .as('returned'),
        eb.fn.countAll<number>().filterWhere('status', '=', 'submitted').as('queue'),
        eb.fn
          .countAll<number>()
          .filterWhere((w) =>
            w.and([
              w('status', '=', 'submitted'),
              w('submitted_at', '<', sql<Date>`now() - interval '14 days'`),
            ]),
          )
          .as('queue_late'),
      ])
      .executeTakeFirstOrThrow();
    return [
      ...(isConsultant
        ? [
            item('myDraftIndications', row.drafts, '/indications?box=mine&status=draft'),
            item(
              'returnedIndications',
              row.returned,
              '/indications?box=mine&status=returned',
              row.returned > 0 ? 'warning' : 'info',
            ),
          ]
        : []),
      ...(isValidator
        ? [
            item(
              'indicationsToValidate',
              row.queue,
              '/indications?box=review',
              row.queue > 0 ? 'warning' : 'info',
            ),
            item(
              'indicationsWaitingLong',
              row.queue_late,
              '/indications?box=review',
              row.queue_late > 0 ? 'danger' : 'info',
            ),
          ]
        : []),
    ];
  },
};

/**
 * A coach's trajectories: phases past their term, terms ending this week, trajectories without a logged session
 * for 30 days, aftercare contacts due (within a week or past), and internship agreements still waiting for a
 * party's approval. The natural first screen of a coach.
 */
const trajectories: MyWorkProvider = {
  section: 'trajectories',
  async load(ctx) {
    if (!hasAnyRole(ctx.actor, ['coach'])) {
      return null;
    }
    const today = brusselsDate(new Date());
    const week = addToDate(today, { days: 7 });
    const sessionSince = addToDate(today, { days: -30 });
    const row = await ctx.db
      .selectFrom('trajectories as t')
      .select((eb) => [
        eb.fn.countAll<number>().as('open'),
        eb.fn
          .countAll<number>()
          .filterWhere(
            eb.exists(
              eb
                .selectFrom('trajectory_phases as p')
                .select('p.id')
                .whereRef('p.trajectory_id', '=', 't.id')
                .where('p.actual_end_on', 'is', null)
                .where('p.planned_end_on', '<', today),
            ),
          )
          .as('overdue'),
        eb.fn
          .countAll<number>()
          .filterWhere(
            eb.exists(
              eb
                .selectFrom('trajectory_phases as p')
                .select('p.id')
                .whereRef('p.trajectory_id', '=', 't.id')
                .where('p.actual_end_on', 'is', null)
                .where('p.planned_end_on', '>=', today)
                .where('p.planned_end_on', '<=', week),
            ),
          )
          .as('due_this_week'),
        eb.fn
          .countAll<number>()
          .filterWhere(
            eb.not(
              eb.exists(
                eb
                  .selectFrom('coaching_sessions as s')
                  .select('s.id')
                  .whereRef('s.trajectory_id', '=', 't.id')
                  .where('s.by_role', '=', 'coach')
                  .where('s.session_on', '>=', sessionSince),
              ),
            ),
          )
          .as('sessions_to_log'),
        eb
          .selectFrom('aftercare_contacts as a')
          .innerJoin('trajectories as ta', 'ta.id', 'a.trajectory_id')
          .select((c) => c.fn.countAll<number>().as('n'))
          .where('ta.coach_user_id', '=', ctx.actor.userId)
          .where('ta.status', '=', 'open')
          .where('a.contacted_on', 'is', null)
          .where('a.due_on', '<=', week)
          .as('aftercare_due'),
        eb
          .selectFrom('trajectory_internships as i')
          .innerJoin('trajectories as ti', 'ti.id', 'i.trajectory_id')
          .select((c) => c.fn.countAll<number>().as('n'))
          .where('ti.coach_user_id', '=', ctx.actor.userId)
          .where('ti.status', '=', 'open')
          .where('i.ends_on', '>=', today)
          .where((w) =>
            w.exists(
              w
                .selectFrom('internship_approvals as ap')
                .select('ap.party')
                .whereRef('ap.internship_id', '=', 'i.id')
                .where('ap.status', '=', 'pending'),
            ),
          )
          .as('approvals_pending'),
      ])
      .where('t.coach_user_id', '=', ctx.actor.userId)
      .where('t.status', '=', 'open')
      .executeTakeFirstOrThrow();
    const n = (v: unknown) => Number(v ?? 0);
    return [
      item('myTrajectories', n(row.open), '/trajectories?coach=me&status=open'),
      item(
        'trajectoriesOverdue',
        n(row.overdue),
        '/trajectories?coach=me&overdue=true',
        n(row.overdue) > 0 ? 'danger' : 'info',
      ),
      item(
        'phaseTermsThisWeek',
        n(row.due_this_week),
        '/trajectories?coach=me&status=open',
        n(row.due_this_week) > 0 ? 'warning' : 'info',
      ),
      item(
        'sessionsToLog',
        n(row.sessions_to_log),
        '/trajectories?coach=me&status=open',
        n(row.sessions_to_log) > 0 ? 'warning' : 'info',
        { days: 30 },
      ),
      item(
        'aftercareDue',
        n(row.aftercare_due),
        '/trajectories?coach=me&status=open',
        n(row.aftercare_due) > 0 ? 'warning' : 'info',
      ),
      item(
        'internshipApprovalsPending',
        n(row.approvals_pending),
        '/trajectories?coach=me&status=open',
        n(row.approvals_pending) > 0 ? 'warning' : 'info',
      ),
    ];
  },
};

/** A mentor's participants on the work floor, and internship evaluations to give (from a week before the end). */
const workfloor: MyWorkProvider = {
  section: 'workfloor',
  async load(ctx) {
    const employers = employerIdsWith(ctx.actor, ['mentor']);
    if (employers.length === 0) {
      return null;
    }
    const week = addToDate(brusselsDate(new Date()), { days: 7 });
    const row = await ctx.db
      .selectFrom('trajectory_mentors as m')
      .innerJoin('trajectories as t', 't.id', 'm.trajectory_id')
      .select((eb) => [
        eb.fn.countAll<number>().as('participants'),
        eb.fn
          .countAll<number>()
          .filterWhere(
            eb.exists(
              eb
                .selectFrom('trajectory_internships as i')
                .leftJoin('internship_evaluations as v', 'v.internship_id', 'i.id')
                .select('i.id')
                .whereRef('i.trajectory_id', '=', 't.id')
                .whereRef('i.mentor_contact_person_id', '=', 'm.contact_person_id')
                .where('v.internship_id', 'is', null)
                .where('i.ends_on', '<=', week),
            ),
          )
          .as('evaluations'),
      ])
      .where('m.user_id', '=', ctx.actor.userId)
      .where('m.ended_at', 'is', null)
      .where('t.status', '=', 'open')
      .where('t.employer_id', 'in', employers)
      .executeTakeFirstOrThrow();
    return [
      item('myWorkfloorParticipants', Number(row.participants), '/workfloor'),
      item(
        'internshipEvaluationsDue',
        Number(row.evaluations),
        '/workfloor',
        Number(row.evaluations) > 0 ? 'warning' : 'info',
      ),
    ];
  },
};

/** Internship agreements waiting for the participant's own approval. */
const ownInternships: MyWorkProvider = {
  section: 'ownInternships',
  async load(ctx) {
    const ids = ownParticipantIds(ctx.actor);
    if (ids.length === 0) {
      return null;
    }
    const row = await ctx.db
      .selectFrom('internship_approvals as a')
      .innerJoin('trajectory_internships as i', 'i.id', 'a.internship_id')
      .innerJoin('trajectories as t', 't.id', 'i.trajectory_id')
      .select((eb) => [eb.fn.countAll<number>().as('n'), sql<string>`min(t.id::text)`.as('trajectory_id')])
      .where('t.participant_id', 'in', ids)
      .where('t.status', '=', 'open')
      .where('a.party', '=', 'participant')
      .where('a.status', '=', 'pending')
      .executeTakeFirstOrThrow();
    // A participant holds one open trajectory at a time: the link leads straight to it.
    return Number(row.n) > 0
      ? [item('internshipToApprove', Number(row.n), `/my-trajectory/${row.trajectory_id}`, 'warning')]
      : [];
  },
};

/** Quality: surveys waiting for the respondent; recognitions about to expire and member survey rounds to answer. */
const quality: MyWorkProvider = {
  section: 'quality',
  async load(ctx) {
    const isRespondent = hasAnyRole(ctx.actor, ['participant', 'employer_contact']);
    const adminOrgs = organisationIdsWith(ctx.actor, ['org_admin']);
    if (!isRespondent && adminOrgs.length === 0) {
      return null;
    }
    const items: MyWorkItem[] = [];
    if (isRespondent) {
      const open = await ctx.db
        .selectFrom('survey_invitations')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('respondent_user_id', '=', ctx.actor.userId)
        .where('answered_at', 'is', null)
        .where('withdrawn_at', 'is', null)
        .executeTakeFirstOrThrow();
      const n = Number(open.n);
      items.push(item('surveysToAnswer', n, '/my-surveys', n > 0 ? 'warning' : 'info'));
    }
    if (adminOrgs.length) {
      const today = brusselsDate(new Date());
      const expiring = await ctx.db
        .selectFrom('recognitions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('organisation_id', 'in', adminOrgs)
        .where('withdrawn_on', 'is', null)
        .where('valid_until', '>=', today)
        .where('valid_until', '<=', addToDate(today, { days: 90 }))
        .executeTakeFirstOrThrow();
      const toAnswer = await ctx.db
        .selectFrom('member_survey_members as m')
        .innerJoin('member_survey_rounds as r', 'r.id', 'm.round_id')
        .leftJoin('member_survey_answers as a', (j) =>
          j.onRef('a.round_id', '=', 'm.round_id').onRef('a.organisation_id', '=', 'm.organisation_id'),
        )
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('m.organisation_id', 'in', adminOrgs)
        .where('r.closed_at', 'is', null)
        .where('a.round_id', 'is', null)
        .executeTakeFirstOrThrow();
      const e = Number(expiring.n);
      const m = Number(toAnswer.n);
      items.push(
        item('recognitionsExpiring', e, '/quality/recognitions?status=expiring', e > 0 ? 'warning' : 'info'),
        item('memberSurveyToAnswer', m, '/quality/member-survey', m > 0 ? 'warning' : 'info'),
      );
    }
    return items;
  },
};

export const MY_WORK_PROVIDERS: MyWorkProvider[] = [
  trajectories,
  workfloor,
  ownInternships,
  indications,
  caseload,
  referrals,
  employerDesk,
  organisationAdmin,
  networkAdmin,
  ownEmployer,
  ownRecord,
  evaluationsMyWork,
  quality,
];
