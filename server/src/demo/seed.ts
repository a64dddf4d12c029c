import { type Faker, fakerNL_BE } from '@faker-js/faker';
import { type Kysely, sql } from 'kysely';
import type { DB, Role } from '../db/schema';
import { hashPassword } from '../modules/auth/password';
import {
  buildAddress,
  buildBirthDate,
  buildEnterpriseNumber,
  buildNationalNumber,
  buildPhone,
  emailLocalPart,
  type PlaceRow,
} from './builders';
import {
  DEMO_ACCOUNTS,
  DEMO_EMAIL_DOMAIN,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  PROVINCE,
  SECTORS,
} from './network';

export const DEMO_SEED = 20261123;

export interface SeedOptions {
  seed?: number;
  participants?: number;
  employers?: number;
}

export interface SeedSummary {
  organisations: number;
  users: number;
  participants: number;
  employers: number;
}

/** The municipalities where people live, weighted roughly by population (Gent, Aalst, Sint-Niklaas weigh more). */
const POPULATION_WEIGHT: Record<string, number> = {
  '44021': 12,
  '41002': 5,
  '46021': 4,
  '42006': 3,
  '46030': 3,
  '46029': 2,
};

async function loadPlaces(db: Kysely<DB>): Promise<Map<string, PlaceRow[]>> {
  const rows = await db
    .selectFrom('ref_postcodes')
    .select(['postcode', 'nis_code', 'locality'])
    .where('nis_code', 'in', PROVINCE)
    .execute();
  const byNis = new Map<string, PlaceRow[]>();
  for (const row of rows) {
    byNis.set(row.nis_code, [...(byNis.get(row.nis_code) ?? []), row]);
  }
  return byNis;
}

function pickMunicipality(faker: Faker, candidates: string[]): string {
  return faker.helpers.weightedArrayElement(
    candidates.map((nis) => ({ value: nis, weight: POPULATION_WEIGHT[nis] ?? 1 })),
  );
}

/**
 * Creates the demo network on an empty database: ~10 organisations, ~40 staff and one account per role, ~300
 * participants and ~80 employers, all from one seed so every run produces the same network. Modules that add
 * demo data extend this function.
 */
