/**
 * Demo referrals and the course they give each participant: who referred them by which channel to which measure,
 * first contact, indication, start or no start, the follow-up job's reminders and "no answer" closings, and the
 * coach history. A referral's course is planned in days after its referral date and then observed on "today":
 * what lies today or later has not happened yet, so recent referrals are pending or in contact.
 */
import type { Faker } from '@faker-js/faker';
import type {
  Advice,
  IndicationChannel,
  Measure,
  NoStartReason,
  ReferralChannel,
  ReferralStatus,
  Role,
} from '../db/schema';
import { brusselsDate, daysBetween } from '../lib/dates';
import { FORMER_COACH_READ_DAYS } from '../modules/participants/participants.policy';
import { DEFAULT_FOLLOW_UP } from '../modules/referrals/referrals.settings';
import {
  chance,
  type Db,
  type DemoClock,
  type DemoNetwork,
  insertChunked,
  officeMinute,
  organisationId,
  type ParticipantSeed,
  serves,
  shortName,
  skewedDays,
  staffOf,
  weighted,
} from './demo-context';
import {
  type ArchetypeKey,
  adviceFits,
  composeIndication,
  drawIndicationCourse,
  type IcfCatalogue,
  type IndicationCourse,
  type IndicationPlan,
  indicationChannelFor,
  indicationOffsets,
  MEASURE_FOR_ADVICE,
  pickArchetype,
} from './indications.seed';

const { reminderDays: REMINDER_DAYS, noAnswerDays: NO_ANSWER_DAYS } = DEFAULT_FOLLOW_UP;
/** The follow-up job runs at 06:15 in Brussels. */
const JOB_MINUTE = 5 * 60 + 15;
/** Referrals reach back about two and a half years. */
const HISTORY_DAYS = 910;
const REFERRER_ROLES: readonly Role[] = ['coach', 'indication_consultant', 'org_admin'];
const RECEIVER_ROLES: readonly Role[] = ['coach', 'org_admin'];

interface ChannelProfile {
  weight: number;
  /** The referring organisation (none for self-referral and "other", which names the referrer). */
  referrerKey: string | null;
  /** Median days from referral to first contact by the receiving organisation. */
  contactMedian: number;
  /** Chance that the receiving organisation never answers (closed as "no answer" after 60 days). */
  noAnswerChance: number;
  /** Chance that a referral by this channel goes through an indication. */
  indicationChance: number;
  measures: Partial<Record<Measure, number>>;
}

export const CHANNELS: Record<ReferralChannel, ChannelProfile> = {
  vdab: {
    weight: 34,
    referrerKey: 'vdab',
    contactMedian: 6,
    noAnswerChance: 0.07,
    indicationChance: 0.95,
    measures: { cmw: 35, imw: 22, transition: 8, ama: 12 },
  },
  gtb: {
    weight: 20,
    referrerKey: 'gtb',
    contactMedian: 10,
    noAnswerChance: 0.08,
    indicationChance: 0.95,
    measures: { imw: 35, cmw: 25, transition: 8, regular_work: 15, reintegration: 5, ama: 10 },
  },
  ocmw_indication_cell: {
    weight: 14,
    referrerKey: 'ocmw-gent',
    contactMedian: 20,
    noAnswerChance: 0.12,
    indicationChance: 0.95,
    measures: { ama: 35, cmw: 30, regular_work: 20, imw: 10, transition: 5 },
  },
  health_insurer: {
    weight: 10,
    referrerKey: 'mutualiteit',
    contactMedian: 11,
    noAnswerChance: 0.08,
    indicationChance: 0.25,
    measures: { reintegration: 80, cmw: 8, imw: 12 },
  },
  caw: {
    weight: 7,
    referrerKey: 'caw',
    contactMedian: 12,
    noAnswerChance: 0.1,
    indicationChance: 0.3,
    measures: { ama: 60, cmw: 20, regular_work: 10, imw: 10 },
  },
  self: {
    weight: 5,
    referrerKey: null,
    contactMedian: 7,
    noAnswerChance: 0.08,
    indicationChance: 0.2,
    measures: { cmw: 35, ama: 20, imw: 20, regular_work: 20, transition: 5 },
  },
  other: {
    weight: 4,
    referrerKey: null,
    contactMedian: 14,
    noAnswerChance: 0.1,
    indicationChance: 0.25,
    measures: { ama: 40, cmw: 30, imw: 15, transition: 10, regular_work: 5 },
  },
};

/** Which archetypes come through which channel more (or less) often than average. */
const CHANNEL_AFFINITY: Record<ArchetypeKey, Partial<Record<ReferralChannel, number>>> = {
  physical: { gtb: 1.5, health_insurer: 1.5, caw: 0.3 },
  psychosocial: { caw: 2, ocmw_indication_cell: 1.3, other: 1.5, gtb: 0.6 },
  intellectual: { gtb: 2, other: 1.5, health_insurer: 0.3, caw: 0.5 },
  burnout: { health_insurer: 3, vdab: 0.8, gtb: 0.5, caw: 0.3, ocmw_indication_cell: 0.4 },
  language: { vdab: 1.5, ocmw_indication_cell: 1.8, gtb: 0.2, health_insurer: 0.2 },
};

