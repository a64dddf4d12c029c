/**
 * Demo indications: ICF items drawn from participant archetypes (so that profiles differ in a recognisable way),
 * an advice that fits the archetype and the measure, four-eyes validation with the occasional return, and the
 * capability profile derived from every approved indication by the application's own functions.
 */
import type { Faker } from '@faker-js/faker';
import { sql } from 'kysely';
import type {
  Advice,
  IcfSource,
  IndicationChannel,
  IndicationStatus,
  Measure,
  ReferralChannel,
} from '../db/schema';
import { brusselsDate, daysBetween } from '../lib/dates';
import { deriveCapabilities } from '../modules/capabilities/capabilities.derive';
import { capabilitiesRepository } from '../modules/capabilities/capabilities.repository';
import { ICF_SUGGESTED_SET } from '../modules/indications/icf-suggested-set';
import { DIMENSIONS, type DimensionKey } from '../modules/profiles/dimensions';
import {
  chance,
  type Db,
  type DemoClock,
  type DemoNetwork,
  insertChunked,
  officeMinute,
  skewedDays,
  staffOf,
  weighted,
} from './demo-context';

// ── Archetypes ───────────────────────────────────────────────────────────────────────────────────────────────

export const ARCHETYPE_KEYS = ['physical', 'psychosocial', 'intellectual', 'burnout', 'language'] as const;
export type ArchetypeKey = (typeof ARCHETYPE_KEYS)[number];

interface Archetype {
  weight: number;
  /** Typical qualifier (0–4) of the categories that mark this group; everything else is mostly 0 or 1. */
  core: Record<string, number>;
  /** Categories outside the suggested set that consultants add for this group. */
  extras: string[];
  /** Which sources the items of this group mostly come from. */
  sources: Partial<Record<IcfSource, number>>;
  /** One sentence on the work conditions, appended to the advice motivation. */
  clause: string;
}

export const ARCHETYPES: Record<ArchetypeKey, Archetype> = {
  // A physical limitation: back, joints, stamina.
  physical: {
    weight: 24,
    core: {
      d430: 3,
      d4154: 2,
      d410: 3,
      d450: 2,
      d4551: 3,
      b455: 2,
      d445: 2,
      e225: 2,
      d4153: 1,
      b280: 3,
      b710: 2,
      d4300: 3,
      d4105: 3,
    },
    extras: ['b280', 'b710', 'b730', 'd4300', 'd4301', 'd4105'],
    sources: { medical_report: 30, observation: 25, interview: 25, self_report: 15, test: 5 },
    clause: 'Zwaar tillen, lang staan en klimmen vermijden; licht fysiek werk met afwisseling van houding.',
  },
  // Psychosocial problems: emotions, stress, relations, keeping a job.
  psychosocial: {
    weight: 24,
    core: {
      b152: 3,
      b130: 2,
      d240: 3,
      d2401: 3,
      d720: 2,
      d7202: 2,
      d230: 2,
      d845: 3,
      b140: 1,
      b1521: 3,
      b134: 2,
      d7104: 2,
    },
    extras: ['b1521', 'b134', 'b126', 'd7104', 'e310', 'e355'],
    sources: { interview: 40, observation: 25, self_report: 15, third_party: 15, medical_report: 5 },
    clause: 'Nood aan een vaste, rustige werkplek, duidelijke afspraken en een vaste aanspreekpersoon.',
  },
  // A mild intellectual disability: learning, literacy, planning.
  intellectual: {
    weight: 18,
    core: {
      d155: 3,
      d175: 3,
      d166: 3,
      d170: 3,
      d172: 3,
      b144: 2,
      b1641: 3,
      b1643: 2,
      d220: 3,
      d360: 2,
      d2400: 2,
      b117: 2,
      d1550: 2,
      d2101: 3,
    },
    extras: ['b117', 'd1550', 'd2101', 'b1646', 'd2100', 'e310'],
    sources: { test: 25, observation: 35, interview: 20, third_party: 15, self_report: 5 },
    clause: 'Leert via voordoen en herhalen; eenvoudige, vaste taken met visuele ondersteuning.',
  },
  // Long-term sick, burn-out: energy, stress, pace.
  burnout: {
    weight: 14,
    core: {
      b130: 3,
      b140: 2,
      b144: 1,
      d2401: 3,
      d240: 3,
      b455: 2,
      d230: 2,
      d220: 2,
      d850: 2,
      b134: 2,
      b1400: 2,
      d2303: 2,
    },
    extras: ['b134', 'b1400', 'b1521', 'd2303', 'e580', 'e570'],
    sources: { medical_report: 25, self_report: 25, interview: 35, observation: 10, third_party: 5 },
    clause: 'Opbouw in uren is nodig; tijdsdruk en werk met veel wisselende taken vermijden.',
  },
  // Language and low literacy: Dutch, reading, writing, digital skills.
  language: {
    weight: 18,
    core: {
      d310: 3,
      d330: 3,
      d166: 3,
      d170: 3,
      d172: 1,
      d360: 2,
      d845: 2,
      d3600: 2,
      d325: 3,
      d115: 1,
    },
    extras: ['d325', 'd315', 'e590', 'e330'],
    sources: { test: 30, interview: 35, observation: 25, self_report: 10 },
    clause:
      'Nederlands en geletterdheid zijn de grootste drempel: werk met weinig lees- en schrijfwerk en taalondersteuning.',
  },
};

