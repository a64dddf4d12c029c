/**
 * `npm run bench:monitoring [-- --quick] [-- --json]`: the monitoring dashboards on five years of Flanders.
 *
 * Generates a seeded synthetic history (bench/monitoring-history.ts: about 1,000,000 dated events — 95,000 referrals
 * with first contact and start or no-start reason, indications started/advised/validated, statistics consents,
 * trajectories with their phases, placement, closure with an outcome and aftercare contacts — over the Flemish
 * municipalities by size, with seasonality and log-normal lead times per channel), loads the same data
 * into PGlite (in memory) and into PostgreSQL (a fresh database on DATABASE_URL, or else a throwaway server started
 * here when /usr/lib/postgresql/<version>/bin/initdb exists), and times every dashboard view through the
 * application's service functions (as the API calls them, with suppression and labels): after warm-up, median and
 * p95 over a number of runs, for the default period (the last 12 months) and for the full five years. Prints a
 * table (query × database: median, p95, rows) with the data size and load times; checks that both databases give
 * the same answers. `--quick`: a small history (about 50,000 events). `--json`: the last line is one JSON object
 * mapping each query to its median milliseconds per database; the table goes to stderr then.
 *
 * A dashboard view is one line in VIEWS below.
 */
import fs from 'node:fs';
import os from 'node:os';
import { sql } from 'kysely';
import { MEASURES } from '../server/src/db/schema';
import type { Actor } from '../server/src/lib/actor';
import type { RequestContext } from '../server/src/lib/context';
import { addToDate, brusselsDate } from '../server/src/lib/dates';
import {
  FigureQuery,
  GROUP_BYS,
  MapQuery,
  OutcomeQuery,
  TargetsQuery,
} from '../server/src/modules/monitoring/monitoring.schemas';
import { getFunnel, getLeadTimeSeries, getMap } from '../server/src/modules/monitoring/monitoring.service';
import { getOutcomes } from '../server/src/modules/monitoring/outcomes.service';
import { listTargets } from '../server/src/modules/monitoring/targets.service';
import {
  type BenchDatabase,
  openPgliteBench,
  openPostgresBench,
  startThrowawayPostgres,
  time,
} from './bench-database';
import { generateHistory, loadHistory } from './monitoring-history';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const REFERRALS = Number(process.env.BENCH_REFERRALS ?? (quick ? 4_700 : 95_000));
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 3 : 15));
const WARMUPS = quick ? 1 : 2;
const CPU_RUNS = quick ? 2 : 5;
const YEARS = 5;
const SEED = 8;
const TARGET_MS = 300;

const log = (line = '') => (asJson ? console.error(line) : console.log(line));

type Period = { from?: string; to?: string };
type View = [name: string, run: (ctx: RequestContext, period: Period) => Promise<{ rows: unknown[] }>];

/** The dashboard views: adding one is one line. Each runs for every period in PERIODS. */
const VIEWS: View[] = [
  ...GROUP_BYS.map(
    (groupBy): View => [
      `funnel.${groupBy}`,
      (ctx, p) => getFunnel(ctx, FigureQuery.parse({ ...p, groupBy })),
    ],
  ),
  ['leadTimes.quarter', (ctx, p) => getLeadTimeSeries(ctx, FigureQuery.parse({ ...p, groupBy: 'quarter' }))],
  ['leadTimes.month', (ctx, p) => getLeadTimeSeries(ctx, FigureQuery.parse({ ...p, groupBy: 'month' }))],
  ['map.municipality', (ctx, p) => getMap(ctx, MapQuery.parse({ ...p, level: 'municipality' }))],
  ['map.province', (ctx, p) => getMap(ctx, MapQuery.parse({ ...p, level: 'province' }))],
  ['outcomes.measure', (ctx, p) => getOutcomes(ctx, OutcomeQuery.parse({ ...p, groupBy: 'measure' }))],
  [
    'outcomes.organisation',
    (ctx, p) => getOutcomes(ctx, OutcomeQuery.parse({ ...p, groupBy: 'organisation' })),
  ],
  [
    'targets',
    async (ctx, p) => ({
      // Without the ids, which differ between the databases.
      rows: (await listTargets(ctx, TargetsQuery.parse({ year: (p.to ?? today).slice(0, 4) }))).map(
        ({ id: _id, ...target }) => target,
      ),
    }),
  ],
];

const today = brusselsDate(new Date());
const PERIODS: [string, Period][] = [
  ['12m', {}], // the dashboards' default: the last 12 months
  [`${YEARS}y`, { from: addToDate(today, { months: -12 * YEARS }), to: today }],
];

