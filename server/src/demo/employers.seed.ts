/**
 * Demo employer desk, part one: who holds each employer's account (an account manager at the VDAB, De Leiewerf or
 * Dendervallei), the employers' sites and contact persons, and the approach requests other organisations filed
 * with the owners: accepted (a joint action), declined with a reason, still pending, and one take-over. Everything
 * is planned first (ids, days ago) and inserted in one batch per table.
 */
import type { Faker } from '@faker-js/faker';
import { sql } from 'kysely';
import type { ApproachRequestStatus, JointActionReason, SizeClass } from '../db/schema';
import type { EmployerRelation } from '../modules/employers/employers.policy';
import { buildAddress, buildPhone, emailLocalPart, type PlaceRow } from './builders';
import {
  chance,
  type Db,
  type DemoClock,
  type DemoNetwork,
  insertChunked,
  officeMinute,
  organisationId,
  serves,
  staffOf,
  weighted,
} from './demo-context';
import { DEMO_EMAIL_DOMAIN, SECTORS } from './network';

/** An employer of the register as the seed created it. */
export interface DemoEmployer {
  id: string;
  index: number;
  name: string;
  naceCode: string;
  sizeClass: SizeClass;
  street: string;
  postcode: string;
  municipalityNis: string;
  /** The domain of the employer's website, for its people's e-mail addresses. */
  domain: string;
}

export interface OwnerPlan {
  key: string;
  userId: string;
  /** Since when the organisation holds the account. */
  sinceDaysAgo: number;
  since: Date;
}

export interface JointPlan {
  key: string;
  sinceDaysAgo: number;
  since: Date;
  reason: JointActionReason;
  approachRequestId: string | null;
}

export interface SitePlan {
  id: string;
  name: string;
  street: string;
  postcode: string;
  municipalityNis: string;
  isMain: boolean;
}

export interface ContactPersonPlan {
  id: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  email: string;
  phone: string;
  isLegalSignatory: boolean;
  /** Their employer_contact login, when they have one. */
  userId: string | null;
}

export interface DeskEmployer extends DemoEmployer {
  owner: OwnerPlan | null;
  /** The owner before a take-over; it held the account until the current owner's `sinceDaysAgo`. */
  previousOwner: OwnerPlan | null;
  joint: JointPlan[];
  sites: SitePlan[];
  contactPersons: ContactPersonPlan[];
  createdAt: Date;
}

export interface ApproachPlan {
  id: string;
  employerId: string;
  requesterKey: string;
  requestedBy: string;
  askedKey: string;
  motivation: string;
  status: ApproachRequestStatus;
  decisionReason: string | null;
  decidedBy: string | null;
  createdDaysAgo: number;
  createdAt: Date;
  decidedDaysAgo: number | null;
  decidedAt: Date | null;
}

/** A login for an employer's contact person (besides the demo account): they accept internship sheets. */
export interface EmployerLoginPlan {
  userId: string;
  employerId: string;
  email: string;
  displayName: string;
  createdAt: Date;
}

export interface DeskPlan {
  employers: DeskEmployer[];
  approaches: ApproachPlan[];
  logins: EmployerLoginPlan[];
  municipalityNames: Map<string, string>;
}

/** The organisations with account managers: they hold the employers' accounts. */
export const OWNER_DESKS = ['vdab', 'leiewerf', 'dendervallei'] as const;
/** Organisations whose desk (account manager or organisation admin) files approach requests. */
const REQUESTING_DESKS = ['vdab', 'leiewerf', 'dendervallei', 'scheldeland'] as const;
const DESK_USER_ROLES = ['account_manager', 'org_admin'] as const;
/** How many employers (besides the demo one) have a contact person with a login. */
const LOGIN_EMPLOYERS = 5;

/** A desk's share of the employers in the area it serves; De Leiewerf is the most active jobhunter in Gent. */
const OWNER_WEIGHT: Record<string, number> = { leiewerf: 7, vdab: 2, dendervallei: 4 };
/** Waasland and the Vlaamse Ardennen have no desk of their own: the neighbouring ones hold those accounts. */
const FALLBACK_OWNERS: [string, number][] = [
  ['vdab', 3],
  ['dendervallei', 2],
];