export function pickArchetype(faker: Faker): ArchetypeKey {
  return weighted(
    faker,
    ARCHETYPE_KEYS.map((k) => [k, ARCHETYPES[k].weight] as const),
  );
}

/** What a consultant writes beside an item, for the categories where a note is usual. */
const ITEM_NOTES: Record<string, string[]> = {
  d430: ['Maximaal 10 kg tillen; zwaarder werk geeft rugklachten.', 'Tillen alleen met hulpmiddel.'],
  d4300: ['Tillen vanaf de grond lukt niet zonder hulpmiddel.'],
  d4154: ['Staat hooguit een uur aan een stuk; daarna zitten of wandelen.'],
  d4551: ['Geen ladders; trappen met leuning lukken.'],
  d410: ['Bukken en knielen beperkt, zeker in de ochtend.'],
  b280: ['Pijn wisselt in de loop van de dag; pauzes helpen.'],
  b455: ['Snel vermoeid bij fysieke inspanning; opbouw in uren nodig.'],
  e225: ['Buitenwerk in de winter verhoogt de klachten.'],
  b152: ['Reageert sterk op conflicten; heeft baat bij een vaste aanspreekpersoon.'],
  b1521: ['Heeft tijd nodig om na een spanning tot rust te komen.'],
  d2401: ['Tijdsdruk leidt tot blokkeren; werkt best aan een eigen tempo.'],
  d240: ['Onverwachte wijzigingen vragen tijd om te verwerken.'],
  d720: ['Werkt graag in een vast, klein team.'],
  d7202: ['Kritiek komt hard aan; feedback best onder vier ogen.'],
  d845: ['Verschillende korte contracten; een job behouden lukte nog niet.'],
  d230: ['Starten om 9 uur lukt beter dan vroege ploegen.'],
  b130: ['Energie wisselend; halve dagen zijn haalbaar in de opstart.'],
  b140: ['Concentratie zakt na ongeveer een uur; korte pauzes helpen.'],
  d155: ['Leert nieuwe taken via voordoen en herhalen, in kleine stappen.'],
  d166: ['Leest korte, eenvoudige teksten; pictogrammen helpen.'],
  d170: ['Schrijft korte woorden; formulieren invullen lukt niet alleen.'],
  d172: ['Tellen lukt; rekenen met geld niet zonder hulpmiddel.'],
  b144: ['Vergeet afspraken zonder geheugensteun; werkt met een checklist.'],
  b1641: ['Plant eigen werk met een dagschema van de begeleider.'],
  d220: ['Eén taak tegelijk lukt goed; combineren leidt tot fouten.'],
  d360: ['Gebruikt een smartphone, geen computer.'],
  d310: ['Begrijpt eenvoudig Nederlands als traag en duidelijk gesproken wordt.'],
  d330: ['Spreekt basis-Nederlands (A2); vakwoordenschat ontbreekt nog.'],
  d325: ['Geschreven instructies worden niet begrepen; beelden wel.'],
  d3600: ['Telefoneren in het Nederlands lukt nog niet.'],
  d850: ['Werkte vroeger voltijds; nu deeltijds in opbouw.'],
};

