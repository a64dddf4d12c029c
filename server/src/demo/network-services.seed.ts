/**
 * Demo employer desk, part three: who offers which service of the network's joint catalogue (by the kind of
 * organisation), and the services about 30 employers asked for, in every status from requested to done.
 */
import type { Faker } from '@faker-js/faker';
import type { ServiceRequestStatus } from '../db/schema';
import {
  chance,
  type Db,
  type DemoClock,
  type DemoNetwork,
  officeMinute,
  organisationId,
  weighted,
} from './demo-context';
import { type DeskEmployer, type DeskPlan, servingKeys } from './employers.seed';

/**
 * The providers of each service, fitting what the organisations do: the maatwerkbedrijven carve jobs and run
 * internships, the GTB and the coaching organisation advise on adaptations and coach after hiring, the VDAB and
 * the GTB handle premiums, the health insurer coaches its members' return to work.
 */
export const SERVICE_PROVIDERS: Record<string, string[]> = {
  job_carving: ['leiewerf', 'dendervallei', 'scheldeland', 'gtb'],
  workplace_adaptation_advice: ['gtb', 'vdab', 'scheldeland'],
  mentor_training: ['scheldeland', 'leiewerf', 'dendervallei'],
  candidate_preselection: ['vdab', 'leiewerf', 'dendervallei'],
  internship: ['vdab', 'leiewerf', 'dendervallei', 'gtb'],
  wage_premium_paperwork: ['vdab', 'gtb', 'ocmw-gent'],
  aftercare_coaching: ['gtb', 'scheldeland', 'mutualiteit'],
};

const SERVICE_WEIGHTS: [string, number][] = [
  ['job_carving', 5],
  ['workplace_adaptation_advice', 4],
  ['mentor_training', 4],
  ['candidate_preselection', 6],
  ['internship', 5],
  ['wage_premium_paperwork', 5],
  ['aftercare_coaching', 4],
];

const NOTES: Record<string, string[]> = {
  job_carving: [
    'Taken van de productieploeg herschikken zodat een kandidaat met rugklachten kan starten.',
    'Werkgever wil een deeltijdse job samenstellen uit het voorbereidende werk van twee functies.',
  ],
  workplace_adaptation_advice: [
    'Advies gevraagd over een tilhulp en een in hoogte verstelbare werktafel.',
    'Werknemer met een visuele beperking: advies over vergrotingssoftware en verlichting.',
  ],
  mentor_training: [
    'Twee ploegverantwoordelijken willen de opleiding voor interne mentoren volgen.',
    'Opfrissing voor de vaste meter van de afdeling.',
  ],
  candidate_preselection: [
    'Voorselectie uit de gedeelde pool voor twee plaatsen, start binnen de maand.',
    'Eén gezamenlijke voorstelling van kandidaten gevraagd in plaats van losse cv’s.',
  ],
  internship: [
    'Stageplaats voor vier weken, start in overleg met de werkgever.',
    'Werkgever staat open voor een oriënterende stage van twee weken.',
  ],
  wage_premium_paperwork: [
    'Aanvraag VOP voor een nieuwe werknemer; de werkgever vraagt hulp bij de formulieren.',
    'Verlenging van de IMW-premie en de loonkostensubsidie nakijken.',
  ],
  aftercare_coaching: [
    'Nazorg voor de werknemer die in het voorjaar startte; de werkgever merkt meer afwezigheden.',
    'Opvolging na de overstap van stage naar contract.',
  ],
};

export interface ServiceRequestPlan {
  id: string;
  employerId: string;
  serviceKey: string;
  handlingKey: string;
  requestedBy: string;
  requestingKey: string;
  status: ServiceRequestStatus;
  requestedDaysAgo: number;
  startedDaysAgo: number | null;
  doneDaysAgo: number | null;
  cancelledDaysAgo: number | null;
  note: string;
  createdAt: Date;
  updatedAt: Date;
}

/** About 30 owned employers asked for one or two services, registered by their account manager. */
export function planServiceRequests(
  faker: Faker,
  clock: DemoClock,
  desk: DeskPlan,
  count = 30,
): ServiceRequestPlan[] {
  const employers = faker.helpers.shuffle(desk.employers.filter((e) => e.owner)).slice(0, count);
  const plans: ServiceRequestPlan[] = [];
  for (const employer of employers) {
    const services = faker.helpers.arrayElements(
      SERVICE_WEIGHTS.map(([key]) => key),
      chance(faker, 0.2) ? 2 : 1,
    );
    for (const serviceKey of services) {
      plans.push(planRequest(faker, clock, employer, serviceKey));
    }
  }
  return plans;
}

