import type {
  ContractType,
  DropoutReason,
  Measure,
  OutcomeKind,
  ParticipantStatus,
  Role,
  TrajectoryStatus,
} from '../../db/schema';
import {
  type Actor,
  employerIdsWith,
  isNetworkAdmin,
  organisationIdsWith,
  ownParticipantIds,
} from '../../lib/actor';
import { addToDate } from '../../lib/dates';
import type { FieldIssue } from '../../lib/errors';

/** Roles of the lead organisation that work on its trajectories. */
export const LEAD_ROLES: readonly Role[] = ['org_admin', 'coach'];

/** What decides who may see a trajectory and how. */
export interface TrajectoryFacts {
  participantId: string;
  leadOrganisationId: string;
  employerId: string | null;
  /** The login of the current mentor, if the mentor has one. */
  mentorUserId: string | null;
}

/**
 * How the actor stands towards a trajectory:
 * - 'lead': a coach or admin of the lead organisation (works on it, reads the coaching log);
 * - 'network': a network admin (reads the trajectory, never the coaching log: need-to-know, not rank);
 * - 'mentor': the current mentor's own login, while it holds the mentor role at the trajectory's employer; it
 *   reaches the work-floor view only;
 * - 'self': the participant (their action plan and internship agreement).
 * Null: the trajectory does not exist for them (404).
 */
export type TrajectoryRelation = 'lead' | 'network' | 'mentor' | 'self';

export function trajectoryRelation(actor: Actor, facts: TrajectoryFacts): TrajectoryRelation | null {
  if (organisationIdsWith(actor, LEAD_ROLES).includes(facts.leadOrganisationId)) {
    return 'lead';
  }
  if (isNetworkAdmin(actor)) {
    return 'network';
  }
  if (isMentorOf(actor, facts)) {
    return 'mentor';
  }
  if (ownParticipantIds(actor).includes(facts.participantId)) {
    return 'self';
  }
  return null;
}

/**
 * A mentor login is limited to the participants of its own trajectories: it must be the trajectory's current
 * mentor (trajectory_mentors, ended when replaced or when the trajectory closes) and still hold the mentor role at
 * that trajectory's employer. The role alone (employer-wide) opens nothing.
 */
export function isMentorOf(
  actor: Actor,
  facts: Pick<TrajectoryFacts, 'employerId' | 'mentorUserId'>,
): boolean {
  return (
    facts.mentorUserId === actor.userId &&
    facts.employerId !== null &&
    employerIdsWith(actor, ['mentor']).includes(facts.employerId)
  );
}

/** What the UI may offer on a trajectory, from one place. */
export function trajectoryAbilities(relation: TrajectoryRelation, status: TrajectoryStatus) {
  const isLead = relation === 'lead';
  const isOpen = status === 'open';
  return {
    update: isLead && isOpen,
    close: isLead && isOpen,
    correct: isLead && !isOpen,
    readSessions: isLead,
    logSession: (isLead || relation === 'mentor') && isOpen,
    manageBudget: isLead && isOpen,
    manageActionPlan: isLead && isOpen,
    manageInternship: isLead && isOpen,
    recordAftercare: isLead,
  };
}

/** A phase is overdue when its term has passed and it has not ended (only while the trajectory runs). */
export function isPhaseOverdue(
  phase: { planned_end_on: string | null; actual_end_on: string | null },
  today: string,
): boolean {
  return phase.planned_end_on !== null && phase.actual_end_on === null && phase.planned_end_on < today;
}

export interface PlannedPhase {
  key: string;
  sort_order: number;
  name_nl: string;
  name_en: string;
  planned_start_on: string | null;
  planned_end_on: string | null;
  actual_start_on: string | null;
}

/**
 * The phases of a new trajectory, planned one after the other from its start with each phase's default term.
 * Opened at a later phase (an accepted proposal for an internship place starts at 'internship'), the earlier phases
 * stay unplanned; the starting phase starts on the start date. Coaches then adjust: phases may overlap.
 */
export function planPhases(
  phases: readonly {
    key: string;
    sort_order: number;
    name_nl: string;
    name_en: string;
    default_term_days: number;
  }[],
  startedOn: string,
  startKey?: string,
): PlannedPhase[] {
  const ordered = [...phases].sort((a, b) => a.sort_order - b.sort_order);
  const startIndex = Math.max(
    0,
    ordered.findIndex((p) => p.key === startKey),
  );
  let next = startedOn;
  return ordered.map((p, i) => {
    if (i < startIndex) {
      return { ...pick(p), planned_start_on: null, planned_end_on: null, actual_start_on: null };
    }
    const start = next;
    const end = addToDate(start, { days: p.default_term_days - 1 });
    next = addToDate(end, { days: 1 });
    return {
      ...pick(p),
      planned_start_on: start,
      planned_end_on: end,
      actual_start_on: i === startIndex ? startedOn : null,
    };
  });
}

const pick = (p: { key: string; sort_order: number; name_nl: string; name_en: string }) => ({
  key: p.key,
  sort_order: p.sort_order,
  name_nl: p.name_nl,
  name_en: p.name_en,
});

