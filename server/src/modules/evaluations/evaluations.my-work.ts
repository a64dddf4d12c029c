import { hasAnyRole, organisationIdsWith, ownParticipantIds } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import type { MyWorkItem } from '../my-work/my-work.schemas';
import { EVALUATOR_ROLES } from './evaluations.policy';

const OPEN = ['planned', 'in_preparation', 'discussed', 'awaiting_sign_off'] as const;

/**
 * "My work" for evaluations: a coach's own due and overdue evaluations, the organisation's (for its admins and
 * coaches), and what waits for a sign-off by someone other than its author; the participant's own evaluation
 * waiting for their view.
 */
export const evaluationsMyWork = {
  section: 'evaluations',
  async load(ctx: RequestContext): Promise<MyWorkItem[] | null> {
    const own = ownParticipantIds(ctx.actor);
    const orgs = organisationIdsWith(ctx.actor, EVALUATOR_ROLES);
    if (orgs.length === 0) {
      if (own.length === 0) {
        return null;
      }
      const row = await ctx.db
        .selectFrom('evaluations as e')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('e.participant_id', 'in', own)
        .where('e.status', 'in', ['planned', 'in_preparation', 'discussed'])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('evaluation_participant_views as v')
                .select('v.evaluation_id')
                .whereRef('v.evaluation_id', '=', 'e.id'),
            ),
          ),
        )
        .executeTakeFirstOrThrow();
      return [
        {
          key: 'evaluationsYourView',
          count: row.n,
          href: '/my-evaluations',
          severity: row.n > 0 ? 'warning' : 'info',
          params: {},
        },
      ];
    }
    const today = brusselsDate(new Date());
    const isCoach = hasAnyRole(ctx.actor, ['coach']);
    const row = await ctx.db
      .selectFrom('evaluations')
      .select((eb) => [
        eb.fn
          .countAll<number>()
          .filterWhere((f) => f.and([f('coach_user_id', '=', ctx.actor.userId), f('due_on', '>=', today)]))
          .as('mine_due'),
        eb.fn
          .countAll<number>()
          .filterWhere((f) => f.and([f('coach_user_id', '=', ctx.actor.userId), f('due_on', '<', today)]))
          .as('mine_overdue'),
        eb.fn.countAll<number>().filterWhere('due_on', '<', today).as('org_overdue'),
        eb.fn
          .countAll<number>()
          .filterWhere((f) =>
            f.and([
              f('status', '=', 'awaiting_sign_off'),
              f('proposed_by', '<>', ctx.actor.userId),
              f.or([f('coach_user_id', 'is', null), f('coach_user_id', '<>', ctx.actor.userId)]),
            ]),
          )
          .as('to_sign'),
      ])
      .where('organisation_id', 'in', orgs)
      .where('status', 'in', OPEN)
      .executeTakeFirstOrThrow();
    const items: MyWorkItem[] = [];
    if (isCoach) {
      items.push(
        {
          key: 'evaluationsDue',
          count: row.mine_due,
          href: '/evaluations?view=mine&state=due',
          severity: 'info',
          params: {},
        },
        {
          key: 'evaluationsOverdue',
          count: row.mine_overdue,
          href: '/evaluations?view=mine&state=overdue',
          severity: row.mine_overdue > 0 ? 'danger' : 'info',
          params: {},
        },
      );
    }
    items.push(
      {
        key: 'evaluationsOrganisationOverdue',
        count: row.org_overdue,
        href: '/evaluations?view=organisation&state=overdue',
        severity: row.org_overdue > 0 ? 'warning' : 'info',
        params: {},
      },
      {
        key: 'evaluationsToSignOff',
        count: row.to_sign,
        href: '/evaluations?view=organisation&state=awaiting_sign_off',
        severity: row.to_sign > 0 ? 'warning' : 'info',
        params: {},
      },
    );
    return items;
  },
};