// ── Advice ───────────────────────────────────────────────────────────────────────────────────────────────────

/** From most to least independent: a severe profile moves the advice down the ladder, a mild one up. */
const ADVICE_LADDER: readonly Advice[] = [
  'regular_work',
  'regular_work_with_support',
  'cmw',
  'ama',
  'care_first',
];

const ADVICE_FOR_MEASURE: Record<Measure, Advice> = {
  regular_work: 'regular_work',
  imw: 'regular_work_with_support',
  transition: 'regular_work_with_support',
  reintegration: 'regular_work_with_support',
  cmw: 'cmw',
  ama: 'ama',
};

const ADVICE_SENTENCE: Record<Advice, string> = {
  regular_work: 'Kan zelfstandig aan de slag in het normaal economisch circuit.',
  regular_work_with_support:
    'Kan in een gewone job werken, met begeleiding door een jobcoach en een interne mentor.',
  cmw: 'Heeft een beschermde werkomgeving met aangepast tempo en begeleiding nodig (collectief maatwerk).',
  ama: 'Arbeidsmatige activiteiten in een zorgzame omgeving als eerste stap; betaald werk is nu niet haalbaar.',
  care_first: 'Eerst zorg en stabilisering; werk of arbeidsmatige activiteiten zijn nu niet haalbaar.',
};

/** Whether a measure can start on an advice (otherwise the referral ends on an activity mismatch). */
export function adviceFits(measure: Measure, advice: Advice): boolean {
  switch (measure) {
    case 'ama':
      return advice === 'ama' || advice === 'cmw';
    case 'cmw':
      return advice === 'cmw' || advice === 'regular_work_with_support';
    case 'imw':
    case 'transition':
    case 'reintegration':
      return advice === 'regular_work_with_support' || advice === 'regular_work';
    case 'regular_work':
      return advice === 'regular_work' || advice === 'regular_work_with_support';
  }
}

/** The measure a later referral aims at after this advice. */
export const MEASURE_FOR_ADVICE: Record<Advice, Measure | null> = {
  regular_work: 'regular_work',
  regular_work_with_support: 'imw',
  cmw: 'cmw',
  ama: 'ama',
  care_first: null,
};

// ── Timeline ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Median days per step, per indicating channel: the OCMW cell is the slowest, the VDAB the fastest. */
const STEP_MEDIANS: Record<IndicationChannel, { start: number; advice: number; validation: number }> = {
  vdab: { start: 5, advice: 12, validation: 6 },
  gtb: { start: 9, advice: 18, validation: 9 },
  ocmw_indication_cell: { start: 14, advice: 26, validation: 15 },
};
const RETURN_CHANCE: Record<IndicationChannel, number> = {
  vdab: 0.16,
  gtb: 0.2,
  ocmw_indication_cell: 0.28,
};

