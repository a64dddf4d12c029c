import { type Locale, OUTCOME_KINDS } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { ValidationError } from '../../lib/errors';
import { MINIMUM_CELL, shown, suppressGrid } from '../../lib/suppression';
import type { Table } from '../../lib/tables';
import { label } from './monitoring.labels';
import { monitoringRepository, successDefinitionsRepository } from './monitoring.repository';
import type { OutcomeQuery } from './monitoring.schemas';
import { cellKey, filtersOf, groupLabels } from './monitoring.service';
import { SuccessRule, statusSql } from './success-rules';

const STATUSES = ['met', 'not_met', 'pending'] as const;

/** The definitions a figure shows: the asked ones (unknown keys refused), or every active one. */
async function definitionsFor(ctx: RequestContext, keys: string | undefined) {
  const wanted = keys?.split(',');
  const rows = await successDefinitionsRepository.list(
    ctx.db,
    wanted ? { keys: wanted } : { activeOnly: true },
  );
  if (wanted && rows.length !== new Set(wanted).size) {
    throw ValidationError.field('definitions', 'unknown_success_definition');
  }
  return rows.map((d) => ({
    key: d.key,
    name: ctx.locale === 'en' ? d.name_en : d.name_nl,
    description: ctx.locale === 'en' ? d.description_en : d.description_nl,
    rule: SuccessRule.parse(d.rule),
  }));
}

type SuccessFigure = {
  met: number | null;
  notMet: number | null;
  pending: number | null;
  counted: number | null;
  rate: number | null;
};

/**
 * Outcomes of the trajectories closed in the period, per group: how many closed with each outcome, and for each
 * success definition (side by side) how many met it, did not, or cannot be told yet. Every figure names its
 * definition. Counts under five are hidden, with complementary suppression against the row and column totals.
 */
export async function getOutcomes(ctx: RequestContext, query: OutcomeQuery) {
  const f = filtersOf(query);
  const definitions = await definitionsFor(ctx, query.definitions);
  const [outcomes, ...perDefinition] = await Promise.all([
    monitoringRepository.outcomeCounts(ctx.db, f, query.groupBy),
    ...definitions.map((d) =>
      monitoringRepository.successCounts(ctx.db, f, query.groupBy, statusSql(d.rule, f.today)),
    ),
  ]);
  const groupKeys = [
    ...new Set([...outcomes.map((o) => o.group_key), ...perDefinition.flat().map((r) => r.group_key)]),
  ].sort();
  const nameOf = await groupLabels(ctx.db, query.groupBy, groupKeys, ctx.locale);

  const kinds = [...OUTCOME_KINDS];
  const outcomeCounts = new Map(outcomes.map((o) => [cellKey(o.group_key, o.outcome), o.n]));
  const outcomeGrid = groupKeys.map((g) => kinds.map((k) => outcomeCounts.get(cellKey(g, k)) ?? 0));
  const outcomeHidden = suppressGrid(outcomeGrid);

  const successGrids = perDefinition.map((rows) => {
    const counts = new Map(rows.map((r) => [cellKey(r.group_key, r.status), r.n]));
    const grid = groupKeys.map((g) => STATUSES.map((s) => counts.get(cellKey(g, s)) ?? 0));
    return { grid, hidden: suppressGrid(grid) };
  });

  const figure = (
    values: number[],
    isHidden: boolean[],
    counted: number,
    isCountedHidden: boolean,
  ): SuccessFigure => {
    const [met, notMet, pending] = values as [number, number, number];
    const isRateShown = !isHidden[0] && !isHidden[1] && met + notMet > 0;
    return {
      met: shown(met, isHidden[0]!),
      notMet: shown(notMet, isHidden[1]!),
      pending: shown(pending, isHidden[2]!),
      counted: shown(counted, isCountedHidden),
      rate: isRateShown ? Math.round((1000 * met) / (met + notMet)) / 10 : null,
    };
  };
  const sum = (row: number[]) => row.reduce((a, b) => a + b, 0);

  return {
    from: f.from,
    to: f.to,
    groupBy: query.groupBy,
    minimumCell: MINIMUM_CELL,
    outcomeKinds: kinds,
    definitions,
    rows: groupKeys.map((g, k) => ({
      group: { key: g, label: nameOf(g) },
      closed: shown(sum(outcomeGrid[k]!), outcomeHidden.hiddenRowTotals[k]!),
      outcomes: Object.fromEntries(
        kinds.map((o, c) => [o, shown(outcomeGrid[k]![c]!, outcomeHidden.hidden[k]![c]!)]),
      ),
      success: Object.fromEntries(
        definitions.map((d, i) => {
          const { grid, hidden } = successGrids[i]!;
          return [d.key, figure(grid[k]!, hidden.hidden[k]!, sum(grid[k]!), hidden.hiddenRowTotals[k]!)];
        }),
      ),
    })),
    total: {
      closed: shown(sum(outcomeGrid.map(sum)), outcomeHidden.hiddenGrandTotal),
      outcomes: Object.fromEntries(
        kinds.map((o, c) => [
          o,
          shown(sum(outcomeGrid.map((r) => r[c]!)), outcomeHidden.hiddenColumnTotals[c]!),
        ]),
      ),
      success: Object.fromEntries(
        definitions.map((d, i) => {
          const { grid, hidden } = successGrids[i]!;
          const totals = STATUSES.map((_, c) => sum(grid.map((r) => r[c]!)));
          return [d.key, figure(totals, hidden.hiddenColumnTotals, sum(totals), hidden.hiddenGrandTotal)];
        }),
      ),
    },
  };
}

export function outcomeTables(data: Awaited<ReturnType<typeof getOutcomes>>, locale: Locale): Table[] {
  const rows = [
    ...data.rows.map((r) => ({ label: r.group.label, ...r })),
    { label: label('misc', 'total', locale), ...data.total },
  ];
  return [
    {
      title: label('misc', 'outcomes', locale),
      columns: [
        { key: 'group', label: label('misc', 'group', locale) },
        { key: 'closed', label: label('misc', 'closed', locale) },
        ...data.outcomeKinds.map((k) => ({ key: k, label: label('outcome', k, locale) })),
      ],
      rows: rows.map((r) => ({ group: r.label, closed: r.closed, ...r.outcomes })),
    },
    ...data.definitions.map((d) => ({
      title: d.name,
      columns: [
        { key: 'group', label: label('misc', 'group', locale) },
        { key: 'counted', label: label('misc', 'counted', locale) },
        { key: 'met', label: label('misc', 'met', locale) },
        { key: 'notMet', label: label('misc', 'notMet', locale) },
        { key: 'pending', label: label('misc', 'pending', locale) },
        { key: 'rate', label: `${label('misc', 'successRate', locale)} (%)` },
      ],
      rows: rows.map((r) => ({ group: r.label, ...r.success[d.key] })),
    })),
  ];
}
