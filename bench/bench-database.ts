/**
 * A throwaway database for a benchmark: the embedded PGlite in memory, or — with DATABASE_URL — a fresh database on
 * that PostgreSQL server, dropped afterwards. Migrated and with reference data, like the application's.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pino from 'pino';
import { prepareDatabase } from '../server/src/bootstrap';
import { type Database, openPglite, openPostgres } from '../server/src/db/database';

export async function openBenchDatabase(): Promise<{
  database: Database;
  label: string;
  drop(): Promise<void>;
}> {
  const url = process.env.DATABASE_URL;
  const silent = pino({ level: 'silent' });
  if (!url) {
    const database = await openPglite({});
    await prepareDatabase(database, { isDemo: false, isProduction: false }, silent);
    return { database, label: 'PGlite (in memory)', drop: () => database.close() };
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const adminDb = await openPostgres({ connectionString: admin.toString(), max: 1 });
  const name = `werkbrug_bench_${randomBytes(4).toString('hex')}`;
  await adminDb.execScript(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres({ connectionString: target.toString(), max: 4 });
  await prepareDatabase(database, { isDemo: false, isProduction: false }, silent);
  const version = await sql<{ server_version: string }>`show server_version`.execute(database.db);
  return {
    database,
    label: `PostgreSQL ${version.rows[0]?.server_version ?? ''}`.trim(),
    async drop() {
      await database.close();
      await adminDb.execScript(`drop database if exists ${name} with (force)`);
      await adminDb.close();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Runs `fn` a few times to warm up, then `runs` times; median and p95 in ms. */
export async function time(fn: () => Promise<unknown>, runs: number) {
  for (let k = 0; k < 3; k++) {
    await fn();
  }
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}
