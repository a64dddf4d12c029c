/**
 * Demo employer desk, part two: the contact timeline. Each owned employer has 1–8 contacts over the last year,
 * mostly by its account manager, some by the organisations in a joint action; each contact is flagged the way the
 * contacts service flags it (employers.policy: owner, joint, unowned or uncoordinated on the day it happened).
 *
 * The uncoordinated-approach list looks at the last 90 days. Two kinds of cases are planted there on purpose:
 * employers contacted by an organisation that was neither owner nor in a joint action (flagged), and employers
 * served by several organisations that are all coordinated (owner and joint action). Every other employer hears
 * from one organisation only in those 90 days, with margins on both sides so that the list finds exactly the
 * planted cases on the day the demo is created and the days after.
 */
import type { Faker } from '@faker-js/faker';
import type { ContactChannel } from '../db/schema';
import { isUncoordinatedContact } from '../modules/contacts/contacts.policy';
import { contactCoordination } from '../modules/employers/employers.policy';
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
import {
  type ApproachPlan,
  type DeskEmployer,
  type DeskPlan,
  relationOn,
  sectorLabel,
} from './employers.seed';
import { templatesForSector } from './job-templates';

/** The window of the uncoordinated-approach list. */
export const UNCOORDINATED_WINDOW_DAYS = 90;
/** Planted contacts lie at most this many days back (weekend shifts add up to two). */
const PLANTED_MAX_DAYS = 78;
/** Contacts by anyone but the owner lie at least this far back at employers that are no planted case. */
const OUTSIDE_MIN_DAYS = 100;
const PLANTED_UNCOORDINATED = 6;
const PLANTED_COORDINATED = 5;
/** At most this many contacts per employer in the last year. */
const MAX_CONTACTS_A_YEAR = 8;

const CONTACT_ROLES = ['account_manager', 'coach', 'org_admin'] as const;

export interface ContactPlan {
  id: string;
  employerId: string;
  organisationKey: string;
  userId: string;
  contactPersonId: string | null;
  daysAgo: number;
  channel: ContactChannel;
  summary: string;
  nextStep: string | null;
  /** Days ago of the due date (negative: still to come). */
  nextStepDueDaysAgo: number | null;
  isUncoordinated: boolean;
  createdAt: Date;
}

export interface ContactsPlan {
  contacts: ContactPlan[];
  /** Employers contacted in the last 90 days by an organisation outside owner and joint actions. */
  plantedUncoordinated: string[];
  /** Employers contacted in the last 90 days by the owner and an organisation in a joint action only. */
  plantedCoordinated: string[];
}

interface Say {
  person: string;
  job: string;
  sector: string;
  owner: string;
}

interface ContactTemplate {
  channels: ContactChannel[];
  summary: (s: Say) => string;
  nextStep?: string;
  /** Days from the contact to the next step's due date. */
  dueIn?: [number, number];
}

