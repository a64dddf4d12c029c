import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../reference');

function readCsv(relative: string): { text: string; rows: Record<string, string>[] } {
  const text = fs.readFileSync(path.join(REFERENCE_DIR, relative), 'utf8');
  return { text, rows: parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[] };
}

async function loadIfChanged(
  db: Kysely<DB>,
  name: string,
  text: string,
  load: (trx: Kysely<DB>) => Promise<void>,
): Promise<boolean> {
  const checksum = createHash('sha256').update(text).digest('hex');
  const current = await db
    .selectFrom('reference_versions')
    .select('checksum')
    .where('name', '=', name)
    .executeTakeFirst();
  if (current?.checksum === checksum) {
    return false;
  }
  await db.transaction().execute(async (trx) => {
    await load(trx);
    await trx
      .insertInto('reference_versions')
      .values({ name, checksum })
      .onConflict((oc) => oc.column('name').doUpdateSet({ checksum, loaded_at: new Date() }))
      .execute();
  });
  return true;
}

async function insertInChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) {
    await insert(rows.slice(i, i + size));
  }
}

/**
 * Loads the reference data under server/reference into its tables when the files changed since the last load
 * (a checksum per set), so a start-up normally costs one query per set. Upserts keep rows other tables refer to.
 */
export async function loadReferenceData(db: Kysely<DB>): Promise<string[]> {
  const loaded: string[] = [];
  const municipalities = readCsv('be-geo/municipalities_2025.csv');
  if (
    await loadIfChanged(db, 'municipalities', municipalities.text, async (trx) => {
      const rows = municipalities.rows.map((r) => ({
        nis_code: r.nis_code!,
        name_nl: r.name_nl!,
        name_fr: r.name_fr!,
        arrondissement_nis: r.arrondissement_nis!,
        province_nis: r.province_nis || null,
        province_nl: r.province_nl || null,
        region_key: r.region_key as 'flanders' | 'wallonia' | 'brussels',
        lat: Number(r.lat),
        lon: Number(r.lon),
      }));
      await insertInChunks(rows, 500, (chunk) =>
        trx
          .insertInto('ref_municipalities')
          .values(chunk)
          .onConflict((oc) =>
            oc.column('nis_code').doUpdateSet((eb) => ({
              name_nl: eb.ref('excluded.name_nl'),
              name_fr: eb.ref('excluded.name_fr'),
              arrondissement_nis: eb.ref('excluded.arrondissement_nis'),
              province_nis: eb.ref('excluded.province_nis'),
              province_nl: eb.ref('excluded.province_nl'),
              region_key: eb.ref('excluded.region_key'),
              lat: eb.ref('excluded.lat'),
              lon: eb.ref('excluded.lon'),
            })),
          )
          .execute(),
      );
    })
  ) {
    loaded.push('municipalities');
  }

  const postcodes = readCsv('be-geo/postcodes.csv');
  if (
    await loadIfChanged(db, 'postcodes', postcodes.text, async (trx) => {
      await trx.deleteFrom('ref_postcodes').execute();
      const rows = postcodes.rows.map((r) => ({
        postcode: r.postcode!,
        locality: r.locality!,
        is_main_locality: r.is_main_locality === '1',
        nis_code: r.nis_code!,
        lat: Number(r.lat),
        lon: Number(r.lon),
      }));
      await insertInChunks(rows, 500, (chunk) => trx.insertInto('ref_postcodes').values(chunk).execute());
    })
  ) {
    loaded.push('postcodes');
  }

  // Referral and indication (issue 3): ICF categories with the repository's Dutch titles, and ISCO-08 occupations.
  const icf = readCsv('icf/icf_categories.csv');
  const icfNl = readCsv('icf/icf_titles_nl.csv');
  if (
    await loadIfChanged(db, 'icf_categories', icf.text + icfNl.text, async (trx) => {
      const dutch = new Map(icfNl.rows.map((r) => [r.code!, r.title_nl!]));
      const rows = icf.rows.map((r) => ({
        code: r.code!,
        parent_code: r.parent_code || null,
        kind: r.kind as 'category',
        component: r.component as 'b',
        level: r.level === '' ? null : Number(r.level),
        title_en: r.title_en!,
        title_nl: dutch.get(r.code!) ?? null,
        definition_en: r.definition_en || null,
      }));
      await insertInChunks(rows, 300, (chunk) =>
        trx
          .insertInto('ref_icf_categories')
          .values(chunk)
          .onConflict((oc) =>
            oc.column('code').doUpdateSet((eb) => ({
              parent_code: eb.ref('excluded.parent_code'),
              kind: eb.ref('excluded.kind'),
              component: eb.ref('excluded.component'),
              level: eb.ref('excluded.level'),
              title_en: eb.ref('excluded.title_en'),
              title_nl: eb.ref('excluded.title_nl'),
              definition_en: eb.ref('excluded.definition_en'),
            })),
          )
          .execute(),
      );
    })
  ) {
    loaded.push('icf_categories');
  }

  const isco = readCsv('occupations/isco08.csv');
  if (
    await loadIfChanged(db, 'isco_occupations', isco.text, async (trx) => {
      const rows = isco.rows.map((r) => ({
        code: r.code!,
        level: Number(r.level),
        parent_code: r.parent_code || null,
        title_en: r.title_en!,
        title_nl: r.title_nl || r.title_en!,
      }));
      await insertInChunks(rows, 500, (chunk) =>
        trx
          .insertInto('ref_isco_occupations')
          .values(chunk)
          .onConflict((oc) =>
            oc.column('code').doUpdateSet((eb) => ({
              level: eb.ref('excluded.level'),
              parent_code: eb.ref('excluded.parent_code'),
              title_en: eb.ref('excluded.title_en'),
              title_nl: eb.ref('excluded.title_nl'),
            })),
          )
          .execute(),
      );
    })
  ) {
    loaded.push('isco_occupations');
  }
  return loaded;
}
