import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB, Locale } from '../../db/schema';
import { type FieldIssue, ValidationError } from '../../lib/errors';
import { ICF_SUGGESTED_SET } from '../indications/icf-suggested-set';
import { DIMENSIONS, LEVEL_LABELS } from '../profiles/dimensions';
import { referenceRepository } from './reference.repository';
import type { IcfQuery, MunicipalityQuery, OccupationQuery, PostcodeQuery } from './reference.schemas';

/** Municipalities (2025 NIS codes) matching a name, NIS code or postcode. */
export async function findMunicipalities(db: Kysely<DB>, query: z.infer<typeof MunicipalityQuery>) {
  const rows = await referenceRepository.findMunicipalities(db, query);
  return rows.map((r) => ({
    nisCode: r.nis_code,
    name: r.name_nl,
    nameFr: r.name_fr,
    province: r.province_nl,
    region: r.region_key,
    lat: r.lat,
    lon: r.lon,
  }));
}

/** bpost postcodes and localities matching a postcode prefix or a locality name. */
export async function findPostcodes(db: Kysely<DB>, query: z.infer<typeof PostcodeQuery>) {
  const rows = await referenceRepository.findPostcodes(db, query);
  return rows.map((r) => ({
    postcode: r.postcode,
    locality: r.locality,
    nisCode: r.nis_code,
    municipality: r.municipality,
    lat: r.lat,
    lon: r.lon,
  }));
}

/** Refuses NIS codes that are not 2025 municipalities, naming the field and the first unknown code. */
export async function assertKnownMunicipalities(
  db: Kysely<DB>,
  path: string,
  codes: string[],
): Promise<void> {
  const unknown = await referenceRepository.findUnknownNisCodes(db, [...new Set(codes)]);
  if (unknown.length > 0) {
    const issue: FieldIssue = { path, code: 'unknown_municipality', params: { value: unknown[0] } };
    throw new ValidationError([issue]);
  }
}

/** ISCO-08 occupations by code prefix or title words, in the user's language. */
export async function findOccupations(
  db: Kysely<DB>,
  query: z.infer<typeof OccupationQuery>,
  locale: Locale,
) {
  const rows = await referenceRepository.findOccupations(db, query);
  return rows.map((r) => ({
    code: r.code,
    level: r.level,
    title: locale === 'en' ? r.title_en : r.title_nl,
    titleEn: r.title_en,
  }));
}

type IcfRow = Awaited<ReturnType<typeof referenceRepository.findIcfCategories>>[number];

/** The title the UI shows: the repository's Dutch title where there is one (nl-BE), else WHO's English title. */
export function icfTitle(row: { title_nl: string | null; title_en: string }, locale: Locale): string {
  return locale === 'nl-BE' && row.title_nl ? row.title_nl : row.title_en;
}

function presentIcf(r: IcfRow, locale: Locale) {
  return {
    code: r.code,
    component: r.component as 'b' | 'd' | 'e',
    level: r.level,
    title: icfTitle(r, locale),
    titleEn: r.title_en,
    hasDutchTitle: r.title_nl !== null,
    definition: r.definition_en,
  };
}

/** ICF categories for the indication form: search by code or words, or look up a list of codes. */
export async function findIcfCategories(db: Kysely<DB>, query: z.infer<typeof IcfQuery>, locale: Locale) {
  const codes = query.codes?.split(',');
  const rows = await referenceRepository.findIcfCategories(db, {
    q: query.q,
    codes,
    limit: codes ? Math.min(codes.length, 200) : query.limit,
  });
  return rows.map((r) => presentIcf(r, locale));
}

/** The suggested work-relevant set (indications/icf-suggested-set.ts) with titles and the reason for each. */
export async function findIcfSuggestedSet(db: Kysely<DB>, locale: Locale) {
  const rows = await referenceRepository.findIcfCategories(db, {
    codes: ICF_SUGGESTED_SET.map((s) => s.code),
    limit: ICF_SUGGESTED_SET.length,
  });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return ICF_SUGGESTED_SET.map((s) => {
    const row = byCode.get(s.code)!;
    return {
      code: s.code,
      group: s.group,
      title: icfTitle(row, locale),
      titleEn: row.title_en,
      rationale: locale === 'en' ? s.rationale.en : s.rationale.nl,
    };
  });
}

/**
 * The matching dimensions with their labels and level anchors, for rating a task's demands or reading a profile.
 */
export function findDimensions(locale: Locale) {
  const lang = locale === 'en' ? 'en' : 'nl';
  return {
    dimensions: DIMENSIONS.map((d) => ({
      key: d.key,
      group: d.group,
      label: d[lang],
      labelEn: d.en,
      icf: [...d.icf],
    })),
    levels: { demand: [...LEVEL_LABELS.demand[lang]], capability: [...LEVEL_LABELS.capability[lang]] },
  };
}
