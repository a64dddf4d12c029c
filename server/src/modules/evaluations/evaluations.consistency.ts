/**
 * The consistency report, computed from decided evaluations (pure, tested on the demo data). Per group (an
 * organisation, an evaluator) and for the whole network: outcomes, deviations from the rule, mean lead time from
 * due date to decision, and per criterion the mean score and the distribution over the scale's levels.
 *
 * Outliers: a group's mean score on a criterion lies more than OUTLIER_Z standard errors from the rest of the
 * network's (a z-score: the group compared with what chance alone would give a group of its size drawn from the
 * rest), or its deviation rate or mean lead time lies that far above the rest's (deviating less or deciding
 * faster is no problem). Small cells are hidden with lib/suppression.ts: a group under five
 * decisions shows nothing, and counts of one to four are hidden with their complementary cells.
 */
import { EVALUATION_OUTCOMES, type EvaluationOutcome } from '../../db/schema';
import { isSmall, MINIMUM_CELL, suppressGrid } from '../../lib/suppression';
import type { ConsistencyReportDto } from './evaluations.schemas';

export const OUTLIER_Z = 2;

export interface DecidedRow {
  id: string;
  organisationId: string;
  organisationName: string;
  evaluatorId: string;
  /** Null: evaluators are shown numbered, not by name (for readers without a need to know who). */
  evaluatorName: string | null;
  outcome: EvaluationOutcome;
  proposedOutcome: EvaluationOutcome;
  leadDays: number;
}

interface CriterionInfo {
  key: string;
  name: string;
  levels: number[];
}

type Group = ConsistencyReportDto['organisations'][number];

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const sd = (xs: number[]) => {
  if (xs.length < 2) {
    return 0;
  }
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};

/** z of a group's mean against the network's mean and spread, for a group of n; null when it says nothing. */
export function meanZ(groupMean: number, networkMean: number, networkSd: number, n: number): number | null {
  if (n === 0 || networkSd === 0) {
    return null;
  }
  return round((groupMean - networkMean) / (networkSd / Math.sqrt(n)));
}

/** z of a group's proportion against the network's, for a group of n. */
export function proportionZ(groupRate: number, networkRate: number, n: number): number | null {
  if (n === 0 || networkRate <= 0 || networkRate >= 1) {
    return null;
  }
  return round((groupRate - networkRate) / Math.sqrt((networkRate * (1 - networkRate)) / n));
}