/** What an account manager talks about with "their" employers. */
const OWNER_TALKS: ContactTemplate[] = [
  {
    channels: ['visit'],
    summary: (s) =>
      `Kennismakingsbezoek bij ${s.person}: werking van het netwerk en het gezamenlijke aanbod toegelicht. Interesse in een stageplaats als ${s.job}.`,
    nextStep: 'Stagefiche opmaken en ter goedkeuring bezorgen',
    dueIn: [7, 14],
  },
  {
    channels: ['visit'],
    summary: (s) =>
      `Werkpostanalyse op de vloer met ${s.person}: de taken van ${s.job} overlopen en ingeschat wat fysiek zwaar is. Het zware tilwerk kan een aparte taak worden.`,
    nextStep: 'Voorstel jobcarving uitwerken en voorleggen',
    dueIn: [10, 21],
  },
  {
    channels: ['phone'],
    summary: (s) =>
      `${cap(s.person)} belde: tegen volgende maand zijn er twee extra mensen nodig als ${s.job}. Vacature samen overlopen; Nederlands op A2 volstaat met een collega-buddy.`,
    nextStep: 'Vacature in Werkbrug zetten en kandidaten uit de pool voorselecteren',
    dueIn: [3, 10],
  },
  {
    channels: ['phone', 'visit'],
    summary: (s) =>
      `Opvolging na vier weken: de nieuwe werknemer is goed gestart, het tempo zakt nog wat in de namiddag. ${cap(s.person)} is tevreden over de begeleiding door de jobcoach.`,
    nextStep: 'Evaluatiegesprek na drie maanden inplannen',
    dueIn: [30, 60],
  },
  {
    channels: ['email'],
    summary: () =>
      'Uitleg gemaild over de Vlaamse ondersteuningspremie (VOP) en wat de werkgever daarvoor moet aanleveren.',
    nextStep: 'Ondertekende aanvraag VOP ophalen',
    dueIn: [7, 14],
  },
  {
    channels: ['email'],
    summary: (s) =>
      `Profielen van drie kandidaten uit de gedeelde pool doorgestuurd voor de vacature ${s.job}, met hun sterktes en de ondersteuning die ze nodig hebben.`,
    nextStep: 'Kennismakingsgesprekken met de kandidaten inplannen',
    dueIn: [5, 10],
  },
  {
    channels: ['video'],
    summary: (s) =>
      `Videogesprek met ${s.person} over de opleiding voor interne mentoren; twee ploegverantwoordelijken schrijven zich in voor de sessie van volgende maand.`,
    nextStep: 'Inschrijvingen voor de mentoropleiding bevestigen',
    dueIn: [5, 14],
  },
  {
    channels: ['event'],
    summary: (s) =>
      `Ontmoeting op het netwerkevent 'Inclusief ondernemen in Oost-Vlaanderen'. ${cap(s.person)} wil bekijken of jobcarving iets is voor hun ${s.sector}.`,
    nextStep: 'Bezoek ter plaatse afspreken',
    dueIn: [7, 21],
  },
  {
    channels: ['visit'],
    summary: () =>
      'Evaluatiegesprek met werknemer, mentor en jobcoach: afspraken over een vast startuur en een checklist voor de eindcontrole.',
    nextStep: 'Checklist op de werkpost laten ophangen',
    dueIn: [7, 14],
  },
  {
    channels: ['visit'],
    summary: () =>
      'Werkplek aangepast: in hoogte verstelbare tafel geplaatst na het advies van de ergonoom. De werknemer kan nu afwisselend zitten en staan.',
  },
  {
    channels: ['phone'],
    summary: (s) =>
      `${cap(s.person)} meldt dat de stagiair twee keer te laat kwam. Afgesproken dat de jobcoach volgende week een dag meeloopt.`,
    nextStep: 'Terugkoppeling na de meeloopdag',
    dueIn: [5, 10],
  },
  {
    channels: ['email'],
    summary: (s) => `Stagefiche en verzekeringsattest bezorgd; ${s.person} bekijkt ze met de directie.`,
    nextStep: 'Akkoord over de stagefiche opvolgen',
    dueIn: [5, 10],
  },
  {
    channels: ['visit'],
    summary: (s) =>
      `Rondleiding op de werkvloer met ${s.person}; taken in kaart gebracht die een kandidaat met een arbeidsbeperking kan opnemen.`,
    nextStep: 'Taken uitschrijven als functie met taken in Werkbrug',
    dueIn: [7, 14],
  },
  {
    channels: ['phone'],
    summary: (s) =>
      `Kort telefonisch contact: de vacature ${s.job} is ingevuld via een uitzendkantoor. ${cap(s.person)} houdt ons op de hoogte van nieuwe vacatures.`,
    nextStep: 'Over drie maanden opnieuw polsen',
    dueIn: [80, 100],
  },
  {
    channels: ['video'],
    summary: (s) =>
      `Overleg met ${s.person} en de preventieadviseur over de risicoanalyse voor een werknemer met rugklachten.`,
    nextStep: 'Advies over aanpassingen van de werkpost bezorgen',
    dueIn: [7, 21],
  },
  {
    channels: ['visit'],
    summary: () =>
      'Jaarlijks opvolgingsgesprek: drie werknemers via het netwerk aan de slag, één overweegt een vast contract. De werkgever vraagt nazorg.',
    nextStep: 'Nazorgtraject aanvragen bij een partner van het netwerk',
    dueIn: [7, 14],
  },
  {
    channels: ['phone'],
    summary: (s) =>
      `${cap(s.person)} vraagt hulp bij de administratie voor de IMW-premie; de documenten samen overlopen aan de telefoon.`,
    nextStep: 'Ingevulde formulieren nakijken',
    dueIn: [3, 7],
  },
  {
    channels: ['event'],
    summary: (s) =>
      `Jobbeurs 'Werk in de buurt': ${s.person} stond er met een stand en sprak vijf kandidaten uit ons netwerk.`,
    nextStep: 'Feedback over de kandidaten vragen',
    dueIn: [5, 10],
  },
  {
    channels: ['visit'],
    summary: (s) =>
      `Proefdag van een kandidaat als ${s.job} begeleid; ${s.person} wil verder met een stage van vier weken.`,
    nextStep: 'Stageovereenkomst opmaken',
    dueIn: [3, 7],
  },
  {
    channels: ['email'],
    summary: () =>
      'Nieuwsbrief van het netwerk met het gezamenlijke dienstenaanbod en de data van de mentoropleiding.',
  },
];

