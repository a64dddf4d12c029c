import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import {
  aftercareSchedule,
  budgetPeriods,
  isMentorOf,
  isPhaseOverdue,
  movableHours,
  outcomeIssues,
  participantAfterOutcome,
  phaseDateIssues,
  planPhases,
  startPhaseForProposal,
  termChangeNeedsExtension,
  trajectoryAbilities,
  trajectoryRelation,
} from './trajectories.policy';

const facts = {
  participantId: 'p-1',
  leadOrganisationId: 'org-a',
  employerId: 'emp-1',
  mentorUserId: 'mentor-1',
};
const mentorGrant = {
  role: 'mentor' as const,
  organisationId: null,
  employerId: 'emp-1',
  participantId: null,
};

describe('trajectories policy', () => {
  it('should relate the lead organisation, network admins, the current mentor and the participant', () => {
    expect(trajectoryRelation(buildActor([['coach', 'org-a']]), facts)).toBe('lead');
    expect(trajectoryRelation(buildActor([['coach', 'org-b']]), facts)).toBeNull();
    expect(trajectoryRelation(buildActor([['network_admin', 'org-n']]), facts)).toBe('network');
    expect(trajectoryRelation(buildActor([mentorGrant], { userId: 'mentor-1' }), facts)).toBe('mentor');
    expect(
      trajectoryRelation(
        buildActor([{ role: 'participant', organisationId: null, employerId: null, participantId: 'p-1' }]),
        facts,
      ),
    ).toBe('self');
  });

  it('should limit a mentor login to the trajectories it is the current mentor of, at an employer it mentors for', () => {
    const mentor = buildActor([mentorGrant], { userId: 'mentor-1' });
    expect(isMentorOf(mentor, facts)).toBe(true);
    expect(isMentorOf(buildActor([mentorGrant], { userId: 'mentor-2' }), facts)).toBe(false);
    expect(isMentorOf(mentor, { ...facts, employerId: 'emp-2' })).toBe(false);
    expect(isMentorOf(mentor, { ...facts, mentorUserId: null })).toBe(false);
  });

  it('should give work to the lead organisation only, and the log to the mentor too', () => {
    expect(trajectoryAbilities('lead', 'open')).toMatchObject({ update: true, close: true, correct: false });
    expect(trajectoryAbilities('lead', 'closed')).toMatchObject({ update: false, correct: true });
    expect(trajectoryAbilities('network', 'open')).toMatchObject({ update: false, readSessions: false });
    expect(trajectoryAbilities('mentor', 'open')).toMatchObject({ logSession: true, readSessions: false });
  });

  it('should call a phase overdue past its term while not ended', () => {
    expect(isPhaseOverdue({ planned_end_on: '2026-01-01', actual_end_on: null }, '2026-01-02')).toBe(true);
    expect(isPhaseOverdue({ planned_end_on: '2026-01-02', actual_end_on: null }, '2026-01-02')).toBe(false);
    expect(isPhaseOverdue({ planned_end_on: '2026-01-01', actual_end_on: '2026-01-05' }, '2026-02-01')).toBe(
      false,
    );
    expect(isPhaseOverdue({ planned_end_on: null, actual_end_on: null }, '2026-02-01')).toBe(false);
  });

  it('should plan phases one after the other, starting at the chosen phase', () => {
    const phases = [
      { key: 'a', sort_order: 0, name_nl: 'A', name_en: 'A', default_term_days: 10 },
      { key: 'b', sort_order: 1, name_nl: 'B', name_en: 'B', default_term_days: 5 },
    ];
    expect(planPhases(phases, '2026-03-01')).toMatchObject([
      {
        key: 'a',
        planned_start_on: '2026-03-01',
        planned_end_on: '2026-03-10',
        actual_start_on: '2026-03-01',
      },
      { key: 'b', planned_start_on: '2026-03-11', planned_end_on: '2026-03-15', actual_start_on: null },
    ]);
    expect(planPhases(phases, '2026-03-01', 'b')).toMatchObject([
      { key: 'a', planned_start_on: null, planned_end_on: null, actual_start_on: null },
      { key: 'b', planned_start_on: '2026-03-01', actual_start_on: '2026-03-01' },
    ]);
    expect(startPhaseForProposal('internship_place', ['job_matching', 'internship'])).toBe('internship');
    expect(startPhaseForProposal('regular_vacancy', ['job_matching', 'internship'])).toBe('job_matching');
    expect(startPhaseForProposal('regular_vacancy', ['intake'])).toBeUndefined();
  });

  it('should refuse a phase ending before it starts, and allow it starting and ending the same day', () => {
    const none = { plannedStartOn: null, plannedEndOn: null, actualStartOn: null, actualEndOn: null };
    expect(phaseDateIssues({ ...none, plannedStartOn: '2026-02-01', plannedEndOn: '2026-01-31' })).toEqual([
      { path: 'plannedEndOn', code: 'date_order', params: { other: 'plannedStartOn' } },
    ]);
    expect(phaseDateIssues({ ...none, actualStartOn: '2026-02-01', actualEndOn: '2026-02-01' })).toEqual([]);
    expect(phaseDateIssues({ ...none, actualEndOn: '2026-02-01' })).toEqual([
      { path: 'actualStartOn', code: 'required' },
    ]);
    expect(
      termChangeNeedsExtension({ planned_end_on: '2026-02-01', actual_start_on: '2026-01-01' }, '2026-03-01'),
    ).toBe(true);
    expect(
      termChangeNeedsExtension({ planned_end_on: '2026-02-01', actual_start_on: null }, '2026-03-01'),
    ).toBe(false);
  });

  it('should ask of an outcome what it needs and no more', () => {
    const o = { contractType: null, hoursPerWeek: null, dropoutReason: null };
    expect(outcomeIssues({ ...o, kind: 'employed_regular' }).map((i) => i.path)).toEqual([
      'outcome.contractType',
      'outcome.hoursPerWeek',
    ]);
    expect(outcomeIssues({ ...o, kind: 'dropped_out' })).toEqual([
      { path: 'outcome.dropoutReason', code: 'required' },
    ]);
    expect(outcomeIssues({ ...o, kind: 'care', hoursPerWeek: 20 })).toEqual([
      { path: 'outcome.hoursPerWeek', code: 'outcome_field_not_applicable' },
    ]);
    expect(outcomeIssues({ ...o, kind: 'imw', hoursPerWeek: 20, contractType: 'permanent' })).toEqual([]);
    expect(participantAfterOutcome('employed_regular')).toEqual({
      status: 'employed',
      measure: 'regular_work',
    });
    expect(participantAfterOutcome('dropped_out')).toEqual({ status: 'closed' });
  });

  it('should schedule aftercare at the months after placement, and budget periods over the planned duration', () => {
    expect(aftercareSchedule('2026-01-31', [3, 1])).toEqual([
      { months_after: 1, due_on: '2026-02-28' },
      { months_after: 3, due_on: '2026-04-30' },
    ]);
    expect(budgetPeriods('2026-01-01', '2026-06-30', 3, 10)).toEqual([
      { starts_on: '2026-01-01', ends_on: '2026-03-31', initial_hours: 10 },
      { starts_on: '2026-04-01', ends_on: '2026-06-30', initial_hours: 10 },
    ]);
  });

  it('should never let a move take away hours already used', () => {
    expect(movableHours({ plannedHours: 10, usedHours: 4 })).toBe(6);
    expect(movableHours({ plannedHours: 3, usedHours: 4 })).toBe(0);
  });
});