export function buildConsistencyReport(
  rows: readonly DecidedRow[],
  scores: readonly { evaluation_id: string; criterion_key: string; score: number }[],
  criteria: readonly CriterionInfo[],
  period: { from: string; to: string },
): ConsistencyReportDto {
  const scoresOf = new Map<string, Map<string, number>>();
  for (const s of scores) {
    const m = scoresOf.get(s.evaluation_id) ?? new Map<string, number>();
    m.set(s.criterion_key, s.score);
    scoresOf.set(s.evaluation_id, m);
  }
  const criterionScores = (subset: readonly DecidedRow[], key: string) =>
    subset.map((r) => scoresOf.get(r.id)?.get(key)).filter((v): v is number => v !== undefined);

  const baseline = (others: readonly DecidedRow[]) => ({
    rate: others.length ? others.filter((r) => r.outcome !== r.proposedOutcome).length / others.length : 0,
    lead: others.map((r) => r.leadDays),
    criteria: new Map(criteria.map((c) => [c.key, criterionScores(others, c.key)])),
  });

  /** A group's figures, compared with the rest of the network (`others`; none for the network itself). */
  function figures(subset: readonly DecidedRow[], others: readonly DecidedRow[] = []) {
    const network = baseline(others);
    const isCompared = others.length > 0;
    const n = subset.length;
    const deviations = subset.filter((r) => r.outcome !== r.proposedOutcome).length;
    const rate = n ? deviations / n : 0;
    const leadMean = mean(subset.map((r) => r.leadDays));
    const outliers: string[] = [];
    // Deviating more than the rest, or deciding slower, is what needs a look; less is not a problem.
    const deviationZ = isCompared ? proportionZ(rate, network.rate, n) : null;
    if (deviationZ !== null && deviationZ >= OUTLIER_Z) {
      outliers.push('deviation');
    }
    const leadZ = isCompared ? meanZ(leadMean, mean(network.lead), sd(network.lead), n) : null;
    if (leadZ !== null && leadZ >= OUTLIER_Z) {
      outliers.push('lead_time');
    }
    const perCriterion: Group['criteria'] = {};
    for (const c of criteria) {
      const values = criterionScores(subset, c.key);
      const all = network.criteria.get(c.key)!;
      const m = mean(values);
      // Scores: stricter or more lenient than the rest are both inconsistent.
      const z = isCompared ? meanZ(m, mean(all), sd(all), values.length) : null;
      if (z !== null && Math.abs(z) >= OUTLIER_Z) {
        outliers.push(c.key);
      }
      const counts = c.levels.map((level) => values.filter((v) => v === level).length);
      const hidden = suppressGrid([counts], { rows: true, columns: false }).hidden[0]!;
      perCriterion[c.key] = {
        mean: values.length ? round(m) : null,
        z,
        levels: counts.map((v, k) => (hidden[k] ? null : v)),
      };
    }
    const outcomes = Object.fromEntries(
      EVALUATION_OUTCOMES.map((o) => [o, subset.filter((r) => r.outcome === o).length]),
    ) as Record<EvaluationOutcome, number>;
    return {
      decided: n,
      isSuppressed: n < MINIMUM_CELL,
      outcomes,
      deviations: isSmall(deviations) ? null : deviations,
      deviationRate: n ? round(rate, 3) : null,
      deviationZ,
      meanLeadDays: n ? round(leadMean, 1) : null,
      criteria: perCriterion,
      outliers,
    };
  }

  function groups(
    keyOf: (r: DecidedRow) => string,
    nameOf: (r: DecidedRow, index: number) => string,
    orgOf: (r: DecidedRow) => string | null,
    isPseudonymous = false,
  ) {
    const byKey = new Map<string, DecidedRow[]>();
    for (const r of rows) {
      byKey.set(keyOf(r), [...(byKey.get(keyOf(r)) ?? []), r]);
    }
    const entries = [...byKey.entries()].sort((a, b) =>
      nameOf(a[1][0]!, 0).localeCompare(nameOf(b[1][0]!, 0)),
    );
    const computed = entries.map(([id, subset], i) => ({
      id,
      first: subset[0]!,
      index: i,
      f: figures(
        subset,
        rows.filter((r) => keyOf(r) !== id),
      ),
    }));
    // Outcome counts across groups, suppressed together (row totals = decided, column totals = the network's).
    const grid = computed.map((g) => EVALUATION_OUTCOMES.map((o) => g.f.outcomes[o]));
    const { hidden } = suppressGrid(grid);
    return computed.map((g, r): Group => {
      const id = isPseudonymous ? `#${g.index + 1}` : g.id;
      if (g.f.isSuppressed) {
        return {
          id,
          name: nameOf(g.first, g.index),
          organisation: orgOf(g.first),
          decided: null,
          isSuppressed: true,
          outcomes: Object.fromEntries(EVALUATION_OUTCOMES.map((o) => [o, null])),
          deviations: null,
          deviationRate: null,
          deviationZ: null,
          meanLeadDays: null,
          criteria: Object.fromEntries(
            criteria.map((c) => [c.key, { mean: null, z: null, levels: c.levels.map(() => null) }]),
          ),
          outliers: [],
        };
      }
      return {
        id,
        name: nameOf(g.first, g.index),
        organisation: orgOf(g.first),
        ...g.f,
        outcomes: Object.fromEntries(
          EVALUATION_OUTCOMES.map((o, c) => [o, hidden[r]![c] ? null : g.f.outcomes[o]]),
        ),
      };
    });
  }

  const net = figures(rows);
  const netHidden = suppressGrid([EVALUATION_OUTCOMES.map((o) => net.outcomes[o])], {
    rows: true,
    columns: false,
  }).hidden[0]!;
  return {
    from: period.from,
    to: period.to,
    threshold: OUTLIER_Z,
    criteria: criteria.map((c) => ({ key: c.key, name: c.name, levels: c.levels })),
    network: {
      ...net,
      decided: net.isSuppressed ? null : net.decided,
      outcomes: Object.fromEntries(
        EVALUATION_OUTCOMES.map((o, c) => [o, netHidden[c] ? null : net.outcomes[o]]),
      ),
      outliers: [],
    },
    organisations: groups(
      (r) => r.organisationId,
      (r) => r.organisationName,
      () => null,
    ),
    evaluators: groups(
      (r) => r.evaluatorId,
      (r, i) => r.evaluatorName ?? `#${i + 1}`,
      (r) => r.organisationName,
      rows.some((r) => r.evaluatorName === null),
    ),
  };
}
