/**
 * The matching dimensions: one set of work-relevant dimensions on which a person's capability profile (from the
 * indication's ICF items) and a job's or task's demand profile are both rated, after the profile-comparison
 * method of MELBA/IMBA (see ../shared/guide/domain.md). Every module that rates people or work uses this list.
 *
 * Scale (both sides, 0–4):
 *   demand      0 not required · 1 light · 2 moderate · 3 high · 4 very high
 *   capability  0 not possible · 1 very limited · 2 limited · 3 mostly fine · 4 fully capable
 * A gap is demand − capability when positive. An ICF qualifier q (0 no problem … 4 complete problem) gives
 * capability 4 − q; qualifiers 8 (not specified) and 9 (not applicable) give no information.
 *
 * `icf` lists the ICF categories that inform the dimension (checked against server/reference/icf in the test).
 * For the conditions group, demand is the exposure the work brings and capability the tolerance of the person.
 */

export const DIMENSION_GROUPS = ['physical', 'mental', 'communication', 'social', 'conditions'] as const;
export type DimensionGroup = (typeof DIMENSION_GROUPS)[number];

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const MAX_LEVEL: Level = 4;

export interface Dimension {
  key: string;
  group: DimensionGroup;
  nl: string;
  en: string;
  icf: readonly string[];
}

export const DIMENSIONS = [
  // Physical
  { key: 'lifting', group: 'physical', nl: 'Tillen', en: 'Lifting', icf: ['d4300', 'd430', 'b730'] },
  { key: 'carrying', group: 'physical', nl: 'Dragen', en: 'Carrying', icf: ['d4301', 'd430', 'b740'] },
  { key: 'standing', group: 'physical', nl: 'Lang staan', en: 'Standing for long', icf: ['d4154', 'd415'] },
  { key: 'walking', group: 'physical', nl: 'Stappen', en: 'Walking', icf: ['d450', 'b455'] },
  { key: 'sitting', group: 'physical', nl: 'Lang zitten', en: 'Sitting for long', icf: ['d4153', 'd415'] },
  {
    key: 'bending_kneeling',
    group: 'physical',
    nl: 'Bukken en knielen',
    en: 'Bending and kneeling',
    icf: ['d4105', 'd4102', 'd410'],
  },
  {
    key: 'reaching',
    group: 'physical',
    nl: 'Reiken, boven schouderhoogte werken',
    en: 'Reaching, overhead work',
    icf: ['d4452', 'd445'],
  },
  {
    key: 'climbing',
    group: 'physical',
    nl: 'Klimmen, trappen, ladders',
    en: 'Climbing, stairs, ladders',
    icf: ['d4551'],
  },
  {
    key: 'fine_hand_use',
    group: 'physical',
    nl: 'Fijne handvaardigheid',
    en: 'Fine hand use',
    icf: ['d440', 'b760'],
  },
  {
    key: 'hand_arm_strength',
    group: 'physical',
    nl: 'Kracht in handen en armen',
    en: 'Hand and arm strength',
    icf: ['d445', 'b730', 'b7300'],
  },
  { key: 'seeing', group: 'physical', nl: 'Zien', en: 'Seeing', icf: ['b210', 'b2100', 'd110'] },
  { key: 'hearing', group: 'physical', nl: 'Horen', en: 'Hearing', icf: ['b230', 'b2300', 'd115'] },
  {
    key: 'physical_stamina',
    group: 'physical',
    nl: 'Lichamelijk uithoudingsvermogen',
    en: 'Physical stamina',
    icf: ['b455', 'b740', 'b7402'],
  },
  // Mental
  {
    key: 'attention',
    group: 'mental',
    nl: 'Aandacht, concentratie',
    en: 'Attention, concentration',
    icf: ['b140', 'b1400', 'd160'],
  },
  { key: 'memory', group: 'mental', nl: 'Onthouden', en: 'Memory', icf: ['b144', 'b1440'] },
  {
    key: 'energy',
    group: 'mental',
    nl: 'Energie en motivatie',
    en: 'Energy and drive',
    icf: ['b130', 'd2303'],
  },
  {
    key: 'stress_handling',
    group: 'mental',
    nl: 'Omgaan met stress',
    en: 'Handling stress',
    icf: ['d240', 'd2401', 'b1521'],
  },
  {
    key: 'daily_routine',
    group: 'mental',
    nl: 'Dagelijkse routine, structuur',
    en: 'Daily routine, structure',
    icf: ['d230', 'd2301', 'd2302'],
  },
  {
    key: 'multitasking',
    group: 'mental',
    nl: 'Meerdere taken combineren',
    en: 'Multiple tasks at once',
    icf: ['d220', 'b1401'],
  },
  {
    key: 'learning',
    group: 'mental',
    nl: 'Nieuwe dingen leren',
    en: 'Learning new things',
    icf: ['d155', 'd1550', 'd1551'],
  },
  {
    key: 'problem_solving',
    group: 'mental',
    nl: 'Problemen oplossen',
    en: 'Problem solving',
    icf: ['d175', 'b1646'],
  },
  {
    key: 'planning',
    group: 'mental',
    nl: 'Plannen en organiseren',
    en: 'Planning and organising',
    icf: ['b1641', 'b1642', 'd2101'],
  },
  {
    key: 'adapting_to_change',
    group: 'mental',
    nl: 'Omgaan met veranderingen',
    en: 'Adapting to change',
    icf: ['b1643', 'd2301'],
  },
  {
    key: 'working_independently',
    group: 'mental',
    nl: 'Zelfstandig werken',
    en: 'Working independently',
    icf: ['d2102', 'd2100'],
  },
  {
    key: 'responsibility',
    group: 'mental',
    nl: 'Verantwoordelijkheid dragen',
    en: 'Carrying responsibility',
    icf: ['d2400', 'b1645'],
  },
  // Communication
  {
    key: 'understanding_dutch',
    group: 'communication',
    nl: 'Nederlands begrijpen',
    en: 'Understanding Dutch',
    icf: ['d310'],
  },
  {
    key: 'speaking_dutch',
    group: 'communication',
    nl: 'Nederlands spreken',
    en: 'Speaking Dutch',
    icf: ['d330'],
  },
  { key: 'reading', group: 'communication', nl: 'Lezen', en: 'Reading', icf: ['d166'] },
  { key: 'writing', group: 'communication', nl: 'Schrijven', en: 'Writing', icf: ['d170'] },
  { key: 'calculating', group: 'communication', nl: 'Rekenen', en: 'Calculating', icf: ['d172'] },
  { key: 'phone_use', group: 'communication', nl: 'Telefoneren', en: 'Using the phone', icf: ['d3600'] },
  {
    key: 'digital_skills',
    group: 'communication',
    nl: 'Digitale vaardigheden',
    en: 'Digital skills',
    icf: ['d360'],
  },
  // Social
  {
    key: 'cooperation',
    group: 'social',
    nl: 'Samenwerken',
    en: 'Cooperating',
    icf: ['d720', 'd2103', 'd7104'],
  },
  {
    key: 'customer_contact',
    group: 'social',
    nl: 'Contact met klanten en onbekenden',
    en: 'Customers and strangers',
    icf: ['d730'],
  },
  {
    key: 'taking_instructions',
    group: 'social',
    nl: 'Instructies opvolgen',
    en: 'Taking instructions',
    icf: ['d740', 'd7203'],
  },
  {
    key: 'handling_criticism',
    group: 'social',
    nl: 'Omgaan met kritiek',
    en: 'Handling criticism',
    icf: ['d7202', 'd7102'],
  },
  // Conditions (demand = exposure, capability = tolerance)
  {
    key: 'shift_work',
    group: 'conditions',
    nl: 'Ploegen- en wisselende uren',
    en: 'Shifts and irregular hours',
    icf: ['b134', 'd230'],
  },
  { key: 'noise', group: 'conditions', nl: 'Lawaai', en: 'Noise', icf: ['e250', 'b230'] },
  { key: 'heat_cold', group: 'conditions', nl: 'Hitte of koude', en: 'Heat or cold', icf: ['b550', 'e225'] },
  {
    key: 'outdoor_work',
    group: 'conditions',
    nl: 'Buiten werken, weer',
    en: 'Outdoor work, weather',
    icf: ['e225'],
  },
  {
    key: 'dust_fumes',
    group: 'conditions',
    nl: 'Stof, dampen, geuren',
    en: 'Dust, fumes, odours',
    icf: ['e260', 'b440'],
  },
  {
    key: 'working_alone',
    group: 'conditions',
    nl: 'Alleen werken',
    en: 'Working alone',
    icf: ['d2102', 'd240'],
  },
  {
    key: 'work_pace',
    group: 'conditions',
    nl: 'Werktempo, tijdsdruk',
    en: 'Work pace, time pressure',
    icf: ['d2401', 'b147'],
  },
] as const satisfies readonly Dimension[];

