import type { Kysely } from 'kysely';
import type { DB, Locale } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { addToDate, brusselsDate } from '../../lib/dates';
import { ValidationError } from '../../lib/errors';
import { MINIMUM_CELL, shown, suppressGrid } from '../../lib/suppression';
import type { Table } from '../../lib/tables';
import { recordAudit } from '../audit/audit.service';
import { label } from './monitoring.labels';
import { type Filters, monitoringRepository } from './monitoring.repository';
import { type FigureQuery, FUNNEL_STEPS, type GroupBy, type MapQuery } from './monitoring.schemas';

/** The key of one cell (group × column) in a map of counts, so that a grid is filled without searching. */
export const cellKey = (group: string, column: string) => `${group}\u0000${column}`;

/** The period of a query: `to` defaults to today, `from` to a year before `to`. */
export function period(query: Pick<FigureQuery, 'from' | 'to'>): { from: string; to: string } {
  const to = query.to ?? brusselsDate(new Date());
  const from = query.from ?? addToDate(to, { months: -12 });
  if (from > to) {
    throw ValidationError.field('to', 'date_order', { other: 'from' });
  }
  return { from, to };
}

export function filtersOf(query: FigureQuery | MapQuery): Filters {
  const { from, to } = period(query);
  return {
    from,
    to,
    today: brusselsDate(new Date()),
    measure: query.measure,
    channel: query.channel,
    organisationId: query.organisationId,
    provinceNis: query.provinceNis,
    municipalityNis: query.municipalityNis,
  };
}

/** Names for the group keys of a grouping, in the user's language. */
export async function groupLabels(db: Kysely<DB>, groupBy: GroupBy, keys: string[], locale: Locale) {
  const names = new Map<string, string>();
  if (groupBy === 'organisation') {
    for (const [id, name] of await monitoringRepository.findOrganisationNames(db, keys)) {
      names.set(id, name);
    }
  } else if (groupBy === 'municipality' || groupBy === 'province') {
    for (const m of await monitoringRepository.findMunicipalities(db)) {
      names.set(m.nis_code, m.name_nl);
      if (m.province_nis && m.province_nl) {
        names.set(m.province_nis, m.province_nl);
      }
    }
  }
  return (key: string) => {
    if (key === '-') {
      return label('misc', 'unknown', locale);
    }
    if (groupBy === 'measure' || groupBy === 'channel') {
      return label(groupBy, key, locale);
    }
    if (groupBy === 'none') {
      return label('misc', 'all', locale);
    }
    return names.get(key) ?? key;
  };
}

/** Audits a figure leaving the platform as a file, with the filters it was made with. */
export async function auditExport(
  ctx: RequestContext,
  figure: string,
  format: string,
  details: Record<string, unknown>,
) {
  await recordAudit(ctx.db, ctx, {
    action: 'monitoring.exported',
    entityType: 'monitoring',
    details: { ...details, figure, format },
  });
}

/**
 * The referral funnel: per group, how many referred people reached first contact, an indication, an advice, its
 * validation and a start; with the reasons of those who did not start. Aggregated over participants who consented
 * to statistics; counts under five are hidden, with complementary suppression against the total row.
 */
export async function getFunnel(ctx: RequestContext, query: FigureQuery) {
  const f = filtersOf(query);
  const [rows, reasons] = await Promise.all([
    monitoringRepository.funnel(ctx.db, f, query.groupBy),
    monitoringRepository.noStartReasons(ctx.db, f, query.groupBy),
  ]);
  const nameOf = await groupLabels(
    ctx.db,
    query.groupBy,
    [...new Set([...rows.map((r) => r.group_key), ...reasons.map((r) => r.group_key)])],
    ctx.locale,
  );
  const steps = [...FUNNEL_STEPS];
  const grid = rows.map((r) => steps.map((s) => r[s]));
  // The steps are nested, not parts of a sum: only the total row (per step) is a sum to protect against.
  const hidden = suppressGrid(grid, { rows: false, columns: true });
  const totals = steps.map((_, c) => grid.reduce((sum, row) => sum + row[c]!, 0));
  const reasonKeys = [...new Set(reasons.map((r) => r.reason))].sort();
  const groupKeys = [...new Set(reasons.map((r) => r.group_key))];
  const reasonCounts = new Map(reasons.map((r) => [cellKey(r.group_key, r.reason), r.n]));
  const reasonGrid = groupKeys.map((g) =>
    reasonKeys.map((reason) => reasonCounts.get(cellKey(g, reason)) ?? 0),
  );
  const reasonHidden = suppressGrid(reasonGrid);
  return {
    from: f.from,
    to: f.to,
    groupBy: query.groupBy,
    minimumCell: MINIMUM_CELL,
    steps,
    rows: rows.map((r, k) => ({
      group: { key: r.group_key, label: nameOf(r.group_key) },
      values: Object.fromEntries(steps.map((s, c) => [s, shown(r[s], hidden.hidden[k]![c]!)])),
    })),
    total: Object.fromEntries(steps.map((s, c) => [s, shown(totals[c]!, hidden.hiddenColumnTotals[c]!)])),
    noStartReasons: groupKeys.flatMap((g, k) =>
      reasonKeys.map((reason, c) => ({
        group: { key: g, label: nameOf(g) },
        reason,
        count: shown(reasonGrid[k]![c]!, reasonHidden.hidden[k]![c]!),
      })),
    ),
  };
}

