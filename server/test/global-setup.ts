/**
 * Runs once before all test files: migrates a template database that each file clones (PGlite: a dump of an
 * in-memory database; PostgreSQL: a template database on the DATABASE_URL server).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';
import { loadReferenceData } from '../src/modules/reference/reference.loader';
import { adminUrl, TEMPLATE_PREFIX } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = await openPostgres({ connectionString: adminUrl(url), max: 1 });
    const template = `${TEMPLATE_PREFIX}${process.pid}`;
    await admin.execScript(`drop database if exists ${template}`);
    await admin.execScript(`create database ${template}`);
    const db = await openPostgres({ connectionString: withDatabase(url, template), max: 2 });
    await migrateToLatest(db);
    await loadReferenceData(db.db);
    await db.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteTemplate', '');
    return async () => {
      // Drop the template and any test database a crashed file left behind.
      const leftovers = await admin.db
        .selectFrom('pg_database' as never)
        .select('datname' as never)
        .where('datname' as never, 'like', `${template}%` as never)
        .execute();
      for (const row of leftovers as { datname: string }[]) {
        await admin.execScript(`drop database if exists ${row.datname} with (force)`);
      }
      await admin.close();
    };
  }
  const started = Date.now();
  const pglite = await openPglite({});
  await migrateToLatest(pglite);
  await loadReferenceData(pglite.db);
  const dump = await pglite.pglite!.dumpDataDir('none');
  await pglite.close();
  const dir = path.resolve('.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  console.log(`test template database ready (PGlite, ${Date.now() - started} ms)`);
  return () => fs.rmSync(file, { force: true });
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