/** The planned course of one indication: days between its steps, its severity and advice. */
export interface IndicationCourse {
  channel: IndicationChannel;
  organisationKey: string;
  archetype: ArchetypeKey;
  /** −1 mild, 0 moderate, +1 severe: shifts the qualifiers and the advice. */
  severity: number;
  advice: Advice;
  /** Days from the first contact to the start of the indication. */
  startAfterContact: number;
  toFirstSubmission: number;
  /** A return by the validator: days after submission, then days to resubmit. */
  returned: { after: number; resubmitAfter: number } | null;
  /** Days from the (last) submission to the approval. */
  toValidation: number;
}

export const INDICATION_ORGANISATION: Record<IndicationChannel, string> = {
  vdab: 'vdab',
  gtb: 'gtb',
  ocmw_indication_cell: 'ocmw-gent',
};

/** Which indication cell takes an indication for a referral from another channel. */
export function indicationChannelFor(
  faker: Faker,
  channel: ReferralChannel,
  municipalityNis: string,
): IndicationChannel {
  if (channel === 'vdab' || channel === 'gtb' || channel === 'ocmw_indication_cell') {
    return channel;
  }
  if (channel === 'health_insurer') {
    return weighted(faker, [
      ['gtb', 3],
      ['vdab', 1],
    ]);
  }
  return weighted(faker, [
    ['vdab', 3],
    ['gtb', 1],
    ['ocmw_indication_cell', municipalityNis === '44021' ? 2 : 0],
  ]);
}

export function drawIndicationCourse(
  faker: Faker,
  channel: IndicationChannel,
  archetype: ArchetypeKey,
  measure: Measure,
): IndicationCourse {
  const medians = STEP_MEDIANS[channel];
  const severity = weighted(faker, [
    [-1, 3],
    [0, 5],
    [1, 2],
  ]);
  const fitting = ADVICE_LADDER.indexOf(ADVICE_FOR_MEASURE[measure]);
  // Mostly the advice the referral expected; a mild profile may move up, a severe one down the ladder.
  const shift = chance(faker, 0.3) ? severity : 0;
  const burnedOut = archetype === 'burnout' && severity === 1 && chance(faker, 0.4);
  const advice = burnedOut
    ? 'care_first'
    : ADVICE_LADDER[Math.min(ADVICE_LADDER.length - 2, Math.max(0, fitting + shift))]!;
  const returned = chance(faker, RETURN_CHANCE[channel])
    ? {
        after: skewedDays(faker, medians.validation * 0.7, 0.5, 1),
        resubmitAfter: skewedDays(faker, 9, 0.5, 2),
      }
    : null;
  return {
    channel,
    organisationKey: INDICATION_ORGANISATION[channel],
    archetype,
    severity,
    advice,
    startAfterContact: skewedDays(faker, medians.start, 0.7, 0),
    toFirstSubmission: skewedDays(faker, medians.advice, 0.6, 1),
    returned,
    toValidation: skewedDays(faker, medians.validation, 0.7, 1),
  };
}

/** Days after the first contact at which each step falls (with a return, the approval comes after resubmission). */
export function indicationOffsets(course: IndicationCourse) {
  const start = course.startAfterContact;
  const firstSubmission = start + course.toFirstSubmission;
  const returnedAt = course.returned ? firstSubmission + course.returned.after : null;
  const resubmission = course.returned ? returnedAt! + course.returned.resubmitAfter : null;
  const validation = (resubmission ?? firstSubmission) + course.toValidation;
  return { start, firstSubmission, returnedAt, resubmission, validation };
}

/** An indication holds two years: the same day two years on (28 February for a 29th). */
function twoYearsAfter(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(year) + 2}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}

// ── Composition ──────────────────────────────────────────────────────────────────────────────────────────────

export interface IcfCatalogue {
  codes: Set<string>;
  /** Work-relevant categories outside the suggested set that a consultant may add. */
  pool: string[];
}