const SIGNATORY_TITLES: Record<SizeClass, string[]> = {
  '1-9': ['Zaakvoerder', 'Eigenaar', 'Zaakvoerder'],
  '10-49': ['Zaakvoerder', 'Bedrijfsleider', 'Algemeen directeur'],
  '50-249': ['Algemeen directeur', 'HR-directeur', 'Operationeel directeur'],
  '250+': ['HR-directeur', 'Algemeen directeur'],
};
const STAFF_TITLES = [
  'HR-verantwoordelijke',
  'Personeelsverantwoordelijke',
  'Preventieadviseur',
  'Office manager',
];
/** Who runs the floor, per sector: the person a jobcoach and a new employee deal with every day. */
const FLOOR_TITLES: Record<string, string> = {
  '10.71': 'Productieverantwoordelijke',
  '56.10': 'Chef-kok',
  '47.11': 'Winkelverantwoordelijke',
  '81.21': 'Ploegbaas',
  '81.30': 'Ploegbaas',
  '52.10': 'Magazijnverantwoordelijke',
  '25.62': 'Productieleider',
  '87.30': 'Hoofd logistiek',
  '55.10': 'Hoofd housekeeping',
  '45.20': 'Werkplaatsverantwoordelijke',
  '18.12': 'Productieleider',
  '38.32': 'Sitemanager',
  '43.34': 'Werfleider',
  '96.01': 'Productieverantwoordelijke',
  '62.01': 'Teamleider',
};

const MOTIVATIONS = [
  'We begeleiden een deelnemer uit de buurt die hier graag zou werken en willen hem of haar voorstellen.',
  'Onze jobcoach volgt een werknemer op die hier via een uitzendkantoor startte; we willen de nazorg rechtstreeks met de werkgever afstemmen.',
  'We willen de werkgever een enclave van ons maatwerkbedrijf voorstellen voor het verpakkings- en sorteerwerk.',
  'Een deelnemer in ons voortraject zoekt een stageplaats in deze sector; de werkgever staat bekend als een goede leerplek.',
  'De werkgever vroeg zelf op het netwerkevent naar onze opleiding voor interne mentoren.',
  'We hebben twee kandidaten met de juiste ervaring en willen ze samen met jullie voorstellen, niet apart.',
];
const DECLINE_REASONS = [
  'De werkgever wil op dit moment maar één aanspreekpunt; bezorg ons het profiel, dan nemen we de kandidaat mee in onze voorstelling.',
  'Er loopt al een jobcarvingtraject; een tweede organisatie zou de werkgever nu overbelasten.',
  'De werkgever heeft net drie mensen aangeworven en vraagt rust tot na de zomer.',
  'Voor stages werkt deze werkgever al met ons samen; we geven jullie stagevraag zelf door.',
];
const ACCEPT_REASONS = [
  'Akkoord, graag samen opvolgen; ik breng de werkgever op de hoogte.',
  'Prima. Jullie nemen de nazorg op, wij blijven aanspreekpunt voor nieuwe vacatures.',
  null,
];
const TAKE_OVER_REASON =
  'De werkgever heeft zijn vestigingen vooral in jullie regio; jullie nemen het account over en wij blijven betrokken.';

/** The municipalities' Dutch names, for site names. */
export async function loadMunicipalityNames(db: Db, nisCodes: string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('ref_municipalities')
    .select(['nis_code', 'name_nl'])
    .where('nis_code', 'in', nisCodes)
    .execute();
  return new Map(rows.map((r) => [r.nis_code, r.name_nl]));
}

/** How the employer stood with the network on a day (days ago): the rule the contacts service applies. */
export function relationOn(network: DemoNetwork, employer: DeskEmployer, daysAgo: number): EmployerRelation {
  const holder =
    employer.owner && daysAgo < employer.owner.sinceDaysAgo
      ? employer.owner
      : employer.previousOwner && daysAgo < employer.previousOwner.sinceDaysAgo
        ? employer.previousOwner
        : null;
  return {
    ownerOrganisationId: holder ? organisationId(network, holder.key) : null,
    ownerUserId: holder?.userId ?? null,
    jointOrganisationIds: employer.joint
      .filter((j) => daysAgo < j.sinceDaysAgo)
      .map((j) => organisationId(network, j.key)),
  };
}

