import {
  capabilityFromQualifier,
  DIMENSIONS,
  type DimensionKey,
  type Level,
  type Profile,
} from '../profiles/dimensions';

/**
 * From an indication's ICF items to a capability profile on the matching dimensions. The mapping, in full:
 *
 * 1. A dimension reads the items whose code is one of its linked ICF codes (`icf` in profiles/dimensions.ts),
 *    compared exactly. A more specific code informs a dimension only when it is linked to it itself: siblings
 *    under one parent are different activities (d4153 sitting, d4154 standing under d415 posture), so a problem
 *    with one says nothing about the other. A general code linked to several dimensions (d415, d430) informs
 *    each of them.
 * 2. Each informative item gives capability 4 − qualifier (0 no problem → 4 fully capable, 4 complete problem →
 *    0 not possible). For environmental factors the qualifier is read as the size of the barrier. Qualifiers 8
 *    (not specified) and 9 (not applicable) give no information.
 * 3. Several informative items: the most limiting one decides (the lowest capability). Work fails on the weakest
 *    link, and an optimistic profile would send people to jobs that hurt them; the coach can raise a level with
 *    a reason when the indication's context shows the limit does not apply at work.
 * 4. A dimension without any informative item stays unknown (absent from the profile): matching then treats it as
 *    "not assessed" instead of inventing a level.
 */
export interface IcfObservation {
  code: string;
  qualifier: number;
}

export interface DerivedLevel {
  level: Level;
  /** The ICF codes that decided the level (the most limiting ones), for the "why" next to each dimension. */
  basedOn: string[];
}

export function deriveCapabilities(items: readonly IcfObservation[]): Map<DimensionKey, DerivedLevel> {
  const byCode = new Map<string, Level>();
  for (const item of items) {
    const capability = capabilityFromQualifier(item.qualifier);
    if (capability !== null) {
      byCode.set(item.code, capability);
    }
  }
  const derived = new Map<DimensionKey, DerivedLevel>();
  for (const dimension of DIMENSIONS) {
    let lowest: Level | null = null;
    let basedOn: string[] = [];
    for (const code of dimension.icf) {
      const level = byCode.get(code);
      if (level === undefined) {
        continue;
      }
      if (lowest === null || level < lowest) {
        lowest = level;
        basedOn = [code];
      } else if (level === lowest) {
        basedOn.push(code);
      }
    }
    if (lowest !== null) {
      derived.set(dimension.key, { level: lowest, basedOn });
    }
  }
  return derived;
}

/** The derived levels as a plain profile (dimension → level). */
export function toProfile(derived: Map<DimensionKey, DerivedLevel>): Profile {
  return Object.fromEntries([...derived].map(([key, d]) => [key, d.level])) as Profile;
}