const MEASURE_AFFINITY: Record<ArchetypeKey, Partial<Record<Measure, number>>> = {
  physical: { imw: 1.5, regular_work: 1.2, ama: 0.5, reintegration: 1.3 },
  psychosocial: { ama: 2, imw: 0.7, regular_work: 0.5, reintegration: 0.8, transition: 0.8 },
  intellectual: { cmw: 1.8, ama: 1.3, imw: 0.8, regular_work: 0.3, transition: 0.8, reintegration: 0.3 },
  burnout: { reintegration: 2, imw: 1.2, cmw: 0.5, ama: 0.5, transition: 0.5 },
  language: { regular_work: 2, imw: 1.2, ama: 0.5, transition: 0.7, reintegration: 0.3 },
};

/** The organisation whose own channel a referral of its participants mostly is. */
const HOME_CHANNEL: Record<string, ReferralChannel> = {
  vdab: 'vdab',
  gtb: 'gtb',
  'ocmw-gent': 'ocmw_indication_cell',
  mutualiteit: 'health_insurer',
  caw: 'caw',
};

/** Who receives a measure: maatwerkbedrijven for CMW, the job-coach organisation for re-integration, … */
export const RECEIVERS: Record<Measure, string[]> = {
  cmw: ['leiewerf', 'dendervallei'],
  ama: ['leiewerf', 'dendervallei', 'caw'],
  imw: ['scheldeland', 'leiewerf', 'dendervallei'],
  transition: ['scheldeland', 'leiewerf', 'dendervallei'],
  // The health insurer's partner for return to work is GTB.
  reintegration: ['scheldeland', 'gtb'],
  regular_work: ['vdab'],
};

/** Of those who are answered and fit the measure, how many start: AMA least (the federation's 68% never start). */
const START_CHANCE: Record<Measure, number> = {
  ama: 0.45,
  cmw: 0.85,
  imw: 0.82,
  transition: 0.85,
  reintegration: 0.8,
  regular_work: 0.75,
};
/** And how many drop out soon after the first contact. */
const EARLY_DROP_CHANCE: Record<Measure, number> = {
  ama: 0.25,
  cmw: 0.08,
  imw: 0.08,
  transition: 0.06,
  reintegration: 0.08,
  regular_work: 0.1,
};
/** Median days from the go-ahead (approval, or the first contact without indication) to the start. */
const START_MEDIAN: Record<Measure, number> = {
  ama: 18,
  cmw: 30,
  imw: 26,
  transition: 24,
  reintegration: 16,
  regular_work: 14,
};

const EARLY_REASONS: readonly (readonly [NoStartReason, number])[] = [
  ['not_reachable', 22],
  ['not_motivated', 30],
  ['health', 20],
  ['moved', 8],
  ['financial', 10],
  ['other', 10],
];
const LATE_REASONS: readonly (readonly [NoStartReason, number])[] = [
  ['not_motivated', 25],
  ['health', 25],
  ['financial', 12],
  ['moved', 6],
  ['activity_mismatch', 12],
  ['not_reachable', 8],
  ['other', 12],
];
const NO_START_TEXTS: Partial<Record<NoStartReason, string[]>> = {
  other: [
    'Kiest voor een opleiding bij het CVO.',
    'Heeft zelf werk gevonden via een interimkantoor.',
    'Mantelzorg voor een familielid gaat nu voor.',
    'Start eerst een taaltraject Nederlands.',
    'Wacht de beslissing over de verhuis naar een andere regio af.',
  ],
  financial: ['Verlies van een toelage maakt starten financieel niet haalbaar.'],
  activity_mismatch: ['Het aanbod sluit niet aan bij het advies van de indicering.'],
  not_motivated: ['Ziet het nu niet zitten; later opnieuw bekijken.'],
};

const MOTIVATIONS: Record<Measure, string[]> = {
  cmw: [
    'Zoekt vast werk in een beschermde omgeving met begeleiding op de vloer.',
    'Wil graag werken, maar heeft een aangepast tempo en een vaste structuur nodig.',
  ],
  ama: [
    'Nood aan een zinvolle dagbesteding als opstap; betaald werk is nog te zwaar.',
    'Komt weinig buiten; arbeidszorg kan structuur en sociale contacten geven.',
  ],
  imw: [
    'Kan aan de slag bij een gewone werkgever met loonpremie en begeleiding door een jobcoach.',
    'Heeft ervaring in logistiek en wil terug naar een gewone werkgever, met ondersteuning.',
  ],
  transition: [
    'Werkt stabiel in het maatwerkbedrijf en is klaar voor een stap naar een gewone werkgever.',
    'Goede evaluaties op de werkvloer; doorstroom naar het normaal economisch circuit bekijken.',
  ],
  reintegration: [
    'Wil na een lange afwezigheid stap voor stap terug aan het werk; de adviserend arts gaf akkoord.',
    'Re-integratie in aangepast werk, eerst deeltijds.',
  ],
  regular_work: [
    'Klaar voor een gewone job; zoekt hulp bij solliciteren en een eerste werkervaring.',
    'Kan zelfstandig werken; bemiddeling naar een vacature gevraagd.',
  ],
};

const OTHER_REFERRERS = [
  (faker: Faker) => `Dr. ${faker.person.lastName()}, huisarts`,
  () => 'Buso-school De Brug',
  () => 'CGG Scheldebocht',
  () => 'Psychiatrisch centrum Ter Leie',
  () => 'Dienst sociaal werk, AZ Oostveld',
  () => 'Leerlingenbegeleiding Sint-Jozefscollege',
];

