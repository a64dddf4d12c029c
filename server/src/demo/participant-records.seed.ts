/**
 * The participant record fields matching relies on: languages and the level of Dutch, mobility, availability,
 * occupations of interest (ISCO-08), education and work history. Drawn per participant, coherent with the
 * archetype of their indication where they have one (a back problem makes warehouse work an unlikely wish, a
 * burn-out fewer hours, a newcomer a lower level of Dutch), and written with one UPDATE for all participants.
 * Pieter Deelnemer, the participant demo account, gets a complete record that fits several open jobs near Gent.
 */
import type { Faker } from '@faker-js/faker';
import { sql } from 'kysely';
import type { CefrLevel, EducationLevel, WorkHistoryEntry } from '../db/schema';
import { addToDate } from '../lib/dates';
import type { DimensionKey } from '../modules/profiles/dimensions';
import { chance, type Db, type DemoClock, type ParticipantSeed, weighted } from './demo-context';
import type { ArchetypeKey, IndicationPlan } from './indications.seed';
import { JOB_TEMPLATES, type JobTemplate } from './job-templates';
import { PIETER_INTERESTS } from './jobs.seed';
import { SECTORS } from './network';

export interface ParticipantRecordPlan {
  id: string;
  languages: string[];
  dutchLevel: CefrLevel;
  hasDrivingLicence: boolean;
  hasCar: boolean;
  hasBike: boolean;
  publicTransportOnly: boolean;
  maxCommuteMinutes: number;
  maxCommuteKm: number | null;
  hoursPerWeek: number;
  availableDays: string[];
  shifts: string[];
  occupationInterests: string[];
  educationLevel: EducationLevel | null;
  workHistory: WorkHistoryEntry[];
}

/** Home languages of people who learnt Dutch later, roughly as they come to the network's services. */
const HOME_LANGUAGES: [string, number][] = [
  ['ar', 14],
  ['tr', 8],
  ['fr', 6],
  ['pl', 5],
  ['ro', 5],
  ['bg', 4],
  ['ru', 3],
  ['uk', 4],
  ['so', 3],
  ['ti', 3],
  ['fa', 3],
  ['ps', 3],
  ['es', 2],
  ['pt', 2],
  ['sq', 2],
  ['am', 1],
];

/** Who does the demanding part of each template's work: the highest level per dimension over its tasks. */
function templateDemand(t: JobTemplate, keys: readonly DimensionKey[]): number {
  return Math.max(0, ...t.tasks.flatMap((task) => keys.map((k) => task.demands[k] ?? 0)));
}

/**
 * How likely each archetype wishes for a template's occupation: work that demands much of what the archetype
 * limits is rarely wished for (it stays possible: people want what they used to do).
 */
function interestWeight(t: JobTemplate, archetype: ArchetypeKey | null): number {
  const heavy = (keys: readonly DimensionKey[]) => templateDemand(t, keys) >= 3;
  switch (archetype) {
    case 'physical':
      return heavy(['lifting', 'carrying', 'bending_kneeling', 'hand_arm_strength']) ? 0.15 : 1.5;
    case 'psychosocial':
      return heavy(['customer_contact', 'stress_handling']) ? 0.3 : 1;
    case 'intellectual':
      return heavy(['reading', 'digital_skills', 'calculating', 'writing']) ? 0.15 : 1.2;
    case 'burnout':
      return heavy(['work_pace', 'stress_handling', 'shift_work']) ? 0.3 : 1.2;
    case 'language':
      return heavy(['speaking_dutch', 'understanding_dutch', 'reading']) ? 0.2 : 1.2;
    default:
      return 1;
  }
}

