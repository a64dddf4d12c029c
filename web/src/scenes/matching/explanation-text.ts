/**
 * A match explanation in words: one sentence per part of the score for the coach, every exclusion ("why not"),
 * a note per compared dimension, and the plain-Dutch reasons a participant reads (no numbers about health).
 * Pure functions of the server's MatchExplanation, so they are tested without a browser.
 */
import type { TFunction } from 'i18next';
import type { JobKind, MatchExclusion, MatchExplanation } from '../../api/types';

export const PARTS = ['profile', 'interest', 'commute', 'hours', 'dutch', 'schedule'] as const;
export type Part = (typeof PARTS)[number];
type Dimension = NonNullable<MatchExplanation['dimensions']>[number];

/** 37,5 (nl-BE) or 37.5 (en): hours and kilometres with at most one decimal, in the UI language. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-BE', { maximumFractionDigits: 1 }).format(
    value,
  );
}

/** The points a part contributes to the score (its weight × its 0..1 value), rounded to one decimal. */
export function partPoints(e: MatchExplanation, part: Part): number {
  return Math.round(e.weights[part] * e.parts[part] * 10) / 10;
}

function shiftList(t: TFunction, shifts: string[]): string {
  return shifts.map((s) => t(`participantRecord.shiftNames.${s}`).toLowerCase()).join(', ');
}