// ── Plans ────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ReferralPlan {
  id: string;
  participantId: string;
  channel: ReferralChannel;
  referrerKey: string | null;
  referrerUserId: string | null;
  referrerName: string | null;
  referrerContact: string | null;
  measure: Measure;
  targetKey: string;
  motivation: string;
  referredDaysAgo: number;
  contactDaysAgo: number | null;
  startedDaysAgo: number | null;
  noStartReason: NoStartReason | null;
  noStartText: string | null;
  status: ReferralStatus;
  reminderSentAt: Date | null;
  closedAt: Date | null;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface AssignmentPlan {
  participantId: string;
  organisationKey: string;
  coachUserId: string | null;
  startedAt: Date;
  endedAt: Date | null;
  readAccessUntil: Date | null;
  assignedBy: string | null;
  reason: string | null;
}

export interface NotificationPlan {
  userId: string;
  kind: 'referral.reminder' | 'referral.no_answer';
  entityId: string;
  params: Record<string, string | number>;
  createdAt: Date;
  readAt: Date | null;
}

/** What the consents need to know about a participant's course. */
export interface CourseFacts {
  participant: ParticipantSeed;
  /** The organisations that held the record, from the registration on (days ago). */
  holders: { key: string; fromDaysAgo: number }[];
  /** The first indication: which organisation, started how many days ago. */
  indication: { organisationKey: string; startedDaysAgo: number } | null;
  /** Since when the current coach coaches (days ago). */
  coachSinceDaysAgo: number;
}

export interface ReferralHistory {
  referrals: ReferralPlan[];
  indications: IndicationPlan[];
  assignments: AssignmentPlan[];
  notifications: NotificationPlan[];
  courses: CourseFacts[];
}

/** A fixed course for the demo accounts' own work: overrides of what the random draws gave. */
interface Scenario {
  archetype?: ArchetypeKey;
  channel: ReferralChannel;
  measure: Measure;
  target?: string;
  referredDaysAgo: number;
  /** Days to the first contact; null: never answered. */
  contactAfter: number | null;
  indication?: Partial<IndicationCourse>;
  /** The demo consultant referred the person and writes the indication. */
  byDemoConsultant?: boolean;
  outcome?: { isStart: boolean; after: number };
  coach?: 'demo';
}

const indicationSteps = (start: number, advice: number, validation: number) => ({
  startAfterContact: start,
  toFirstSubmission: advice,
  toValidation: validation,
  returned: null,
});

/**
 * Participant 0 is the participant demo account (Pieter Deelnemer): referred by the VDAB, indicated by the demo
 * consultant and approved, started at De Leiewerf with the demo coach. Participants 1–3 are the demo
 * consultant's open work (two drafts, one returned); 4–6 wait for the demo validator; 7 went unanswered.
 */
const SCENARIOS: Record<number, Scenario> = {
  0: {
    archetype: 'physical',
    channel: 'vdab',
    measure: 'imw',
    target: 'leiewerf',
    referredDaysAgo: 190,
    contactAfter: 4,
    indication: { ...indicationSteps(5, 14, 6), advice: 'regular_work_with_support', severity: 0 },
    byDemoConsultant: true,
    outcome: { isStart: true, after: 21 },
    coach: 'demo',
  },
  1: {
    channel: 'vdab',
    measure: 'cmw',
    referredDaysAgo: 12,
    contactAfter: 2,
    indication: indicationSteps(3, 30, 6),
    byDemoConsultant: true,
  },
  2: {
    channel: 'vdab',
    measure: 'imw',
    referredDaysAgo: 26,
    contactAfter: 5,
    indication: indicationSteps(4, 25, 6),
    byDemoConsultant: true,
  },
  3: {
    channel: 'vdab',
    measure: 'cmw',
    referredDaysAgo: 40,
    contactAfter: 3,
    indication: { ...indicationSteps(4, 12, 6), returned: { after: 6, resubmitAfter: 30 } },
    byDemoConsultant: true,
  },
  4: {
    channel: 'vdab',
    measure: 'imw',
    referredDaysAgo: 30,
    contactAfter: 3,
    indication: indicationSteps(5, 14, 20),
  },
  5: {
    channel: 'vdab',
    measure: 'cmw',
    referredDaysAgo: 24,
    contactAfter: 2,
    indication: indicationSteps(4, 12, 15),
  },
  6: {
    channel: 'vdab',
    measure: 'ama',
    referredDaysAgo: 45,
    contactAfter: 6,
    indication: { ...indicationSteps(8, 20, 20), returned: { after: 4, resubmitAfter: 5 } },
  },
  // Never answered: the follow-up job closed it two days ago and told the demo consultant.
  7: {
    channel: 'vdab',
    measure: 'cmw',
    referredDaysAgo: 62,
    contactAfter: null,
    byDemoConsultant: true,
  },
};

/** The planned course of one referral, in days after its referral date. */
interface Story {
  contactAfter: number | null;
  terminal: {
    kind: 'started' | 'no_start' | 'no_answer' | 'withdrawn';
    after: number;
    reason?: NoStartReason;
  };
  indication: IndicationCourse | null;
}

/** The participant's state while their referrals are planned one after the other. */
interface CourseState {
  participant: ParticipantSeed;
  archetype: ArchetypeKey;
  holders: { key: string; fromDaysAgo: number }[];
  assignment: AssignmentPlan;
  isInTrajectory: boolean;
  /** The latest approved indication: its advice, channel, and when it was validated and holds until (days ago). */
  approved: {
    advice: Advice;
    channel: IndicationChannel;
    validatedDaysAgo: number;
    validUntilDaysAgo: number;
  } | null;
  firstIndication: CourseFacts['indication'];
  /** The most recent thing that happened (days ago). */
  latestDaysAgo: number;
  lastStartDaysAgo: number | null;
  lastClosedDaysAgo: number | null;
  coachSinceDaysAgo: number;
}

