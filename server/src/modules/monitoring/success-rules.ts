/**
 * Success definitions are data: each names a rule of one of these kinds. Every outcome figure names the definition
 * it uses, and the rule decides per closed trajectory whether it was a success ('met'), not ('not_met'), or cannot
 * be told yet ('pending'). The SQL below is the one place a rule is interpreted.
 *
 * - sustained_employment: the outcome is one of `outcomeKinds` and the person worked there for at least `minMonths`,
 *   proven within `withinMonths`. The job starts at the placement (or, without one, at the outcome date); the
 *   aftercare contacts prove it: a contact finding the person still at work proves every day up to it, one finding
 *   them gone ends it (on `employment_ended_on`, or the contact's date). A closure with an employment outcome proves
 *   the days up to its outcome date. The job lasted minMonths when it still ran on the day minMonths after its
 *   start (started 1 January, six months is 1 July): a job ending on 30 June, a day before, is not met. Without proof once `withinMonths` have
 *   passed: not met; before that: pending.
 * - outcome: the outcome at closure is one of `outcomeKinds`.
 * - aftercare_rating: the aftercare contact `monthsAfter` months after placement rated "how is it going" at least
 *   `minRating` (1–5); a trajectory without that contact recorded is pending while it is not yet overdue by a month,
 *   and not counted at all when it was never placed.
 */
import { type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import { OUTCOME_KINDS } from '../../db/schema';

const OutcomeKinds = z.array(z.enum(OUTCOME_KINDS)).min(1).max(OUTCOME_KINDS.length);

export const SuccessRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('sustained_employment'),
    outcomeKinds: OutcomeKinds,
    minMonths: z.number().int().min(1).max(36),
    withinMonths: z.number().int().min(1).max(60),
  }),
  z.object({ kind: z.literal('outcome'), outcomeKinds: OutcomeKinds }),
  z.object({
    kind: z.literal('aftercare_rating'),
    monthsAfter: z.number().int().min(1).max(24),
    minRating: z.number().int().min(1).max(5),
  }),
]);
export type SuccessRule = z.infer<typeof SuccessRule>;

const kinds = (list: readonly string[]) => sql`array[${sql.join(list.map((k) => sql`${k}`))}]::text[]`;

/**
 * What the aftercare contacts of trajectory `t` tell about its job, once per trajectory (one index range scan):
 * the first end of the job found (`ended_on`) and the last contact finding the person at work (`seen_on`). Every
 * query using statusSql joins it.
 */
export const AFTERCARE_FACTS = sql`left join lateral (
        select min(coalesce(a.employment_ended_on, a.contacted_on)) filter (where a.is_still_employed = false) as ended_on,
          max(a.contacted_on) filter (where a.is_still_employed) as seen_on
        from aftercare_contacts a where a.trajectory_id = t.id) ac on true`;

/**
 * The status of a closed trajectory `t` under a rule, as an SQL expression ('met' | 'not_met' | 'pending', or null
 * when the rule does not apply to it). `today` is the reference date.
 */
export function statusSql(rule: SuccessRule, today: string): RawBuilder<string | null> {
  switch (rule.kind) {
    case 'outcome':
      return sql<string>`case when t.outcome_kind = any(${kinds(rule.outcomeKinds)}) then 'met' else 'not_met' end`;
    case 'sustained_employment': {
      const start = sql`coalesce(t.placed_on, t.outcome_on)`;
      const needed = sql`(${start} + make_interval(months => ${rule.minMonths}))::date`;
      const deadline = sql`(${start} + make_interval(months => ${rule.withinMonths}))::date`;
      // From AFTERCARE_FACTS (ac): when the job was found ended, and the last day the person was seen at work.
      const ended = sql`ac.ended_on`;
      const seen = sql`greatest(ac.seen_on,
        case when t.outcome_kind = any(${kinds(rule.outcomeKinds)}) then t.outcome_on end)`;
      return sql<string>`case
        when not (t.outcome_kind = any(${kinds(rule.outcomeKinds)})) then 'not_met'
        when ${ended} is not null then case when ${ended} >= ${needed} then 'met' else 'not_met' end
        when ${seen} >= ${needed} and ${needed} <= ${deadline} then 'met'
        when ${today}::date > ${deadline} then 'not_met'
        else 'pending' end`;
    }
    case 'aftercare_rating': {
      const contact = sql`(select a.how_it_goes from aftercare_contacts a
        where a.trajectory_id = t.id and a.months_after = ${rule.monthsAfter} and a.contacted_on is not null)`;
      const due = sql`(t.placed_on + make_interval(months => ${rule.monthsAfter + 1}))::date`;
      return sql<string | null>`case
        when t.placed_on is null then null
        when ${contact} >= ${rule.minRating} then 'met'
        when ${contact} is not null then 'not_met'
        when ${today}::date <= ${due} then 'pending'
        else 'not_met' end`;
    }
  }
}
