import type { Locale } from '../../db/schema';
import { DIMENSION_INDEX, DIMENSIONS, type DimensionKey } from '../profiles/dimensions';
import { CEFR, SHIFT_BITS } from './engine/model';
import { type Explanation, WEIGHTS } from './engine/score';
import type { ExplanationDto } from './matching.schemas';

const shiftNames = (bits: number) =>
  (Object.entries(SHIFT_BITS) as [string, number][]).filter(([, bit]) => bits & bit).map(([name]) => name);

/**
 * An engine explanation as the API shows it. The per-dimension comparison reveals the person's capabilities
 * (health-derived), so it is only included with `showDimensions` (the actor has a ground to see the profile);
 * otherwise only counts of gaps are given. `extraExclusions` are the live reasons the engine does not know
 * (no consent, job closed, declined before).
 */
export function presentExplanation(
  e: Explanation,
  extraExclusions: ExplanationDto['excluded'],
  showDimensions: boolean,
  locale: Locale,
): ExplanationDto {
  const excluded = [...extraExclusions, ...e.excluded];
  const dimensions = e.dimensions.map((d) => {
    const dim = DIMENSIONS[DIMENSION_INDEX.get(d.dimension as DimensionKey)!]!;
    return { ...d, label: locale === 'en' ? dim.en : dim.nl };
  });
  return {
    score: excluded.length ? 0 : e.score,
    isExcluded: excluded.length > 0,
    excluded,
    parts: e.parts,
    weights: { ...WEIGHTS },
    dimensions: showDimensions ? dimensions : null,
    profileSummary: {
      gaps: e.dimensions.filter((d) => d.gap > 0 && !d.closedBy).length,
      closable: e.dimensions.filter((d) => d.gap > 0 && d.closedBy).length,
      notAssessed: e.dimensions.filter((d) => d.capability === null).length,
    },
    commute: e.commute,
    hours: e.hours,
    dutch: {
      required: e.dutch.required ? CEFR[e.dutch.required - 1]! : null,
      person: e.dutch.person ? CEFR[e.dutch.person - 1]! : null,
      isWaivable: e.dutch.isWaivable,
    },
    interest: e.interest,
    schedule: {
      jobShifts: shiftNames(e.schedule.jobShifts),
      personShifts: shiftNames(e.schedule.personShifts),
    },
  };
}