/** Templates by ISCO code (two templates can share one). */
const OCCUPATIONS = [...new Map(JOB_TEMPLATES.map((t) => [t.isco, t])).values()];
/** The occupations with their weight per archetype (null: no indication), computed once. */
const WISHES = new Map(
  ([null, 'physical', 'psychosocial', 'intellectual', 'burnout', 'language'] as const).map((archetype) => [
    archetype,
    OCCUPATIONS.map((o) => [o, interestWeight(o, archetype)] as const),
  ]),
);
/** Jobs people had before, beside the templates' own: the usual first jobs of people in the network. */
const OTHER_JOBS: { title: string; isco: string }[] = [
  { title: 'Winkelbediende', isco: '5223' },
  { title: 'Poetshulp bij particulieren', isco: '9111' },
  { title: 'Kassamedewerker', isco: '5230' },
  { title: 'Productieoperator', isco: '8189' },
  { title: 'Chauffeur bestelwagen', isco: '8322' },
  { title: 'Afwasser', isco: '9412' },
  { title: 'Bouwvakker', isco: '9313' },
  { title: 'Verzorgende', isco: '5322' },
  { title: 'Onthaalmedewerker', isco: '4226' },
];

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

function yearMonth(date: string): string {
  return date.slice(0, 7);
}

export function planParticipantRecords(
  faker: Faker,
  clock: DemoClock,
  participants: ParticipantSeed[],
  indications: IndicationPlan[],
): ParticipantRecordPlan[] {
  // The archetype of the latest indication of each participant.
  const archetypeOf = new Map<string, ArchetypeKey>();
  for (const indication of [...indications].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())) {
    archetypeOf.set(indication.participantId, indication.archetype);
  }
  return participants.map((p) =>
    p.index === 0 ? pieterRecord(p, clock) : drawRecord(faker, clock, p, archetypeOf.get(p.id) ?? null),
  );
}