/** The ICF categories of components b, d and e, from the reference table. */
export async function loadIcfCatalogue(db: Db): Promise<IcfCatalogue> {
  const rows = await db
    .selectFrom('ref_icf_categories')
    .select('code')
    .where('kind', '=', 'category')
    .where('component', 'in', ['b', 'd', 'e'])
    .orderBy('code')
    .execute();
  const codes = new Set(rows.map((r) => r.code));
  const suggested = new Set(ICF_SUGGESTED_SET.map((s) => s.code));
  // Chapters that say something about work: mental, sensory, exercise, movement functions; learning, tasks,
  // communication, mobility, relations, work life; products, climate, support, services.
  const chapters = ['b1', 'b2', 'b4', 'b7', 'd1', 'd2', 'd3', 'd4', 'd7', 'd8', 'e1', 'e2', 'e3', 'e5'];
  const pool = rows
    .map((r) => r.code)
    .filter((code) => !suggested.has(code) && code.length <= 5 && chapters.includes(code.slice(0, 2)));
  return { codes, pool };
}

export interface IcfItemPlan {
  code: string;
  qualifier: number;
  note: string | null;
  source: IcfSource;
}

function qualifierFor(faker: Faker, base: number | undefined, severity: number): number {
  if (chance(faker, 0.03)) {
    return 8;
  }
  if (base === undefined) {
    return chance(faker, 0.25) ? 1 : 0;
  }
  const noise = weighted(faker, [
    [-1, 2],
    [0, 6],
    [1, 2],
  ]);
  return Math.min(4, Math.max(0, base + severity + noise));
}

/** 20–43 items for a complete indication: most of the suggested set, the group's own additions, a few others. */
function composeItems(
  faker: Faker,
  catalogue: IcfCatalogue,
  archetype: ArchetypeKey,
  severity: number,
  hasNeverWorked: boolean,
): IcfItemPlan[] {
  const type = ARCHETYPES[archetype];
  const suggested = ICF_SUGGESTED_SET.map((s) => s.code);
  const essential = suggested.filter((code) => code in type.core);
  const rest = suggested.filter((code) => !(code in type.core));
  const count = faker.number.int({ min: 20, max: 36 });
  const chosen = [
    ...essential,
    ...faker.helpers.arrayElements(rest, Math.max(0, count - essential.length)),
    ...faker.helpers.arrayElements(
      type.extras.filter((code) => catalogue.codes.has(code)),
      { min: 1, max: 3 },
    ),
  ];
  const others = faker.helpers
    .arrayElements(catalogue.pool, { min: 0, max: 3 })
    .filter((code) => !chosen.includes(code));
  const codes = [...new Set([...chosen, ...others])].slice(0, 43);
  return codes.map((code) => {
    const qualifier =
      code === 'd850' && hasNeverWorked && chance(faker, 0.6)
        ? 9
        : qualifierFor(faker, type.core[code], severity);
    const notes = ITEM_NOTES[code];
    const note =
      notes && qualifier >= 2 && qualifier <= 4 && chance(faker, 0.45)
        ? faker.helpers.arrayElement(notes)
        : null;
    return {
      code,
      qualifier,
      note,
      source: weighted(faker, Object.entries(type.sources) as [IcfSource, number][]),
    };
  });
}

const RETURN_REMARKS = [
  'Motivering van het advies is te summier; graag aanvullen met de observaties uit de werkplaats.',
  'Stress en tijdsdruk scoren verschillend zonder toelichting; graag verduidelijken.',
  'De bron van de medische gegevens ontbreekt bij enkele items.',
  'Advies en kwalificaties sluiten niet goed aan; graag het advies herbekijken.',
  'Er ontbreken items over werkhouding en samenwerken; graag aanvullen.',
];
const APPROVAL_REMARKS = [
  'Akkoord.',
  'Goed onderbouwd advies.',
  'Akkoord; opvolging na zes maanden aangewezen.',
];