export function funnelTables(data: Awaited<ReturnType<typeof getFunnel>>, locale: Locale): Table[] {
  return [
    {
      title: label('misc', 'funnel', locale),
      columns: [
        { key: 'group', label: label('misc', 'group', locale) },
        ...data.steps.map((s) => ({ key: s, label: label('step', s, locale) })),
      ],
      rows: [
        ...data.rows.map((r) => ({ group: r.group.label, ...r.values })),
        { group: label('misc', 'total', locale), ...data.total },
      ],
    },
    {
      title: label('misc', 'noStart', locale),
      columns: [
        { key: 'group', label: label('misc', 'group', locale) },
        { key: 'reason', label: label('misc', 'reasonColumn', locale) },
        { key: 'count', label: label('misc', 'count', locale) },
      ],
      rows: data.noStartReasons.map((r) => ({
        group: r.group.label,
        reason: label('reason', r.reason, locale),
        count: r.count,
      })),
    },
  ];
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** Lead times of the indication channels over time (per quarter): referral → advice and advice → validation. */
export async function getLeadTimeSeries(ctx: RequestContext, query: FigureQuery) {
  const f = filtersOf(query);
  const bucket = query.groupBy === 'month' ? 'month' : 'quarter';
  const rows = await monitoringRepository.leadTimeSeries(ctx.db, f, bucket);
  return {
    from: f.from,
    to: f.to,
    minimumCell: MINIMUM_CELL,
    rows: rows.flatMap((r) =>
      (
        [
          ['referralToAdvice', r.advice_n, r.advice_median, r.advice_p90],
          ['adviceToValidation', r.validation_n, r.validation_median, r.validation_p90],
        ] as const
      ).map(([step, n, median, p90]) => {
        const isHidden = n < MINIMUM_CELL;
        return {
          period: r.period,
          channel: r.channel,
          step,
          n: isHidden ? null : n,
          medianDays: isHidden ? null : round1(median),
          p90Days: isHidden ? null : round1(p90),
        };
      }),
    ),
  };
}

export function leadTimeTables(data: Awaited<ReturnType<typeof getLeadTimeSeries>>, locale: Locale): Table[] {
  return [
    {
      title: label('misc', 'leadTimes', locale),
      columns: [
        { key: 'period', label: label('misc', 'period', locale) },
        { key: 'channel', label: label('misc', 'channelColumn', locale) },
        { key: 'step', label: label('misc', 'stepColumn', locale) },
        { key: 'n', label: label('misc', 'count', locale) },
        { key: 'medianDays', label: label('misc', 'median', locale) },
        { key: 'p90Days', label: label('misc', 'p90', locale) },
      ],
      rows: data.rows.map((r) => ({
        period: r.period,
        channel: label('channel', r.channel, locale),
        step: label('misc', r.step, locale),
        n: r.n,
        medianDays: r.medianDays,
        p90Days: r.p90Days,
      })),
    },
  ];
}

/**
 * A figure per Flemish municipality (or province) for the map and its table: referred, started, or the start rate.
 * Counts under five are hidden, and a rate is shown only where both its counts are.
 */
export async function getMap(ctx: RequestContext, query: MapQuery) {
  const f = filtersOf(query);
  const [counts, municipalities] = await Promise.all([
    monitoringRepository.mapCounts(ctx.db, f, query.level),
    monitoringRepository.findMunicipalities(ctx.db),
  ]);
  const byNis = new Map(counts.map((c) => [c.nis, c]));
  const units =
    query.level === 'province'
      ? [
          ...new Map(
            municipalities
              .filter((m) => m.province_nis)
              .map((m) => [m.province_nis!, { nis: m.province_nis!, name: m.province_nl!, province: null }]),
          ).values(),
        ]
      : municipalities.map((m) => ({ nis: m.nis_code, name: m.name_nl, province: m.province_nis }));
  const grid = units.map((u) => {
    const c = byNis.get(u.nis);
    return [c ? c.referred - c.started : 0, c?.started ?? 0];
  });
  // Not started + started = referred: a row sum, so both parts are protected together with the referred total.
  const hidden = suppressGrid(grid, { rows: true, columns: false });
  return {
    figure: query.figure,
    level: query.level,
    from: f.from,
    to: f.to,
    minimumCell: MINIMUM_CELL,
    rows: units.map((u, k) => {
      const c = byNis.get(u.nis);
      const referred = c?.referred ?? 0;
      const started = c?.started ?? 0;
      const referredShown = shown(referred, hidden.hiddenRowTotals[k]!);
      const startedShown = shown(started, hidden.hidden[k]![1]!);
      const value =
        query.figure === 'referred'
          ? referredShown
          : query.figure === 'started'
            ? startedShown
            : referredShown !== null && startedShown !== null && referred > 0
              ? Math.round((1000 * started) / referred) / 10
              : null;
      return {
        nis: u.nis,
        name: u.name,
        province: u.province,
        referred: referredShown,
        started: startedShown,
        value,
      };
    }),
  };
}

export function mapTables(data: Awaited<ReturnType<typeof getMap>>, locale: Locale): Table[] {
  return [
    {
      title: label('misc', 'map', locale),
      columns: [
        { key: 'nis', label: 'NIS' },
        { key: 'name', label: label('misc', data.level, locale) },
        { key: 'referred', label: label('step', 'referred', locale) },
        { key: 'started', label: label('step', 'started', locale) },
        { key: 'rate', label: `${label('misc', 'startRate', locale)} (%)` },
      ],
      rows: data.rows.map((r) => ({
        nis: r.nis,
        name: r.name,
        referred: r.referred,
        started: r.started,
        rate: r.referred && r.started !== null ? Math.round((1000 * r.started) / r.referred) / 10 : null,
      })),
    },
  ];
}