export class ReferralPlanner {
  private readonly referrals: ReferralPlan[] = [];
  private readonly indications: IndicationPlan[] = [];
  private readonly assignments: AssignmentPlan[] = [];
  private readonly notifications: NotificationPlan[] = [];
  private readonly courses: CourseFacts[] = [];

  constructor(
    private readonly faker: Faker,
    private readonly network: DemoNetwork,
    private readonly clock: DemoClock,
    private readonly catalogue: IcfCatalogue,
  ) {}

  /** Plans every participant's referrals and settles their record (status, organisation, coach, measure). */
  plan(participants: ParticipantSeed[]): ReferralHistory {
    for (const participant of participants) {
      this.planParticipant(participant);
    }
    return {
      referrals: this.referrals,
      indications: this.indications,
      assignments: this.assignments,
      notifications: this.notifications,
      courses: this.courses,
    };
  }

  private planParticipant(participant: ParticipantSeed) {
    const { faker } = this;
    const scenario = SCENARIOS[participant.index];
    const archetype = scenario?.archetype ?? pickArchetype(faker);
    const drawnCount = weighted(faker, [
      [0, 7],
      [1, 33],
      [2, 50],
      [3, 10],
    ]);
    const count = scenario ? 1 : drawnCount;
    // Many single referrals are recent intake, so the inboxes hold fresh work on any day; the others lean to
    // the last year too, as the network grew.
    const isRecent = chance(faker, 0.45);
    const spread = faker.number.float() ** 2;
    const firstDaysAgo = scenario
      ? scenario.referredDaysAgo
      : count === 1
        ? isRecent
          ? faker.number.int({ min: 1, max: 59 })
          : 60 + Math.round(spread * (HISTORY_DAYS - 60))
        : faker.number.int({ min: count === 2 ? 200 : 450, max: HISTORY_DAYS });
    const registeredDaysAgo =
      count === 0
        ? faker.number.int({ min: 30, max: 1100 })
        : firstDaysAgo + faker.number.int({ min: 0, max: 20 });
    const registeredAt = this.clock.at(registeredDaysAgo, officeMinute(faker));
    participant.registeredDaysAgo = registeredDaysAgo;
    participant.registeredAt = registeredAt;
    const state: CourseState = {
      participant,
      archetype,
      holders: [{ key: participant.organisationKey, fromDaysAgo: registeredDaysAgo }],
      assignment: {
        participantId: participant.id,
        organisationKey: participant.organisationKey,
        coachUserId: participant.coachUserId,
        startedAt: registeredAt,
        endedAt: null,
        readAccessUntil: null,
        assignedBy: null,
        reason: null,
      },
      isInTrajectory: false,
      approved: null,
      firstIndication: null,
      latestDaysAgo: registeredDaysAgo,
      lastStartDaysAgo: null,
      lastClosedDaysAgo: null,
      coachSinceDaysAgo: registeredDaysAgo,
    };
    this.assignments.push(state.assignment);

    if (count === 0) {
      this.settleWithoutReferral(state);
    } else {
      let referredDaysAgo = firstDaysAgo;
      let previous: ReferralPlan | null = null;
      for (let n = 0; n < count && referredDaysAgo >= 1; n++) {
        const referral = this.planReferral(state, referredDaysAgo, previous, n === 0 ? scenario : undefined);
        previous = referral;
        if (referral.status === 'pending' || referral.status === 'in_contact') {
          break;
        }
        const endedDaysAgo = referral.startedDaysAgo ?? state.lastClosedDaysAgo ?? referredDaysAgo;
        const gap =
          referral.status === 'started' ? skewedDays(faker, 300, 0.4, 90) : skewedDays(faker, 50, 0.7, 7);
        referredDaysAgo = endedDaysAgo - gap;
      }
      this.settleAfterReferrals(state, previous!);
    }
    this.settleActivity(state);
    this.courses.push({
      participant,
      holders: state.holders,
      indication: state.firstIndication,
      coachSinceDaysAgo: state.coachSinceDaysAgo,
    });
  }

  private pickChannel(state: CourseState, previous: ReferralPlan | null): ReferralChannel {
    const { participant, archetype } = state;
    const home = HOME_CHANNEL[participant.organisationKey];
    return weighted(
      this.faker,
      (Object.keys(CHANNELS) as ReferralChannel[]).map((channel) => {
        let weight = CHANNELS[channel].weight * (CHANNEL_AFFINITY[archetype][channel] ?? 1);
        if (channel === home) {
          weight *= 3;
        }
        if (previous?.channel === channel) {
          weight *= 2;
        }
        // The OCMW's indication cell works for the people of its own municipality, and there for many of them.
        if (channel === 'ocmw_indication_cell') {
          weight = serves(this.network, 'ocmw-gent', participant.municipalityNis) ? weight * 6 : 0;
        }
        return [channel, weight] as const;
      }),
    );
  }