export interface IndicationPlan {
  id: string;
  participantId: string;
  referralId: string;
  organisationKey: string;
  channel: IndicationChannel;
  consultantUserId: string;
  status: IndicationStatus;
  archetype: ArchetypeKey;
  advice: Advice | null;
  adviceMotivation: string | null;
  startedAt: Date;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  validatedAt: Date | null;
  validatorUserId: string | null;
  validationRemarks: string | null;
  validUntil: string | null;
  version: number;
  updatedAt: Date;
  items: IcfItemPlan[];
  reviews: { validatorUserId: string; decision: 'approved' | 'returned'; remarks: string | null; at: Date }[];
}

/**
 * The indication as it stands today, from its planned course and the days ago of the referral's first contact.
 * Steps that lie today or later have not happened yet, so recent indications are drafts or wait for validation.
 */
export function composeIndication(
  faker: Faker,
  network: DemoNetwork,
  clock: DemoClock,
  catalogue: IcfCatalogue,
  input: {
    id: string;
    participantId: string;
    referralId: string;
    course: IndicationCourse;
    contactDaysAgo: number;
    hasNeverWorked: boolean;
    /** A consultant chosen by the scenario (the demo accounts' own work). */
    consultantUserId?: string;
  },
): IndicationPlan {
  const { course } = input;
  const offsets = indicationOffsets(course);
  const ago = (offset: number) => input.contactDaysAgo - offset;
  const happened = (offset: number | null) => offset !== null && ago(offset) >= 1;
  const status: IndicationStatus = happened(offsets.validation)
    ? 'approved'
    : happened(offsets.resubmission)
      ? 'submitted'
      : happened(offsets.returnedAt)
        ? 'returned'
        : happened(offsets.firstSubmission)
          ? 'submitted'
          : 'draft';

  const consultants = staffOf(network, course.organisationKey, ['indication_consultant']);
  const demoConsultant = network.demoUsers.get('indication_consultant');
  const isOpen = status === 'draft' || status === 'returned';
  // The demo consultant carries a good share of the VDAB's open work, so her list is never empty.
  const consultantUserId =
    input.consultantUserId ??
    weighted(
      faker,
      consultants.map((id) => [id, id === demoConsultant ? (isOpen ? 4 : 1.5) : 1] as const),
    );
  const validators = staffOf(network, 'vdab', ['indication_validator']);
  const demoValidator = network.demoUsers.get('indication_validator');
  const pickValidator = () =>
    weighted(
      faker,
      validators.map((id) => [id, id === demoValidator ? 2 : 1] as const),
    );

  const items = composeItems(faker, catalogue, course.archetype, course.severity, input.hasNeverWorked);
  const minute = () => officeMinute(faker);
  const startedAt = clock.at(ago(offsets.start), minute());
  const firstSubmittedAt = happened(offsets.firstSubmission)
    ? clock.at(ago(offsets.firstSubmission), minute())
    : null;
  const reviews: IndicationPlan['reviews'] = [];
  let validatorUserId: string | null = null;
  let validationRemarks: string | null = null;
  let submittedAt = firstSubmittedAt;
  let version = 1;
  let updatedAt = startedAt;
  if (firstSubmittedAt) {
    version++;
    updatedAt = firstSubmittedAt;
  }
  if (happened(offsets.returnedAt)) {
    const at = clock.at(ago(offsets.returnedAt!), minute());
    const by = pickValidator();
    const remarks = faker.helpers.arrayElement(RETURN_REMARKS);
    reviews.push({ validatorUserId: by, decision: 'returned', remarks, at });
    validatorUserId = by;
    validationRemarks = remarks;
    version++;
    updatedAt = at;
  }
  if (happened(offsets.resubmission)) {
    submittedAt = clock.at(ago(offsets.resubmission!), minute());
    validatorUserId = null;
    version++;
    updatedAt = submittedAt;
  }
  let validatedAt: Date | null = null;
  let validUntil: string | null = null;
  if (status === 'approved') {
    validatedAt = clock.at(ago(offsets.validation), minute());
    validatorUserId = pickValidator();
    validationRemarks = chance(faker, 0.4) ? faker.helpers.arrayElement(APPROVAL_REMARKS) : null;
    validUntil = twoYearsAfter(brusselsDate(validatedAt));
    reviews.push({ validatorUserId, decision: 'approved', remarks: validationRemarks, at: validatedAt });
    version++;
    updatedAt = validatedAt;
  }
  // A draft is work in progress: part of the items, an advice only sometimes.
  const isDraft = status === 'draft';
  const draftItems = isDraft ? items.slice(0, faker.number.int({ min: 6, max: items.length })) : items;
  const hasAdvice = !isDraft || chance(faker, 0.3);
  return {
    id: input.id,
    participantId: input.participantId,
    referralId: input.referralId,
    organisationKey: course.organisationKey,
    channel: course.channel,
    consultantUserId,
    status,
    archetype: course.archetype,
    advice: hasAdvice ? course.advice : null,
    adviceMotivation: hasAdvice
      ? `${ADVICE_SENTENCE[course.advice]} ${ARCHETYPES[course.archetype].clause}`
      : null,
    startedAt,
    firstSubmittedAt,
    submittedAt,
    validatedAt,
    validatorUserId,
    validationRemarks,
    validUntil,
    version,
    updatedAt,
    items: draftItems,
    reviews,
  };
}

