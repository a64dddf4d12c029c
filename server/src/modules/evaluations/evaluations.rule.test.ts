import { describe, expect, it } from 'vitest';
import { DecisionRule, proposeOutcome, themeStats } from './evaluations.rule';
import { DEFAULT_TEMPLATE, TemplateDefinition } from './evaluations.template';

const { criteria, rule } = DEFAULT_TEMPLATE.definition;

/** Scores for the shipped criteria, by key; unnamed criteria get `rest`. */
function scores(given: Record<string, number>, rest = 2) {
  return new Map(criteria.map((c) => [c.key, given[c.key] ?? rest]));
}

describe(proposeOutcome.name, () => {
  it('should propose nothing while a criterion is unscored', () => {
    const partial = scores({});
    partial.delete('market_options');
    expect(proposeOutcome(rule, criteria, partial)).toBeNull();
  });

  it('should propose a transition trajectory when everything is strong', () => {
    const p = proposeOutcome(rule, criteria, scores({}, 4))!;
    expect(p).toMatchObject({ outcome: 'transition', ruleKey: 'ready_for_regular_work' });
    expect(p.themes.work_skills).toEqual({ avg: 4, min: 4, max: 4 });
  });

  it('should propose IMW when the person is ready but keeps needing guidance', () => {
    const p = proposeOutcome(rule, criteria, scores({ support_intensity: 2, market_options: 2 }, 3));
    expect(p).toMatchObject({ outcome: 'imw', ruleKey: 'regular_work_with_support' });
  });

  it('should read a theme average exactly at the boundary (2.5 counts for IMW)', () => {
    const p = proposeOutcome(
      rule,
      criteria,
      scores({ task_execution: 3, pace_and_quality: 2, support_intensity: 1 }, 3),
    );
    expect(p!.themes.work_skills!.avg).toBe(2.5);
    expect(p!.outcome).toBe('imw');
    const below = proposeOutcome(rule, criteria, scores({ task_execution: 2, pace_and_quality: 2 }, 3));
    expect(below!.outcome).toBe('re_evaluate');
  });

  it('should propose another measure when functioning declined and skills are low (first rule wins)', () => {
    const p = proposeOutcome(
      rule,
      criteria,
      scores({ task_execution: 1, pace_and_quality: 2, functioning_progress: 1, participant_readiness: 4 }),
    );
    expect(p).toMatchObject({ outcome: 'other_measure', ruleKey: 'measure_no_longer_fits' });
  });

  it('should propose a re-evaluation in six months when there is a wish but the market is not there', () => {
    const p = proposeOutcome(rule, criteria, scores({ participant_readiness: 3, market_options: 1 }, 3));
    expect(p).toMatchObject({ outcome: 're_evaluate', ruleKey: 'growing', reEvaluateMonths: 6 });
  });

  it('should fall back to staying when nothing else holds', () => {
    const p = proposeOutcome(
      rule,
      criteria,
      scores({ participant_readiness: 1, functioning_progress: 2 }, 2),
    );
    expect(p).toMatchObject({ outcome: 'stay', ruleKey: 'fallback', reEvaluateMonths: null });
  });

  it('should interpret criterion conditions and strict operators on a hand-made rule', () => {
    const custom = DecisionRule.parse({
      rules: [
        {
          key: 'a',
          outcome: 'imw',
          all: [{ criterion: 'x', op: 'gt', value: 2 }],
          any: [
            { theme: 't', stat: 'max', op: 'gte', value: 4 },
            { theme: 't', stat: 'min', op: 'lt', value: 1 },
          ],
          explanation: { nl: 'a', en: 'a' },
        },
      ],
      fallback: { outcome: 'stay', explanation: { nl: 'b', en: 'b' } },
    });
    const crit = [
      { key: 'x', theme: 't' },
      { key: 'y', theme: 't' },
    ];
    expect(
      proposeOutcome(
        custom,
        crit,
        new Map([
          ['x', 3],
          ['y', 4],
        ]),
      )!.outcome,
    ).toBe('imw');
    expect(
      proposeOutcome(
        custom,
        crit,
        new Map([
          ['x', 3],
          ['y', 3],
        ]),
      )!.outcome,
    ).toBe('stay');
    expect(
      proposeOutcome(
        custom,
        crit,
        new Map([
          ['x', 2],
          ['y', 4],
        ]),
      )!.outcome,
    ).toBe('stay');
    expect(
      proposeOutcome(
        custom,
        crit,
        new Map([
          ['x', 3],
          ['y', 0],
        ]),
      )!.outcome,
    ).toBe('imw');
  });
});

describe(themeStats.name, () => {
  it('should leave out themes without scores', () => {
    expect(themeStats([{ key: 'a', theme: 't' }], new Map())).toEqual({});
  });
});

describe('TemplateDefinition', () => {
  it('should accept the shipped template: six themes, every level described in both languages', () => {
    const parsed = TemplateDefinition.parse(DEFAULT_TEMPLATE.definition);
    expect(parsed.themes.map((t) => t.key)).toEqual([
      'work_skills',
      'work_attitude',
      'functioning_change',
      'support_needed',
      'readiness_wish',
      'labour_market',
    ]);
    for (const c of parsed.criteria) {
      expect(c.levels.map((l) => l.value)).toEqual([1, 2, 3, 4]);
      expect(c.requiredEvidence.length).toBeGreaterThan(0);
    }
  });

  it('should refuse a rule that reads an unknown theme, and levels with gaps', () => {
    const bad = structuredClone(DEFAULT_TEMPLATE.definition);
    bad.rule.rules[0]!.all.push({ theme: 'nonsense', stat: 'avg', op: 'gte', value: 1 });
    expect(TemplateDefinition.safeParse(bad).success).toBe(false);
    const gaps = structuredClone(DEFAULT_TEMPLATE.definition);
    gaps.criteria[0]!.levels[1]!.value = 5;
    expect(TemplateDefinition.safeParse(gaps).success).toBe(false);
  });
});