/** The phase a transition trajectory starts in when opened from an accepted proposal. */
export function startPhaseForProposal(jobKind: string, phaseKeys: readonly string[]): string | undefined {
  const key = jobKind === 'internship_place' ? 'internship' : 'job_matching';
  return phaseKeys.includes(key) ? key : undefined;
}

export interface PhaseDates {
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  actualStartOn: string | null;
  actualEndOn: string | null;
}

/**
 * Phases may overlap each other, but a phase never ends before it starts, and cannot end before it started at all.
 */
export function phaseDateIssues(d: PhaseDates): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (d.plannedStartOn && d.plannedEndOn && d.plannedEndOn < d.plannedStartOn) {
    issues.push({ path: 'plannedEndOn', code: 'date_order', params: { other: 'plannedStartOn' } });
  }
  if (d.actualEndOn && !d.actualStartOn) {
    issues.push({ path: 'actualStartOn', code: 'required' });
  }
  if (d.actualStartOn && d.actualEndOn && d.actualEndOn < d.actualStartOn) {
    issues.push({ path: 'actualEndOn', code: 'date_order', params: { other: 'actualStartOn' } });
  }
  return issues;
}

/**
 * Once a phase has started, its term moves only through an extension with a reason (recorded), so the organisation
 * sees why a term moved. Before it starts, the plan is the coach's to adjust.
 */
export function termChangeNeedsExtension(
  phase: { planned_end_on: string | null; actual_start_on: string | null },
  plannedEndOn: string | null | undefined,
): boolean {
  return (
    plannedEndOn !== undefined &&
    phase.actual_start_on !== null &&
    phase.planned_end_on !== null &&
    plannedEndOn !== phase.planned_end_on
  );
}

export interface Outcome {
  kind: OutcomeKind;
  contractType: ContractType | null;
  hoursPerWeek: number | null;
  dropoutReason: DropoutReason | null;
}

/**
 * An outcome says what it needs and no more: regular employment with its contract type and hours, a drop-out with
 * its reason; other kinds carry neither (hours and contract may also be given for IMW and CMW).
 */
export function outcomeIssues(o: Outcome, prefix = 'outcome.'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (o.kind === 'employed_regular') {
    if (!o.contractType) {
      issues.push({ path: `${prefix}contractType`, code: 'required' });
    }
    if (o.hoursPerWeek === null) {
      issues.push({ path: `${prefix}hoursPerWeek`, code: 'required' });
    }
  } else if (!['imw', 'cmw', 'back_to_social_economy'].includes(o.kind)) {
    if (o.contractType) {
      issues.push({ path: `${prefix}contractType`, code: 'outcome_field_not_applicable' });
    }
    if (o.hoursPerWeek !== null) {
      issues.push({ path: `${prefix}hoursPerWeek`, code: 'outcome_field_not_applicable' });
    }
  }
  if (o.kind === 'dropped_out' && !o.dropoutReason) {
    issues.push({ path: `${prefix}dropoutReason`, code: 'required' });
  }
  if (o.kind !== 'dropped_out' && o.dropoutReason) {
    issues.push({ path: `${prefix}dropoutReason`, code: 'outcome_field_not_applicable' });
  }
  return issues;
}

/** Where the participant stands once the trajectory closed with an outcome. */
export function participantAfterOutcome(kind: OutcomeKind): { status: ParticipantStatus; measure?: Measure } {
  switch (kind) {
    case 'employed_regular':
      return { status: 'employed', measure: 'regular_work' };
    case 'imw':
      return { status: 'employed', measure: 'imw' };
    case 'cmw':
    case 'back_to_social_economy':
      return { status: 'employed', measure: 'cmw' };
    case 'other_measure':
      return { status: 'waiting' };
    case 'care':
    case 'dropped_out':
      return { status: 'closed' };
  }
}

/** The aftercare contacts due after a placement, at the type's months. */
export function aftercareSchedule(placedOn: string, months: readonly number[]) {
  return [...new Set(months)]
    .sort((a, b) => a - b)
    .map((m) => ({ months_after: m, due_on: addToDate(placedOn, { months: m }) }));
}

/** Budget periods covering a trajectory's planned duration, of the type's length each. */
export function budgetPeriods(startedOn: string, plannedEndOn: string, periodMonths: number, hours: number) {
  const periods: { starts_on: string; ends_on: string; initial_hours: number }[] = [];
  let start = startedOn;
  while (start <= plannedEndOn && periods.length < 120) {
    const end = addToDate(addToDate(start, { months: periodMonths }), { days: -1 });
    periods.push({ starts_on: start, ends_on: end, initial_hours: hours });
    start = addToDate(end, { days: 1 });
  }
  return periods;
}

/**
 * Hours that may move out of a budget period: what is planned and not used yet. A move never makes a period
 * negative, so hours already spent cannot be moved away.
 */
export function movableHours(period: { plannedHours: number; usedHours: number }): number {
  return Math.max(0, Math.round((period.plannedHours - period.usedHours) * 10) / 10);
}