/** The organisations serving the employer today: its owner and the joint actions. */
export function servingKeys(employer: DeskEmployer): string[] {
  return [...(employer.owner ? [employer.owner.key] : []), ...employer.joint.map((j) => j.key)];
}

export class EmployerDeskPlanner {
  constructor(
    private readonly faker: Faker,
    private readonly network: DemoNetwork,
    private readonly clock: DemoClock,
    private readonly placesOf: (nis: string) => PlaceRow[],
    private readonly municipalityNames: Map<string, string>,
  ) {}

  plan(employers: DemoEmployer[]): DeskPlan {
    const desk: DeskEmployer[] = employers.map((e) => ({
      ...e,
      owner: this.drawOwner(e),
      previousOwner: null,
      joint: [],
      sites: [],
      contactPersons: [],
      createdAt: this.clock.at(1200, 8 * 60),
    }));
    const approaches = [...this.planTakeOver(desk), ...this.planApproaches(desk)];
    for (const employer of desk) {
      employer.sites = this.planSites(employer);
      employer.contactPersons = this.planContactPersons(employer);
    }
    return {
      employers: desk,
      approaches,
      logins: this.planLogins(desk),
      municipalityNames: this.municipalityNames,
    };
  }

  /**
   * Besides the demo employer contact, the signatories of a few owned employers have a login of their own: they
   * read their jobs and accept internship sheets.
   */
  private planLogins(desk: DeskEmployer[]): EmployerLoginPlan[] {
    const { faker, clock } = this;
    const chosen = faker.helpers
      .shuffle(desk.filter((e) => e.index > 0 && e.owner && e.sizeClass !== '1-9'))
      .slice(0, LOGIN_EMPLOYERS);
    return chosen.map((employer) => {
      const signatory = employer.contactPersons.find((p) => p.isLegalSignatory)!;
      signatory.userId = faker.string.uuid();
      const daysAgo = Math.max(1, employer.owner!.sinceDaysAgo - faker.number.int({ min: 10, max: 60 }));
      return {
        userId: signatory.userId,
        employerId: employer.id,
        email: signatory.email,
        displayName: `${signatory.firstName} ${signatory.lastName}`,
        createdAt: clock.at(daysAgo, officeMinute(faker)),
      };
    });
  }

  private owner(key: string, userId: string, sinceDaysAgo: number): OwnerPlan {
    return { key, userId, sinceDaysAgo, since: this.clock.at(sinceDaysAgo, officeMinute(this.faker)) };
  }

  /**
   * About 85% of the employers have an account owner: a desk that serves their municipality (a neighbouring one
   * where none does), and one of its account managers. The demo account manager holds a good share at De
   * Leiewerf; the first employer (the demo employer contact's) is his.
   */
  private drawOwner(employer: DemoEmployer): OwnerPlan | null {
    const { faker, network } = this;
    const sinceDaysAgo = faker.number.int({ min: 30, max: 1000 });
    const isOwned = chance(faker, 0.85);
    if (employer.index === 0) {
      return this.owner('leiewerf', network.demoUsers.get('account_manager')!, 700);
    }
    if (!isOwned) {
      return null;
    }
    const local = OWNER_DESKS.filter((key) => serves(network, key, employer.municipalityNis));
    const key = local.length
      ? weighted(
          faker,
          local.map((k) => [k, OWNER_WEIGHT[k]!] as const),
        )
      : weighted(faker, FALLBACK_OWNERS);
    const managers = staffOf(network, key, ['account_manager']);
    // The demo account comes first in its organisation's list: it holds most of De Leiewerf's accounts.
    const userId = weighted(
      faker,
      managers.map((id, i) => [id, i === 0 && key === 'leiewerf' ? 5 : 1] as const),
    );
    return this.owner(key, userId, sinceDaysAgo);
  }

  private deskUser(key: string): string {
    return this.faker.helpers.arrayElement(staffOf(this.network, key, DESK_USER_ROLES));
  }