/** An organisation in a joint action, working with the employer in agreement with the owner. */
const JOINT_TALKS: ContactTemplate[] = [
  {
    channels: ['visit'],
    summary: (s) =>
      `Samen met ${s.owner} op bezoek: onze jobcoach start volgende week de nazorg van de nieuwe werknemer.`,
    nextStep: 'Eerste coachingsmoment op de werkvloer',
    dueIn: [5, 10],
  },
  {
    channels: ['visit', 'phone'],
    summary: (s) =>
      `Opvolging van de enclave: de ploeg werkt goed, ${s.person} vraagt een extra medewerker voor het verpakkingswerk.`,
    nextStep: 'Kandidaat uit de eigen werking voorstellen',
    dueIn: [7, 14],
  },
  {
    channels: ['visit'],
    summary: (s) => `Mentoropleiding gegeven aan twee ploegverantwoordelijken, in afspraak met ${s.owner}.`,
  },
  {
    channels: ['visit'],
    summary: () => 'Jobcoaching op de werkvloer: werkinstructies met foto’s gemaakt voor de sorteertaak.',
    nextStep: 'Instructies evalueren met de mentor',
    dueIn: [10, 20],
  },
  {
    channels: ['phone', 'email'],
    summary: (s) =>
      `Stand van zaken van onze stagiair als ${s.job} doorgegeven aan ${s.person}; ook ${s.owner} in kopie.`,
  },
];

/** Someone outside the owner and the joint actions approaching the employer on their own. */
const UNCOORDINATED_TALKS: ContactTemplate[] = [
  {
    channels: ['phone'],
    summary: (s) =>
      `Telefonisch een stageplaats gevraagd voor een deelnemer die graag als ${s.job} wil werken. ${cap(s.person)} gaf aan dat ${s.owner} hun vaste aanspreekpunt is.`,
    nextStep: `Kandidaat doorgeven aan het vaste aanspreekpunt`,
    dueIn: [2, 7],
  },
  {
    channels: ['visit'],
    summary: (s) =>
      `Spontaan langsgegaan met het cv van een kandidaat als ${s.job}. ${cap(s.person)} verwees naar de contactpersoon bij ${s.owner}.`,
  },
  {
    channels: ['email'],
    summary: (s) => `Cv van een werkzoekende gemaild voor een openstaande vacature als ${s.job}.`,
    nextStep: 'Nabellen',
    dueIn: [3, 7],
  },
  {
    channels: ['visit'],
    summary: () =>
      'Bezoek voor de opvolging van een eigen deelnemer die hier via een uitzendkantoor werkt; meteen een tweede kandidaat voorgesteld.',
  },
  {
    channels: ['phone'],
    summary: () =>
      'Werkgever gecontacteerd voor een re-integratietraject van een lid met rugklachten; mogelijkheden voor aangepast werk besproken.',
    nextStep: 'Bespreken met de adviserend arts',
    dueIn: [7, 14],
  },
];