export async function seedDemoNetwork(db: Kysely<DB>, options: SeedOptions = {}): Promise<SeedSummary> {
  const faker = fakerNL_BE;
  faker.seed(options.seed ?? DEMO_SEED);
  const participantCount = options.participants ?? 300;
  const employerCount = options.employers ?? 80;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const places = await loadPlaces(db);
  const placesOf = (nis: string) => places.get(nis) ?? [];

  return db.transaction().execute(async (trx) => {
    const enterpriseNumbers = new Set<string>();
    const orgIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const id = faker.string.uuid();
      orgIds.set(org.key, id);
      const address = buildAddress(faker, placesOf(org.seatNis));
      await trx
        .insertInto('organisations')
        .values({
          id,
          name: org.name,
          kind: org.kind,
          enterprise_number: buildEnterpriseNumber(faker, enterpriseNumbers),
          email: `info@${org.key}.${DEMO_EMAIL_DOMAIN}`,
          phone: buildPhone(faker),
          ...address,
          has_indication_cell: org.hasIndicationCell ?? false,
        })
        .execute();
      await trx
        .insertInto('organisation_municipalities')
        .values(org.served.map((nis_code) => ({ organisation_id: id, nis_code })))
        .execute();
    }

    // Employers first: the employer contact and mentor demo accounts are tied to one.
    const employerIds: string[] = [];
    for (let i = 0; i < employerCount; i++) {
      const sector = faker.helpers.weightedArrayElement(SECTORS.map((s) => ({ value: s, weight: s.weight })));
      const nis = pickMunicipality(faker, PROVINCE);
      const id = faker.string.uuid();
      employerIds.push(id);
      const family = faker.person.lastName();
      const name = faker.helpers.arrayElement([
        `${sector.label} ${family}`,
        `${family} & Zonen ${sector.label.toLowerCase()}`,
        `${sector.label} ${faker.location.city()}`,
        `${family} ${faker.helpers.arrayElement(['NV', 'BV', 'CV'])}`,
      ]);
      await trx
        .insertInto('employers')
        .values({
          id,
          enterprise_number: buildEnterpriseNumber(faker, enterpriseNumbers),
          name,
          nace_code: sector.nace,
          size_class: faker.helpers.weightedArrayElement([
            { value: '1-9' as const, weight: 4 },
            { value: '10-49' as const, weight: 4 },
            { value: '50-249' as const, weight: 2 },
            { value: '250+' as const, weight: 1 },
          ]),
          ...buildAddress(faker, placesOf(nis)),
          website: `https://www.${emailLocalPart(family, sector.label).replace('.', '-')}.be`,
        })
        .execute();
    }

    const emails = new Set<string>();
    const coachesByOrg = new Map<string, string[]>();
    let userCount = 0;
    const addUser = async (u: { displayName: string; email: string; organisationId: string | null }) => {
      const id = faker.string.uuid();
      await trx
        .insertInto('users')
        .values({
          id,
          email: u.email,
          display_name: u.displayName,
          organisation_id: u.organisationId,
          password_hash: passwordHash,
          is_demo: true,
        })
        .execute();
      userCount++;
      return id;
    };
    const grant = (
      userId: string,
      role: Role,
      scope: { organisation_id?: string; employer_id?: string; participant_id?: string },
    ) =>
      trx
        .insertInto('user_roles')
        .values({ user_id: userId, role, ...scope })
        .execute();

    for (const org of DEMO_ORGANISATIONS) {
      const organisationId = orgIds.get(org.key)!;
      for (const [role, count] of Object.entries(org.staff) as [Role, number][]) {
        for (let i = 0; i < count; i++) {
          const first = faker.person.firstName();
          const last = faker.person.lastName();
          let email = `${emailLocalPart(first, last)}@${org.key}.${DEMO_EMAIL_DOMAIN}`;
          while (emails.has(email)) {
            email = email.replace('@', `${faker.number.int(9)}@`);
          }
          emails.add(email);
          const id = await addUser({ displayName: `${first} ${last}`, email, organisationId });
          await grant(id, role, { organisation_id: organisationId });
          if (role === 'coach') {
            coachesByOrg.set(org.key, [...(coachesByOrg.get(org.key) ?? []), id]);
          }
        }
      }
    }

    const demoUserIds = new Map<Role, string>();
    for (const account of DEMO_ACCOUNTS) {
      const organisationId = account.organisation ? orgIds.get(account.organisation)! : null;
      const id = await addUser({
        displayName: account.displayName,
        email: `${account.role}@${DEMO_EMAIL_DOMAIN}`,
        organisationId,
      });
      demoUserIds.set(account.role, id);
      if (organisationId) {
        await grant(id, account.role, { organisation_id: organisationId });
      } else if (account.scope === 'employer') {
        await grant(id, account.role, { employer_id: employerIds[0]! });
      }
      if (account.role === 'coach' && account.organisation) {
        coachesByOrg.set(account.organisation, [id, ...(coachesByOrg.get(account.organisation) ?? [])]);
      }
    }

    // Participants, spread over the organisations by share and living in the areas those organisations serve.
    const nationalNumbers = new Set<string>();
    const today = new Date('2026-11-01');
    const owners = DEMO_ORGANISATIONS.filter((o) => o.participantShare > 0);
    const participantIds: string[] = [];
    for (let i = 0; i < participantCount; i++) {
      const org = faker.helpers.weightedArrayElement(
        owners.map((o) => ({ value: o, weight: o.participantShare })),
      );
      const sex = faker.helpers.arrayElement(['male', 'female'] as const);
      const birthDate = buildBirthDate(faker, 18, 63, today);
      const coaches = coachesByOrg.get(org.key) ?? [];
      // About one in eight has no coach yet: the "no one gets lost" list must have something to show.
      const coach =
        coaches.length && faker.number.float() > 0.12 ? faker.helpers.arrayElement(coaches) : null;
      const waitingSince = faker.date.between({ from: '2024-01-01', to: today }).toISOString().slice(0, 10);
      const id = faker.string.uuid();
      participantIds.push(id);
      const firstName = faker.person.firstName(sex);
      const lastName = faker.person.lastName();
      await trx
        .insertInto('participants')
        .values({
          id,
          national_number: buildNationalNumber(faker, birthDate, sex, nationalNumbers),
          first_name: firstName,
          last_name: lastName,
          birth_date: birthDate,
          email: faker.datatype.boolean(0.7) ? `${emailLocalPart(firstName, lastName)}@example.be` : null,
          phone: buildPhone(faker),
          ...buildAddress(faker, placesOf(pickMunicipality(faker, org.served))),
          organisation_id: orgIds.get(org.key)!,
          coach_user_id: coach,
          status: faker.helpers.weightedArrayElement([
            { value: 'referred', weight: 2 },
            { value: 'in_indication', weight: 2 },
            { value: 'waiting', weight: 3 },
            { value: 'in_trajectory', weight: 5 },
            { value: 'employed', weight: 2 },
            { value: 'closed', weight: 1 },
          ]),
          waiting_since: waitingSince,
        })
        .execute();
    }

    // The participant demo account is the first participant, coached by the coach demo account.
    const firstParticipant = participantIds[0]!;
    await trx
      .updateTable('participants')
      .set({
        first_name: 'Pieter',
        last_name: 'Deelnemer',
        coach_user_id: demoUserIds.get('coach')!,
        organisation_id: orgIds.get('leiewerf')!,
        status: 'in_trajectory',
      })
      .where('id', '=', firstParticipant)
      .execute();
    await grant(demoUserIds.get('participant')!, 'participant', { participant_id: firstParticipant });

    await sql`analyze`.execute(trx);
    return {
      organisations: DEMO_ORGANISATIONS.length,
      users: userCount,
      participants: participantCount,
      employers: employerCount,
    };
  });
}

/** True when the database holds no organisations yet, i.e. the demo network may be created. */
export async function isEmptyNetwork(db: Kysely<DB>): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n === 0;
}
