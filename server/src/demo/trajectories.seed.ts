/**
 * Demo trajectories on the seeded network (issue 6): for everyone in a trajectory an open one of the type their
 * measure calls for, in the phase its dates bring it to (some past a term, some with an extended term, some in an
 * internship whose agreement not every party approved yet, some placed with aftercare contacts held or due); for
 * people employed, closed or waiting again, a closed trajectory with the outcome that brought them there
 * (regular work with contract type and hours, IMW, CMW, back to the social economy, another measure, care,
 * dropped out with a reason), spread over the last two years, with the aftercare that followed — among them a job
 * that ended one day before six months. Coaching sessions, support budgets with moves, action plans, corrections
 * of closed trajectories, and the mentor demo account as mentor of two participants at its employer.
 */
import type { Faker } from '@faker-js/faker';
import type { Insertable, Kysely } from 'kysely';
import type {
  ContractType,
  DB,
  DropoutReason,
  Measure,
  OutcomeKind,
  SessionTopic,
  TrajectoryPhasesTable,
} from '../db/schema';
import { addToDate, daysBetween } from '../lib/dates';
import { aftercareSchedule, budgetPeriods, planPhases } from '../modules/trajectories/trajectories.policy';
import {
  chance,
  type DemoClock,
  type DemoNetwork,
  insertChunked,
  officeMinute,
  weighted,
} from './demo-context';

const TYPE_FOR_MEASURE: Record<Measure, string> = {
  transition: 'transition',
  imw: 'imw',
  reintegration: 'reintegration',
  cmw: 'cmw_entry',
  ama: 'ama',
  regular_work: 'transition',
};

const EXTENSION_REASONS = [
  'Deelnemer was zes weken ziek; de fase schuift mee op.',
  'Werkgever stelde de start van de stage uit wegens een verbouwing.',
  'Extra tijd nodig om het werkritme op te bouwen, afgesproken met de werkgever.',
  'Wachten op het attest van de adviserend arts.',
];

const SESSION_NOTES = [
  'Rondgang op de werkvloer; taken lopen vlotter dan vorige maand.',
  'Gesprek over het uurrooster: start om 8 uur lukt beter dan om 7 uur.',
  'Samen met de mentor de takenlijst overlopen en één taak afgesplitst.',
  'Evaluatie halverwege: stiptheid goed, tempo nog wat laag.',
  'Verplaatsing met de bus geoefend; volgende week zelfstandig.',
  'Contact met collega’s verloopt goed; deelnemer voelt zich welkom.',
  'Afspraken gemaakt over pauzes bij drukte.',
  'Opvolging leerdoelen: hygiëneregels worden consequent toegepast.',
];
const CONFIDENTIAL_NOTES = [
  'Vertelt over slaapproblemen sinds de nieuwe medicatie.',
  'Schulden bij de energieleverancier; doorverwezen naar het OCMW.',
  'Moeilijke thuissituatie; afspraak met het CAW gepland.',
];
const TOPICS: SessionTopic[] = [
  'tasks_and_skills',
  'work_attitude',
  'colleagues',
  'schedule_and_hours',
  'health_and_energy',
  'mobility',
  'learning_goals',
  'evaluation',
  'workplace_adaptation',
];
const GOALS: [string, [string, 'participant' | 'coach' | 'mentor' | 'employer'][]][] = [
  [
    'Zelfstandig een volledige werkdag volhouden',
    [
      ['Elke dag om 7.30 uur vertrekken', 'participant'],
      ['Uurrooster opbouwen van 4 naar 6 uur per dag', 'coach'],
      ['Korte dagelijkse check-in op de werkvloer', 'mentor'],
    ],
  ],
  [
    'Rijbewijs B behalen',
    [
      ['Inschrijven voor het theorie-examen', 'participant'],
      ['Financiering via VDAB nagaan', 'coach'],
    ],
  ],
  [
    'De kassa zelfstandig bedienen',
    [
      ['Uitleg kassasysteem geven', 'mentor'],
      ['Twee weken oefenen onder begeleiding', 'participant'],
      ['Aanpassing werkpost bekijken', 'employer'],
    ],
  ],
  [
    'Een vaste job bij een reguliere werkgever vinden',
    [
      ['Cv bijwerken met de stage-ervaring', 'participant'],
      ['Drie vacatures per week bespreken', 'coach'],
    ],
  ],
];
const CONTRACTS: [ContractType, number][] = [
  ['permanent', 4],
  ['fixed_term', 4],
  ['temporary_agency', 2],
  ['replacement', 1],
  ['article_60', 1],
  ['flexi_job', 1],
];
const DROPOUTS: [DropoutReason, number][] = [
  ['health', 4],
  ['motivation', 2],
  ['personal_circumstances', 3],
  ['moved', 1],
  ['not_reachable', 2],
  ['ended_by_employer', 1],
  ['other', 1],
];

