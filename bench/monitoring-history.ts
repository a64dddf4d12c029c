/**
 * A seeded synthetic history of Flanders for the monitoring benchmark: organisations, indication consultants,
 * participants spread over the Flemish municipalities by size, their statistics consents, and years of referrals
 * (first contact, start or a no-start reason) with indications (started, advice submitted, validated).
 *
 * Generated once in JavaScript (the same data for every database), then loaded in batches of column arrays
 * (`insert … select * from unnest($1::uuid[], …)`: one round trip per 10,000 rows on PostgreSQL and PGlite alike).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { DB, Measure, NoStartReason, ReferralChannel } from '../server/src/db/schema';
import { REFERENCE_DIR } from '../server/src/modules/reference/reference.loader';

const DAY = 86_400_000;

/** sfc32: a small seeded generator, so every run (and every database) gets the same history. */
export function rng(seed: number) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let k = 0; k < 15; k++) {
    next();
  }
  return next;
}
type Random = ReturnType<typeof rng>;

function normal(r: Random) {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** Days drawn from a log-normal distribution: a median and a long right tail (sigma on the log scale). */
function logNormalDays(r: Random, median: number, sigma: number, max = 720) {
  return Math.min(max, Math.max(0, Math.round(median * Math.exp(sigma * normal(r)))));
}

function weighted<T>(r: Random, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of items) {
    total += w;
  }
  let x = r() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) {
      return item;
    }
  }
  return items.at(-1)![0];
}

/** Weighted picks from a fixed list in O(log n): cumulative weights and a binary search. */
function picker<T>(items: readonly (readonly [T, number])[]) {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of items) {
    total += w;
    cumulative.push(total);
  }
  return (r: Random): T => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return items[lo]![0];
  };
}

