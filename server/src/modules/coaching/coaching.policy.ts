import type { Role } from '../../db/schema';
import { type Actor, organisationIdsWith } from '../../lib/actor';
import type { TrajectoryRelation } from '../trajectories/trajectories.policy';

/** Who in the coach's organisation reads a session's confidential part. */
export const CONFIDENTIAL_READER_ROLES: readonly Role[] = ['org_admin', 'coach'];

/**
 * What of a session the actor sees: the lead organisation reads the log with its notes, the confidential part only
 * when it is of the organisation that wrote it; the mentor reads only the sessions they logged themselves.
 */
export function sessionView(
  actor: Actor,
  relation: TrajectoryRelation,
  session: { author_user_id: string; organisation_id: string | null },
): 'full' | 'notes' | 'none' {
  if (relation === 'lead') {
    return session.organisation_id !== null &&
      organisationIdsWith(actor, CONFIDENTIAL_READER_ROLES).includes(session.organisation_id)
      ? 'full'
      : 'notes';
  }
  if (relation === 'mentor' && session.author_user_id === actor.userId) {
    return 'notes';
  }
  return 'none';
}

/** The hours a period holds after the moves in and out of it. */
export function plannedHours(
  period: { id: string; initial_hours: number },
  moves: readonly { from_period_id: string; to_period_id: string; hours: number }[],
): number {
  let hours = Number(period.initial_hours);
  for (const m of moves) {
    if (m.to_period_id === period.id) {
      hours += Number(m.hours);
    }
    if (m.from_period_id === period.id) {
      hours -= Number(m.hours);
    }
  }
  return Math.round(hours * 10) / 10;
}

/**
 * Used hours of a period: the coach sessions logged in it. The support budget funds the external coach's time;
 * the mentor's support on the floor is the employer's time and is logged without counting against it.
 */
export function usedHours(
  period: { starts_on: string; ends_on: string },
  sessions: readonly { session_on: string; duration_minutes: number; by_role: string }[],
): number {
  const minutes = sessions
    .filter(
      (s) => s.by_role === 'coach' && s.session_on >= period.starts_on && s.session_on <= period.ends_on,
    )
    .reduce((sum, s) => sum + s.duration_minutes, 0);
  return Math.round((minutes / 60) * 10) / 10;
}

/** Budget periods of a trajectory never overlap: each day's hours belong to one period. */
export function overlapsAny(
  period: { startsOn: string; endsOn: string },
  periods: readonly { starts_on: string; ends_on: string }[],
): boolean {
  return periods.some((p) => period.startsOn <= p.ends_on && period.endsOn >= p.starts_on);
}