function analyst(userId: string): Actor {
  return {
    userId,
    email: 'analyst@bench.test',
    displayName: 'Analist',
    locale: 'nl-BE',
    homeOrganisationId: null,
    grants: [{ role: 'analyst', organisationId: null, employerId: null, participantId: null }],
    mustChangePassword: false,
    via: 'session',
    sessionIdHash: null,
    tokenId: null,
  };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadAtStart = loadAverage();
const generationStarted = performance.now();
const history = generateHistory({ referrals: REFERRALS, years: YEARS, today, seed: SEED });
const generationMs = performance.now() - generationStarted;
log(
  `History: ${history.events.toLocaleString('en')} events over ${YEARS} years up to ${today} ` +
    `(${Object.entries(history.counts)
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}), generated in ${(generationMs / 1000).toFixed(1)} s`,
);

interface Measured {
  median: number;
  p95: number;
  /** CPU time per run in ms: this process, plus the PostgreSQL server's when it runs here (null: unknown). */
  cpu: number | null;
  rows: number;
  answer: string;
}
interface Run {
  key: 'pglite' | 'postgres';
  label: string;
  loadMs: number;
  size: string | null;
  results: Map<string, Measured>;
}

/** Clock ticks of /proc/<pid>/stat (utime, stime; with children: cutime, cstime) in ms, or null if unreadable. */
function procCpu(pid: number, withChildren: boolean): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = fields.slice(11, withChildren ? 15 : 13).reduce((sum, f) => sum + Number(f), 0);
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * CPU time used so far (ms): this process (PGlite runs in it), plus — for a PostgreSQL server on this machine — its
 * live backends of this database and the exited processes its postmaster has reaped (parallel workers, closed
 * connections). Null when the server's processes cannot be read (another machine or user).
 */
async function cpuTime(bench: BenchDatabase): Promise<number | null> {
  const own = process.cpuUsage();
  const ownMs = (own.user + own.system) / 1000;
  if (bench.database.kind === 'pglite') {
    return ownMs;
  }
  const { rows } = await sql<{
    pid: number;
  }>`select pid from pg_stat_activity where datname = current_database()`.execute(bench.database.db);
  let total = ownMs;
  let postmaster: number | null = null;
  for (const { pid } of rows) {
    const cpu = procCpu(pid, false);
    if (cpu === null) {
      return null;
    }
    total += cpu;
    try {
      postmaster ??= Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    } catch {
      return null;
    }
  }
  const reaped = postmaster === null ? null : procCpu(postmaster, true);
  const ownPostmaster = postmaster === null ? null : procCpu(postmaster, false);
  if (reaped === null || ownPostmaster === null) {
    return null;
  }
  return total + reaped - ownPostmaster;
}

/** The targets view follows one target per measure and province (and Flanders) this year: 36 in all. */
async function insertTargets(db: BenchDatabase['database']['db']) {
  const year = Number(today.slice(0, 4));
  const provinces = [null, '10000', '20001', '30000', '40000', '70000'];
  await db
    .insertInto('monitoring_targets')
    .values(
      MEASURES.flatMap((measure) =>
        provinces.map((province) => ({
          year,
          measure,
          province_nis: province,
          metric:
            measure === 'reintegration' ? ('trajectories_started' as const) : ('referrals_started' as const),
          target: province ? 400 : 2000,
        })),
      ),
    )
    .execute();
}

async function measure(key: Run['key'], open: () => Promise<BenchDatabase>): Promise<Run> {
  const bench = await open();
  try {
    const { db } = bench.database;
    const loadStarted = performance.now();
    await loadHistory(db, history);
    await insertTargets(db);
    const loadMs = performance.now() - loadStarted;
    const size =
      key === 'postgres'
        ? (
            await sql<{
              size: string;
            }>`select pg_size_pretty(pg_database_size(current_database())) as size`.execute(db)
          ).rows[0]!.size
        : null;
    log(`${bench.label}: loaded in ${(loadMs / 1000).toFixed(1)} s${size ? `, database size ${size}` : ''}`);
    const ctx: RequestContext = {
      db,
      actor: analyst(history.analystId),
      ip: null,
      userAgent: null,
      locale: 'nl-BE',
    };
    const results = new Map<string, Measured>();
    for (const [periodName, period] of PERIODS) {
      for (const [viewName, run] of VIEWS) {
        const name = `${viewName}.${periodName}`;
        const answer = await run(ctx, period);
        const t = await time(() => run(ctx, period), RUNS, WARMUPS);
        // The CPU the view needs, apart from the wait for a core that other work on the machine causes.
        const cpuBefore = await cpuTime(bench);
        for (let k = 0; k < CPU_RUNS; k++) {
          await run(ctx, period);
        }
        const cpuAfter = await cpuTime(bench);
        const cpu = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / CPU_RUNS;
        results.set(name, { ...t, cpu, rows: answer.rows.length, answer: JSON.stringify(answer) });
        if (!quick) {
          log(`  ${name}: ${t.median.toFixed(1)} ms${cpu === null ? '' : ` (CPU ${cpu.toFixed(0)} ms)`}`);
        }
      }
    }
    return { key, label: bench.label.replace(/ \(.*\)$/, ''), loadMs, size, results };
  } finally {
    await bench.drop();
  }
}

const runs: Run[] = [];
let server: Awaited<ReturnType<typeof startThrowawayPostgres>> = null;
let postgresUrl = process.env.DATABASE_URL;
if (!postgresUrl) {
  server = await startThrowawayPostgres();
  postgresUrl = server?.url;
  if (!postgresUrl) {
    log('No DATABASE_URL and no PostgreSQL installed: PGlite only.');
  }
}
try {
  if (postgresUrl) {
    const url = postgresUrl;
    runs.push(await measure('postgres', () => openPostgresBench(url)));
  }
} finally {
  server?.stop();
}
runs.push(await measure('pglite', openPgliteBench));

const ms = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(1)} ms`);
const names = [...runs[0]!.results.keys()];
log();
log(
  `Wall-clock median and p95 of ${RUNS} runs per query after ${WARMUPS} warm-up; CPU: the CPU time a run takes ` +
    `(this process, and the PostgreSQL server's when it runs here; mean of ${CPU_RUNS} more runs). ` +
    `Target: under ${TARGET_MS} ms on PostgreSQL.`,
);
log(`| query | rows | ${runs.map((r) => `${r.label} median | p95 | CPU`).join(' | ')} |`);
log(`|---|---:|${runs.map(() => '---:|---:|---:').join('|')}|`);
for (const name of names) {
  const cells = runs.map((r) => {
    const m = r.results.get(name);
    return `${ms(m?.median)} | ${ms(m?.p95)} | ${m?.cpu == null ? '–' : `${m.cpu.toFixed(0)} ms`}`;
  });
  log(`| ${name} | ${runs[0]!.results.get(name)!.rows} | ${cells.join(' | ')} |`);
}
log();
log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, load average ${loadAtStart} at the start, ` +
    `${loadAverage()} at the end (other work shares the CPU; timings rise with it).`,
);
log(
  `Data: ${history.events.toLocaleString('en')} events; generated in ${(generationMs / 1000).toFixed(1)} s`,
);
for (const r of runs) {
  log(`${r.label}: loaded in ${(r.loadMs / 1000).toFixed(1)} s${r.size ? ` (${r.size})` : ''}`);
}
if (runs.length === 2) {
  const differ = names.filter((n) => runs[0]!.results.get(n)!.answer !== runs[1]!.results.get(n)!.answer);
  log(
    differ.length === 0
      ? 'Both databases give the same answers.'
      : `Answers differ between the databases: ${differ.join(', ')}`,
  );
}
const postgres = runs.find((r) => r.key === 'postgres');
if (postgres) {
  const over = (value: (m: Measured) => number | null) =>
    names.filter((n) => (value(postgres.results.get(n)!) ?? 0) >= TARGET_MS);
  const slow = over((m) => m.median);
  const heavy = over((m) => m.cpu);
  log(
    slow.length === 0
      ? `All views under ${TARGET_MS} ms on PostgreSQL.`
      : `Over ${TARGET_MS} ms on PostgreSQL (wall clock): ${slow.join(', ')}`,
  );
  log(
    heavy.length === 0
      ? `Every view takes under ${TARGET_MS} ms of CPU on PostgreSQL.`
      : `Over ${TARGET_MS} ms of CPU on PostgreSQL: ${heavy.join(', ')}`,
  );
}
if (asJson) {
  console.log(
    JSON.stringify(
      Object.fromEntries(
        names.map((n) => [
          n,
          Object.fromEntries(runs.map((r) => [r.key, Math.round(r.results.get(n)!.median * 10) / 10])),
        ]),
      ),
    ),
  );
}
