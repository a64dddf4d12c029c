import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';

export const referenceRepository = {
  findMunicipalities(db: Kysely<DB>, f: { q?: string; region?: string; province?: string; limit: number }) {
    let q = db
      .selectFrom('ref_municipalities')
      .select(['nis_code', 'name_nl', 'name_fr', 'province_nl', 'region_key', 'lat', 'lon']);
    if (f.region) {
      q = q.where('region_key', '=', f.region as 'flanders');
    }
    if (f.province) {
      q = q.where('province_nis', '=', f.province);
    }
    if (f.q) {
      const term = `%${f.q.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(immutable_unaccent(name_nl))`, 'like', sql<string>`immutable_unaccent(${term})`),
          eb('nis_code', 'like', `${f.q}%`),
          eb(
            'nis_code',
            'in',
            eb.selectFrom('ref_postcodes').select('nis_code').where('postcode', 'like', `${f.q}%`),
          ),
        ]),
      );
    }
    return q.orderBy('name_nl').limit(f.limit).execute();
  },

  findPostcodes(db: Kysely<DB>, f: { q: string; limit: number }) {
    const term = `%${f.q.toLowerCase()}%`;
    return db
      .selectFrom('ref_postcodes as p')
      .innerJoin('ref_municipalities as m', 'm.nis_code', 'p.nis_code')
      .select(['p.postcode', 'p.locality', 'p.nis_code', 'm.name_nl as municipality', 'p.lat', 'p.lon'])
      .where((eb) =>
        eb.or([
          eb('p.postcode', 'like', `${f.q}%`),
          eb(sql`lower(immutable_unaccent(p.locality))`, 'like', sql<string>`immutable_unaccent(${term})`),
        ]),
      )
      .orderBy('p.postcode')
      .orderBy('p.locality')
      .limit(f.limit)
      .execute();
  },

  async findUnknownNisCodes(db: Kysely<DB>, codes: string[]): Promise<string[]> {
    if (codes.length === 0) {
      return [];
    }
    const known = await db
      .selectFrom('ref_municipalities')
      .select('nis_code')
      .where('nis_code', 'in', codes)
      .execute();
    const set = new Set(known.map((r) => r.nis_code));
    return codes.filter((c) => !set.has(c));
  },

  findPostcode(db: Kysely<DB>, postcode: string) {
    return db
      .selectFrom('ref_postcodes')
      .select(['postcode', 'nis_code', 'locality'])
      .where('postcode', '=', postcode)
      .orderBy('is_main_locality', 'desc')
      .executeTakeFirst();
  },

  async isPostcodeOfMunicipality(db: Kysely<DB>, postcode: string, nisCode: string) {
    const row = await db
      .selectFrom('ref_postcodes')
      .select('postcode')
      .where('postcode', '=', postcode)
      .where('nis_code', '=', nisCode)
      .executeTakeFirst();
    return !!row;
  },

  findOccupations(db: Kysely<DB>, f: { q?: string; level?: number; limit: number }) {
    let q = db.selectFrom('ref_isco_occupations').select(['code', 'level', 'title_nl', 'title_en']);
    if (f.level) {
      q = q.where('level', '=', f.level);
    }
    if (f.q) {
      const term = `%${f.q.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([
          eb('code', 'like', `${f.q}%`),
          eb(
            sql`lower(immutable_unaccent(title_nl || ' ' || title_en))`,
            'like',
            sql<string>`immutable_unaccent(${term})`,
          ),
        ]),
      );
    }
    return q.orderBy('level', 'desc').orderBy('code').limit(f.limit).execute();
  },

  /**
   * ICF categories usable in an indication (b, d and e; body structures are not rated for work functioning).
   * A code prefix matches codes; words must each occur in the Dutch or English title.
   */
  findIcfCategories(db: Kysely<DB>, f: { q?: string; codes?: string[]; limit: number }) {
    let q = db
      .selectFrom('ref_icf_categories')
      .select(['code', 'component', 'level', 'title_nl', 'title_en', 'definition_en'])
      .where('kind', '=', 'category')
      .where('component', 'in', ['b', 'd', 'e']);
    if (f.codes) {
      q = q.where('code', 'in', f.codes.length ? f.codes : ['']);
    }
    if (f.q) {
      const text = f.q.toLowerCase();
      if (/^[bde][0-9]*$/.test(text)) {
        q = q.where('code', 'like', `${text}%`);
      } else {
        for (const word of text.split(/\s+/).filter(Boolean).slice(0, 5)) {
          q = q.where(
            sql`lower(immutable_unaccent(coalesce(title_nl, '') || ' ' || title_en))`,
            'like',
            sql<string>`immutable_unaccent(${`%${word}%`})`,
          );
        }
      }
    }
    // Dutch-titled (most used) categories first, then the shorter (more general) codes.
    return q
      .orderBy(sql`title_nl is null`)
      .orderBy(sql`length(code)`)
      .orderBy('code')
      .limit(f.limit)
      .execute();
  },

  /** The codes of `codes` that are not ICF categories usable in an indication. */
  async findUnknownIcfCodes(db: Kysely<DB>, codes: string[]): Promise<string[]> {
    if (codes.length === 0) {
      return [];
    }
    const known = await db
      .selectFrom('ref_icf_categories')
      .select('code')
      .where('code', 'in', codes)
      .where('kind', '=', 'category')
      .where('component', 'in', ['b', 'd', 'e'])
      .execute();
    const set = new Set(known.map((r) => r.code));
    return codes.filter((c) => !set.has(c));
  },
};