  private pickMeasure(state: CourseState, channel: ReferralChannel, previous: ReferralPlan | null): Measure {
    const { faker } = this;
    if (previous?.status === 'started') {
      // A later step after a start: from AMA to CMW, from CMW on to a regular employer.
      const next: Partial<Record<Measure, Partial<Record<Measure, number>>>> = {
        ama: { cmw: 3, ama: 1 },
        cmw: { transition: 3, imw: 2 },
        imw: { regular_work: 2, transition: 1 },
        transition: { regular_work: 2, imw: 1 },
        reintegration: { imw: 2, regular_work: 1 },
        regular_work: { imw: 1, regular_work: 1 },
      };
      return weighted(faker, Object.entries(next[previous.measure]!) as [Measure, number][]);
    }
    const advised = state.approved ? MEASURE_FOR_ADVICE[state.approved.advice] : null;
    const affinity = MEASURE_AFFINITY[state.archetype];
    return weighted(
      faker,
      (Object.entries(CHANNELS[channel].measures) as [Measure, number][]).map(([measure, weight]) => {
        let w = weight * (affinity[measure] ?? 1);
        if (advised === measure) {
          w *= 6;
        }
        if (previous?.measure === measure) {
          w *= 0.4;
        }
        return [measure, w] as const;
      }),
    );
  }

  private pickTarget(state: CourseState, measure: Measure, previous: ReferralPlan | null): string {
    const { participant } = state;
    const candidates = RECEIVERS[measure];
    const near = candidates.filter((key) => serves(this.network, key, participant.municipalityNis));
    const pool = near.length > 0 ? near : candidates;
    return weighted(
      this.faker,
      pool.map((key) => {
        let weight = 1;
        if (key === participant.organisationKey) {
          weight *= 3;
        }
        if (previous && previous.status !== 'started' && previous.targetKey === key) {
          weight *= 0.3;
        }
        return [key, weight] as const;
      }),
    );
  }

  /** Draws the course of one referral, as if it would run its full length. */
  private drawStory(
    state: CourseState,
    channel: ReferralChannel,
    measure: Measure,
    referredDaysAgo: number,
    scenario?: Scenario,
  ): Story {
    const { faker } = this;
    const profile = CHANNELS[channel];
    const drawnWithdrawal = faker.number.int({ min: 1, max: 40 });
    const withdrawAfter = chance(faker, 0.05) && !scenario ? drawnWithdrawal : null;
    const isNeverAnswered = chance(faker, profile.noAnswerChance);
    const drawnContact = skewedDays(faker, profile.contactMedian, 1, 0);
    const contactAfter = scenario ? scenario.contactAfter : isNeverAnswered ? null : drawnContact;
    const isGivenUp = chance(faker, 0.25) && !scenario;
    const givenUpAfter = faker.number.int({ min: 10, max: NO_ANSWER_DAYS - 5 });
    const wantsIndication = chance(faker, profile.indicationChance);
    // Where the referrer indicates first (VDAB, GTB, OCMW cell), fewer drop out before the indication.
    const isEarlyDrop = chance(
      faker,
      EARLY_DROP_CHANCE[measure] * (profile.indicationChance > 0.5 ? 0.3 : 1),
    );
    const earlyReason = weighted(faker, EARLY_REASONS);
    const earlyAfter = faker.number.int({ min: 2, max: 30 });
    const willStart = chance(faker, START_CHANCE[measure]);
    const startAfter = skewedDays(faker, START_MEDIAN[measure], 0.6, 1);
    const lateReason = weighted(faker, LATE_REASONS);
    const lateAfter = skewedDays(faker, 20, 0.6, 2);
    const indicationChannel = indicationChannelFor(faker, channel, state.participant.municipalityNis);
    const drawnCourse = drawIndicationCourse(faker, indicationChannel, state.archetype, measure);
    // An approved indication holds for two years; another indicating channel redoes one older than a year.
    const approved = state.approved;
    const hasValidIndication =
      approved !== null &&
      approved.validUntilDaysAgo < referredDaysAgo &&
      (approved.channel === indicationChannel || approved.validatedDaysAgo - referredDaysAgo < 365);

    if (contactAfter === null || contactAfter >= NO_ANSWER_DAYS) {
      if (withdrawAfter !== null) {
        return {
          contactAfter: null,
          terminal: { kind: 'withdrawn', after: withdrawAfter },
          indication: null,
        };
      }
      return {
        contactAfter: null,
        terminal: isGivenUp
          ? { kind: 'no_start', after: givenUpAfter, reason: 'not_reachable' }
          : { kind: 'no_answer', after: NO_ANSWER_DAYS },
        indication: null,
      };
    }
    if (withdrawAfter !== null && withdrawAfter < contactAfter) {
      return { contactAfter: null, terminal: { kind: 'withdrawn', after: withdrawAfter }, indication: null };
    }
    const hasIndication = scenario
      ? !!scenario.indication
      : !hasValidIndication && wantsIndication && !isEarlyDrop;
    const indication = hasIndication
      ? {
          ...drawnCourse,
          ...(scenario && {
            ...scenario.indication,
            channel: 'vdab' as const,
            organisationKey: 'vdab',
            archetype: state.archetype,
          }),
        }
      : null;
    if (!scenario && isEarlyDrop) {
      return {
        contactAfter,
        terminal: { kind: 'no_start', after: contactAfter + earlyAfter, reason: earlyReason },
        indication: null,
      };
    }
    const goAhead = indication ? contactAfter + indicationOffsets(indication).validation : contactAfter;
    if (
      withdrawAfter !== null &&
      withdrawAfter < (indication ? contactAfter + indication.startAfterContact : goAhead)
    ) {
      return { contactAfter, terminal: { kind: 'withdrawn', after: withdrawAfter }, indication: null };
    }
    // A next step after a start is judged on its own indication: the person has grown since the old advice.
    const isNextStep = state.isInTrajectory;
    const advice = indication?.advice ?? (isNextStep ? undefined : state.approved?.advice);
    const fits = advice === undefined || adviceFits(measure, advice);
    const outcome = scenario?.outcome ?? { isStart: willStart, after: willStart ? startAfter : lateAfter };
    if (fits && outcome.isStart) {
      return { contactAfter, terminal: { kind: 'started', after: goAhead + outcome.after }, indication };
    }
    const reason: NoStartReason = fits
      ? lateReason
      : advice === 'care_first'
        ? 'health'
        : 'activity_mismatch';
    return { contactAfter, terminal: { kind: 'no_start', after: goAhead + lateAfter, reason }, indication };
  }