/** A desk prospecting an employer nobody holds the account of yet. */
const PROSPECT_TALKS: ContactTemplate[] = [
  {
    channels: ['phone'],
    summary: (s) =>
      `Prospectie: eerste telefonisch contact met ${s.person}; interesse om het aanbod van het netwerk te leren kennen.`,
    nextStep: 'Kennismakingsbezoek inplannen',
    dueIn: [7, 21],
  },
  {
    channels: ['event'],
    summary: (s) =>
      `Kennismaking op de lokale ondernemersavond; ${s.person} zoekt regelmatig handen voor piekmomenten.`,
  },
];

/** "de zaakvoerder" at the start of a sentence. */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A weekday on or before `daysAgo` (contacts happen on working days). */
function workdayBack(clock: DemoClock, daysAgo: number): number {
  const day = new Date(`${clock.date(daysAgo)}T12:00:00Z`).getUTCDay();
  return day === 6 ? daysAgo + 1 : day === 0 ? daysAgo + 2 : daysAgo;
}

/** A weekday on or after `daysAgo` (next steps fall due on working days). */
function workdayForward(clock: DemoClock, daysAgo: number): number {
  const day = new Date(`${clock.date(daysAgo)}T12:00:00Z`).getUTCDay();
  return day === 6 ? daysAgo - 2 : day === 0 ? daysAgo - 1 : daysAgo;
}

export class ContactPlanner {
  private contacts: ContactPlan[] = [];
  /** Contacts a planted case or the demo account's week depends on: kept when a timeline is trimmed. */
  private readonly kept = new Set<ContactPlan>();

  constructor(
    private readonly faker: Faker,
    private readonly network: DemoNetwork,
    private readonly clock: DemoClock,
  ) {}

  plan(desk: DeskPlan): ContactsPlan {
    const { faker, network } = this;
    const owned = desk.employers.filter((e) => e.owner);
    // The planted cases: coordinated ones among the employers with a joint action old enough to have worked
    // together inside the window, uncoordinated ones among employers nobody else asked about.
    const requested = new Set(desk.approaches.map((a) => a.employerId));
    const coordinated = faker.helpers
      .shuffle(owned.filter((e) => e.joint.some((j) => j.sinceDaysAgo > 15)))
      .slice(0, PLANTED_COORDINATED);
    const uncoordinated = faker.helpers
      .shuffle(owned.filter((e) => e.index > 0 && e.joint.length === 0 && !requested.has(e.id)))
      .slice(0, PLANTED_UNCOORDINATED);
    const plantedCoordinated = new Set(coordinated.map((e) => e.id));
    const plantedUncoordinated = new Set(uncoordinated.map((e) => e.id));

    for (const employer of desk.employers) {
      if (!employer.owner) {
        this.planProspecting(employer);
        continue;
      }
      this.planOwnerTimeline(employer);
      this.planJointContacts(employer, plantedCoordinated.has(employer.id));
    }
    for (const employer of uncoordinated) {
      const owner = employer.owner!;
      this.keep(
        employer,
        owner.key,
        this.userOf(owner.key, owner.userId),
        faker.number.int({ min: 3, max: Math.min(PLANTED_MAX_DAYS, owner.sinceDaysAgo - 3) }),
        'owner',
      );
      // Two of the cases involve two outside organisations.
      const outsiders = this.outsidersOf(employer, uncoordinated.indexOf(employer) < 2 ? 2 : 1);
      for (const key of outsiders) {
        const times = faker.number.int({ min: 1, max: 2 });
        for (let n = 0; n < times; n++) {
          this.keep(
            employer,
            key,
            this.userOf(key),
            faker.number.int({ min: 5, max: PLANTED_MAX_DAYS }),
            'outsider',
          );
        }
      }
    }
    this.planEarlierApproaches(desk);
    this.planDemoManagerWeek(desk);
    this.trimTimelines();

    // Flag every contact as the contacts service would have on the day it was logged.
    for (const contact of this.contacts) {
      const employer = desk.employers.find((e) => e.id === contact.employerId)!;
      const coordination = contactCoordination(
        organisationId(network, contact.organisationKey),
        relationOn(network, employer, contact.daysAgo),
      );
      contact.isUncoordinated = isUncoordinatedContact(coordination);
    }
    return {
      contacts: this.contacts.sort((a, b) => b.daysAgo - a.daysAgo),
      plantedUncoordinated: [...plantedUncoordinated],
      plantedCoordinated: [...plantedCoordinated],
    };
  }

