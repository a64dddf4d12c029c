import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema';
import { type FieldIssue, ValidationError } from '../../lib/errors';
import { referenceRepository } from './reference.repository';
import type { MunicipalityQuery, PostcodeQuery } from './reference.schemas';

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
