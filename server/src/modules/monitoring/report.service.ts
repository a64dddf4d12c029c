import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import { belgianDate, renderPdf } from '../../lib/pdf';
import { HIDDEN } from '../../lib/tables';
import { label } from './monitoring.labels';
import type { FigureQuery } from './monitoring.schemas';
import { auditExport, getFunnel, getLeadTimeSeries, getMap } from './monitoring.service';
import { getOutcomes } from './outcomes.service';
import { listTargets } from './targets.service';

const TEXT = {
  title: { nl: 'Werkbrug — monitoringrapport', en: 'Werkbrug — monitoring report' },
  period: { nl: 'Periode', en: 'Period' },
  made: { nl: 'Gemaakt op', en: 'Made on' },
  filters: { nl: 'Filters', en: 'Filters' },
  none: { nl: 'geen', en: 'none' },
  privacy: {
    nl: 'Alleen geaggregeerde cijfers. “< 5”: minder dan 5 personen, of verborgen zodat zo’n kleine cel niet uit de totalen af te leiden is.',
    en: 'Aggregated figures only. “< 5”: fewer than 5 people, or hidden so that such a small cell cannot be worked out from the totals.',
  },
  funnel: { nl: 'Trechter per maatregel', en: 'Funnel per measure' },
  leadTimes: {
    nl: 'Doorlooptijden per kanaal (mediaan en P90 in dagen, laatste vier periodes)',
    en: 'Lead times per channel (median and P90 in days, last four periods)',
  },
  outcomes: { nl: 'Uitkomsten van afgesloten trajecten', en: 'Outcomes of closed trajectories' },
  success: { nl: 'Succes volgens de definities', en: 'Success by definition' },
  targets: { nl: 'Doelstellingen', en: 'Targets' },
  provinces: { nl: 'Per provincie', en: 'Per province' },
  noData: { nl: 'Geen gegevens in deze periode.', en: 'No data in this period.' },
} as const;

type Cell = string | number | null;

function fmt(value: Cell, locale: Locale, suffix = ''): string {
  if (value === null) {
    return HIDDEN;
  }
  if (typeof value === 'number') {
    return `${value.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-BE', { maximumFractionDigits: 1 })}${suffix}`;
  }
  return value;
}

function table(headers: string[], rows: Cell[][], locale: Locale, widths?: (string | number)[]): Content {
  if (rows.length === 0) {
    return { text: '—', margin: [0, 0, 0, 10] };
  }
  const body: TableCell[][] = [
    headers.map((h, c): TableCell => ({ text: h, style: 'th', alignment: c === 0 ? 'left' : 'right' })),
    ...rows.map((r) =>
      r.map(
        (v, c): TableCell => ({
          text: fmt(v, locale),
          alignment: c === 0 || typeof v === 'string' ? 'left' : 'right',
        }),
      ),
    ),
  ];
  return {
    table: { headerRows: 1, widths: widths ?? ['*', ...headers.slice(1).map(() => 'auto')], body },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 0, 0, 12],
  };
}

/**
 * The dashboard as a PDF (A4, in the user's language): funnel, lead times, outcomes by definition, targets of the
 * year and figures per province, for the chosen filters; the same aggregated, suppressed figures as the screens.
 */