  /** No employer hears from the network more than eight times a year: the oldest routine contacts go. */
  private trimTimelines() {
    const dropped = new Set<ContactPlan>();
    const byEmployer = new Map<string, ContactPlan[]>();
    for (const c of this.contacts) {
      if (c.daysAgo <= 365) {
        byEmployer.set(c.employerId, [...(byEmployer.get(c.employerId) ?? []), c]);
      }
    }
    for (const list of byEmployer.values()) {
      const routine = list.filter((c) => !this.kept.has(c)).sort((a, b) => b.daysAgo - a.daysAgo);
      for (let excess = list.length - MAX_CONTACTS_A_YEAR; excess > 0 && routine.length; excess--) {
        dropped.add(routine.shift()!);
      }
    }
    this.contacts = this.contacts.filter((c) => !dropped.has(c));
  }

  private userOf(key: string, preferred?: string): string {
    const staff = staffOf(this.network, key, CONTACT_ROLES);
    if (preferred && chance(this.faker, 0.8)) {
      return preferred;
    }
    return this.faker.helpers.arrayElement(staff);
  }

  /** Organisations that have no business approaching the employer on their own today, near ones first. */
  private outsidersOf(employer: DeskEmployer, count: number): string[] {
    const { faker, network } = this;
    const serving = new Set([employer.owner!.key, ...employer.joint.map((j) => j.key)]);
    const candidates = [...network.organisations.keys()].filter(
      (key) => !serving.has(key) && staffOf(network, key, CONTACT_ROLES).length > 0,
    );
    const chosen: string[] = [];
    while (chosen.length < count) {
      const key = weighted(
        faker,
        candidates
          .filter((k) => !chosen.includes(k))
          .map((k) => [k, serves(network, k, employer.municipalityNis) ? 4 : 1] as const),
      );
      chosen.push(key);
    }
    return chosen;
  }

  private keep(...args: Parameters<ContactPlanner['add']>): ContactPlan {
    const contact = this.add(...args);
    this.kept.add(contact);
    return contact;
  }

