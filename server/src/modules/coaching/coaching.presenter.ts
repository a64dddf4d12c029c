import { movableHours } from '../trajectories/trajectories.policy';
import { plannedHours, usedHours } from './coaching.policy';
import type { coachingRepository, SessionRecord } from './coaching.repository';
import type { BudgetDto, CoachingSessionDto } from './coaching.schemas';

type Rows<K extends keyof typeof coachingRepository> = Awaited<ReturnType<(typeof coachingRepository)[K]>>;

export function presentSession(row: SessionRecord, view: 'full' | 'notes'): CoachingSessionDto {
  return {
    id: row.id,
    sessionOn: row.session_on,
    durationMinutes: row.duration_minutes,
    byRole: row.by_role,
    author: { id: row.author_user_id, name: row.author_name },
    location: row.location,
    topics: row.topics,
    notes: row.notes,
    confidentialNotes: view === 'full' ? row.confidential_notes : null,
    hasConfidentialNotes: row.confidential_notes !== null,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentBudget(
  periods: Rows<'findPeriods'>,
  moves: Rows<'findMoves'>,
  sessions: Rows<'findDurations'>,
  version: number,
  today: string,
): BudgetDto {
  const items = periods.map((p) => {
    const planned = plannedHours(p, moves);
    const used = usedHours(p, sessions);
    return {
      id: p.id,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      initialHours: Number(p.initial_hours),
      plannedHours: planned,
      usedHours: used,
      remainingHours: movableHours({ plannedHours: planned, usedHours: used }),
      isCurrent: p.starts_on <= today && today <= p.ends_on,
    };
  });
  return {
    periods: items,
    moves: moves.map((m) => ({
      id: m.id,
      fromPeriodId: m.from_period_id,
      toPeriodId: m.to_period_id,
      hours: Number(m.hours),
      reason: m.reason,
      by: m.by_name,
      at: m.moved_at.toISOString(),
    })),
    totals: {
      plannedHours: Math.round(items.reduce((s, p) => s + p.plannedHours, 0) * 10) / 10,
      usedHours: Math.round(items.reduce((s, p) => s + p.usedHours, 0) * 10) / 10,
    },
    version,
  };
}