function profileSentence(t: TFunction, e: MatchExplanation): string {
  const { gaps, closable, notAssessed } = e.profileSummary;
  if (gaps === 0 && closable === 0 && notAssessed === 0) {
    return t('matching.explanation.profileAllMet');
  }
  const pieces = [
    gaps > 0 ? t('matching.explanation.profileOpen', { count: gaps }) : null,
    closable > 0 ? t('matching.explanation.profileClosable', { count: closable }) : null,
    notAssessed > 0 ? t('matching.explanation.profileNotAssessed', { count: notAssessed }) : null,
  ].filter((p): p is string => p !== null);
  const text = pieces.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One sentence per part of the score, as a coach reads it ("Wil 30 uur werken; de job is 30 uur."). */
export function partSentences(t: TFunction, e: MatchExplanation, language: string): Record<Part, string> {
  const n = (value: number) => formatNumber(value, language);
  const interest =
    e.interest.level < 0
      ? t('matching.explanation.interestLevels.none')
      : t(`matching.explanation.interestLevels.l${Math.min(4, e.interest.level)}`);
  const commute = t(e.commute.maxKm ? 'matching.explanation.commuteWithKm' : 'matching.explanation.commute', {
    minutes: e.commute.minutes,
    mode: t(`matching.explanation.modes.${e.commute.mode}`),
    km: n(e.commute.km),
    max: e.commute.maxMinutes,
    maxKm: e.commute.maxKm ?? '',
  });
  const hours =
    e.hours.person === null
      ? t('matching.explanation.hoursUnknown', { job: n(e.hours.job) })
      : t('matching.explanation.hours', { person: n(e.hours.person), job: n(e.hours.job) });
  let dutch: string;
  if (!e.dutch.required) {
    dutch = t('matching.explanation.dutchNotRequired');
  } else {
    dutch = e.dutch.person
      ? t('matching.explanation.dutch', { person: e.dutch.person, required: e.dutch.required })
      : t('matching.explanation.dutchUnknown', { required: e.dutch.required });
    if (e.parts.dutch < 1 && e.dutch.isWaivable) {
      dutch = `${dutch} ${t('matching.explanation.dutchWaivable')}`;
    }
  }
  const schedule =
    e.schedule.personShifts.length === 0
      ? t('matching.explanation.scheduleUnknown')
      : e.schedule.jobShifts.length === 0
        ? t('matching.explanation.scheduleAny')
        : t('matching.explanation.schedule', {
            job: shiftList(t, e.schedule.jobShifts),
            person: shiftList(t, e.schedule.personShifts),
          });
  return { profile: profileSentence(t, e), interest, commute, hours, dutch, schedule };
}

/** The dimensions that exclude the job: an essential demand two or more levels above, no support closing it. */
function excludingDimensions(e: MatchExplanation): Dimension[] {
  return (e.dimensions ?? []).filter((d) => d.isEssential && d.gap >= 2 && !d.closedBy);
}

/** Every hard constraint the pair breaks, in words ("why not"). */
export function exclusionSentences(
  t: TFunction,
  e: MatchExplanation,
  language: string,
  kind?: JobKind,
): { reason: MatchExclusion; text: string }[] {
  return e.excluded.map((reason) => {
    switch (reason) {
      case 'advice_incompatible':
        return {
          reason,
          text: kind
            ? t('matching.explanation.exclusions.advice_incompatibleKind', {
                kind: t(`jobs.kinds.${kind}`),
              })
            : t('matching.explanation.exclusions.advice_incompatible'),
        };
      case 'commute_too_far':
        return {
          reason,
          text: t(
            e.commute.maxKm
              ? 'matching.explanation.exclusions.commute_too_farKm'
              : 'matching.explanation.exclusions.commute_too_far',
            {
              minutes: e.commute.minutes,
              mode: t(`matching.explanation.modes.${e.commute.mode}`),
              km: formatNumber(e.commute.km, language),
              max: e.commute.maxMinutes,
              maxKm: e.commute.maxKm ?? '',
            },
          ),
        };
      case 'essential_gap': {
        const named = excludingDimensions(e);
        return {
          reason,
          text: named.length
            ? t('matching.explanation.exclusions.essential_gapNamed', {
                dimensions: named.map((d) => d.label).join(', '),
              })
            : t('matching.explanation.exclusions.essential_gap'),
        };
      }
      default:
        return { reason, text: t(`matching.explanation.exclusions.${reason}`) };
    }
  });
}

/** Whether a coach may still propose the pair with a motivation: only the engine's constraints, never the live ones. */
export function isOverridable(e: MatchExplanation): boolean {
  const overridable: MatchExclusion[] = ['advice_incompatible', 'commute_too_far', 'essential_gap'];
  return e.excluded.length > 0 && e.excluded.every((r) => overridable.includes(r));
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** What closes a gap, in words: the adaptations from the catalogue by name, else the kind of support. */
export function supportText(t: TFunction, d: Pick<Dimension, 'closedBy' | 'adaptations'>): string {
  if (d.adaptations.length > 0) {
    return d.adaptations.map((a) => lowerFirst(a.name)).join(` ${t('matching.explanation.or')} `);
  }
  return t(`matching.explanation.supports.${d.closedBy}`);
}

/** The note beside one compared dimension: met, not assessed, bridged by a named support, or an open gap. */
export function dimensionNote(t: TFunction, d: Dimension): string {
  if (d.capability === null) {
    return t('matching.explanation.notAssessed');
  }
  if (d.gap <= 0) {
    return t('matching.explanation.met');
  }
  if (d.closedBy) {
    return t('matching.explanation.closedBy', { support: supportText(t, d) });
  }
  if (d.isEssential && d.gap >= 2) {
    return t('matching.explanation.gapExcludes');
  }
  return t('matching.explanation.gapOpen', { count: d.gap });
}

/**
 * Why a job suits the participant, in plain Dutch (B1) for the participant themselves: what fits, and what is
 * good to know. Never a level, a gap count or a dimension name: those are health data in numbers.
 */
export function plainReasons(
  t: TFunction,
  e: MatchExplanation,
  language: string,
): { fits: string[]; goodToKnow: string[] } {
  const fits: string[] = [];
  const goodToKnow: string[] = [];
  const n = (value: number) => formatNumber(value, language);
  if (e.interest.level === 4) {
    fits.push(t('myProposals.why.interestWished'));
  } else if (e.interest.level >= 2) {
    fits.push(t('myProposals.why.interestClose'));
  } else if (e.interest.level >= 0) {
    goodToKnow.push(t('myProposals.why.interestOther'));
  }
  fits.push(
    t('myProposals.why.commute', {
      minutes: e.commute.minutes,
      mode: t(`myProposals.why.modes.${e.commute.mode}`),
    }),
  );
  if (e.hours.person === null) {
    goodToKnow.push(t('myProposals.why.hoursOnly', { hours: n(e.hours.job) }));
  } else if (Math.abs(e.hours.job - e.hours.person) <= 4) {
    fits.push(t('myProposals.why.hoursFit', { hours: n(e.hours.job) }));
  } else {
    goodToKnow.push(t('myProposals.why.hoursDiffer', { job: n(e.hours.job), person: n(e.hours.person) }));
  }
  if (e.dutch.required) {
    if (e.parts.dutch >= 1) {
      fits.push(t('myProposals.why.dutchOk'));
    } else if (e.dutch.isWaivable) {
      goodToKnow.push(t('myProposals.why.dutchHelp'));
    } else if (e.dutch.person) {
      goodToKnow.push(t('myProposals.why.dutchLearn'));
    }
  }
  if (e.schedule.jobShifts.length > 0 && e.schedule.personShifts.length > 0) {
    if (e.parts.schedule >= 1) {
      fits.push(t('myProposals.why.scheduleFits'));
    } else {
      goodToKnow.push(t('myProposals.why.scheduleDiffers'));
    }
  }
  if (e.profileSummary.gaps === 0) {
    fits.push(t('myProposals.why.tasksFit'));
  }
  if (e.profileSummary.closable > 0) {
    const supports = new Set(
      (e.dimensions ?? []).filter((d) => d.gap > 0 && d.closedBy).map((d) => d.closedBy),
    );
    const said: string[] = [];
    if (supports.has('mentor')) {
      said.push(t('myProposals.why.supportMentor'));
    }
    if (supports.has('adaptPhysical') || supports.has('adaptEnvironment')) {
      said.push(t('myProposals.why.supportWorkplace'));
    }
    if (supports.has('adaptHours')) {
      said.push(t('myProposals.why.supportHours'));
    }
    if (supports.has('limitedDutch')) {
      said.push(t('myProposals.why.supportDutch'));
    }
    goodToKnow.push(...(said.length ? said : [t('myProposals.why.supportSome')]));
  }
  if (e.profileSummary.gaps > 0) {
    goodToKnow.push(t('myProposals.why.tasksHard'));
  }
  return { fits, goodToKnow };
}
