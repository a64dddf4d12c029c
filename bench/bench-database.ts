/**
 * A throwaway database for a benchmark: the embedded PGlite in memory, or — with DATABASE_URL — a fresh database on
 * that PostgreSQL server, dropped afterwards. Migrated and with reference data, like the application's.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { prepareDatabase } from '../server/src/bootstrap';
import { type Database, openPglite, openPostgres } from '../server/src/db/database';

export interface BenchDatabase {
  database: Database;
  label: string;
  drop(): Promise<void>;
}

const silent = pino({ level: 'silent' });

/** The embedded PGlite in memory, migrated and with reference data. */
export async function openPgliteBench(): Promise<BenchDatabase> {
  const database = await openPglite({});
  await prepareDatabase(database, { isDemo: false, isProduction: false }, silent);
  return { database, label: 'PGlite (in memory)', drop: () => database.close() };
}

/** A fresh database on the PostgreSQL server at `url`, migrated and with reference data; dropped by `drop()`. */
export async function openPostgresBench(url: string): Promise<BenchDatabase> {
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

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgresBench(url) : openPgliteBench();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A throwaway PostgreSQL server (as in .ci/run): initdb into a temporary directory, started on a free port (as user
 * postgres when run as root), stopped and removed by `stop()` and at process exit. Null when no PostgreSQL is
 * installed (/usr/lib/postgresql/<version>/bin/initdb).
 */
export async function startThrowawayPostgres(): Promise<{ url: string; stop(): void } | null> {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin/initdb')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  if (versions.length === 0) {
    return null;
  }
  const bin = path.join(root, versions.at(-1)!, 'bin');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgbench.'));
  fs.chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], {
          cwd: '/',
          stdio: 'pipe',
        })
      : execFileSync(path.join(bin, command), args, { stdio: 'pipe' });
  const port = await freePort();
  run('initdb', ['-D', `${dir}/data`, '-U', 'app', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    `${dir}/data`,
    '-l',
    `${dir}/log`,
    '-w',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
    'start',
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      run('pg_ctl', ['-D', `${dir}/data`, '-m', 'fast', '-w', 'stop']);
    } catch {
      // Already gone.
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  return { url: `postgres://app@127.0.0.1:${port}/postgres`, stop };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Runs `fn` a few times to warm up, then `runs` times; median and p95 in ms. */
export async function time(fn: () => Promise<unknown>, runs: number, warmups = 3) {
  for (let k = 0; k < warmups; k++) {
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
