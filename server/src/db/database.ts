import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { pgliteDialect, SessionLock } from './pglite-driver';
import type { DB } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseSession {
  exec(sql: string): Promise<void>;
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
}

/** One handle on the database, whichever engine is behind it. */
export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** Runs a script of several statements on one session. */
  execScript(sql: string): Promise<void>;
  /** Holds one session for a sequence of steps that must share it (advisory locks, migrations). */
  withSession<T>(fn: (session: DatabaseSession) => Promise<T>): Promise<T>;
  /** The adapter pg-boss uses to share this database (and, on PGlite, its one session). */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** The connection string, when there is a server pg-boss can open its own pool on. */
  connectionString?: string;
  /** The embedded engine itself (tests dump and clone it). */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Both engines hand the application the same JavaScript types: counts and ids as numbers, dates as 'YYYY-MM-DD'.
const OID_INT8 = 20;
const OID_NUMERIC = 1700;
const OID_DATE = 1082;

export interface PgliteOptions {
  /** Directory for the data files; omitted for an in-memory database. */
  dataDir?: string;
  /** A dump (from `dumpDataDir`) to start from, used by tests to clone a migrated template. */
  loadDataDir?: Blob;
}

export async function openPglite(options: PgliteOptions): Promise<Database> {
  if (options.dataDir) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  }
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm, unaccent },
    parsers: {
      [OID_NUMERIC]: (value: string) => Number(value),
      [OID_DATE]: (value: string) => value,
    },
  });
  const lock = new SessionLock();
  const db = new Kysely<DB>({ dialect: pgliteDialect(pglite, lock) });
  return {
    kind: 'pglite',
    db,
    pglite,
    async execScript(sql) {
      await lock.run(() => pglite.exec(sql));
    },
    withSession(fn) {
      return lock.run(() =>
        fn({
          async exec(sql) {
            await pglite.exec(sql);
          },
          async query<R>(sql: string, params: unknown[] = []) {
            return (await pglite.query<R>(sql, params)).rows;
          },
        }),
      );
    },
    async executeSql(text, values) {
      return lock.run(async () => {
        if (values && values.length > 0) {
          return { rows: (await pglite.query(text, values)).rows };
        }
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      });
    },
    async close() {
      await db.destroy();
      await lock.run(() => pglite.close());
    },
  };
}

export interface PostgresOptions {
  connectionString: string;
  max?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    types: {
      getTypeParser(oid: number, format?: string) {
        if (oid === OID_INT8 || oid === OID_NUMERIC) {
          return (value: string) => Number(value);
        }
        if (oid === OID_DATE) {
          return (value: string) => value;
        }
        // biome-ignore lint/suspicious/noExplicitAny: pg's overloads need the format argument as given.
        return pg.types.getTypeParser(oid, format as any);
      },
    } as pg.CustomTypesConfig,
  });
  // An idle client losing its server must not crash the process; the next checkout reconnects.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
  return {
    kind: 'postgres',
    db,
    connectionString: options.connectionString,
    async execScript(sql) {
      // No parameters: pg uses the simple protocol, which accepts several statements.
      await pool.query(sql);
    },
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          async exec(sql) {
            await client.query(sql);
          },
          async query<R>(sql: string, params: unknown[] = []) {
            return (await client.query(sql, params)).rows as R[];
          },
        });
      } finally {
        client.release();
      }
    },
    async executeSql(text, values) {
      const result = await pool.query(text, values as unknown[]);
      return { rows: result.rows };
    },
    async close() {
      await db.destroy();
    },
  };
}