  private add(
    employer: DeskEmployer,
    organisationKey: string,
    userId: string,
    drawnDaysAgo: number,
    kind: 'owner' | 'joint' | 'outsider' | 'prospect',
    template?: ContactTemplate,
  ): ContactPlan {
    const { faker, network } = this;
    const daysAgo = workdayBack(this.clock, Math.max(1, drawnDaysAgo));
    const talks = {
      owner: OWNER_TALKS,
      joint: JOINT_TALKS,
      outsider: UNCOORDINATED_TALKS,
      prospect: PROSPECT_TALKS,
    }[kind];
    const talk = template ?? faker.helpers.arrayElement(talks);
    const person = chance(faker, 0.75) ? faker.helpers.arrayElement(employer.contactPersons) : null;
    const holder =
      employer.owner && daysAgo < employer.owner.sinceDaysAgo ? employer.owner : employer.previousOwner;
    const jobs = templatesForSector(employer.naceCode);
    const say: Say = {
      person: person ? `${person.firstName} ${person.lastName}` : 'de zaakvoerder',
      job: faker.helpers.arrayElement(jobs).title.toLowerCase(),
      sector: sectorLabel(employer.naceCode),
      owner: holder ? network.organisations.get(holder.key)!.name : 'de accountbeheerder',
    };
    const hasNextStep = talk.nextStep !== undefined && chance(faker, 0.8);
    const due = hasNextStep
      ? workdayForward(this.clock, daysAgo - faker.number.int({ min: talk.dueIn![0], max: talk.dueIn![1] }))
      : null;
    const contact: ContactPlan = {
      id: faker.string.uuid(),
      employerId: employer.id,
      organisationKey,
      userId,
      contactPersonId: person?.id ?? null,
      daysAgo,
      channel: faker.helpers.arrayElement(talk.channels),
      summary: talk.summary(say),
      nextStep: hasNextStep ? talk.nextStep! : null,
      nextStepDueDaysAgo: due,
      isUncoordinated: false,
      createdAt: this.clock.at(daysAgo, officeMinute(faker)),
    };
    this.contacts.push(contact);
    return contact;
  }

  /** 1–8 contacts over the last year by the owner (and, before a take-over, by the previous owner). */
  private planOwnerTimeline(employer: DeskEmployer) {
    const { faker } = this;
    const owner = employer.owner!;
    const bigger = employer.sizeClass === '1-9' ? 0 : employer.sizeClass === '10-49' ? 1 : 2;
    const count = Math.min(8, faker.number.int({ min: 1, max: 5 }) + bigger + (chance(faker, 0.2) ? 1 : 0));
    for (let n = 0; n < count; n++) {
      const daysAgo = faker.number.int({ min: 2, max: 360 });
      const previous = employer.previousOwner;
      // Weekends move a contact up to two days back: keep it inside the holder's time.
      if (daysAgo < owner.sinceDaysAgo - 2) {
        this.add(employer, owner.key, this.userOf(owner.key, owner.userId), daysAgo, 'owner');
      } else if (
        previous &&
        daysAgo > Math.max(owner.sinceDaysAgo, OUTSIDE_MIN_DAYS) &&
        daysAgo < previous.sinceDaysAgo - 2
      ) {
        this.add(employer, previous.key, this.userOf(previous.key, previous.userId), daysAgo, 'owner');
      }
    }
    if (!this.contacts.some((c) => c.employerId === employer.id)) {
      this.add(
        employer,
        owner.key,
        owner.userId,
        faker.number.int({ min: 2, max: Math.max(2, owner.sinceDaysAgo - 3) }),
        'owner',
      );
    }
  }

  /**
   * Organisations in a joint action work with the employer after it began: inside the window only at the
   * planted coordinated cases (together with the owner), otherwise only before it.
   */
  private planJointContacts(employer: DeskEmployer, isPlanted: boolean) {
    const { faker } = this;
    const owner = employer.owner!;
    for (const joint of employer.joint) {
      const user = this.userOf(joint.key);
      const latest = joint.sinceDaysAgo - 3;
      if (latest > OUTSIDE_MIN_DAYS && chance(faker, 0.6)) {
        this.add(
          employer,
          joint.key,
          user,
          faker.number.int({ min: OUTSIDE_MIN_DAYS, max: Math.min(360, latest) }),
          'joint',
        );
      }
    }
    if (isPlanted) {
      const joint = faker.helpers.arrayElement(employer.joint.filter((j) => j.sinceDaysAgo > 15));
      const latest = Math.min(PLANTED_MAX_DAYS, joint.sinceDaysAgo - 5);
      this.keep(
        employer,
        joint.key,
        this.userOf(joint.key),
        faker.number.int({ min: 5, max: latest }),
        'joint',
      );
      this.keep(
        employer,
        owner.key,
        this.userOf(owner.key, owner.userId),
        faker.number.int({ min: 3, max: Math.min(PLANTED_MAX_DAYS, owner.sinceDaysAgo - 3) }),
        'owner',
      );
    }
  }