function drawRecord(
  faker: Faker,
  clock: DemoClock,
  p: ParticipantSeed,
  archetype: ArchetypeKey | null,
): ParticipantRecordPlan {
  // Languages: most grew up with Dutch; newcomers speak it at A1–B2, fewer at the higher levels.
  const isNewcomer = archetype === 'language' || chance(faker, 0.28);
  const home = weighted(faker, HOME_LANGUAGES);
  const dutchLevel: CefrLevel = isNewcomer
    ? archetype === 'language'
      ? weighted(faker, [
          ['A1', 3],
          ['A2', 6],
          ['B1', 2],
        ])
      : weighted(faker, [
          ['A1', 1],
          ['A2', 3],
          ['B1', 4],
          ['B2', 3],
          ['C1', 1],
        ])
    : weighted(faker, [
        ['B2', 1],
        ['C1', 3],
        ['C2', 8],
      ]);
  const extra = faker.helpers.arrayElements(['fr', 'en'], { min: 0, max: isNewcomer ? 1 : 2 });
  const languages = [...new Set(isNewcomer ? [home, 'nl', ...extra] : ['nl', ...extra])];

  // Mobility: a licence is less common among newcomers and people with an intellectual disability.
  const licenceChance = archetype === 'intellectual' ? 0.2 : isNewcomer ? 0.3 : 0.6;
  const hasDrivingLicence = chance(faker, licenceChance);
  const hasCar = hasDrivingLicence && chance(faker, 0.7);
  const hasBike = chance(faker, archetype === 'physical' ? 0.4 : 0.7);
  const publicTransportOnly = !hasCar && !hasBike;
  const isFragile = archetype === 'burnout' || archetype === 'psychosocial';
  const maxCommuteMinutes = faker.helpers.arrayElement(isFragile ? [20, 30, 30, 45] : [30, 30, 45, 45, 60]);
  const maxCommuteKm = chance(faker, 0.3)
    ? null
    : hasCar
      ? faker.helpers.arrayElement([20, 25, 30, 40])
      : hasBike
        ? faker.helpers.arrayElement([8, 10, 15, 20])
        : faker.helpers.arrayElement([10, 15, 20, 25]);

  // Availability: a burn-out starts part-time; a maatwerk or care profile mostly works days.
  const hoursPerWeek =
    archetype === 'burnout'
      ? faker.helpers.arrayElement([12, 16, 19, 20, 24])
      : p.currentMeasure === 'reintegration'
        ? faker.helpers.arrayElement([12, 16, 19, 24])
        : faker.helpers.arrayElement([19, 24, 30, 30, 32, 38, 38]);
  const dayCount = Math.min(5, Math.max(2, Math.round(hoursPerWeek / 7.6) + (chance(faker, 0.3) ? 1 : 0)));
  const availableDays = [
    ...faker.helpers.arrayElements(WEEKDAYS, dayCount),
    ...(chance(faker, 0.1) ? ['sat'] : []),
  ];
  availableDays.sort((a, b) => [...WEEKDAYS, 'sat'].indexOf(a) - [...WEEKDAYS, 'sat'].indexOf(b));
  const shifts = [
    'day',
    ...(chance(faker, isFragile ? 0.15 : 0.4) ? ['early'] : []),
    ...(!isFragile && chance(faker, 0.25) ? ['late'] : []),
    ...(!isFragile && chance(faker, 0.06) ? ['night'] : []),
    ...(availableDays.includes('sat') || chance(faker, 0.1) ? ['weekend'] : []),
  ];

  // Occupations of interest: mostly the network's common jobs as fit the person, sometimes a whole group.
  const wishCount = weighted(faker, [
    [1, 3],
    [2, 4],
    [3, 3],
  ]);
  const wishes = new Set<string>();
  while (wishes.size < wishCount) {
    const t = weighted(faker, WISHES.get(archetype)!);
    wishes.add(chance(faker, 0.12) ? t.isco.slice(0, 2) : t.isco);
  }

  const educationLevel = weighted<EducationLevel>(
    faker,
    archetype === 'intellectual'
      ? [
          ['none', 1],
          ['primary', 5],
          ['lower_secondary', 4],
          ['upper_secondary', 1],
        ]
      : archetype === 'language'
        ? [
            ['none', 1],
            ['primary', 2],
            ['lower_secondary', 2],
            ['upper_secondary', 3],
            ['post_secondary', 1],
            ['bachelor', 2],
          ]
        : [
            ['none', 1],
            ['primary', 3],
            ['lower_secondary', 10],
            ['upper_secondary', 16],
            ['post_secondary', 3],
            ['bachelor', 5],
            ['master', 1],
          ],
  );

  // Work history: none for many with an intellectual disability, else up to three earlier jobs.
  const jobs = archetype === 'intellectual' && chance(faker, 0.6) ? 0 : faker.number.int({ min: 0, max: 3 });
  const workHistory = drawWorkHistory(faker, clock, p, jobs);

  // A recent referral's intake is still under way: the wishes, education and history follow at the next talk.
  const isFreshIntake = p.status === 'referred' && p.registeredDaysAgo <= 30 && chance(faker, 0.5);
  return {
    id: p.id,
    languages,
    dutchLevel,
    hasDrivingLicence,
    hasCar,
    hasBike,
    publicTransportOnly,
    maxCommuteMinutes,
    maxCommuteKm,
    hoursPerWeek,
    availableDays,
    shifts,
    occupationInterests: isFreshIntake ? [] : [...wishes],
    educationLevel: isFreshIntake ? null : educationLevel,
    workHistory: isFreshIntake ? [] : workHistory,
  };
}

/** Earlier jobs, most recent first, one after the other from the age of 17, ending before the registration. */
function drawWorkHistory(
  faker: Faker,
  clock: DemoClock,
  p: ParticipantSeed,
  count: number,
): WorkHistoryEntry[] {
  const earliest = addToDate(p.record.birth_date, { months: 17 * 12 });
  let endDaysAgo = p.registeredDaysAgo + faker.number.int({ min: 30, max: 400 });
  const entries: (WorkHistoryEntry & { isTooEarly: boolean })[] = [];
  for (let n = 0; n < count; n++) {
    const startDaysAgo = endDaysAgo + faker.number.int({ min: 90, max: 2400 });
    const job = chance(faker, 0.6)
      ? (({ title, isco }) => ({ title, isco }))(faker.helpers.arrayElement(JOB_TEMPLATES))
      : faker.helpers.arrayElement(OTHER_JOBS);
    const sector = faker.helpers.arrayElement(SECTORS);
    const hasEmployerName = chance(faker, 0.85);
    const lastName = faker.person.lastName();
    const from = clock.date(startDaysAgo);
    entries.push({
      jobTitle: job.title,
      employerName: hasEmployerName ? `${sector.label} ${lastName}` : null,
      iscoCode: job.isco,
      from: yearMonth(from),
      to: yearMonth(clock.date(endDaysAgo)),
      description: null,
      isTooEarly: from < earliest,
    });
    endDaysAgo = startDaysAgo + faker.number.int({ min: 30, max: 500 });
  }
  // Everything is drawn before jobs before the age of 17 are left out, so that the same seed draws the same
  // numbers on any day.
  const fitting = entries.findIndex((e) => e.isTooEarly);
  return entries.slice(0, fitting < 0 ? entries.length : fitting).map(({ isTooEarly: _, ...e }) => e);
}

