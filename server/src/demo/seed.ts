import { type Faker, fakerNL_BE } from '@faker-js/faker';
import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB, Role, UserRolesTable } from '../db/schema';
import { brusselsDate } from '../lib/dates';
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
import { insertConsents, planConsents } from './consents.seed';
import { DemoClock, type DemoNetwork, officeMinute, type ParticipantSeed } from './demo-context';
import { ContactPlanner, insertContacts } from './employer-contacts.seed';
import {
  type DemoEmployer,
  EmployerDeskPlanner,
  insertEmployerDesk,
  loadMunicipalityNames,
} from './employers.seed';
import { seedEvaluations } from './evaluations.seed';
import { insertIndications, loadIcfCatalogue, seedCapabilityProfiles } from './indications.seed';
import { insertJobs, JobPlanner } from './jobs.seed';
import { seedMonitoringTargets } from './monitoring.seed';
import {
  DEMO_ACCOUNTS,
  DEMO_EMAIL_DOMAIN,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  PROVINCE,
  SECTORS,
} from './network';
import { insertNetworkServices, planServiceRequests } from './network-services.seed';
import { planParticipantRecords, updateParticipantRecords } from './participant-records.seed';
import { seedProposals } from './proposals.seed';
import { type QualitySummary, seedQuality } from './quality.seed';
import { insertReferralHistory, ReferralPlanner } from './referrals.seed';
import { seedTrajectories } from './trajectories.seed';

export const DEMO_SEED = 20261123;

export interface SeedOptions {
  seed?: number;
  participants?: number;
  employers?: number;
  /**
   * The day the demo's timeline ends ('YYYY-MM-DD'): referrals, indications and notifications lie up to 2.5 years
   * before it. Defaults to today in Brussels, so a fresh demo always has recent work in its inboxes.
   */
  today?: string;
}