  private planReferral(
    state: CourseState,
    referredDaysAgo: number,
    previous: ReferralPlan | null,
    scenario?: Scenario,
  ): ReferralPlan {
    const { faker, network, clock } = this;
    const { participant } = state;
    const drawnChannel = this.pickChannel(state, previous);
    const channel = scenario?.channel ?? drawnChannel;
    const drawnMeasure = this.pickMeasure(state, channel, previous);
    const measure = scenario?.measure ?? drawnMeasure;
    const drawnTarget = this.pickTarget(state, measure, previous);
    const targetKey = scenario?.target ?? drawnTarget;
    const profile = CHANNELS[channel];
    const referrerKey = profile.referrerKey;
    const drawnReferrer = referrerKey
      ? faker.helpers.arrayElement(staffOf(network, referrerKey, REFERRER_ROLES))
      : null;
    const referrerUserId =
      scenario?.byDemoConsultant && referrerKey === 'vdab'
        ? network.demoUsers.get('indication_consultant')!
        : drawnReferrer;
    const otherName = faker.helpers.arrayElement(OTHER_REFERRERS)(faker);
    const otherContact = faker.helpers.replaceSymbols('09 ### ## ##');
    const receiver = faker.helpers.arrayElement(staffOf(network, targetKey, RECEIVER_ROLES));
    const motivation = faker.helpers.arrayElement(MOTIVATIONS[measure]);
    const explanationIndex = faker.number.int(99);
    const hasExplanation = chance(faker, 0.4);
    const story = this.drawStory(state, channel, measure, referredDaysAgo, scenario);

    // Observe the course on today: the follow-up job's steps happen early in the morning, others during the day.
    const ago = (after: number) => referredDaysAgo - after;
    const isJobStep = story.terminal.kind === 'no_answer';
    const terminalAgo = ago(story.terminal.after);
    const isClosed = isJobStep ? terminalAgo >= 0 : terminalAgo >= 1;
    const contactDaysAgo =
      story.contactAfter !== null && ago(story.contactAfter) >= 1 ? ago(story.contactAfter) : null;
    const status: ReferralStatus = isClosed
      ? story.terminal.kind
      : contactDaysAgo !== null
        ? 'in_contact'
        : 'pending';
    const answeredAfter = Math.min(story.contactAfter ?? Number.POSITIVE_INFINITY, story.terminal.after);
    const isReminded = answeredAfter >= REMINDER_DAYS && referredDaysAgo >= REMINDER_DAYS;

    const id = faker.string.uuid();
    const createdAt = clock.at(referredDaysAgo, officeMinute(faker));
    const contactMinute = officeMinute(faker);
    const closedMinute = officeMinute(faker);
    const closedAt = isClosed ? clock.at(terminalAgo, isJobStep ? JOB_MINUTE : closedMinute) : null;
    const reminderSentAt = isReminded ? clock.at(ago(REMINDER_DAYS), JOB_MINUTE) : null;
    const reason = isClosed && story.terminal.kind === 'no_start' ? story.terminal.reason! : null;
    const explanations = reason ? (NO_START_TEXTS[reason] ?? []) : [];
    const explanation = explanations[explanationIndex % Math.max(1, explanations.length)] ?? null;
    const referral: ReferralPlan = {
      id,
      participantId: participant.id,
      channel,
      referrerKey,
      referrerUserId,
      referrerName: channel === 'other' ? otherName : null,
      referrerContact: channel === 'other' ? otherContact : null,
      measure,
      targetKey,
      motivation,
      referredDaysAgo,
      contactDaysAgo,
      startedDaysAgo: status === 'started' ? terminalAgo : null,
      noStartReason: reason,
      // "Other" always says what it was; for the listed reasons the receiver sometimes adds a line.
      noStartText: reason === 'other' || hasExplanation ? explanation : null,
      status,
      reminderSentAt,
      closedAt,
      // The referrer records it; a self-referral or one by an outside referrer is registered by the receiver.
      createdBy: referrerUserId ?? receiver,
      version: 1 + (contactDaysAgo === null ? 0 : 1) + (isClosed ? 1 : 0),
      createdAt,
      updatedAt: closedAt ?? (contactDaysAgo !== null ? clock.at(contactDaysAgo, contactMinute) : createdAt),
    };
    this.referrals.push(referral);
    this.notifyFollowUp(referral, participant);

    // The participant waits from the referral on, unless already working in a trajectory.
    if (!state.isInTrajectory && participant.waitingSinceDaysAgo === null) {
      participant.waitingSinceDaysAgo = referredDaysAgo;
    }
    state.latestDaysAgo = Math.min(state.latestDaysAgo, referredDaysAgo, contactDaysAgo ?? referredDaysAgo);

    let indication: IndicationPlan | null = null;
    if (story.indication && referral.contactDaysAgo !== null) {
      const startAgo = referral.contactDaysAgo - story.indication.startAfterContact;
      if (startAgo >= 1) {
        indication = composeIndication(faker, network, clock, this.catalogue, {
          id: faker.string.uuid(),
          participantId: participant.id,
          referralId: id,
          course: story.indication,
          contactDaysAgo: referral.contactDaysAgo,
          // Young people from special-needs schooling often have not had paid work yet.
          hasNeverWorked: state.archetype === 'intellectual',
          consultantUserId: scenario?.byDemoConsultant
            ? network.demoUsers.get('indication_consultant')!
            : undefined,
        });
        this.indications.push(indication);
        state.firstIndication ??= { organisationKey: indication.organisationKey, startedDaysAgo: startAgo };
        state.latestDaysAgo = Math.min(state.latestDaysAgo, daysAgoOf(clock, indication.updatedAt));
        if (indication.status === 'approved') {
          const validatedAgo = daysAgoOf(clock, indication.validatedAt!);
          state.approved = {
            advice: indication.advice!,
            channel: indication.channel,
            validatedDaysAgo: validatedAgo,
            validUntilDaysAgo: validatedAgo - 730,
          };
        }
      }
    }

    if (status === 'started') {
      this.start(state, referral, scenario);
    } else if (isClosed) {
      state.lastClosedDaysAgo = terminalAgo;
      state.latestDaysAgo = Math.min(state.latestDaysAgo, terminalAgo);
      if (!state.isInTrajectory) {
        participant.status = 'waiting';
      }
    } else if (!state.isInTrajectory) {
      // Open: referred, in indication while the indication is open, waiting once it is approved.
      participant.status =
        indication === null ? 'referred' : indication.status === 'approved' ? 'waiting' : 'in_indication';
    }
    return referral;
  }