  /** Half of the employers without an owner were prospected by one desk (one organisation: no case). */
  private planProspecting(employer: DeskEmployer) {
    const { faker } = this;
    if (!chance(faker, 0.5)) {
      return;
    }
    const key = weighted(faker, [
      ['vdab', 2],
      ['leiewerf', 1],
      ['dendervallei', 1],
    ]);
    const user = faker.helpers.arrayElement(staffOf(this.network, key, ['account_manager']));
    for (let n = faker.number.int({ min: 1, max: 2 }); n > 0; n--) {
      this.add(employer, key, user, faker.number.int({ min: 2, max: 360 }), 'prospect');
    }
  }

  /**
   * Before some older approach requests, the requester had already called the employer on its own: flagged,
   * long before the window.
   */
  private planEarlierApproaches(desk: DeskPlan) {
    const { faker } = this;
    const older = desk.approaches.filter(
      (a: ApproachPlan) =>
        a.status !== 'pending' && a.status !== 'taken_over' && a.createdDaysAgo >= OUTSIDE_MIN_DAYS + 10,
    );
    for (const approach of older) {
      if (chance(faker, 0.5)) {
        const employer = desk.employers.find((e) => e.id === approach.employerId)!;
        this.add(
          employer,
          approach.requesterKey,
          approach.requestedBy,
          approach.createdDaysAgo + faker.number.int({ min: 2, max: 10 }),
          'outsider',
        );
      }
    }
  }

  /** The demo account manager has next steps falling due this week at a few of his employers. */
  private planDemoManagerWeek(desk: DeskPlan) {
    const { faker, network, clock } = this;
    const manager = network.demoUsers.get('account_manager')!;
    const mine = desk.employers.filter((e) => e.owner?.userId === manager).slice(0, 4);
    for (const employer of mine) {
      const template = faker.helpers.arrayElement(OWNER_TALKS.filter((t) => t.nextStep && t.dueIn![0] <= 7));
      const contact = this.keep(
        employer,
        'leiewerf',
        manager,
        faker.number.int({ min: 1, max: 6 }),
        'owner',
        template,
      );
      contact.nextStep = template.nextStep!;
      // Due between today and six days on, on a working day (at most a week ahead).
      contact.nextStepDueDaysAgo = workdayForward(clock, -faker.number.int({ min: 0, max: 4 }));
    }
  }
}

/** Inserts the contacts in one batch. */
export async function insertContacts(db: Db, network: DemoNetwork, clock: DemoClock, plan: ContactsPlan) {
  await insertChunked(plan.contacts, 1000, (chunk) =>
    db
      .insertInto('employer_contacts')
      .values(
        chunk.map((c) => ({
          id: c.id,
          employer_id: c.employerId,
          organisation_id: organisationId(network, c.organisationKey),
          user_id: c.userId,
          contact_person_id: c.contactPersonId,
          contacted_on: clock.date(c.daysAgo),
          channel: c.channel,
          summary: c.summary,
          next_step: c.nextStep,
          next_step_due_on: c.nextStepDueDaysAgo === null ? null : clock.date(c.nextStepDueDaysAgo),
          is_uncoordinated: c.isUncoordinated,
          created_at: c.createdAt,
        })),
      )
      .execute(),
  );
}