export type DimensionKey = (typeof DIMENSIONS)[number]['key'];
export const DIMENSION_KEYS = DIMENSIONS.map((d) => d.key) as DimensionKey[];
export const DIMENSION_INDEX: ReadonlyMap<DimensionKey, number> = new Map(
  DIMENSION_KEYS.map((k, i) => [k, i]),
);

/** A profile: a level per dimension; a missing dimension is unknown (capability) or not required (demand). */
export type Profile = Partial<Record<DimensionKey, Level>>;

/** Capability from an ICF qualifier (0 no problem … 4 complete problem); 8/9 carry no information. */
export function capabilityFromQualifier(qualifier: number): Level | null {
  if (qualifier >= 0 && qualifier <= 4 && Number.isInteger(qualifier)) {
    return (4 - qualifier) as Level;
  }
  return null;
}

/** The gap between a demand and a capability; 0 when the capability meets the demand. */
export function gap(demand: Level, capability: Level): number {
  return Math.max(0, demand - capability);
}

export function isDimensionKey(key: string): key is DimensionKey {
  return DIMENSION_INDEX.has(key as DimensionKey);
}

/** Level anchors, shown beside every rating so that coaches and account managers rate alike. */
export const LEVEL_LABELS = {
  demand: {
    nl: ['niet nodig', 'licht', 'gemiddeld', 'hoog', 'zeer hoog'],
    en: ['not required', 'light', 'moderate', 'high', 'very high'],
  },
  capability: {
    nl: ['niet mogelijk', 'zeer beperkt', 'beperkt', 'grotendeels', 'volledig'],
    en: ['not possible', 'very limited', 'limited', 'mostly', 'fully'],
  },
} as const;