  /**
   * One take-over: the Dendervallei desk asked the VDAB for an employer outside the VDAB's own region, and the
   * VDAB let it take the account over; the VDAB stays involved in a joint action as the previous owner.
   */
  private planTakeOver(desk: DeskEmployer[]): ApproachPlan[] {
    const { faker, network, clock } = this;
    const held = desk.filter((e) => e.index > 0 && e.owner?.key === 'vdab');
    const employer =
      held.find((e) => serves(network, 'dendervallei', e.municipalityNis)) ??
      held.find((e) => !serves(network, 'vdab', e.municipalityNis)) ??
      held[0];
    if (!employer) {
      return [];
    }
    const decidedDaysAgo = faker.number.int({ min: 120, max: 200 });
    const createdDaysAgo = decidedDaysAgo + faker.number.int({ min: 3, max: 10 });
    const previous = employer.owner!;
    employer.previousOwner = this.owner(
      'vdab',
      previous.userId,
      Math.max(previous.sinceDaysAgo, createdDaysAgo + faker.number.int({ min: 60, max: 300 })),
    );
    const requestedBy = staffOf(network, 'dendervallei', ['account_manager'])[0]!;
    const decidedAt = clock.at(decidedDaysAgo, officeMinute(faker));
    employer.owner = {
      key: 'dendervallei',
      userId: requestedBy,
      sinceDaysAgo: decidedDaysAgo,
      since: decidedAt,
    };
    employer.joint.push({
      key: 'vdab',
      sinceDaysAgo: decidedDaysAgo,
      since: decidedAt,
      reason: 'previous_owner',
      approachRequestId: null,
    });
    return [
      {
        id: faker.string.uuid(),
        employerId: employer.id,
        requesterKey: 'dendervallei',
        requestedBy,
        askedKey: 'vdab',
        motivation:
          'De werkgever opent een tweede vestiging in onze regio en vraagt één aanspreekpunt dichtbij. Wij volgen er al twee werknemers op.',
        status: 'taken_over',
        decisionReason: TAKE_OVER_REASON,
        decidedBy: previous.userId,
        createdDaysAgo,
        createdAt: clock.at(createdDaysAgo, officeMinute(faker)),
        decidedDaysAgo,
        decidedAt,
      },
    ];
  }

  /**
   * Approach requests of other desks: most accepted (a joint action), some declined with a reason, a few still
   * pending, two of them with the demo account manager, so that owners have decisions to make.
   */
  private planApproaches(desk: DeskEmployer[]): ApproachPlan[] {
    const { faker, network, clock } = this;
    const demoManager = network.demoUsers.get('account_manager')!;
    const candidates = faker.helpers.shuffle(desk.filter((e) => e.index > 0 && e.owner && !e.previousOwner));
    const plans: ApproachPlan[] = [];
    const statuses: ApproachRequestStatus[] = [
      'pending',
      'pending',
      ...Array<ApproachRequestStatus>(8).fill('accepted'),
      ...Array<ApproachRequestStatus>(4).fill('declined'),
      'pending',
      'pending',
    ];
    for (const [n, status] of statuses.entries()) {
      // The first two pending requests wait for the demo account manager.
      const isForDemo = n < 2;
      const index = candidates.findIndex((e) => !isForDemo || e.owner!.userId === demoManager);
      if (index < 0) {
        continue;
      }
      const employer = candidates.splice(index, 1)[0]!;
      const owner = employer.owner!;
      const requesters = REQUESTING_DESKS.filter((key) => key !== owner.key);
      const requesterKey = weighted(
        faker,
        requesters.map((key) => [key, serves(network, key, employer.municipalityNis) ? 4 : 1] as const),
      );
      const isPending = status === 'pending';
      const createdDaysAgo = isPending
        ? faker.number.int({ min: 2, max: 25 })
        : faker.number.int({ min: 40, max: 420 });
      const decidedDaysAgo = isPending
        ? null
        : Math.max(1, createdDaysAgo - faker.number.int({ min: 1, max: 12 }));
      if (owner.sinceDaysAgo <= createdDaysAgo + 10) {
        owner.sinceDaysAgo = Math.min(1150, createdDaysAgo + faker.number.int({ min: 30, max: 400 }));
        owner.since = clock.at(owner.sinceDaysAgo, officeMinute(faker));
      }
      const id = faker.string.uuid();
      const decidedAt = decidedDaysAgo === null ? null : clock.at(decidedDaysAgo, officeMinute(faker));
      plans.push({
        id,
        employerId: employer.id,
        requesterKey,
        requestedBy: this.deskUser(requesterKey),
        askedKey: owner.key,
        motivation: faker.helpers.arrayElement(MOTIVATIONS),
        status,
        decisionReason:
          status === 'declined'
            ? faker.helpers.arrayElement(DECLINE_REASONS)
            : status === 'accepted'
              ? faker.helpers.arrayElement(ACCEPT_REASONS)
              : null,
        decidedBy: isPending ? null : owner.userId,
        createdDaysAgo,
        createdAt: clock.at(createdDaysAgo, officeMinute(faker)),
        decidedDaysAgo,
        decidedAt,
      });
      if (status === 'accepted') {
        employer.joint.push({
          key: requesterKey,
          sinceDaysAgo: decidedDaysAgo!,
          since: decidedAt!,
          reason: 'approach_accepted',
          approachRequestId: id,
        });
      }
    }
    return plans;
  }