  /** The person started: the record moves to the receiving organisation (when it serves where they live). */
  private start(state: CourseState, referral: ReferralPlan, scenario?: Scenario) {
    const { faker, network } = this;
    const { participant } = state;
    const startedAgo = referral.startedDaysAgo!;
    const coaches = staffOf(network, referral.targetKey, ['coach']);
    const drawnCoach = coaches.length > 0 && chance(faker, 0.92) ? faker.helpers.arrayElement(coaches) : null;
    const startedAt = referral.closedAt!;
    state.isInTrajectory = true;
    state.lastStartDaysAgo = startedAgo;
    state.latestDaysAgo = Math.min(state.latestDaysAgo, startedAgo);
    participant.status = 'in_trajectory';
    participant.currentMeasure = referral.measure;
    participant.waitingSinceDaysAgo = null;
    const moves = referral.targetKey !== participant.organisationKey;
    if (moves && !serves(network, referral.targetKey, participant.municipalityNis)) {
      // The receiver does not serve where the person lives: the record stays with its organisation.
      return;
    }
    const coach =
      scenario?.coach === 'demo'
        ? network.demoUsers.get('coach')!
        : moves
          ? drawnCoach
          : (participant.coachUserId ?? drawnCoach);
    if (!moves && coach === participant.coachUserId) {
      return;
    }
    const previous = state.assignment;
    previous.endedAt = startedAt;
    previous.readAccessUntil =
      previous.coachUserId && previous.coachUserId !== coach
        ? new Date(startedAt.getTime() + FORMER_COACH_READ_DAYS * 86_400_000)
        : null;
    state.assignment = {
      participantId: participant.id,
      organisationKey: referral.targetKey,
      coachUserId: coach,
      startedAt,
      endedAt: null,
      readAccessUntil: null,
      assignedBy: coach ?? staffOf(network, referral.targetKey, ['org_admin', 'coach'])[0] ?? null,
      reason: 'referral_started',
    };
    this.assignments.push(state.assignment);
    if (moves) {
      state.holders.push({ key: referral.targetKey, fromDaysAgo: startedAgo });
    }
    participant.organisationKey = referral.targetKey;
    participant.coachUserId = coach;
    state.coachSinceDaysAgo = startedAgo;
  }

  /** Reminders to the receiving organisation and "no answer" notices to the referrer, as the job sends them. */
  private notifyFollowUp(referral: ReferralPlan, participant: ParticipantSeed) {
    const { faker, network, clock } = this;
    const name = shortName(participant.firstName, participant.lastName);
    const referredOn = clock.date(referral.referredDaysAgo);
    const push = (
      userIds: string[],
      kind: NotificationPlan['kind'],
      daysAgo: number,
      params: NotificationPlan['params'],
    ) => {
      for (const userId of new Set(userIds)) {
        const isRead = daysAgo >= 3 && chance(faker, 0.8);
        const readAgo = daysAgo - faker.number.int({ min: 0, max: 3 });
        this.notifications.push({
          userId,
          kind,
          entityId: referral.id,
          params,
          createdAt: clock.at(daysAgo, JOB_MINUTE),
          readAt: isRead && readAgo >= 1 ? clock.at(readAgo, officeMinute(faker)) : null,
        });
      }
    };
    if (referral.reminderSentAt) {
      push(
        staffOf(network, referral.targetKey, ['org_admin', 'coach']),
        'referral.reminder',
        referral.referredDaysAgo - REMINDER_DAYS,
        { participant: name, referredOn, measure: referral.measure },
      );
    }
    if (referral.status === 'no_answer') {
      push(
        [
          ...(referral.referrerUserId ? [referral.referrerUserId] : []),
          ...(referral.referrerKey ? staffOf(network, referral.referrerKey, ['org_admin']) : []),
        ],
        'referral.no_answer',
        referral.referredDaysAgo - NO_ANSWER_DAYS,
        { participant: name, referredOn, days: NO_ANSWER_DAYS },
      );
    }
  }

