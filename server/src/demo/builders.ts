/**
 * Builders of realistic synthetic records, shared by the demo seed and the test factories. They only compute
 * values (with the faker they are given, so a seed makes them reproducible); inserting is the caller's job.
 */
import type { Faker } from '@faker-js/faker';
import { enterpriseNumberCheck, nationalNumberCheck } from '../lib/checksums';

export function buildEnterpriseNumber(faker: Faker, taken?: Set<string>): string {
  for (;;) {
    const base = `0${faker.string.numeric({ length: 7, allowLeadingZeros: true })}`;
    const digits = `${base}${enterpriseNumberCheck(base)}`;
    if (!taken?.has(digits)) {
      taken?.add(digits);
      return digits;
    }
  }
}

/** A national number consistent with the birth date and sex: serial odd for men, even for women. */
export function buildNationalNumber(
  faker: Faker,
  birthDate: string,
  sex: 'male' | 'female',
  taken?: Set<string>,
): string {
  const [y, m, d] = birthDate.split('-');
  const from2000 = Number(y) >= 2000;
  for (;;) {
    let serial = faker.number.int({ min: 1, max: 997 });
    if ((serial % 2 === 1) !== (sex === 'male')) {
      serial += 1;
    }
    const base = `${y!.slice(2)}${m}${d}${String(serial).padStart(3, '0')}`;
    const digits = `${base}${nationalNumberCheck(base, from2000)}`;
    if (!taken?.has(digits)) {
      taken?.add(digits);
      return digits;
    }
  }
}

export function buildBirthDate(
  faker: Faker,
  minAge = 18,
  maxAge = 62,
  today = new Date('2026-11-01'),
): string {
  const date = faker.date.birthdate({ mode: 'age', min: minAge, max: maxAge, refDate: today });
  return date.toISOString().slice(0, 10);
}

export interface PlaceRow {
  postcode: string;
  nis_code: string;
  locality: string;
}

/** A street address in a municipality, with one of its real postcodes. */
export function buildAddress(faker: Faker, places: PlaceRow[]) {
  const place = faker.helpers.arrayElement(places);
  return {
    street: `${faker.location.street()} ${faker.number.int({ min: 1, max: 220 })}`,
    postcode: place.postcode,
    municipality_nis: place.nis_code,
  };
}

export function buildPhone(faker: Faker): string {
  return faker.helpers.replaceSymbols(
    faker.helpers.arrayElement(['04## ## ## ##', '09 ### ## ##', '053 ## ## ##']),
  );
}

/** Lower-case ASCII e-mail name from a person's name (Dutch names carry accents and particles). */
export function emailLocalPart(firstName: string, lastName: string): string {
  const clean = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${clean(firstName)}.${clean(lastName)}`;
}