export interface SeedSummary {
  organisations: number;
  users: number;
  participants: number;
  employers: number;
  referrals: number;
  indications: number;
  consents: number;
  capabilityProfiles: number;
  notifications: number;
  ownedEmployers: number;
  sites: number;
  contactPersons: number;
  approachRequests: number;
  employerContacts: number;
  /** Employers contacted in the last 90 days by an organisation outside owner and joint actions. */
  uncoordinatedCases: number;
  /** Employers contacted in the last 90 days by several organisations, all of them owner or joint. */
  coordinatedCases: number;
  serviceRequests: number;
  jobs: number;
  openJobs: number;
  tasks: number;
  carvedJobs: number;
  internshipSheets: number;
  proposals: number;
  trajectories: number;
  closedTrajectories: number;
  coachingSessions: number;
  internships: number;
  aftercareContacts: number;
  decidedEvaluations: number;
  openEvaluations: number;
  targets: number;
  quality: QualitySummary;
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

/** Organisations, staff accounts and employers exist from before the oldest referral. */
const NETWORK_AGE_DAYS = 1200;

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

function demoClock(today: string | undefined): DemoClock {
  const day = today ?? brusselsDate(new Date());
  // Nothing is stamped after the real time, nor after the end of an explicitly given day.
  const now = new Date(Math.min(Date.now(), Date.parse(`${day}T21:59:00Z`)));
  return new DemoClock(day, now);
}

/**
 * Creates the demo network on an empty database: ~10 organisations, ~40 staff and one account per role, ~300
 * participants and ~80 employers, and the participants' course over about 2.5 years: consents, referrals,
 * indications with their ICF items and validation, capability profiles, coach history and notifications. Then the
 * employer desk (account owners, sites, contact persons, approach requests, the contact timeline, service requests,
 * jobs with tasks) and the participants' record fields that matching needs. All from one seed, so every run
 * produces the same network (its dates anchored on `today`).
 */
export async function seedDemoNetwork(db: Kysely<DB>, options: SeedOptions = {}): Promise<SeedSummary> {
  const faker = fakerNL_BE;
  faker.seed(options.seed ?? DEMO_SEED);
  const clock = demoClock(options.today);
  const participantCount = options.participants ?? 300;
  const employerCount = options.employers ?? 80;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const places = await loadPlaces(db);
  const placesOf = (nis: string) => places.get(nis) ?? [];
  const since = clock.at(NETWORK_AGE_DAYS, 8 * 60);

  return db.transaction().execute(async (trx) => {
    const enterpriseNumbers = new Set<string>();
    const network: DemoNetwork = { organisations: new Map(), staff: new Map(), demoUsers: new Map() };
    const organisationRows = DEMO_ORGANISATIONS.map((org) => {
      const id = faker.string.uuid();
      network.organisations.set(org.key, { ...org, id });
      const address = buildAddress(faker, placesOf(org.seatNis));
      return {
        id,
        name: org.name,
        kind: org.kind,
        enterprise_number: buildEnterpriseNumber(faker, enterpriseNumbers),
        email: `info@${org.key}.${DEMO_EMAIL_DOMAIN}`,
        phone: buildPhone(faker),
        ...address,
        has_indication_cell: org.hasIndicationCell ?? false,
        created_at: since,
        updated_at: since,
      };
    });
    await trx.insertInto('organisations').values(organisationRows).execute();
    await trx
      .insertInto('organisation_municipalities')
      .values(
        DEMO_ORGANISATIONS.flatMap((org) =>
          org.served.map((nis_code) => ({
            organisation_id: network.organisations.get(org.key)!.id,
            nis_code,
          })),
        ),
      )
      .execute();
    const orgId = (key: string) => network.organisations.get(key)!.id;

    // Employers first: the employer contact and mentor demo accounts are tied to one.
    const employerIds: string[] = [];
    const employerRows = [];
    const employers: DemoEmployer[] = [];
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
      const row = {
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
        created_at: since,
        updated_at: since,
      };
      employerRows.push(row);
      employers.push({
        id,
        index: i,
        name,
        naceCode: row.nace_code,
        sizeClass: row.size_class,
        street: row.street,
        postcode: row.postcode,
        municipalityNis: row.municipality_nis,
        domain: row.website.replace('https://www.', ''),
      });
    }
    await trx.insertInto('employers').values(employerRows).execute();

    const emails = new Set<string>();
    const userRows: { id: string; email: string; display_name: string; organisation_id: string | null }[] =
      [];
    const roleRows: Insertable<UserRolesTable>[] = [];
    const addUser = (u: { displayName: string; email: string; organisationId: string | null }) => {
      const id = faker.string.uuid();
      userRows.push({ id, email: u.email, display_name: u.displayName, organisation_id: u.organisationId });
      return id;
    };
    const grant = (
      userId: string,
      role: Role,
      scope: { organisation_id?: string; employer_id?: string; participant_id?: string },
    ) => {
      roleRows.push({ user_id: userId, role, ...scope, granted_at: since });
    };
    const addStaff = (orgKey: string, role: Role, userId: string, isFirst = false) => {
      const byRole = network.staff.get(orgKey) ?? new Map<Role, string[]>();
      network.staff.set(orgKey, byRole);
      const list = byRole.get(role) ?? [];
      byRole.set(role, isFirst ? [userId, ...list] : [...list, userId]);
    };

    for (const org of DEMO_ORGANISATIONS) {
      const organisationId = orgId(org.key);
      for (const [role, count] of Object.entries(org.staff) as [Role, number][]) {
        for (let i = 0; i < count; i++) {
          const first = faker.person.firstName();
          const last = faker.person.lastName();
          let email = `${emailLocalPart(first, last)}@${org.key}.${DEMO_EMAIL_DOMAIN}`;
          while (emails.has(email)) {
            email = email.replace('@', `${faker.number.int(9)}@`);
          }
          emails.add(email);
          const id = addUser({ displayName: `${first} ${last}`, email, organisationId });
          grant(id, role, { organisation_id: organisationId });
          addStaff(org.key, role, id);
        }
      }
    }

    for (const account of DEMO_ACCOUNTS) {
      const organisationId = account.organisation ? orgId(account.organisation) : null;
      const id = addUser({
        displayName: account.displayName,
        email: `${account.role}@${DEMO_EMAIL_DOMAIN}`,
        organisationId,
      });
      network.demoUsers.set(account.role, id);
      if (organisationId) {
        grant(id, account.role, { organisation_id: organisationId });
        addStaff(account.organisation!, account.role, id, true);
      } else if (account.scope === 'employer') {
        grant(id, account.role, { employer_id: employerIds[0]! });
      }
    }
    await trx
      .insertInto('users')
      .values(
        userRows.map((u) => ({
          ...u,
          password_hash: passwordHash,
          is_demo: true,
          created_at: since,
          updated_at: since,
          password_changed_at: since,
        })),
      )
      .execute();

    // Participants, spread over the organisations by share and living in the areas those organisations serve.
    const nationalNumbers = new Set<string>();
    const birthReference = new Date(`${clock.today}T12:00:00Z`);
    const owners = DEMO_ORGANISATIONS.filter((o) => o.participantShare > 0);
    const participants: ParticipantSeed[] = [];
    for (let i = 0; i < participantCount; i++) {
      const drawnOrg = faker.helpers.weightedArrayElement(
        owners.map((o) => ({ value: o, weight: o.participantShare })),
      );
      // The participant demo account was registered by the VDAB (and so lives where De Leiewerf works too).
      const org = i === 0 ? DEMO_ORGANISATIONS.find((o) => o.key === 'vdab')! : drawnOrg;
      const drawnSex = faker.helpers.arrayElement(['male', 'female'] as const);
      const sex = i === 0 ? 'male' : drawnSex;
      const birthDate = buildBirthDate(faker, 18, 63, birthReference);
      const coaches = network.staff.get(org.key)?.get('coach') ?? [];
      // About one in eight has no coach yet: the "no one gets lost" list must have something to show.
      const coach =
        coaches.length && faker.number.float() > 0.12 ? faker.helpers.arrayElement(coaches) : null;
      const id = faker.string.uuid();
      const firstName = i === 0 ? 'Pieter' : faker.person.firstName(sex);
      const lastName = i === 0 ? 'Deelnemer' : faker.person.lastName();
      const hasEmail = faker.datatype.boolean(0.7);
      const address = buildAddress(faker, placesOf(pickMunicipality(faker, org.served)));
      participants.push({
        id,
        index: i,
        firstName,
        lastName,
        municipalityNis: address.municipality_nis,
        record: {
          id,
          national_number: buildNationalNumber(faker, birthDate, sex, nationalNumbers),
          first_name: firstName,
          last_name: lastName,
          birth_date: birthDate,
          email: hasEmail || i === 0 ? `${emailLocalPart(firstName, lastName)}@example.be` : null,
          phone: buildPhone(faker),
          ...address,
        },
        organisationKey: org.key,
        coachUserId: coach,
        status: 'waiting',
        currentMeasure: null,
        waitingSinceDaysAgo: null,
        registeredDaysAgo: 0,
        registeredAt: clock.now,
        lastActivityDaysAgo: 0,
      });
    }

    // Their course: referrals, indications, coach history, notifications; then consents and capability profiles.
    const catalogue = await loadIcfCatalogue(trx);
    const history = new ReferralPlanner(faker, network, clock, catalogue).plan(participants);
    await trx
      .insertInto('participants')
      .values(
        participants.map((p) => {
          const lastActivityAt = clock.at(p.lastActivityDaysAgo, officeMinute(faker));
          return {
            ...p.record,
            organisation_id: orgId(p.organisationKey),
            coach_user_id: p.coachUserId,
            status: p.status,
            current_measure: p.currentMeasure,
            waiting_since: p.waitingSinceDaysAgo === null ? null : clock.date(p.waitingSinceDaysAgo),
            last_activity_at: lastActivityAt,
            created_at: p.registeredAt,
            updated_at: lastActivityAt,
          };
        }),
      )
      .execute();
    await trx.insertInto('user_roles').values(roleRows).execute();
    // The participant demo account is the first participant, coached by the coach demo account.
    await trx
      .insertInto('user_roles')
      .values({
        user_id: network.demoUsers.get('participant')!,
        role: 'participant',
        participant_id: participants[0]!.id,
      })
      .execute();
    await insertReferralHistory(trx, network, clock, history);
    await insertIndications(trx, network, history.indications);
    const consents = planConsents(faker, network, clock, history.courses);
    await insertConsents(trx, consents);
    const byId = new Map(history.courses.map((c) => [c.participant.id, c]));
    const profiles = await seedCapabilityProfiles(trx, faker, clock, history.indications, (participantId) => {
      const course = byId.get(participantId)!;
      return {
        coachUserId: course.participant.coachUserId,
        isInTrajectory: course.participant.status === 'in_trajectory',
        coachSinceDaysAgo: course.coachSinceDaysAgo,
      };
    });

    // The employer desk and the participants' record fields, drawn after the course above so that adding to
    // them never reshuffles the referrals and indications.
    const municipalityNames = await loadMunicipalityNames(trx, PROVINCE);
    const desk = new EmployerDeskPlanner(faker, network, clock, placesOf, municipalityNames).plan(employers);
    const contacts = new ContactPlanner(faker, network, clock).plan(desk);
    const serviceRequests = planServiceRequests(faker, clock, desk);
    const jobs = new JobPlanner(faker, network, clock).plan(desk);
    await insertEmployerDesk(trx, network, desk, passwordHash);
    await insertContacts(trx, network, clock, contacts);
    await insertNetworkServices(trx, network, clock, serviceRequests);
    await insertJobs(trx, network, jobs);
    await updateParticipantRecords(
      trx,
      planParticipantRecords(faker, clock, participants, history.indications),
    );
    // Proposals made by the matching engine on what was seeded above (issue 5).
    const proposals = await seedProposals(trx, faker, network, clock, participants[0]!.id, employerIds[0]!);
    // Trajectories in every phase and closed ones with every outcome, over what was seeded above (issue 6).
    const trajectories = await seedTrajectories(trx, faker, network, clock, employerIds[0]!);
    // Transition evaluations with their history, the schedule's due ones and some under way (issue 7).
    const evaluations = await seedEvaluations(trx, faker, network, clock, participants[0]!.id);
    // Yearly targets that monitoring follows (issue 8).
    const targets = await seedMonitoringTargets(trx, network, clock);
    // Quality (issue 8): recognitions, surveys, reviews and the member survey, from their own seed.
    const quality = await seedQuality(trx, network, clock, passwordHash);

    await sql`analyze`.execute(trx);
    return {
      organisations: DEMO_ORGANISATIONS.length,
      users: userRows.length + desk.logins.length,
      participants: participantCount,
      employers: employerCount,
      referrals: history.referrals.length,
      indications: history.indications.length,
      consents: consents.length,
      capabilityProfiles: profiles.profiles,
      notifications: history.notifications.length,
      ownedEmployers: desk.employers.filter((e) => e.owner).length,
      sites: desk.employers.reduce((n, e) => n + e.sites.length, 0),
      contactPersons: desk.employers.reduce((n, e) => n + e.contactPersons.length, 0),
      approachRequests: desk.approaches.length,
      employerContacts: contacts.contacts.length,
      uncoordinatedCases: contacts.plantedUncoordinated.length,
      coordinatedCases: contacts.plantedCoordinated.length,
      serviceRequests: serviceRequests.length,
      jobs: jobs.length,
      openJobs: jobs.filter((j) => j.status === 'open').length,
      tasks: jobs.reduce((n, j) => n + j.tasks.length, 0),
      carvedJobs: jobs.filter((j) => j.kind === 'carved_job').length,
      internshipSheets: jobs.filter((j) => j.sheet).length,
      proposals,
      trajectories: trajectories.trajectories,
      closedTrajectories: trajectories.closed,
      coachingSessions: trajectories.sessions,
      internships: trajectories.internships,
      aftercareContacts: trajectories.aftercareContacts,
      decidedEvaluations: evaluations.decided,
      openEvaluations: evaluations.open,
      targets,
      quality,
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