function planRequest(
  faker: Faker,
  clock: DemoClock,
  employer: DeskEmployer,
  serviceKey: string,
): ServiceRequestPlan {
  const owner = employer.owner!;
  const providers = SERVICE_PROVIDERS[serviceKey]!;
  // The organisations serving the employer carry out what they offer themselves; otherwise another provider.
  const serving = servingKeys(employer).filter((key) => providers.includes(key));
  const handlingKey =
    serving.length && chance(faker, 0.7) ? serving[0]! : faker.helpers.arrayElement(providers);
  const status = weighted<ServiceRequestStatus>(faker, [
    ['requested', 6],
    ['in_progress', 8],
    ['done', 12],
    ['cancelled', 3],
  ]);
  const oldest = Math.max(3, Math.min(300, owner.sinceDaysAgo - 3));
  const requestedDaysAgo =
    status === 'requested'
      ? faker.number.int({ min: 1, max: Math.min(30, oldest) })
      : faker.number.int({ min: Math.min(25, oldest), max: oldest });
  let startedDaysAgo: number | null = null;
  let doneDaysAgo: number | null = null;
  let cancelledDaysAgo: number | null = null;
  if (
    status === 'in_progress' ||
    (status === 'done' && chance(faker, 0.8)) ||
    (status === 'cancelled' && chance(faker, 0.3))
  ) {
    startedDaysAgo = Math.max(1, requestedDaysAgo - faker.number.int({ min: 1, max: 14 }));
  }
  const after = startedDaysAgo ?? requestedDaysAgo;
  if (status === 'done') {
    doneDaysAgo = Math.max(0, after - faker.number.int({ min: 7, max: 90 }));
  }
  if (status === 'cancelled') {
    cancelledDaysAgo = Math.max(0, after - faker.number.int({ min: 3, max: 40 }));
  }
  const lastDaysAgo = doneDaysAgo ?? cancelledDaysAgo ?? startedDaysAgo ?? requestedDaysAgo;
  return {
    id: faker.string.uuid(),
    employerId: employer.id,
    serviceKey,
    handlingKey,
    requestedBy: owner.userId,
    requestingKey: owner.key,
    status,
    requestedDaysAgo,
    startedDaysAgo,
    doneDaysAgo,
    cancelledDaysAgo,
    note: faker.helpers.arrayElement(NOTES[serviceKey]!),
    createdAt: clock.at(requestedDaysAgo, officeMinute(faker)),
    updatedAt: clock.at(lastDaysAgo, officeMinute(faker)),
  };
}

export async function insertNetworkServices(
  db: Db,
  network: DemoNetwork,
  clock: DemoClock,
  requests: ServiceRequestPlan[],
) {
  const org = (key: string) => organisationId(network, key);
  await db
    .insertInto('network_service_providers')
    .values(
      Object.entries(SERVICE_PROVIDERS).flatMap(([service_key, keys]) =>
        keys.map((key) => ({ service_key, organisation_id: org(key) })),
      ),
    )
    .execute();
  if (requests.length === 0) {
    return;
  }
  const day = (daysAgo: number | null) => (daysAgo === null ? null : clock.date(daysAgo));
  await db
    .insertInto('employer_service_requests')
    .values(
      requests.map((r) => ({
        id: r.id,
        employer_id: r.employerId,
        service_key: r.serviceKey,
        handling_organisation_id: org(r.handlingKey),
        requested_by: r.requestedBy,
        requested_by_organisation_id: org(r.requestingKey),
        status: r.status,
        requested_on: clock.date(r.requestedDaysAgo),
        started_on: day(r.startedDaysAgo),
        done_on: day(r.doneDaysAgo),
        cancelled_on: day(r.cancelledDaysAgo),
        note: r.note,
        version: 1 + [r.startedDaysAgo, r.doneDaysAgo, r.cancelledDaysAgo].filter((d) => d !== null).length,
        created_at: r.createdAt,
        updated_at: r.updatedAt < r.createdAt ? r.createdAt : r.updatedAt,
      })),
    )
    .execute();
}