  /** People registered without a referral: workers already in a maatwerkbedrijf, or people who wait or left. */
  private settleWithoutReferral(state: CourseState) {
    const { faker, network } = this;
    const { participant } = state;
    const kind = network.organisations.get(participant.organisationKey)!.kind;
    const isReceiver = kind === 'maatwerkbedrijf' || kind === 'coaching_organisation';
    const roll = faker.number.float();
    const measure: Measure =
      kind === 'maatwerkbedrijf'
        ? weighted(faker, [
            ['cmw', 4],
            ['ama', 1],
          ])
        : weighted(faker, [
            ['imw', 2],
            ['transition', 1],
          ]);
    if (isReceiver) {
      participant.status = roll < 0.75 ? 'in_trajectory' : roll < 0.9 ? 'employed' : 'closed';
      participant.currentMeasure = participant.status === 'closed' ? null : measure;
      state.isInTrajectory = participant.status === 'in_trajectory';
    } else {
      participant.status = roll < 0.6 ? 'waiting' : 'closed';
      participant.waitingSinceDaysAgo =
        participant.status === 'waiting' ? participant.registeredDaysAgo : null;
    }
  }

  /** After the last referral: some who started long ago found lasting work or left; some who waited long left. */
  private settleAfterReferrals(state: CourseState, last: ReferralPlan) {
    const { faker } = this;
    const { participant } = state;
    const roll = faker.number.float();
    const isOpen = last.status === 'pending' || last.status === 'in_contact';
    if (participant.status === 'in_trajectory' && !isOpen && (state.lastStartDaysAgo ?? 0) > 400) {
      if (roll < 0.3 && participant.currentMeasure !== 'ama') {
        participant.status = 'employed';
      } else if (roll > 0.9) {
        participant.status = 'closed';
        participant.currentMeasure = null;
      }
    } else if (
      participant.status === 'waiting' &&
      !isOpen &&
      (state.lastClosedDaysAgo ?? 0) > 180 &&
      roll < 0.35
    ) {
      participant.status = 'closed';
      participant.waitingSinceDaysAgo = null;
    }
  }

  /**
   * The last activity: the latest step of the course, or later casework (a talk, a note). About one in ten
   * has heard nothing for more than 90 days, so the "no one gets lost" list has people to show.
   */
  private settleActivity(state: CourseState) {
    const { faker } = this;
    const { participant } = state;
    const isQuiet = chance(faker, 0.2);
    const casework = isQuiet
      ? faker.number.int({ min: 91, max: 400 })
      : faker.number.int({ min: 1, max: 60 });
    const isDone = participant.status === 'closed' || participant.status === 'employed';
    participant.lastActivityDaysAgo = isDone
      ? Math.min(state.latestDaysAgo, Math.max(casework, 30))
      : Math.min(state.latestDaysAgo, casework);
  }
}

function daysAgoOf(clock: DemoClock, at: Date): number {
  return daysBetween(brusselsDate(at), clock.today);
}

// ── Storing ──────────────────────────────────────────────────────────────────────────────────────────────────

export async function insertReferralHistory(
  db: Db,
  network: DemoNetwork,
  clock: DemoClock,
  history: ReferralHistory,
) {
  const org = (key: string | null) => (key ? organisationId(network, key) : null);
  await insertChunked(history.referrals, 500, (chunk) =>
    db
      .insertInto('referrals')
      .values(
        chunk.map((r) => ({
          id: r.id,
          participant_id: r.participantId,
          channel: r.channel,
          referrer_organisation_id: org(r.referrerKey),
          referrer_user_id: r.referrerUserId,
          referrer_name: r.referrerName,
          referrer_contact: r.referrerContact,
          measure: r.measure,
          target_organisation_id: org(r.targetKey)!,
          motivation: r.motivation,
          referred_on: clock.date(r.referredDaysAgo),
          first_contact_on: r.contactDaysAgo === null ? null : clock.date(r.contactDaysAgo),
          started_on: r.startedDaysAgo === null ? null : clock.date(r.startedDaysAgo),
          no_start_reason: r.noStartReason,
          no_start_text: r.noStartText,
          status: r.status,
          reminder_sent_at: r.reminderSentAt,
          closed_at: r.closedAt,
          created_by: r.createdBy,
          version: r.version,
          created_at: r.createdAt,
          updated_at: r.updatedAt,
        })),
      )
      .execute(),
  );
  await insertChunked(history.assignments, 1000, (chunk) =>
    db
      .insertInto('participant_coach_assignments')
      .values(
        chunk.map((a) => ({
          participant_id: a.participantId,
          organisation_id: org(a.organisationKey),
          coach_user_id: a.coachUserId,
          started_at: a.startedAt,
          ended_at: a.endedAt,
          read_access_until: a.readAccessUntil,
          assigned_by: a.assignedBy,
          reason: a.reason,
        })),
      )
      .execute(),
  );
  await insertChunked(history.notifications, 1000, (chunk) =>
    db
      .insertInto('notifications')
      .values(
        chunk.map((n) => ({
          user_id: n.userId,
          kind: n.kind,
          entity_type: 'referral',
          entity_id: n.entityId,
          params: JSON.stringify(n.params),
          created_at: n.createdAt,
          read_at: n.readAt,
        })),
      )
      .execute(),
  );
}