export async function dashboardReport(ctx: RequestContext, query: FigureQuery): Promise<Buffer> {
  const l = ctx.locale;
  const t = (key: keyof typeof TEXT) => (l === 'en' ? TEXT[key].en : TEXT[key].nl);
  const byMeasure = { ...query, groupBy: 'measure' as const, format: 'json' as const };
  const [funnel, leadTimes, outcomes, provinces] = await Promise.all([
    getFunnel(ctx, byMeasure),
    getLeadTimeSeries(ctx, { ...byMeasure, groupBy: 'quarter' }),
    getOutcomes(ctx, byMeasure),
    getMap(ctx, { ...query, figure: 'referred', level: 'province', format: 'json' }),
  ]);
  const year = Number(funnel.to.slice(0, 4));
  const targets = await listTargets(ctx, { year, format: 'json' });
  const filters = [
    query.measure && `${label('misc', 'measure', l)}: ${label('measure', query.measure, l)}`,
    query.channel && `${label('misc', 'channelColumn', l)}: ${label('channel', query.channel, l)}`,
    query.provinceNis &&
      `${label('misc', 'province', l)}: ${provinces.rows.find((p) => p.nis === query.provinceNis)?.name}`,
  ].filter(Boolean);

  const periods = [...new Set(leadTimes.rows.map((r) => r.period))].sort().slice(-4);
  const content: Content[] = [
    { text: t('title'), style: 'h1' },
    {
      text: `${t('period')}: ${belgianDate(funnel.from)} – ${belgianDate(funnel.to)} · ${t('made')} ${belgianDate(brusselsDate(new Date()))} · ${t('filters')}: ${filters.join(', ') || t('none')}`,
      margin: [0, 0, 0, 4],
    },
    { text: t('privacy'), fontSize: 8, color: '#495057', margin: [0, 0, 0, 12] },
    { text: t('funnel'), style: 'h2' },
    table(
      [label('misc', 'measure', l), ...funnel.steps.map((s) => label('step', s, l))],
      [
        ...funnel.rows.map((r) => [r.group.label, ...funnel.steps.map((s) => r.values[s] ?? null)]),
        [label('misc', 'total', l), ...funnel.steps.map((s) => funnel.total[s] ?? null)],
      ],
      l,
    ),
    { text: t('leadTimes'), style: 'h2' },
    table(
      [
        label('misc', 'period', l),
        label('misc', 'channelColumn', l),
        label('misc', 'stepColumn', l),
        label('misc', 'count', l),
        label('misc', 'median', l),
        label('misc', 'p90', l),
      ],
      leadTimes.rows
        .filter((r) => periods.includes(r.period))
        .map((r) => [
          r.period,
          label('channel', r.channel, l),
          label('misc', r.step, l),
          r.n,
          r.n === null ? '—' : r.medianDays,
          r.n === null ? '—' : r.p90Days,
        ]),
      l,
      ['auto', 'auto', '*', 'auto', 'auto', 'auto'],
    ),
    { text: t('outcomes'), style: 'h2' },
    table(
      [
        label('misc', 'measure', l),
        label('misc', 'closed', l),
        ...outcomes.outcomeKinds.map((k) => label('outcome', k, l)),
      ],
      [
        ...outcomes.rows.map((r) => [
          r.group.label,
          r.closed,
          ...outcomes.outcomeKinds.map((k) => r.outcomes[k] ?? null),
        ]),
        [
          label('misc', 'total', l),
          outcomes.total.closed,
          ...outcomes.outcomeKinds.map((k) => outcomes.total.outcomes[k] ?? null),
        ],
      ],
      l,
    ),
    { text: t('success'), style: 'h2' },
    ...outcomes.definitions.flatMap((d): Content[] => [
      { text: d.name, bold: true, fontSize: 9 },
      { text: d.description, fontSize: 8, color: '#495057', margin: [0, 0, 0, 4] },
      table(
        [
          label('misc', 'measure', l),
          label('misc', 'counted', l),
          label('misc', 'met', l),
          label('misc', 'notMet', l),
          label('misc', 'pending', l),
          `${label('misc', 'successRate', l)} (%)`,
        ],
        [
          ...outcomes.rows.map((r) => ({ name: r.group.label, s: r.success[d.key]! })),
          {
            name: label('misc', 'total', l),
            s: outcomes.total.success[d.key]!,
          },
        ].map(({ name, s }) => [name, s.counted, s.met, s.notMet, s.pending, s.rate === null ? '—' : s.rate]),
        l,
      ),
    ]),
    { text: `${t('targets')} ${year}`, style: 'h2' },
    table(
      [
        label('misc', 'measure', l),
        label('misc', 'region', l),
        label('misc', 'metricColumn', l),
        label('misc', 'target', l),
        label('misc', 'actual', l),
        label('misc', 'progress', l),
        label('misc', 'expected', l),
      ],
      targets.map((x) => [
        label('measure', x.measure, l),
        x.regionName,
        x.successDefinition ? x.successDefinition.name : label('metric', x.metric, l),
        x.target,
        x.progress.actual,
        x.progress.percent === null ? '—' : x.progress.percent,
        x.progress.expectedByNow,
      ]),
      l,
      ['auto', 'auto', '*', 'auto', 'auto', 'auto', 'auto'],
    ),
    { text: t('provinces'), style: 'h2' },
    table(
      [
        label('misc', 'province', l),
        label('step', 'referred', l),
        label('step', 'started', l),
        `${label('misc', 'startRate', l)} (%)`,
      ],
      provinces.rows.map((p) => [
        p.name,
        p.referred,
        p.started,
        p.referred && p.started !== null ? Math.round((1000 * p.started) / p.referred) / 10 : '—',
      ]),
      l,
    ),
  ];
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: { title: t('title'), creator: 'Werkbrug' },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      th: { bold: true },
    },
    footer: (page, pages) => ({
      text: `${page} / ${pages}`,
      alignment: 'right',
      margin: [36, 10],
      fontSize: 8,
    }),
    content,
  };
  const { format: _format, groupBy: _groupBy, ...filtersUsed } = query;
  await auditExport(ctx, 'dashboard', 'pdf', { ...filtersUsed, from: funnel.from, to: funnel.to });
  return renderPdf(definition);
}
