/**
 * The decision rule of an evaluation template, as data, and the small pure function that interprets it. A rule is
 * an ordered list: the first entry whose conditions all hold (and, when it lists `any`, at least one of those)
 * gives the proposed outcome; when none holds, the fallback does. A condition reads a theme's average, minimum or
 * maximum score, or one criterion's score. Scores are compared as given (no rounding).
 */
import { z } from 'zod';
import { EVALUATION_OUTCOMES, type EvaluationOutcome } from '../../db/schema';

const Key = z.string().regex(/^[a-z][a-z0-9_]*$/);
const Text = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

export const RuleCondition = z
  .object({
    theme: Key.optional(),
    criterion: Key.optional(),
    /** For a theme: its average, lowest or highest criterion score. Ignored for a criterion. */
    stat: z.enum(['avg', 'min', 'max']).default('avg'),
    op: z.enum(['gte', 'gt', 'lte', 'lt']),
    value: z.number(),
  })
  .refine((c) => (c.theme === undefined) !== (c.criterion === undefined), {
    message: 'a condition names either a theme or a criterion',
  });
export type RuleCondition = z.infer<typeof RuleCondition>;

export const DecisionRuleEntry = z.object({
  key: Key,
  outcome: z.enum(EVALUATION_OUTCOMES),
  all: z.array(RuleCondition).default([]),
  any: z.array(RuleCondition).default([]),
  /** For re_evaluate: when, counted from the decision. */
  reEvaluateMonths: z.number().int().min(1).max(24).optional(),
  /** Why, in words the coach can pass on. */
  explanation: Text,
});
export type DecisionRuleEntry = z.infer<typeof DecisionRuleEntry>;

export const DecisionRule = z.object({
  rules: z.array(DecisionRuleEntry).min(1),
  fallback: z.object({
    outcome: z.enum(EVALUATION_OUTCOMES),
    reEvaluateMonths: z.number().int().min(1).max(24).optional(),
    explanation: Text,
  }),
});
export type DecisionRule = z.infer<typeof DecisionRule>;

export interface RuleCriterion {
  key: string;
  theme: string;
}

export interface Proposal {
  outcome: EvaluationOutcome;
  /** The rule entry that matched, or 'fallback'. */
  ruleKey: string;
  reEvaluateMonths: number | null;
  explanation: { nl: string; en: string };
  /** The figures the rule read, for showing why: theme → avg/min/max. */
  themes: Record<string, { avg: number; min: number; max: number }>;
}

/** Per theme: average (two decimals), minimum and maximum of its criteria's scores. Themes without scores are left out. */
export function themeStats(
  criteria: readonly RuleCriterion[],
  scores: ReadonlyMap<string, number>,
): Record<string, { avg: number; min: number; max: number }> {
  const byTheme = new Map<string, number[]>();
  for (const c of criteria) {
    const s = scores.get(c.key);
    if (s !== undefined) {
      byTheme.set(c.theme, [...(byTheme.get(c.theme) ?? []), s]);
    }
  }
  const out: Record<string, { avg: number; min: number; max: number }> = {};
  for (const [theme, values] of byTheme) {
    const avg = values.reduce((a, b) => a + b, 0) / values.length;
    out[theme] = { avg: Math.round(avg * 100) / 100, min: Math.min(...values), max: Math.max(...values) };
  }
  return out;
}

function holds(
  c: RuleCondition,
  stats: Record<string, { avg: number; min: number; max: number }>,
  scores: ReadonlyMap<string, number>,
): boolean {
  const value = c.criterion !== undefined ? scores.get(c.criterion) : stats[c.theme!]?.[c.stat];
  if (value === undefined) {
    return false;
  }
  switch (c.op) {
    case 'gte':
      return value >= c.value;
    case 'gt':
      return value > c.value;
    case 'lte':
      return value <= c.value;
    case 'lt':
      return value < c.value;
  }
}

/**
 * The outcome the rule proposes for a complete set of scores, or null while a criterion is still unscored (a
 * proposal on half the picture would mislead).
 */
export function proposeOutcome(
  rule: DecisionRule,
  criteria: readonly RuleCriterion[],
  scores: ReadonlyMap<string, number>,
): Proposal | null {
  if (criteria.some((c) => !scores.has(c.key))) {
    return null;
  }
  const stats = themeStats(criteria, scores);
  for (const entry of rule.rules) {
    const allHold = entry.all.every((c) => holds(c, stats, scores));
    const anyHolds = entry.any.length === 0 || entry.any.some((c) => holds(c, stats, scores));
    if (allHold && anyHolds) {
      return {
        outcome: entry.outcome,
        ruleKey: entry.key,
        reEvaluateMonths: entry.reEvaluateMonths ?? null,
        explanation: entry.explanation,
        themes: stats,
      };
    }
  }
  return {
    outcome: rule.fallback.outcome,
    ruleKey: 'fallback',
    reEvaluateMonths: rule.fallback.reEvaluateMonths ?? null,
    explanation: rule.fallback.explanation,
    themes: stats,
  };
}

/** Names in conditions that the template does not define (a rule must not read a theme or criterion that is not there). */
export function unknownRuleReferences(
  rule: DecisionRule,
  themes: readonly string[],
  criteria: readonly string[],
): string[] {
  const bad: string[] = [];
  for (const entry of rule.rules) {
    for (const c of [...entry.all, ...entry.any]) {
      if (c.theme !== undefined && !themes.includes(c.theme)) {
        bad.push(c.theme);
      }
      if (c.criterion !== undefined && !criteria.includes(c.criterion)) {
        bad.push(c.criterion);
      }
    }
  }
  return bad;
}