  private site(nis: string, name: string, isMain: boolean, address?: { street: string; postcode: string }) {
    const drawn = buildAddress(this.faker, this.placesOf(nis));
    return {
      id: this.faker.string.uuid(),
      name,
      street: address?.street ?? drawn.street,
      postcode: address?.postcode ?? drawn.postcode,
      municipalityNis: nis,
      isMain,
    };
  }

  /** The main site at the employer's address; for some owned employers a second site where the owner works. */
  private planSites(employer: DeskEmployer): SitePlan[] {
    const { faker, network, municipalityNames } = this;
    const place = (nis: string) => municipalityNames.get(nis) ?? nis;
    const isLarge = employer.sizeClass !== '1-9';
    const sites = [
      this.site(
        employer.municipalityNis,
        `Hoofdvestiging ${place(employer.municipalityNis)}`,
        true,
        employer,
      ),
    ];
    const secondChance = employer.sizeClass === '1-9' ? 0.05 : employer.sizeClass === '10-49' ? 0.3 : 0.6;
    if (employer.owner && isLarge && chance(faker, secondChance)) {
      const served = network.organisations
        .get(employer.owner.key)!
        .served.filter((nis) => nis !== employer.municipalityNis);
      const nis = faker.helpers.arrayElement(served);
      sites.push(this.site(nis, `Vestiging ${place(nis)}`, false));
    }
    return sites;
  }

  /** 1–3 contact persons by size, one of them the legal signatory; the demo employer contact at the first. */
  private planContactPersons(employer: DeskEmployer): ContactPersonPlan[] {
    const { faker, network } = this;
    const count = {
      '1-9': faker.number.int({ min: 1, max: 2 }),
      '10-49': 2,
      '50-249': faker.number.int({ min: 2, max: 3 }),
      '250+': 3,
    }[employer.sizeClass];
    const titles = [
      faker.helpers.arrayElement(SIGNATORY_TITLES[employer.sizeClass]),
      FLOOR_TITLES[employer.naceCode] ?? 'Teamleider',
      faker.helpers.arrayElement(STAFF_TITLES),
    ];
    const persons: ContactPersonPlan[] = [];
    const emails = new Set<string>();
    for (let i = 0; i < count; i++) {
      const firstName = faker.person.firstName();
      const lastName = faker.person.lastName();
      let email = `${emailLocalPart(firstName, lastName)}@${employer.domain}`;
      if (emails.has(email)) {
        email = email.replace('@', `${i}@`);
      }
      emails.add(email);
      persons.push({
        id: faker.string.uuid(),
        firstName,
        lastName,
        jobTitle: titles[i]!,
        email,
        phone: buildPhone(faker),
        isLegalSignatory: i === 0,
        userId: null,
      });
    }
    if (employer.index === 0) {
      // The demo employer contact signs for her employer (internship agreements need the legal signatory).
      persons[0]!.isLegalSignatory = false;
      persons.unshift({
        id: faker.string.uuid(),
        firstName: 'Eva',
        lastName: 'Werkgever',
        jobTitle: 'HR-verantwoordelijke',
        email: `employer_contact@${DEMO_EMAIL_DOMAIN}`,
        phone: buildPhone(faker),
        isLegalSignatory: true,
        userId: network.demoUsers.get('employer_contact')!,
      });
    }
    return persons;
  }
}

/** The sector's label ("Bakkerij"), lower case for sentences. */
export function sectorLabel(naceCode: string): string {
  return (SECTORS.find((s) => s.nace === naceCode)?.label ?? 'onderneming').toLowerCase();
}