// ── Storing ──────────────────────────────────────────────────────────────────────────────────────────────────

export async function insertIndications(db: Db, network: DemoNetwork, plans: IndicationPlan[]) {
  await insertChunked(plans, 300, (chunk) =>
    db
      .insertInto('indications')
      .values(
        chunk.map((p) => ({
          id: p.id,
          participant_id: p.participantId,
          referral_id: p.referralId,
          organisation_id: network.organisations.get(p.organisationKey)!.id,
          consultant_user_id: p.consultantUserId,
          channel: p.channel,
          status: p.status,
          advice: p.advice,
          advice_motivation: p.adviceMotivation,
          started_at: p.startedAt,
          first_submitted_at: p.firstSubmittedAt,
          submitted_at: p.submittedAt,
          validated_at: p.validatedAt,
          validator_user_id: p.validatorUserId,
          validation_remarks: p.validationRemarks,
          valid_until: p.validUntil,
          version: p.version,
          created_at: p.startedAt,
          updated_at: p.updatedAt,
        })),
      )
      .execute(),
  );
  const items = plans.flatMap((p) =>
    p.items.map((item) => ({
      indication_id: p.id,
      code: item.code,
      qualifier: item.qualifier,
      note: item.note,
      source: item.source,
    })),
  );
  await insertChunked(items, 2000, (chunk) => db.insertInto('indication_icf_items').values(chunk).execute());
  const reviews = plans.flatMap((p) =>
    p.reviews.map((r) => ({
      indication_id: p.id,
      validator_user_id: r.validatorUserId,
      decision: r.decision,
      remarks: r.remarks,
      decided_at: r.at,
    })),
  );
  await insertChunked(reviews, 1000, (chunk) => db.insertInto('indication_reviews').values(chunk).execute());
}

/** A coach's reason to move a level away from the derived one, in the coach's words. */
function adjustmentReason(faker: Faker, dimension: string, isUp: boolean): string {
  const name = dimension.startsWith('Nederlands')
    ? dimension
    : dimension.charAt(0).toLowerCase() + dimension.slice(1);
  return isUp
    ? faker.helpers.arrayElement([
        `${dimension} lukt op de werkvloer beter dan de indicering aangeeft, met de aanpassingen aan de werkpost.`,
        `Vier weken geobserveerd: ${name} gaat vlot met de vaste werkwijze en een korte pauze.`,
        `Volgens de mentor geen probleem meer met ${name} sinds de opstart in een vast team.`,
      ])
    : faker.helpers.arrayElement([
        `${dimension} blijkt in de praktijk zwaarder; na overleg met de mentor een niveau lager gezet.`,
        `Bij drukte op de vloer lukt ${name} minder goed dan bij de indicering.`,
      ]);
}

