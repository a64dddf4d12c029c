import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);

// Any constant will do; it only has to be the same for every instance that may start at once.
const MIGRATION_LOCK_KEY = 7_425_001;

export interface Migration {
  name: string;
  sql: string;
}

/** Migration files are `NNNN_description.sql`, applied in the order of their names. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.sql$/, ''), sql: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/**
 * Applies every migration not yet applied, each in its own transaction, holding an advisory lock so that several
 * server instances starting together apply each migration once. Returns the names it applied.
 */
export async function migrateToLatest(database: Database, migrations = readMigrations()): Promise<string[]> {
  return database.withSession(async (session) => {
    await session.exec(
      'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    await session.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const done = new Set(
        (await session.query<{ name: string }>('select name from schema_migrations')).map((r) => r.name),
      );
      const applied: string[] = [];
      for (const migration of migrations) {
        if (done.has(migration.name)) {
          continue;
        }
        await session.exec('begin');
        try {
          await session.exec(migration.sql);
          await session.query('insert into schema_migrations (name) values ($1)', [migration.name]);
          await session.exec('commit');
        } catch (error) {
          await session.exec('rollback');
          throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, {
            cause: error,
          });
        }
        applied.push(migration.name);
      }
      return applied;
    } finally {
      await session.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}