function uuid(r: Random) {
  let hex = '';
  for (let k = 0; k < 4; k++) {
    hex += Math.floor(r() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const isoDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
/** A moment on a working day in Belgium (09:00–16:00 Brussels time, so its Brussels date is `day`). */
const isoAt = (r: Random, day: number) =>
  new Date(day * DAY + (7 + Math.floor(r() * 7)) * 3_600_000).toISOString();
const monthOf = (day: number) => new Date(day * DAY).getUTCMonth();

interface Municipality {
  nis: string;
  province: string;
  weight: number;
}

/**
 * The Flemish municipalities with a size weight. The reference data has no population, so: about 5,000 inhabitants
 * per locality (deelgemeente) in bpost's list, and the rounded populations of the centre cities, whose residents are
 * also referred more often (×1.3).
 */
function flemishMunicipalities(): Municipality[] {
  const read = (file: string) => {
    const [header, ...lines] = fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8').trim().split('\n');
    const cols = header!.split(',');
    return lines.map((line) => {
      const cells = line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
    });
  };
  const localities = new Map<string, number>();
  for (const p of read('be-geo/postcodes.csv')) {
    localities.set(p.nis_code!, (localities.get(p.nis_code!) ?? 0) + 1);
  }
  const cities: Record<string, number> = {
    '11002': 560_000, // Antwerpen
    '44021': 270_000, // Gent
    '31005': 120_000, // Brugge
    '24062': 104_000, // Leuven
    '41002': 90_000, // Aalst
    '71072': 90_000, // Hasselt
    '12025': 88_000, // Mechelen
    '34022': 80_000, // Kortrijk
    '46021': 80_000, // Sint-Niklaas
    '35013': 73_000, // Oostende
    '71016': 67_000, // Genk
    '36015': 64_000, // Roeselare
    '13040': 47_000, // Turnhout
  };
  return read('be-geo/municipalities_2025.csv')
    .filter((m) => m.region_key === 'flanders')
    .map((m) => ({
      nis: m.nis_code!,
      province: m.province_nis!,
      weight: cities[m.nis_code!] ? cities[m.nis_code!]! * 1.3 : 5_000 * (localities.get(m.nis_code!) ?? 2),
    }));
}

/** Rows of one table as column arrays, with the PostgreSQL type of each column (for `unnest`). */
class Rows {
  readonly values: unknown[][];
  constructor(
    readonly table: keyof DB & string,
    readonly columns: readonly (readonly [string, string])[],
  ) {
    this.values = columns.map(() => []);
  }
  add(row: Record<string, unknown>) {
    this.columns.forEach(([name], c) => {
      this.values[c]!.push(row[name] ?? null);
    });
  }
  /** Orders the rows by a column (ISO dates sort as text): tables grow in time order, so their pages do too. */
  sortBy(column: string) {
    const c = this.columns.findIndex(([name]) => name === column);
    const keys = this.values[c]! as string[];
    const order = keys
      .map((_, k) => k)
      .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
    this.values.forEach((values, v) => {
      this.values[v] = order.map((k) => values[k]);
    });
  }
  get length() {
    return this.values[0]!.length;
  }
  /** Inserts the rows; `resolve` maps a column's placeholder values to this database's (e.g. type keys to ids). */
  async insert(db: Kysely<DB>, resolve: Record<string, Map<unknown, unknown>> = {}, batch = 10_000) {
    for (let from = 0; from < this.length; from += batch) {
      const arrays = this.columns.map(([name, type], c) => {
        const values = this.values[c]!.slice(from, from + batch);
        const map = resolve[name];
        return sql`${map ? values.map((v) => map.get(v)) : values}::${sql.raw(type)}[]`;
      });
      await sql`insert into ${sql.table(this.table)} (${sql.join(this.columns.map(([n]) => sql.ref(n)))})
        select * from unnest(${sql.join(arrays)})`.execute(db);
    }
  }
}

export interface History {
  tables: Rows[];
  /**
   * Dated steps: referred, first contact, start/no start/no answer; indication started, advised, validated;
   * consent given/withdrawn; trajectory started, placed, closed with an outcome, each phase started and ended;
   * aftercare contacts made.
   */
  events: number;
  counts: Record<string, number>;
  analystId: string;
}

const CHANNELS: [ReferralChannel, number][] = [
  ['vdab', 42],
  ['gtb', 16],
  ['ocmw_indication_cell', 12],
  ['health_insurer', 10],
  ['caw', 8],
  ['self', 6],
  ['other', 6],
];

const MEASURES_BY_CHANNEL: Record<ReferralChannel, [Measure, number][]> = {
  vdab: [
    ['cmw', 35],
    ['ama', 12],
    ['imw', 10],
    ['reintegration', 5],
    ['transition', 15],
    ['regular_work', 23],
  ],
  gtb: [
    ['cmw', 30],
    ['ama', 10],
    ['imw', 10],
    ['reintegration', 15],
    ['transition', 10],
    ['regular_work', 25],
  ],
  ocmw_indication_cell: [
    ['ama', 45],
    ['cmw', 25],
    ['imw', 20],
    ['transition', 10],
  ],
  health_insurer: [
    ['reintegration', 60],
    ['ama', 20],
    ['cmw', 10],
    ['regular_work', 10],
  ],
  caw: [
    ['ama', 50],
    ['imw', 30],
    ['cmw', 20],
  ],
  self: [
    ['ama', 30],
    ['cmw', 30],
    ['regular_work', 40],
  ],
  other: [
    ['ama', 30],
    ['cmw', 30],
    ['imw', 20],
    ['reintegration', 20],
  ],
};

/**
 * Lead times per indication channel, in days: referral → advice submitted, advice → validation (log-normal medians
 * and spreads; the OCMW cells are slower and have the longest tail), getting about 4% faster each year.
 */
const LEAD_TIMES: Record<
  'vdab' | 'gtb' | 'ocmw_indication_cell',
  { advice: [number, number]; validation: [number, number] }
> = {
  vdab: { advice: [28, 0.55], validation: [6, 0.7] },
  gtb: { advice: [42, 0.65], validation: [9, 0.8] },
  ocmw_indication_cell: { advice: [63, 0.8], validation: [14, 0.9] },
};

const NO_START: [NoStartReason, number][] = [
  ['not_reachable', 15],
  ['health', 30],
  ['not_motivated', 15],
  ['activity_mismatch', 15],
  ['financial', 8],
  ['moved', 7],
  ['other', 10],
];

type OutcomeKind =
  | 'employed_regular'
  | 'imw'
  | 'cmw'
  | 'back_to_social_economy'
  | 'other_measure'
  | 'care'
  | 'dropped_out';

interface TypeSpec {
  key: string;
  term: number;
  /** key, Dutch and English name, default term in days (as shipped in migration 0600). */
  phases: [string, string, string, number][];
  aftercare: number[];
  /** Days after the start at which the participant is placed at an employer (null: no placement). */
  placedAfter: number | null;
  outcomes: [OutcomeKind, number][];
}

/** The shipped trajectory types (migration 0600), with how their trajectories tend to end. */
const TRANSITION: TypeSpec = {
  key: 'transition',
  term: 540,
  phases: [
    ['pre_trajectory', 'Voortraject', 'Pre-trajectory', 90],
    ['job_matching', 'Jobmatching', 'Job matching', 90],
    ['internship', 'Stage', 'Internship', 60],
    ['aftercare', 'Nazorg', 'Aftercare', 365],
  ],
  aftercare: [1, 3, 6, 12],
  placedAfter: 180,
  outcomes: [
    ['employed_regular', 40],
    ['imw', 15],
    ['back_to_social_economy', 15],
    ['other_measure', 8],
    ['care', 5],
    ['dropped_out', 17],
  ],
};
const TYPE_OF_MEASURE: Record<Measure, TypeSpec> = {
  transition: TRANSITION,
  regular_work: TRANSITION,
  imw: {
    key: 'imw',
    term: 730,
    phases: [
      ['onboarding', 'Opstart op de werkplek', 'Onboarding at the workplace', 30],
      ['job_coaching', 'Intensieve jobcoaching', 'Intensive job coaching', 180],
      ['stabilisation', 'Stabilisatie', 'Stabilisation', 520],
    ],
    aftercare: [1, 3, 6, 12],
    placedAfter: 0,
    outcomes: [
      ['imw', 55],
      ['employed_regular', 15],
      ['cmw', 10],
      ['dropped_out', 20],
    ],
  },
  reintegration: {
    key: 'reintegration',
    term: 365,
    phases: [
      ['intake', 'Intake met de adviserend arts', 'Intake with the advising physician', 30],
      ['reorientation', 'Heroriëntering en opleiding', 'Re-orientation and training', 120],
      ['gradual_return', 'Geleidelijke werkhervatting', 'Gradual return to work', 180],
      ['aftercare', 'Nazorg', 'Aftercare', 180],
    ],
    aftercare: [1, 3, 6, 12],
    placedAfter: 150,
    outcomes: [
      ['employed_regular', 45],
      ['imw', 10],
      ['cmw', 5],
      ['care', 15],
      ['dropped_out', 25],
    ],
  },
  cmw: {
    key: 'cmw_entry',
    term: 365,
    phases: [
      ['intake', 'Intake', 'Intake', 30],
      ['onboarding', 'Inwerkperiode', 'Onboarding period', 90],
      ['job_coaching', 'Begeleiding op de werkvloer', 'Coaching on the work floor', 245],
    ],
    aftercare: [3, 6, 12],
    placedAfter: null,
    outcomes: [
      ['cmw', 65],
      ['employed_regular', 5],
      ['imw', 5],
      ['care', 5],
      ['dropped_out', 20],
    ],
  },
  ama: {
    key: 'ama',
    term: 455,
    phases: [
      ['intake', 'Intake', 'Intake', 30],
      ['activities', 'Activiteiten en evaluatie', 'Activities and evaluation', 365],
      ['reorientation', 'Heroriëntering', 'Re-orientation', 60],
    ],
    aftercare: [3, 6],
    placedAfter: null,
    outcomes: [
      ['cmw', 15],
      ['imw', 5],
      ['other_measure', 20],
      ['back_to_social_economy', 10],
      ['care', 20],
      ['dropped_out', 30],
    ],
  },
};

/** Referrals per month of the year: quiet summer holidays and Christmas, busy September–October and spring. */
const SEASON = [1.15, 1.1, 1.1, 1.0, 1.0, 0.95, 0.6, 0.55, 1.2, 1.2, 1.1, 0.8];
const WEEKDAY = [0.05, 1, 1, 1, 1, 0.95, 0.1]; // Sunday … Saturday

const FIRST = [
  'Jan',
  'Els',
  'Mohamed',
  'Fatima',
  'Pieter',
  'Lotte',
  'Ahmed',
  'Sara',
  'Tom',
  'Nina',
  'Kevin',
  'Ines',
];
const LAST = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'Aerts',
];

/**
 * Generates `referrals` referrals over `years` years up to `today` (about 5.3 events each: see `History.events`).
 */
export function generateHistory(options: {
  referrals: number;
  years: number;
  today: string;
  seed: number;
}): History {
  const r = rng(options.seed);
  const today = Math.floor(Date.parse(`${options.today}T00:00:00Z`) / DAY);
  const first = today - Math.round(options.years * 365.25);
  const municipalities = flemishMunicipalities();
  const provinces = [...new Set(municipalities.map((m) => m.province))].sort();
  const pickMunicipality = picker(municipalities.map((m) => [m, m.weight] as const));

  const organisations = new Rows('organisations', [
    ['id', 'uuid'],
    ['name', 'text'],
    ['kind', 'text'],
    ['enterprise_number', 'text'],
    ['municipality_nis', 'text'],
    ['has_indication_cell', 'boolean'],
  ]);
  const users = new Rows('users', [
    ['id', 'uuid'],
    ['email', 'text'],
    ['display_name', 'text'],
    ['organisation_id', 'uuid'],
    ['password_hash', 'text'],
  ]);
  const roles = new Rows('user_roles', [
    ['user_id', 'uuid'],
    ['role', 'text'],
    ['organisation_id', 'uuid'],
  ]);
  let orgCount = 0;
  const organisation = (name: string, kind: string, municipality: Municipality, indicationCell = false) => {
    const id = uuid(r);
    orgCount++;
    organisations.add({
      id,
      name,
      kind,
      enterprise_number: String(200_000_000 + orgCount).padStart(10, '0'),
      municipality_nis: municipality.nis,
      has_indication_cell: indicationCell,
    });
    return { id, province: municipality.province, municipality };
  };
  let userCount = 0;
  const user = (organisationId: string, role: string) => {
    const id = uuid(r);
    userCount++;
    users.add({
      id,
      email: `user${userCount}@bench.test`,
      display_name: `Gebruiker ${userCount}`,
      organisation_id: organisationId,
      password_hash: 'x',
    });
    roles.add({ user_id: id, role, organisation_id: organisationId });
    return id;
  };
  const inProvince = (province: string) => {
    for (;;) {
      const m = pickMunicipality(r);
      if (m.province === province) {
        return m;
      }
    }
  };

  // The federation (home of the analyst), VDAB and GTB per province, OCMW indication cells in the centre cities,
  // health insurers, CAWs per province, and the receiving maatwerkbedrijven and coaching organisations.
  const federation = organisation('Federatie (bench)', 'federation', pickMunicipality(r));
  const analystId = user(federation.id, 'analyst');
  const perProvince = (label: string, kind: string, cell: boolean) =>
    new Map(provinces.map((p) => [p, organisation(`${label} ${p}`, kind, inProvince(p), cell)]));
  const vdab = perProvince('VDAB regio', 'public_employment_service', true);
  const gtb = perProvince('GTB', 'gtb', true);
  const caw = perProvince('CAW', 'caw', false);
  const ocmw = [...municipalities]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 13)
    .map((m) => organisation(`OCMW ${m.nis}`, 'ocmw', m, true));
  const insurers = ['CM', 'Solidaris', 'Helan', 'LM', 'Vivalis'].map((n) =>
    organisation(`Ziekenfonds ${n}`, 'health_insurer', pickMunicipality(r)),
  );
  const receiving = (kind: string, count: number) =>
    Array.from({ length: count }, (_, k) => ({
      ...organisation(`${kind} ${k + 1}`, kind, pickMunicipality(r)),
      size: 1 / (k + 1) ** 0.7,
    }));
  const maatwerk = receiving('maatwerkbedrijf', 45);
  const coaching = receiving('coaching_organisation', 25);
  const targetsIn = (list: typeof maatwerk) =>
    new Map(
      provinces.map((p) => {
        const near = list.filter((o) => o.province === p);
        return [p, picker((near.length ? near : list).map((o) => [o, o.size] as const))];
      }),
    );
  const maatwerkIn = targetsIn(maatwerk);
  const coachingIn = targetsIn(coaching);
  const anyMaatwerk = picker(maatwerk.map((o) => [o, o.size] as const));
  const anyCoaching = picker(coaching.map((o) => [o, o.size] as const));

  // Indication consultants and validators per indication organisation.
  const staff = new Map<string, { consultants: string[]; validators: string[] }>();
  for (const [o, n] of [
    ...[...vdab.values()].map((o) => [o, 30] as const),
    ...[...gtb.values()].map((o) => [o, 12] as const),
    ...ocmw.map((o) => [o, 4] as const),
  ]) {
    staff.set(o.id, {
      consultants: Array.from({ length: n }, () => user(o.id, 'indication_consultant')),
      validators: Array.from({ length: Math.max(2, n / 4) }, () => user(o.id, 'indication_validator')),
    });
  }

  // Coaches of the receiving organisations, and employers (one main site each) where participants are placed.
  const coaches = new Map(
    [...maatwerk, ...coaching].map((o) => [o.id, Array.from({ length: 10 }, () => user(o.id, 'coach'))]),
  );
  const employers = new Rows('employers', [
    ['id', 'uuid'],
    ['enterprise_number', 'text'],
    ['name', 'text'],
    ['size_class', 'text'],
    ['municipality_nis', 'text'],
  ]);
  const sites = new Rows('employer_sites', [
    ['id', 'uuid'],
    ['employer_id', 'uuid'],
    ['name', 'text'],
    ['municipality_nis', 'text'],
    ['is_main', 'boolean'],
  ]);
  const sitesIn = new Map<string, { employerId: string; siteId: string }[]>(provinces.map((p) => [p, []]));
  for (let k = 1; k <= 4_000; k++) {
    const m = pickMunicipality(r);
    const employerId = uuid(r);
    const siteId = uuid(r);
    employers.add({
      id: employerId,
      enterprise_number: String(400_000_000 + k).padStart(10, '0'),
      name: `Werkgever ${k}`,
      size_class: weighted(r, [
        ['1-9', 5],
        ['10-49', 3],
        ['50-249', 1.5],
        ['250+', 0.5],
      ] as const),
      municipality_nis: m.nis,
    });
    sites.add({
      id: siteId,
      employer_id: employerId,
      name: 'Hoofdzetel',
      municipality_nis: m.nis,
      is_main: true,
    });
    sitesIn.get(m.province)!.push({ employerId, siteId });
  }

  const trajectories = new Rows('trajectories', [
    ['id', 'uuid'],
    ['participant_id', 'uuid'],
    ['type_id', 'uuid'], // the type's key until loaded (see loadHistory)
    ['type_version', 'int4'],
    ['lead_organisation_id', 'uuid'],
    ['coach_user_id', 'uuid'],
    ['employer_id', 'uuid'],
    ['site_id', 'uuid'],
    ['referral_id', 'uuid'],
    ['status', 'text'],
    ['started_on', 'date'],
    ['planned_end_on', 'date'],
    ['placed_on', 'date'],
    ['closed_on', 'date'],
    ['outcome_kind', 'text'],
    ['outcome_contract_type', 'text'],
    ['outcome_hours_per_week', 'numeric'],
    ['outcome_dropout_reason', 'text'],
    ['outcome_on', 'date'],
    ['created_at', 'timestamptz'],
  ]);
  const phases = new Rows('trajectory_phases', [
    ['trajectory_id', 'uuid'],
    ['key', 'text'],
    ['sort_order', 'int2'],
    ['name_nl', 'text'],
    ['name_en', 'text'],
    ['planned_start_on', 'date'],
    ['planned_end_on', 'date'],
    ['actual_start_on', 'date'],
    ['actual_end_on', 'date'],
  ]);
  const aftercare = new Rows('aftercare_contacts', [
    ['trajectory_id', 'uuid'],
    ['months_after', 'int2'],
    ['due_on', 'date'],
    ['contacted_on', 'date'],
    ['is_still_employed', 'boolean'],
    ['how_it_goes', 'int2'],
    ['recorded_by', 'uuid'],
  ]);

  /**
   * A trajectory from a started referral: its phases one after the other (started and ended as far as time has
   * come), a placement at an employer in the participant's province for the types with one, aftercare contacts
   * from the placement, and — once its time has come — the closure with an outcome. Returns the closing day (or
   * null while open).
   */
  const trajectory = (
    participantId: string,
    referralId: string,
    measure: Measure,
    lead: string,
    start: number,
    province: string,
  ) => {
    const type = TYPE_OF_MEASURE[measure];
    const id = uuid(r);
    const team = coaches.get(lead)!;
    const coach = team[Math.floor(r() * team.length)]!;
    const outcome = weighted(r, type.outcomes);
    const closing =
      outcome === 'dropped_out'
        ? start + 20 + Math.floor(r() * type.term * 0.8)
        : start + Math.round(type.term * (0.7 + 0.5 * r()));
    const isClosed = closing <= today;
    const until = isClosed ? closing : today;
    const placedDay =
      type.placedAfter === null ? null : start + type.placedAfter + logNormalDays(r, 10, 0.8, 120);
    const isPlaced = placedDay !== null && placedDay <= until && !(outcome === 'dropped_out' && r() < 0.4);
    const place = isPlaced ? sitesIn.get(province)![Math.floor(r() * sitesIn.get(province)!.length)]! : null;
    const employed = outcome === 'employed_regular';
    trajectories.add({
      id,
      participant_id: participantId,
      type_id: type.key,
      type_version: 1,
      lead_organisation_id: lead,
      coach_user_id: coach,
      employer_id: place?.employerId,
      site_id: place?.siteId,
      referral_id: referralId,
      status: isClosed ? 'closed' : 'open',
      started_on: isoDate(start),
      planned_end_on: isoDate(start + type.term),
      placed_on: isPlaced ? isoDate(placedDay) : null,
      closed_on: isClosed ? isoDate(closing) : null,
      outcome_kind: isClosed ? outcome : null,
      outcome_contract_type:
        isClosed && employed
          ? weighted(r, [
              ['permanent', 45],
              ['fixed_term', 30],
              ['temporary_agency', 15],
              ['flexi_job', 5],
              ['replacement', 5],
            ] as const)
          : null,
      outcome_hours_per_week:
        isClosed && employed
          ? weighted(r, [
              [19, 2],
              [24, 3],
              [30, 3],
              [38, 4],
            ] as const)
          : null,
      outcome_dropout_reason:
        isClosed && outcome === 'dropped_out'
          ? weighted(r, [
              ['health', 35],
              ['motivation', 20],
              ['personal_circumstances', 20],
              ['not_reachable', 10],
              ['ended_by_employer', 8],
              ['moved', 4],
              ['other', 3],
            ] as const)
          : null,
      outcome_on: isClosed ? isoDate(closing) : null,
      created_at: isoAt(r, start),
    });
    events += 1 + (isPlaced ? 1 : 0) + (isClosed ? 1 : 0);
    let plannedStart = start;
    type.phases.forEach(([key, nameNl, nameEn, days], k) => {
      const plannedEnd = plannedStart + days - 1;
      const actualStart = k === 0 ? start : plannedStart + Math.floor(r() * 10);
      const isStarted = actualStart <= until;
      const last = k === type.phases.length - 1;
      const actualEnd = last && isClosed ? Math.max(actualStart, closing) : plannedEnd + Math.floor(r() * 15);
      const isEnded = isStarted && (actualEnd <= until || (isClosed && actualEnd > closing));
      phases.add({
        trajectory_id: id,
        key,
        sort_order: k,
        name_nl: nameNl,
        name_en: nameEn,
        planned_start_on: isoDate(plannedStart),
        planned_end_on: isoDate(plannedEnd),
        actual_start_on: isStarted ? isoDate(actualStart) : null,
        actual_end_on: isEnded ? isoDate(Math.min(actualEnd, until)) : null,
      });
      events += (isStarted ? 1 : 0) + (isEnded ? 1 : 0);
      plannedStart = plannedEnd + 1;
    });
    if (isPlaced) {
      let stillEmployed = true;
      for (const months of type.aftercare) {
        const due = placedDay + Math.round(months * 30.4);
        if (outcome === 'dropped_out' && due > closing) {
          break;
        }
        const contacted = due + logNormalDays(r, 5, 0.7, 60);
        const isContacted = contacted <= today && r() < 0.88;
        stillEmployed = stillEmployed && r() < (employed ? 0.93 : 0.8);
        aftercare.add({
          trajectory_id: id,
          months_after: months,
          due_on: isoDate(due),
          contacted_on: isContacted ? isoDate(contacted) : null,
          is_still_employed: isContacted ? stillEmployed : null,
          how_it_goes: isContacted
            ? stillEmployed
              ? 3 + Math.floor(r() * 3)
              : 1 + Math.floor(r() * 3)
            : null,
          recorded_by: isContacted ? coach : null,
        });
        events += isContacted ? 1 : 0;
      }
    }
    return { closing: isClosed ? closing : null, outcome };
  };

  // Referral days: seasonal, by weekday, and growing about 6% a year.
  const days: [number, number][] = [];
  for (let d = first; d <= today; d++) {
    const weekday = new Date(d * DAY).getUTCDay();
    days.push([d, SEASON[monthOf(d)]! * WEEKDAY[weekday]! * (1 + (0.06 * (d - first)) / 365.25)]);
  }
  const pickDay = picker(days);

  const participants = new Rows('participants', [
    ['id', 'uuid'],
    ['national_number', 'text'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['birth_date', 'date'],
    ['municipality_nis', 'text'],
    ['organisation_id', 'uuid'],
    ['status', 'text'],
    ['current_measure', 'text'],
    ['created_at', 'timestamptz'],
  ]);
  const consents = new Rows('participant_consents', [
    ['participant_id', 'uuid'],
    ['purpose', 'text'],
    ['basis', 'text'],
    ['given_on', 'date'],
    ['recorded_by', 'uuid'],
    ['withdrawn_at', 'timestamptz'],
  ]);
  const referrals = new Rows('referrals', [
    ['id', 'uuid'],
    ['participant_id', 'uuid'],
    ['channel', 'text'],
    ['referrer_organisation_id', 'uuid'],
    ['referrer_name', 'text'],
    ['measure', 'text'],
    ['target_organisation_id', 'uuid'],
    ['referred_on', 'date'],
    ['first_contact_on', 'date'],
    ['started_on', 'date'],
    ['no_start_reason', 'text'],
    ['no_start_text', 'text'],
    ['status', 'text'],
    ['closed_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
  ]);
  const indications = new Rows('indications', [
    ['id', 'uuid'],
    ['participant_id', 'uuid'],
    ['referral_id', 'uuid'],
    ['organisation_id', 'uuid'],
    ['consultant_user_id', 'uuid'],
    ['channel', 'text'],
    ['status', 'text'],
    ['advice', 'text'],
    ['started_at', 'timestamptz'],
    ['first_submitted_at', 'timestamptz'],
    ['submitted_at', 'timestamptz'],
    ['validated_at', 'timestamptz'],
    ['validator_user_id', 'uuid'],
    ['valid_until', 'date'],
  ]);

  const pickChannel = picker(CHANNELS);
  const measurePickers = Object.fromEntries(
    Object.entries(MEASURES_BY_CHANNEL).map(([c, m]) => [c, picker(m)]),
  ) as Record<ReferralChannel, (r: Random) => Measure>;
  let events = 0;
  let person = 0;
  while (referrals.length < options.referrals) {
    person++;
    const participantId = uuid(r);
    const home = pickMunicipality(r);
    // Most people are referred once; some again after a no-start or a finished measure.
    const times = weighted(r, [
      [1, 87],
      [2, 11],
      [3, 2],
    ] as const);
    let day = pickDay(r);
    let lastTarget = '';
    let lastMeasure: Measure | null = null;
    let lastStatus = 'referred';
    const firstDay = day;
    for (let k = 0; k < times && day <= today && referrals.length < options.referrals; k++) {
      const referralId = uuid(r);
      const channel = pickChannel(r);
      const measure = measurePickers[channel](r);
      const target = (
        r() < 0.85
          ? (measure === 'cmw' || measure === 'transition' ? maatwerkIn : coachingIn).get(home.province)!(r)
          : measure === 'cmw' || measure === 'transition'
            ? anyMaatwerk(r)
            : anyCoaching(r)
      ).id;
      const referrer =
        channel === 'vdab'
          ? vdab.get(home.province)!.id
          : channel === 'gtb'
            ? gtb.get(home.province)!.id
            : channel === 'ocmw_indication_cell'
              ? ocmw[Math.floor(r() * ocmw.length)]!.id
              : channel === 'health_insurer'
                ? insurers[Math.floor(r() * insurers.length)]!.id
                : channel === 'caw'
                  ? caw.get(home.province)!.id
                  : null;
      events++; // referred
      const withdrawn = r() < 0.02;
      const contactRate = channel === 'ocmw_indication_cell' || channel === 'caw' ? 0.82 : 0.9;
      let contact: number | null = r() < contactRate ? day + logNormalDays(r, 6, 0.8, 120) : null;
      if (contact !== null && contact > today) {
        contact = null;
      }
      // The indication, for referrals through an indication channel.
      let validatedDay: number | null = null;
      if ((channel === 'vdab' || channel === 'gtb' || channel === 'ocmw_indication_cell') && r() < 0.9) {
        const lead = LEAD_TIMES[channel];
        const faster = 0.96 ** ((day - first) / 365.25);
        const startedDay = day + logNormalDays(r, 4, 0.7, 60);
        if (startedDay <= today) {
          let advised =
            day + Math.max(startedDay - day + 1, logNormalDays(r, lead.advice[0] * faster, lead.advice[1]));
          if ([6, 7].includes(monthOf(advised))) {
            advised += logNormalDays(r, 7, 0.5, 30); // summer holidays
          }
          const returned = r() < 0.06;
          const validated =
            advised +
            logNormalDays(r, lead.validation[0], lead.validation[1]) +
            (returned ? logNormalDays(r, 15, 0.6) : 0);
          const organisationId = referrer!;
          const team = staff.get(organisationId)!;
          const isAdvised = advised <= today;
          const isValidated = isAdvised && validated <= today;
          events += 1 + (isAdvised ? 1 : 0) + (isValidated ? 1 : 0);
          validatedDay = isValidated ? validated : null;
          indications.add({
            id: uuid(r),
            participant_id: participantId,
            referral_id: referralId,
            organisation_id: organisationId,
            consultant_user_id: team.consultants[Math.floor(r() * team.consultants.length)],
            channel,
            status: isValidated
              ? 'approved'
              : isAdvised
                ? returned && r() < 0.5
                  ? 'returned'
                  : 'submitted'
                : 'draft',
            advice: isAdvised
              ? weighted(r, [
                  ['cmw', 35],
                  ['ama', 20],
                  ['regular_work_with_support', 25],
                  ['regular_work', 12],
                  ['care_first', 8],
                ] as const)
              : null,
            started_at: isoAt(r, startedDay),
            first_submitted_at: isAdvised ? isoAt(r, advised) : null,
            submitted_at: isAdvised ? isoAt(r, advised) : null,
            validated_at: isValidated ? isoAt(r, validated) : null,
            validator_user_id: isValidated ? team.validators[Math.floor(r() * team.validators.length)] : null,
            valid_until: isValidated ? isoDate(validated + 730) : null,
          });
        }
      }
      // Start, no start, or no answer.
      let status = 'pending';
      let started: number | null = null;
      let noStart: NoStartReason | null = null;
      let closed: number | null = null;
      if (withdrawn) {
        status = 'withdrawn';
        closed = day + logNormalDays(r, 10, 0.7, 90);
        contact = null;
      } else if (contact !== null) {
        status = 'in_contact';
        if (r() < (measure === 'ama' ? 0.62 : 0.7)) {
          const from = Math.max(contact, validatedDay ?? contact);
          const at = from + logNormalDays(r, 21, 0.7, 365);
          if (at <= today) {
            status = 'started';
            started = at;
          }
        } else {
          const at = contact + logNormalDays(r, 30, 0.7, 365);
          if (at <= today) {
            status = 'no_start';
            noStart = weighted(r, NO_START);
            closed = at;
          }
        }
      } else if (day + 60 <= today) {
        status = 'no_answer';
        closed = day + 60;
      }
      events += (contact !== null ? 1 : 0) + (started !== null || closed !== null ? 1 : 0);
      referrals.add({
        id: referralId,
        participant_id: participantId,
        channel,
        referrer_organisation_id: referrer,
        referrer_name:
          channel === 'other'
            ? weighted(r, [
                ['Huisarts', 2],
                ['School', 1],
                ['Psychiater', 1],
              ] as const)
            : null,
        measure,
        target_organisation_id: target,
        referred_on: isoDate(day),
        first_contact_on: contact === null ? null : isoDate(contact),
        started_on: started === null ? null : isoDate(started),
        no_start_reason: noStart,
        no_start_text: noStart === 'other' ? 'Andere reden' : null,
        status,
        closed_at: closed === null ? null : isoAt(r, closed),
        created_at: isoAt(r, day),
      });
      lastTarget = target;
      lastMeasure = measure;
      lastStatus = status === 'pending' || status === 'in_contact' ? 'referred' : 'closed';
      day = (started ?? closed ?? contact ?? day) + 60 + Math.floor(r() * 540);
      if (started !== null) {
        // One trajectory at a time: a next referral comes after this one has closed.
        const t = trajectory(participantId, referralId, measure, target, started, home.province);
        lastStatus =
          t.closing === null ? 'in_trajectory' : t.outcome === 'employed_regular' ? 'employed' : 'closed';
        day = t.closing === null ? today + 1 : Math.max(day, t.closing + 30);
      }
    }
    participants.add({
      id: participantId,
      national_number: String(person).padStart(11, '0'),
      first_name: FIRST[person % FIRST.length],
      last_name: LAST[(person * 7) % LAST.length],
      birth_date: isoDate(firstDay - 365 * (18 + Math.floor(r() * 45)) - Math.floor(r() * 365)),
      municipality_nis: home.nis,
      organisation_id: lastTarget,
      status: lastStatus,
      current_measure: lastMeasure,
      created_at: isoAt(r, firstDay),
    });
    // Most people consent to statistics at their first referral; a few withdraw it later.
    if (r() < 0.88) {
      const withdrawnAt = r() < 0.015 ? Math.min(today, firstDay + logNormalDays(r, 200, 0.8)) : null;
      consents.add({
        participant_id: participantId,
        purpose: 'statistics',
        basis: weighted(r, [
          ['signed_form', 6],
          ['verbal', 2],
          ['digital_by_participant', 2],
        ] as const),
        given_on: isoDate(firstDay),
        recorded_by: analystId,
        withdrawn_at: withdrawnAt === null ? null : isoAt(r, withdrawnAt),
      });
      events += withdrawnAt === null ? 1 : 2;
    }
  }

  participants.sortBy('created_at');
  consents.sortBy('given_on');
  referrals.sortBy('created_at');
  indications.sortBy('started_at');
  trajectories.sortBy('created_at');
  const tables = [
    organisations,
    users,
    roles,
    employers,
    sites,
    participants,
    consents,
    referrals,
    indications,
    trajectories,
    phases,
    aftercare,
  ];
  return {
    tables,
    events,
    counts: Object.fromEntries(tables.map((t) => [t.table, t.length])),
    analystId,
  };
}

/** Loads the history into a migrated database, then vacuums and analyzes it. */
export async function loadHistory(db: Kysely<DB>, history: History) {
  const types = await db.selectFrom('trajectory_types').select(['id', 'key']).execute();
  const resolve = { type_id: new Map<unknown, unknown>(types.map((t) => [t.key, t.id])) };
  for (const table of history.tables) {
    await table.insert(db, resolve);
  }
  // As autovacuum would have done over five years: statistics, and the visibility map for index-only scans.
  await sql`vacuum analyze`.execute(db);
}