/**
 * Stores the capability profile of every participant with an approved indication (the latest one), derived by
 * the application's own rule, and a few coach adjustments with a reason.
 */
export async function seedCapabilityProfiles(
  db: Db,
  faker: Faker,
  clock: DemoClock,
  plans: IndicationPlan[],
  coachOf: (participantId: string) => {
    coachUserId: string | null;
    isInTrajectory: boolean;
    coachSinceDaysAgo: number;
  },
): Promise<{ profiles: number; adjustments: number }> {
  const latest = new Map<string, IndicationPlan>();
  for (const plan of plans) {
    if (plan.status !== 'approved') {
      continue;
    }
    const known = latest.get(plan.participantId);
    if (!known || known.validatedAt! < plan.validatedAt!) {
      latest.set(plan.participantId, plan);
    }
  }
  const adjustments: {
    participant_id: string;
    dimension: DimensionKey;
    from_level: number;
    to_level: number;
    reason: string;
    adjusted_by: string;
    adjusted_at: Date;
  }[] = [];
  for (const plan of latest.values()) {
    const derived = deriveCapabilities(plan.items);
    await capabilitiesRepository.replaceDerived(db, plan.participantId, plan.id, derived, plan.validatedAt!);
    const { coachUserId, isInTrajectory, coachSinceDaysAgo } = coachOf(plan.participantId);
    // Counted in calendar days, so the draws below do not depend on the hour the seed runs.
    const derivedDays = daysBetween(brusselsDate(plan.validatedAt!), clock.today);
    // The coach adjusts after seeing the person at work: after the profile was derived and the coaching began.
    const latestDay = Math.min(derivedDays, coachSinceDaysAgo) - 1;
    if (!coachUserId || !isInTrajectory || latestDay < 1 || !chance(faker, 0.1)) {
      continue;
    }
    const dimensions = faker.helpers.arrayElements([...derived.keys()], { min: 1, max: 2 });
    for (const key of dimensions) {
      const from = derived.get(key)!.level;
      const isUp = from < 4 && (from <= 1 || chance(faker, 0.7));
      const to = isUp ? from + 1 : from - 1;
      const dimension = DIMENSIONS.find((d) => d.key === key)!;
      const daysAgo = faker.number.int({ min: 1, max: latestDay });
      await capabilitiesRepository.setLevel(db, plan.participantId, key, to, from);
      adjustments.push({
        participant_id: plan.participantId,
        dimension: key,
        from_level: from,
        to_level: to,
        reason: adjustmentReason(faker, dimension.nl, isUp),
        adjusted_by: coachUserId,
        adjusted_at: clock.at(daysAgo, officeMinute(faker)),
      });
    }
  }
  if (adjustments.length > 0) {
    await db.insertInto('capability_adjustments').values(adjustments).execute();
    // Each adjustment is an edit of the profile: its version moves on and it was last updated then.
    const lastEdit = new Map<string, { at: Date; edits: number }>();
    for (const a of adjustments) {
      const known = lastEdit.get(a.participant_id);
      lastEdit.set(a.participant_id, {
        at: known && known.at > a.adjusted_at ? known.at : a.adjusted_at,
        edits: (known?.edits ?? 0) + 1,
      });
    }
    const values = [...lastEdit].map(([id, e]) => sql`(${id}::uuid, ${e.edits}::int, ${e.at}::timestamptz)`);
    await sql`
      update capability_profiles cp set version = cp.version + v.edits, updated_at = v.at
      from (values ${sql.join(values)}) as v(participant_id, edits, at)
      where cp.participant_id = v.participant_id
    `.execute(db);
  }
  return { profiles: latest.size, adjustments: adjustments.length };
}