const min = (a: string, b: string) => (a < b ? a : b);

interface Place {
  jobId: string;
  employerId: string;
  siteId: string;
  kind: string;
}

interface Seeded {
  trajectories: number;
  open: number;
  closed: number;
  sessions: number;
  internships: number;
  aftercareContacts: number;
}

export async function seedTrajectories(
  trx: Kysely<DB>,
  faker: Faker,
  network: DemoNetwork,
  clock: DemoClock,
  mentorEmployerId: string,
): Promise<Seeded> {
  const today = clock.today;
  const types = await trx.selectFrom('trajectory_types').selectAll().execute();
  const typePhases = await trx.selectFrom('trajectory_type_phases').selectAll().execute();
  const typeByKey = new Map(types.map((t) => [t.key, t]));
  const participants = await trx
    .selectFrom('participants')
    .select([
      'id',
      'first_name',
      'last_name',
      'organisation_id',
      'coach_user_id',
      'status',
      'current_measure',
      'created_at',
    ])
    .where('organisation_id', 'is not', null)
    .where('status', 'in', ['in_trajectory', 'employed', 'closed', 'waiting'])
    .orderBy('id')
    .execute();
  const coachesByOrg = new Map<string, string[]>();
  for (const r of await trx
    .selectFrom('user_roles')
    .select(['user_id', 'organisation_id'])
    .where('role', '=', 'coach')
    .orderBy('user_id')
    .execute()) {
    if (r.organisation_id) {
      coachesByOrg.set(r.organisation_id, [...(coachesByOrg.get(r.organisation_id) ?? []), r.user_id]);
    }
  }
  const jobs: Place[] = (
    await trx
      .selectFrom('jobs')
      .select(['id', 'employer_id', 'site_id', 'kind'])
      .where('site_id', 'is not', null)
      .orderBy('id')
      .execute()
  ).map((j) => ({ jobId: j.id, employerId: j.employer_id, siteId: j.site_id!, kind: j.kind }));
  const sheets = await trx.selectFrom('internship_sheets').selectAll().execute();
  const sheetOf = new Map(sheets.map((s) => [s.job_id, s]));
  const internshipPlaces = jobs.filter((j) => j.kind === 'internship_place' && sheetOf.has(j.jobId));
  const regularJobs = jobs.filter((j) => j.kind !== 'internship_place');
  const persons = await trx
    .selectFrom('employer_contact_persons')
    .select(['id', 'employer_id', 'is_legal_signatory', 'user_id'])
    .orderBy('id')
    .execute();
  const personsOf = new Map<string, typeof persons>();
  for (const p of persons) {
    personsOf.set(p.employer_id, [...(personsOf.get(p.employer_id) ?? []), p]);
  }
  const referrals = new Map(
    (
      await trx
        .selectFrom('referrals')
        .select(['id', 'participant_id', 'target_organisation_id'])
        .orderBy('referred_on', 'desc')
        .execute()
    ).map((r) => [`${r.participant_id}:${r.target_organisation_id}`, r.id]),
  );
  const accepted = new Map(
    (
      await trx
        .selectFrom('proposals as p')
        .innerJoin('jobs as j', 'j.id', 'p.job_id')
        .select(['p.id', 'p.participant_id', 'j.id as job_id', 'j.employer_id', 'j.site_id', 'j.kind'])
        .where('p.status', '=', 'accepted')
        .execute()
    ).map((p) => [p.participant_id, p]),
  );
  const personAt = (employerId: string, signatory: boolean) => {
    const list = personsOf.get(employerId) ?? [];
    return signatory
      ? (list.find((p) => p.is_legal_signatory) ?? list[0])
      : (list.find((p) => !p.is_legal_signatory) ?? list[0]);
  };
  // The mentor demo account mentors as a contact person of its employer (the login is on the trajectory's mentor).
  const mentorUserId = network.demoUsers.get('mentor')!;
  const mentorPerson = personAt(mentorEmployerId, false)!;
  const mentorJobs = jobs.filter((j) => j.employerId === mentorEmployerId && j.kind !== 'internship_place');
  const mentorPlace = internshipPlaces.find((j) => j.employerId === mentorEmployerId);
  let mentorAssigned = 0;

  const phaseRows: Insertable<TrajectoryPhasesTable>[] = [];
  const extensions: Insertable<DB['trajectory_phase_extensions']>[] = [];
  const mentors: Insertable<DB['trajectory_mentors']>[] = [];
  const sessions: Insertable<DB['coaching_sessions']>[] = [];
  const periods: (Insertable<DB['trajectory_budget_periods']> & { id: string })[] = [];
  const moves: Insertable<DB['trajectory_budget_moves']>[] = [];
  const internships: (Insertable<DB['trajectory_internships']> & { id: string })[] = [];
  const approvals: Insertable<DB['internship_approvals']>[] = [];
  const evaluations: Insertable<DB['internship_evaluations']>[] = [];
  const aftercare: Insertable<DB['aftercare_contacts']>[] = [];
  const goals: (Insertable<DB['trajectory_goals']> & { id: string })[] = [];
  const actions: Insertable<DB['trajectory_actions']>[] = [];
  const corrections: Insertable<DB['trajectory_corrections']>[] = [];
  const trajectories: (Insertable<DB['trajectories']> & { id: string })[] = [];
  let sixMonthCaseDone = false;
  const outcomesSeen = new Set<OutcomeKind>();

  /** Sessions every two to four weeks between two dates, by the coach (some at the workplace, some confidential). */
  const addSessions = (tid: string, coach: string, orgId: string, from: string, to: string, max: number) => {
    let day = addToDate(from, { days: faker.number.int({ min: 3, max: 14 }) });
    let n = 0;
    while (day < to && day < today && n < max) {
      sessions.push({
        trajectory_id: tid,
        session_on: day,
        duration_minutes: faker.helpers.arrayElement([30, 45, 60, 60, 90, 120]),
        by_role: 'coach',
        author_user_id: coach,
        organisation_id: orgId,
        location: weighted(faker, [
          ['workplace', 5],
          ['elsewhere', 3],
          ['online', 1],
        ] as const),
        topics: faker.helpers.arrayElements(TOPICS, { min: 1, max: 3 }),
        notes: faker.helpers.arrayElement(SESSION_NOTES),
        confidential_notes: chance(faker, 0.12) ? faker.helpers.arrayElement(CONFIDENTIAL_NOTES) : null,
        created_at: clock.at(daysBetween(day, today), officeMinute(faker)),
      });
      n++;
      day = addToDate(day, { days: faker.number.int({ min: 12, max: 30 }) });
    }
  };

  const addAftercare = (
    tid: string,
    placedOn: string,
    months: readonly number[],
    coach: string,
    endsOn?: string,
  ) => {
    for (const a of aftercareSchedule(placedOn, months)) {
      const held = a.due_on < addToDate(today, { days: -3 }) && chance(faker, 0.9);
      const stillThere = endsOn === undefined || a.due_on <= endsOn;
      aftercare.push({
        trajectory_id: tid,
        months_after: a.months_after,
        due_on: a.due_on,
        ...(held && {
          contacted_on: min(
            addToDate(a.due_on, { days: faker.number.int({ min: -3, max: 10 }) }),
            clock.date(1),
          ),
          is_still_employed: stillThere,
          // When the job ended, so that monitoring can tell sustained employment (migration 0900).
          employment_ended_on: stillThere ? null : (endsOn ?? null),
          how_it_goes: stillThere ? faker.helpers.arrayElement([3, 4, 4, 5]) : 2,
          how_it_goes_text: stillThere
            ? faker.helpers.arrayElement([
                'Loopt goed; vaste plek in de ploeg.',
                'Goed, af en toe vermoeid na late diensten.',
                'Werkgever is tevreden; uren opgetrokken.',
              ])
            : `Niet meer aan het werk sinds ${endsOn}.`,
          support_needed: chance(faker, 0.3) ? 'Even bijsturen bij een nieuwe ploegleider.' : null,
          recorded_by: coach,
        }),
      });
    }
  };

  const addBudget = (
    tid: string,
    startedOn: string,
    plannedEndOn: string,
    type: (typeof types)[number],
    by: string,
  ) => {
    const hours = Number(type.budget_hours_per_period);
    if (hours <= 0) {
      return;
    }
    const ps = budgetPeriods(startedOn, plannedEndOn, type.budget_period_months, hours).map((p) => ({
      ...p,
      id: faker.string.uuid(),
      trajectory_id: tid,
    }));
    periods.push(...ps);
    const future = ps.filter((p) => p.starts_on > today);
    if (future.length >= 2 && chance(faker, 0.25)) {
      moves.push({
        trajectory_id: tid,
        from_period_id: future[1]!.id,
        to_period_id: future[0]!.id,
        hours: faker.helpers.arrayElement([2, 4, 6]),
        reason: 'Intensievere begeleiding bij de start op de nieuwe werkplek.',
        moved_by: by,
        moved_at: clock.at(faker.number.int({ min: 1, max: 20 }), officeMinute(faker)),
      });
    }
  };

  for (const p of participants) {
    const orgId = p.organisation_id!;
    const coach = p.coach_user_id ?? faker.helpers.arrayElement(coachesByOrg.get(orgId) ?? [null]);
    if (!coach) {
      continue;
    }
    const isOpen = p.status === 'in_trajectory';
    if (p.status === 'waiting' && !chance(faker, 0.5)) {
      continue;
    }
    const typeKey = isOpen
      ? TYPE_FOR_MEASURE[(p.current_measure ?? 'transition') as Measure]
      : p.status === 'employed'
        ? TYPE_FOR_MEASURE[(p.current_measure ?? 'transition') as Measure]
        : faker.helpers.arrayElement(['transition', 'transition', 'imw', 'reintegration', 'ama']);
    const type = typeByKey.get(typeKey)!;
    const tid = faker.string.uuid();
    const phases = typePhases.filter((x) => x.type_id === type.id);
    const startedDaysAgo = isOpen
      ? faker.number.int({ min: 20, max: Math.min(680, type.total_term_days - 10) })
      : faker.number.int({ min: 200, max: 760 });
    const startedOn = clock.date(startedDaysAgo);
    const plannedEndOn = addToDate(startedOn, { days: type.total_term_days - 1 });
    const proposal = isOpen && typeKey === 'transition' ? accepted.get(p.id) : undefined;
    const planned = planPhases(phases, startedOn);
    // Where the dates bring it: phases whose term passed have ended, the first one still running is current.
    const isOverdue = isOpen && chance(faker, 0.22);
    const isExtended = isOpen && !isOverdue && chance(faker, 0.18);
    let currentIndex = planned.findIndex((x) => x.planned_end_on! >= today);
    if (currentIndex < 0) {
      currentIndex = planned.length - 1;
    }
    const closedOn = isOpen
      ? null
      : clock.date(faker.number.int({ min: 2, max: Math.max(3, startedDaysAgo - 90) }));
    const rows = planned.map((x, i) => {
      const row: Insertable<TrajectoryPhasesTable> & { id: string } = {
        ...x,
        id: faker.string.uuid(),
        trajectory_id: tid,
        actual_start_on: x.planned_start_on! <= (closedOn ?? today) ? x.planned_start_on : null,
        actual_end_on: null,
      };
      if (!isOpen) {
        if (row.actual_start_on) {
          row.actual_end_on = x.planned_end_on! < closedOn! ? x.planned_end_on : closedOn;
        }
      } else if (i < currentIndex) {
        row.actual_end_on = x.planned_end_on;
      }
      if (isOpen && i === currentIndex) {
        row.actual_start_on = x.planned_start_on! <= today ? x.planned_start_on : today;
        if (isOverdue) {
          // Past its term, not ended: shows on the coach's list.
          const late = faker.number.int({ min: 3, max: 45 });
          row.planned_end_on = clock.date(late);
          if (row.planned_end_on < row.actual_start_on!) {
            row.actual_start_on = clock.date(late + 20);
            row.planned_start_on = row.actual_start_on;
          }
          if (i > 0) {
            const prev = phaseRows[phaseRows.length - 1]!;
            if (
              prev.actual_end_on &&
              prev.actual_end_on > row.actual_start_on! &&
              prev.actual_start_on! <= row.actual_start_on!
            ) {
              prev.actual_end_on = row.actual_start_on;
            }
          }
        } else if (isExtended) {
          const to = addToDate(x.planned_end_on!, { days: faker.number.int({ min: 14, max: 60 }) });
          extensions.push({
            phase_id: row.id,
            from_end_on: x.planned_end_on,
            to_end_on: to,
            reason: faker.helpers.arrayElement(EXTENSION_REASONS),
            extended_by: coach,
            extended_at: clock.at(faker.number.int({ min: 1, max: 30 }), officeMinute(faker)),
          });
          row.planned_end_on = to;
        }
      }
      return row;
    });
    // An overlap now and then: the next phase starts before the current one ends.
    if (isOpen && !isOverdue && currentIndex + 1 < rows.length && chance(faker, 0.15)) {
      const next = rows[currentIndex + 1]!;
      next.planned_start_on = addToDate(rows[currentIndex]!.planned_end_on!, { days: -14 });
      if (next.planned_start_on <= today) {
        next.actual_start_on = next.planned_start_on;
      }
    }
    phaseRows.push(...rows);

    const current = phases.find((x) => x.key === rows[currentIndex]!.key)!;
    const stage = current.key;
    // Where the participant works or does the internship.
    const atMentor =
      isOpen &&
      !proposal &&
      mentorAssigned < 2 &&
      mentorJobs.length > 0 &&
      (typeKey === 'imw' || stage === 'aftercare');
    const job: Place | undefined = proposal
      ? {
          jobId: proposal.job_id,
          employerId: proposal.employer_id,
          siteId: proposal.site_id!,
          kind: proposal.kind,
        }
      : atMentor
        ? faker.helpers.arrayElement(mentorJobs)
        : faker.helpers.arrayElement(regularJobs);
    let placedOn: string | null = null;
    let outcome: {
      kind: OutcomeKind;
      contract?: ContractType;
      hours?: number;
      dropout?: DropoutReason;
      on: string;
    } | null = null;
    let jobEndsOn: string | undefined;
    const placedTypes = ['imw', 'reintegration'];
    if (isOpen) {
      if (placedTypes.includes(typeKey) && stage !== 'intake' && stage !== 'reorientation') {
        placedOn = rows.find((r) => r.key === stage)!.actual_start_on!;
      } else if (stage === 'aftercare') {
        placedOn = rows.find((r) => r.key === 'aftercare')!.actual_start_on!;
      }
    } else {
      const kind: OutcomeKind =
        p.status === 'employed'
          ? p.current_measure === 'imw'
            ? 'imw'
            : p.current_measure === 'cmw'
              ? weighted(faker, [
                  ['cmw', 3],
                  ['back_to_social_economy', 2],
                ] as const)
              : 'employed_regular'
          : p.status === 'closed'
            ? weighted(faker, [
                ['care', 1],
                ['dropped_out', 2],
              ] as const)
            : // Waiting again: after another measure, back from the social economy, or a job that ended.
              weighted(faker, [
                ['other_measure', 2],
                ['back_to_social_economy', 1],
                ['employed_regular', 2],
              ] as const);
      const on = addToDate(closedOn!, { days: -faker.number.int({ min: 0, max: 20 }) });
      outcome = {
        kind,
        on: on < startedOn ? startedOn : on,
        ...(kind === 'employed_regular' && {
          contract: weighted(faker, CONTRACTS),
          hours: faker.helpers.arrayElement([19, 24, 30, 32, 38]),
        }),
        ...(kind === 'imw' && { hours: faker.helpers.arrayElement([19, 24, 30]) }),
        ...(kind === 'dropped_out' && { dropout: weighted(faker, DROPOUTS) }),
      };
      outcomesSeen.add(kind);
      if (kind === 'employed_regular' || kind === 'imw') {
        placedOn = outcome.on;
        // One job that ended a day before six months: not sustained employment.
        const waitingAgain = p.status === 'waiting';
        if (!sixMonthCaseDone && kind === 'employed_regular' && addToDate(placedOn, { months: 7 }) < today) {
          jobEndsOn = addToDate(addToDate(placedOn, { months: 6 }), { days: -1 });
          sixMonthCaseDone = true;
        } else if (waitingAgain) {
          jobEndsOn = addToDate(placedOn, { days: faker.number.int({ min: 30, max: 400 }) });
          if (jobEndsOn >= today) {
            const back = clock.date(faker.number.int({ min: 5, max: 60 }));
            jobEndsOn = back > placedOn ? back : placedOn;
          }
        } else if (chance(faker, 0.15)) {
          jobEndsOn = addToDate(placedOn, { days: faker.number.int({ min: 40, max: 300 }) });
        }
      }
    }
    if (placedOn && placedOn < startedOn) {
      placedOn = startedOn;
    }
    const hasEmployer = !!placedOn || !!proposal || (isOpen && stage === 'internship');
    trajectories.push({
      id: tid,
      participant_id: p.id,
      type_id: type.id,
      type_version: type.version,
      lead_organisation_id: orgId,
      coach_user_id: coach,
      employer_id: hasEmployer ? job.employerId : null,
      site_id: hasEmployer ? job.siteId : null,
      job_id: hasEmployer ? job.jobId : null,
      proposal_id: proposal?.id ?? null,
      referral_id: referrals.get(`${p.id}:${orgId}`) ?? null,
      status: isOpen ? 'open' : 'closed',
      started_on: startedOn,
      planned_end_on: plannedEndOn,
      placed_on: placedOn,
      closed_on: closedOn,
      outcome_kind: outcome?.kind ?? null,
      outcome_contract_type: outcome?.contract ?? null,
      outcome_hours_per_week: outcome?.hours ?? null,
      outcome_dropout_reason: outcome?.dropout ?? null,
      outcome_on: outcome?.on ?? null,
      created_by: coach,
      created_at: clock.at(startedDaysAgo, officeMinute(faker)),
      updated_at: clock.at(
        isOpen ? faker.number.int({ min: 0, max: 20 }) : daysBetween(closedOn!, today),
        officeMinute(faker),
      ),
    });
    if (placedOn) {
      addAftercare(tid, placedOn, type.aftercare_months.map(Number), coach, jobEndsOn);
    }
    addSessions(tid, coach, orgId, startedOn, closedOn ?? today, isOpen ? 14 : 10);
    addBudget(tid, startedOn, plannedEndOn, type, coach);

    // The mentor at the employer: the demo account for two participants, otherwise a contact person.
    if (isOpen && hasEmployer) {
      const person = atMentor ? mentorPerson : personAt(job.employerId, false);
      if (person) {
        mentors.push({
          trajectory_id: tid,
          contact_person_id: person.id,
          user_id: atMentor ? mentorUserId : null,
          assigned_by: coach,
          assigned_at: clock.at(Math.max(0, daysBetween(placedOn ?? startedOn, today)), officeMinute(faker)),
        });
        if (atMentor) {
          mentorAssigned++;
          sessions.push({
            trajectory_id: tid,
            session_on: clock.date(faker.number.int({ min: 2, max: 12 })),
            duration_minutes: 30,
            by_role: 'mentor',
            author_user_id: mentorUserId,
            organisation_id: null,
            location: 'workplace',
            topics: ['tasks_and_skills', 'colleagues'],
            notes: 'Werkt de bestellingen nu zelfstandig af; nog hulp bij de weekplanning.',
            confidential_notes: null,
          });
        }
      }
    }

    // Internship: running (approvals partly given) for those in the internship phase, done (approved, evaluated)
    // for transitions that went on to aftercare.
    const hadInternship =
      typeKey === 'transition' &&
      (stage === 'internship' || stage === 'aftercare' || (!isOpen && chance(faker, 0.5)));
    if (hadInternship && internshipPlaces.length > 0) {
      const place =
        (proposal?.kind === 'internship_place' &&
          internshipPlaces.find((x) => x.jobId === proposal.job_id)) ||
        (atMentor && mentorPlace) ||
        faker.helpers.arrayElement(internshipPlaces);
      const sheet = sheetOf.get(place.jobId)!;
      const mentor = atMentor && mentorPlace === place ? mentorPerson : personAt(place.employerId, false);
      const signatory = personAt(place.employerId, true);
      const phase = rows.find((r) => r.key === 'internship')!;
      if (mentor && signatory && phase.planned_start_on) {
        const running = isOpen && stage === 'internship';
        const startsOn = running ? (phase.actual_start_on ?? today) : phase.planned_start_on;
        const endsOn = running
          ? addToDate(startsOn, { days: faker.number.int({ min: 27, max: 59 }) })
          : phase.planned_end_on!;
        const iid = faker.string.uuid();
        internships.push({
          id: iid,
          trajectory_id: tid,
          job_id: place.jobId,
          employer_id: place.employerId,
          site_id: place.siteId,
          mentor_contact_person_id: mentor.id,
          legal_signatory_contact_person_id: signatory.id,
          starts_on: startsOn,
          ends_on: endsOn,
          weekly_schedule: JSON.stringify(
            faker.helpers
              .arrayElements(['mon', 'tue', 'wed', 'thu', 'fri'] as const, { min: 2, max: 4 })
              .map((day) => ({
                day,
                from: '08:30',
                to: faker.helpers.arrayElement(['12:30', '15:30', '16:30']),
              })),
          ),
          costs: JSON.stringify(sheet.costs),
          insurance: sheet.insurance,
          mentor_hours_per_week: Number(sheet.mentor_hours_per_week),
          expectations: sheet.expectations,
          learning_goals: sheet.learning_goals,
          sheet_version: sheet.version,
          created_by: coach,
          updated_by: coach,
          created_at: clock.at(Math.max(0, daysBetween(startsOn, today) + 10), officeMinute(faker)),
        });
        const approvedParties = running
          ? faker.helpers.arrayElements(['organisation', 'participant', 'employer'] as const, {
              min: 0,
              max: 2,
            })
          : (['participant', 'employer', 'organisation'] as const);
        for (const party of ['participant', 'employer', 'organisation'] as const) {
          const ok = (approvedParties as readonly string[]).includes(party);
          approvals.push({
            internship_id: iid,
            party,
            status: ok ? 'approved' : 'pending',
            internship_version: ok ? 1 : null,
            decided_by: ok
              ? party === 'organisation'
                ? coach
                : party === 'employer'
                  ? (signatory.user_id ?? coach)
                  : coach
              : null,
            decided_at: ok
              ? clock.at(Math.max(0, daysBetween(startsOn, today) + 3), officeMinute(faker))
              : null,
          });
        }
        if (!running && endsOn < today && atMentor && mentor === mentorPerson) {
          evaluations.push({
            internship_id: iid,
            mentor_user_id: mentorUserId,
            scores: JSON.stringify({
              punctuality: 4,
              work_pace: 3,
              quality_of_work: 4,
              cooperation: 5,
              safety: 4,
            }),
            strengths: 'Nauwkeurig en vriendelijk met klanten.',
            improvements: 'Tempo bij drukte.',
            recommendation: 'hire',
            submitted_at: clock.at(Math.max(0, daysBetween(endsOn, today)), officeMinute(faker)),
          });
        }
      }
    }

    // Action plan (open trajectories): one or two goals with their actions.
    if (isOpen) {
      for (const [title, acts] of faker.helpers.arrayElements(GOALS, { min: 1, max: 2 })) {
        const gid = faker.string.uuid();
        goals.push({ id: gid, trajectory_id: tid, title, sort_order: goals.length % 5, created_by: coach });
        for (const [a, assignee] of acts) {
          const due = addToDate(today, { days: faker.number.int({ min: -30, max: 60 }) });
          actions.push({
            goal_id: gid,
            trajectory_id: tid,
            title: a,
            assignee,
            due_on: due,
            status:
              due < today
                ? weighted(faker, [
                    ['done', 3],
                    ['open', 1],
                    ['in_progress', 1],
                  ] as const)
                : weighted(faker, [
                    ['open', 2],
                    ['in_progress', 1],
                  ] as const),
            created_by: coach,
            updated_by: coach,
          });
        }
      }
    }

    // A correction now and then on a closed trajectory: the original stays visible.
    if (!isOpen && outcome?.kind === 'employed_regular' && corrections.length < 4 && chance(faker, 0.3)) {
      const row = trajectories[trajectories.length - 1]!;
      const old = row.outcome_hours_per_week as number;
      row.outcome_hours_per_week = old === 38 ? 30 : old + 4;
      corrections.push({
        trajectory_id: tid,
        field: 'outcome_hours_per_week',
        old_value: String(old),
        new_value: String(row.outcome_hours_per_week),
        reason: 'Uren aangepast na ontvangst van het arbeidscontract.',
        corrected_by: coach,
        corrected_at: clock.at(
          faker.number.int({ min: 1, max: Math.max(1, daysBetween(closedOn!, today)) }),
          officeMinute(faker),
        ),
      });
    }
  }

  await insertChunked(trajectories, 500, (c) => trx.insertInto('trajectories').values(c).execute());
  await insertChunked(phaseRows, 1000, (c) => trx.insertInto('trajectory_phases').values(c).execute());
  await insertChunked(extensions, 1000, (c) =>
    trx.insertInto('trajectory_phase_extensions').values(c).execute(),
  );
  await insertChunked(mentors, 1000, (c) => trx.insertInto('trajectory_mentors').values(c).execute());
  await insertChunked(sessions, 1000, (c) => trx.insertInto('coaching_sessions').values(c).execute());
  await insertChunked(periods, 1000, (c) => trx.insertInto('trajectory_budget_periods').values(c).execute());
  await insertChunked(moves, 1000, (c) => trx.insertInto('trajectory_budget_moves').values(c).execute());
  await insertChunked(internships, 500, (c) => trx.insertInto('trajectory_internships').values(c).execute());
  await insertChunked(approvals, 1000, (c) => trx.insertInto('internship_approvals').values(c).execute());
  await insertChunked(evaluations, 1000, (c) => trx.insertInto('internship_evaluations').values(c).execute());
  await insertChunked(aftercare, 1000, (c) => trx.insertInto('aftercare_contacts').values(c).execute());
  await insertChunked(goals, 1000, (c) => trx.insertInto('trajectory_goals').values(c).execute());
  await insertChunked(actions, 1000, (c) => trx.insertInto('trajectory_actions').values(c).execute());
  await insertChunked(corrections, 1000, (c) => trx.insertInto('trajectory_corrections').values(c).execute());
  return {
    trajectories: trajectories.length,
    open: trajectories.filter((t) => t.status === 'open').length,
    closed: trajectories.filter((t) => t.status === 'closed').length,
    sessions: sessions.length,
    internships: internships.length,
    aftercareContacts: aftercare.length,
  };
}
