import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import { overlapsAny, plannedHours, sessionView, usedHours } from './coaching.policy';

describe('coaching policy', () => {
  const coachA = buildActor([['coach', 'org-a']], { userId: 'coach-a' });

  it('should show the confidential part only to the organisation that wrote it, and the mentor only their own sessions', () => {
    expect(sessionView(coachA, 'lead', { author_user_id: 'x', organisation_id: 'org-a' })).toBe('full');
    expect(sessionView(coachA, 'lead', { author_user_id: 'x', organisation_id: 'org-b' })).toBe('notes');
    expect(sessionView(coachA, 'lead', { author_user_id: 'm', organisation_id: null })).toBe('notes');
    const mentor = buildActor([], { userId: 'm' });
    expect(sessionView(mentor, 'mentor', { author_user_id: 'm', organisation_id: null })).toBe('notes');
    expect(sessionView(mentor, 'mentor', { author_user_id: 'coach-a', organisation_id: 'org-a' })).toBe(
      'none',
    );
    expect(sessionView(coachA, 'network', { author_user_id: 'x', organisation_id: 'org-a' })).toBe('none');
  });

  it('should add moves in and take moves out of a period, and count only coach sessions as used', () => {
    const moves = [
      { from_period_id: 'p1', to_period_id: 'p2', hours: 4 },
      { from_period_id: 'p3', to_period_id: 'p1', hours: 1.5 },
    ];
    expect(plannedHours({ id: 'p1', initial_hours: 10 }, moves)).toBe(7.5);
    expect(plannedHours({ id: 'p2', initial_hours: 10 }, moves)).toBe(14);
    const period = { starts_on: '2026-01-01', ends_on: '2026-03-31' };
    expect(
      usedHours(period, [
        { session_on: '2026-01-05', duration_minutes: 90, by_role: 'coach' },
        { session_on: '2026-01-06', duration_minutes: 60, by_role: 'mentor' },
        { session_on: '2026-04-01', duration_minutes: 60, by_role: 'coach' },
      ]),
    ).toBe(1.5);
  });

  it('should find an overlap with an existing period', () => {
    const periods = [{ starts_on: '2026-01-01', ends_on: '2026-03-31' }];
    expect(overlapsAny({ startsOn: '2026-03-31', endsOn: '2026-05-01' }, periods)).toBe(true);
    expect(overlapsAny({ startsOn: '2026-04-01', endsOn: '2026-05-01' }, periods)).toBe(false);
  });
});