/** Inserts owners, sites, contact persons, extra employer logins, approach requests and joint actions. */
export async function insertEmployerDesk(db: Db, network: DemoNetwork, plan: DeskPlan, passwordHash: string) {
  const org = (key: string) => organisationId(network, key);
  const owned = plan.employers.filter((e) => e.owner);
  // One statement for all owners: the employers were inserted before the desk was planned.
  await sql`
    update employers e set owner_organisation_id = v.owner_organisation_id, owner_user_id = v.owner_user_id,
      owner_since = v.owner_since, version = v.version, updated_at = v.owner_since
    from jsonb_to_recordset(${JSON.stringify(
      owned.map((e) => ({
        id: e.id,
        owner_organisation_id: org(e.owner!.key),
        owner_user_id: e.owner!.userId,
        owner_since: e.owner!.since.toISOString(),
        version: e.previousOwner ? 3 : 2,
      })),
    )}::jsonb) as v(id uuid, owner_organisation_id uuid, owner_user_id uuid, owner_since timestamptz, version int)
    where e.id = v.id
  `.execute(db);
  const createdAt = (e: DeskEmployer) => (e.previousOwner ?? e.owner)?.since ?? e.createdAt;
  await insertChunked(
    plan.employers.flatMap((e) => e.sites.map((s) => ({ e, s }))),
    1000,
    (chunk) =>
      db
        .insertInto('employer_sites')
        .values(
          chunk.map(({ e, s }) => ({
            id: s.id,
            employer_id: e.id,
            name: s.name,
            street: s.street,
            postcode: s.postcode,
            municipality_nis: s.municipalityNis,
            is_main: s.isMain,
            created_at: createdAt(e),
            updated_at: createdAt(e),
          })),
        )
        .execute(),
  );
  if (plan.logins.length) {
    await db
      .insertInto('users')
      .values(
        plan.logins.map((l) => ({
          id: l.userId,
          email: l.email,
          display_name: l.displayName,
          organisation_id: null,
          password_hash: passwordHash,
          is_demo: true,
          created_at: l.createdAt,
          updated_at: l.createdAt,
          password_changed_at: l.createdAt,
        })),
      )
      .execute();
    await db
      .insertInto('user_roles')
      .values(
        plan.logins.map((l) => ({
          user_id: l.userId,
          role: 'employer_contact' as const,
          employer_id: l.employerId,
          granted_at: l.createdAt,
        })),
      )
      .execute();
  }
  await insertChunked(
    plan.employers.flatMap((e) => e.contactPersons.map((p) => ({ e, p }))),
    1000,
    (chunk) =>
      db
        .insertInto('employer_contact_persons')
        .values(
          chunk.map(({ e, p }) => ({
            id: p.id,
            employer_id: e.id,
            first_name: p.firstName,
            last_name: p.lastName,
            job_title: p.jobTitle,
            email: p.email,
            phone: p.phone,
            is_legal_signatory: p.isLegalSignatory,
            user_id: p.userId,
            created_at: createdAt(e),
            updated_at: createdAt(e),
          })),
        )
        .execute(),
  );
  if (plan.approaches.length) {
    await db
      .insertInto('approach_requests')
      .values(
        plan.approaches.map((a) => ({
          id: a.id,
          employer_id: a.employerId,
          requesting_organisation_id: org(a.requesterKey),
          requested_by: a.requestedBy,
          asked_organisation_id: org(a.askedKey),
          motivation: a.motivation,
          status: a.status,
          decision_reason: a.decisionReason,
          decided_by: a.decidedBy,
          decided_at: a.decidedAt,
          version: a.status === 'pending' ? 1 : 2,
          created_at: a.createdAt,
          updated_at: a.decidedAt ?? a.createdAt,
        })),
      )
      .execute();
  }
  const joint = plan.employers.flatMap((e) => e.joint.map((j) => ({ e, j })));
  if (joint.length) {
    await db
      .insertInto('employer_joint_actions')
      .values(
        joint.map(({ e, j }) => ({
          employer_id: e.id,
          organisation_id: org(j.key),
          approach_request_id: j.approachRequestId,
          reason: j.reason,
          since: j.since,
        })),
      )
      .execute();
  }
}