/**
 * Pieter Deelnemer: back problems after years of order picking (his indication's physical archetype), looking
 * for lighter warehouse administration, data entry or print finishing, 30 hours in day shifts, by car.
 */
function pieterRecord(p: ParticipantSeed, clock: DemoClock): ParticipantRecordPlan {
  const monthsAgo = (months: number) => yearMonth(addToDate(clock.today, { months: -months }));
  return {
    id: p.id,
    languages: ['nl', 'en', 'fr'],
    dutchLevel: 'C2',
    hasDrivingLicence: true,
    hasCar: true,
    hasBike: true,
    publicTransportOnly: false,
    maxCommuteMinutes: 45,
    maxCommuteKm: 35,
    hoursPerWeek: 30,
    availableDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    shifts: ['day', 'early'],
    occupationInterests: PIETER_INTERESTS,
    educationLevel: 'upper_secondary',
    workHistory: [
      {
        jobTitle: 'Magazijnier',
        employerName: 'Logistiek Van Damme',
        iscoCode: '4321',
        from: monthsAgo(70),
        to: monthsAgo(14),
        description: 'Ontvangst en stockbeheer; gestopt na rugklachten.',
      },
      {
        jobTitle: 'Orderpicker',
        employerName: 'Distributiecentrum Evergem',
        iscoCode: '9333',
        from: monthsAgo(160),
        to: monthsAgo(71),
        description: null,
      },
    ],
  };
}

/** One UPDATE for every participant: the rows exist already, their record fields are filled in here. */
export async function updateParticipantRecords(db: Db, records: ParticipantRecordPlan[]) {
  const rows = records.map((r) => ({
    id: r.id,
    languages: r.languages,
    dutch_level: r.dutchLevel,
    has_driving_licence: r.hasDrivingLicence,
    has_car: r.hasCar,
    has_bike: r.hasBike,
    public_transport_only: r.publicTransportOnly,
    max_commute_minutes: r.maxCommuteMinutes,
    max_commute_km: r.maxCommuteKm,
    hours_per_week: r.hoursPerWeek,
    available_days: r.availableDays,
    shifts: r.shifts,
    occupation_interests: r.occupationInterests,
    education_level: r.educationLevel,
    work_history: r.workHistory,
  }));
  await sql`
    update participants p set languages = v.languages, dutch_level = v.dutch_level,
      has_driving_licence = v.has_driving_licence, has_car = v.has_car, has_bike = v.has_bike,
      public_transport_only = v.public_transport_only, max_commute_minutes = v.max_commute_minutes,
      max_commute_km = v.max_commute_km, hours_per_week = v.hours_per_week, available_days = v.available_days,
      shifts = v.shifts, occupation_interests = v.occupation_interests, education_level = v.education_level,
      work_history = v.work_history
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, languages text[], dutch_level text,
      has_driving_licence boolean, has_car boolean, has_bike boolean, public_transport_only boolean,
      max_commute_minutes smallint, max_commute_km smallint, hours_per_week smallint, available_days text[],
      shifts text[], occupation_interests text[], education_level text, work_history jsonb)
    where p.id = v.id
  `.execute(db);
}
