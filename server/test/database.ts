import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../src/db/database';

export const TEMPLATE_PREFIX = 'werkbrug_test_';

/** The maintenance database on the same server, for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export interface TestDatabase {
  database: Database;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file, cloned from the template the global setup made: PGlite in
 * memory by default, or a new database on the DATABASE_URL server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  const postgresTemplate = inject('postgresTemplate');
  if (url && postgresTemplate) {
    const name = `${postgresTemplate}_${randomBytes(4).toString('hex')}`;
    const admin = await openPostgres({ connectionString: adminUrl(url), max: 1 });
    await admin.execScript(`create database ${name} template ${postgresTemplate}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openPostgres({ connectionString: u.toString(), max: 5 });
    return {
      database,
      async drop() {
        await database.close();
        await admin.execScript(`drop database if exists ${name} with (force)`);
        await admin.close();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteTemplate'));
  const database = await openPglite({ loadDataDir: new Blob([dump]) });
  return { database, drop: () => database.close() };
}

/** An empty database (no migrations), to test migrating from nothing on the engine under test. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `${inject('postgresTemplate')}_empty_${randomBytes(4).toString('hex')}`;
    const admin = await openPostgres({ connectionString: adminUrl(url), max: 1 });
    await admin.execScript(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openPostgres({ connectionString: u.toString(), max: 5 });
    return {
      database,
      async drop() {
        await database.close();
        await admin.execScript(`drop database if exists ${name} with (force)`);
        await admin.close();
      },
    };
  }
  const database = await openPglite({});
  return { database, drop: () => database.close() };
}
