/**
 * Demo jobs: 1–4 per owned employer, built from the job templates of the employer's sector (a related sector's
 * when it has none), as tasks with hours and demand profiles. The job's own rules come from the jobs module: task
 * hours in half hours that may not exceed the job's (jobs.policy), the profile derived from the tasks
 * (jobs.profile), carved jobs copying tasks of one employer's jobs with their source. Most jobs are open regular
 * vacancies; there are internship places with their sheet, CMW workplaces where a maatwerkbedrijf serves the
 * employer (an enclave on the partner's site), AMA activities, and carved jobs.
 */
import type { Faker } from '@faker-js/faker';
import { sql } from 'kysely';
import type { CefrLevel, ContractType, InternshipCost, JobKind, JobStatus } from '../db/schema';
import { excessTaskHours, isHalfHour } from '../modules/jobs/jobs.policy';
import { deriveJobProfile, type TaskDemands } from '../modules/jobs/jobs.profile';
import type { DimensionKey } from '../modules/profiles/dimensions';
import {
  chance,
  type Db,
  type DemoClock,
  type DemoNetwork,
  insertChunked,
  officeMinute,
  organisationId,
  staffOf,
  weighted,
} from './demo-context';
import type { DeskEmployer, DeskPlan } from './employers.seed';
import { JOB_TEMPLATES, type JobTemplate, relatedTemplates, templatesForSector } from './job-templates';
import { GENT_REGION, MEETJESLAND } from './network';

/** Sectors where a maatwerkbedrijf runs enclaves (a team of its own on the partner's site). */
const ENCLAVE_SECTORS = ['52.10', '25.62', '38.32', '96.01', '18.12', '10.71', '81.21', '81.30', '47.11'];
/** Sectors with AMA activities: calm, useful work with care around it. */
const AMA_SECTORS = ['87.30', '81.30', '38.32', '10.71', '96.01', '56.10'];
const MAATWERKBEDRIJVEN = ['leiewerf', 'dendervallei'];

/** The demo participant's occupations of interest: open jobs near Gent are planted in them, for his matches. */
export const PIETER_INTERESTS = ['4321', '4110', '8189'];

const PHYSICAL: readonly DimensionKey[] = [
  'lifting',
  'carrying',
  'standing',
  'walking',
  'bending_kneeling',
  'reaching',
  'climbing',
  'hand_arm_strength',
  'physical_stamina',
];

export interface TaskPlan {
  id: string;
  name: string;
  hoursPerWeek: number;
  sourceTaskId: string | null;
  demands: [DimensionKey, number][];
}

export interface SheetPlan {
  costs: InternshipCost[];
  insurance: string;
  mentorHoursPerWeek: number;
  learningGoals: string[];
  expectations: string;
  acceptedBy: { userId: string; contactPersonId: string; at: Date } | null;
  createdBy: string;
  createdAt: Date;
}

export interface JobPlan {
  id: string;
  employerId: string;
  siteId: string;
  title: string;
  iscoCode: string;
  description: string;
  hoursPerWeek: number;
  schedule: string;
  shifts: string[];
  contractType: ContractType;
  startDate: string | null;
  positions: number;
  status: JobStatus;
  kind: JobKind;
  dutchLevel: CefrLevel | null;
  dutchLevelWaivable: boolean;
  canAdaptHours: boolean;
  canAdaptPhysical: boolean;
  canAdaptEnvironment: boolean;
  canWorkWithLimitedDutch: boolean;
  isOpenToWagePremium: boolean;
  hasMentor: boolean;
  essentialDimensions: DimensionKey[];
  createdBy: string;
  createdByKey: string;
  createdDaysAgo: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  tasks: TaskPlan[];
  sheet: SheetPlan | null;
}

/** Hours a job of the template is offered at: the usual part-time and full-time regimes within its range. */
const HOUR_REGIMES = [12, 16, 19, 20, 24, 26, 28, 30, 32, 34, 36, 38];

const COST_ITEMS: ((org: string) => InternshipCost)[] = [
  () => ({ item: 'Werkkledij en veiligheidsschoenen', paidBy: 'employer', amount: 120, period: 'once' }),
  () => ({ item: 'Stagepremie voor de stagiair', paidBy: 'vdab', amount: 2.5, period: 'per_hour' }),
  () => ({ item: 'Verplaatsingskosten woon-werk', paidBy: 'organisation', amount: 6.5, period: 'per_day' }),
  () => ({ item: 'Arbeidsongevallenverzekering', paidBy: 'organisation', amount: null, period: 'once' }),
  () => ({ item: 'Middagmaal in het bedrijfsrestaurant', paidBy: 'employer', amount: 4, period: 'per_day' }),
];
const GENERIC_GOALS = [
  'De veiligheidsregels van de werkplek toepassen',
  'Op tijd starten en afwezigheden zelf tijdig melden',
  'Vragen stellen aan de mentor wanneer iets niet duidelijk is',
  'Samenwerken in een team en feedback aannemen',
];

function schedule(shifts: string[], hours: number): string {
  const days = hours >= 30 ? 'ma–vr' : hours >= 19 ? 'vier dagen per week' : 'twee à drie dagen per week';
  const parts = shifts.map(
    (s) =>
      ({
        day: `${days}, 8u–16u30`,
        early: 'vroege ploeg 6u–14u',
        late: 'late ploeg 14u–22u',
        night: 'nachtploeg 22u–6u',
        weekend: 'ook op zaterdag',
      })[s] ?? s,
  );
  return parts.join('; ');
}

function describe(template: JobTemplate, tasks: TaskPlan[], offers: string[]): string {
  const taskList = tasks.map((t) => t.name.toLowerCase()).join(', ');
  return [`${template.title} in de ${template.sector.toLowerCase()}. Taken: ${taskList}.`, ...offers].join(
    ' ',
  );
}

export class JobPlanner {
  private readonly jobs: JobPlan[] = [];

  constructor(
    private readonly faker: Faker,
    private readonly network: DemoNetwork,
    private readonly clock: DemoClock,
  ) {}

  plan(desk: DeskPlan): JobPlan[] {
    const { faker } = this;
    const owned = desk.employers.filter((e) => e.owner);
    // Jobs near Gent in the demo participant's occupations, so his matches have something to show.
    const nearGent = owned
      .filter((e) => e.index > 0 && [...GENT_REGION, ...MEETJESLAND].includes(e.municipalityNis))
      .slice(0, PIETER_INTERESTS.length);
    for (const employer of owned) {
      const count = {
        '1-9': faker.number.int({ min: 1, max: 3 }),
        '10-49': faker.number.int({ min: 2, max: 4 }),
        '50-249': faker.number.int({ min: 3, max: 4 }),
        '250+': 4,
      }[employer.sizeClass];
      const planted = nearGent.indexOf(employer);
      const kinds = this.kindsFor(employer, planted >= 0 ? Math.min(count, 3) : count);
      for (const [n, kind] of kinds.entries()) {
        const sector = templatesForSector(employer.naceCode);
        const template =
          n === 0 || chance(faker, 0.7)
            ? faker.helpers.arrayElement(sector)
            : faker.helpers.arrayElement(relatedTemplates(employer.naceCode));
        this.jobs.push(this.planJob(employer, template, kind, n));
      }
      if (planted >= 0) {
        const template = JOB_TEMPLATES.find((t) => t.isco === PIETER_INTERESTS[planted])!;
        this.jobs.push(this.planJob(employer, template, 'regular_vacancy', kinds.length, 'planted'));
      }
    }
    this.planCarvedJobs(owned);
    return this.jobs;
  }

  /** The kinds of an employer's jobs: mostly regular vacancies, with an enclave, AMA or internships here and there. */
  private kindsFor(employer: DeskEmployer, count: number): JobKind[] {
    const { faker } = this;
    if (employer.index === 0) {
      // The demo employer contact's own: two internship places (one to accept) and a vacancy.
      return ['internship_place', 'regular_vacancy', 'internship_place'];
    }
    const hasLogin = employer.contactPersons.some((p) => p.userId);
    const kinds: JobKind[] = Array.from({ length: count }, () =>
      chance(faker, hasLogin ? 0.4 : 0.14) ? 'internship_place' : 'regular_vacancy',
    );
    if (hasLogin && !kinds.includes('internship_place')) {
      kinds[kinds.length - 1] = 'internship_place';
    }
    const byMaatwerkbedrijf = this.maatwerkbedrijfOf(employer);
    if (byMaatwerkbedrijf && ENCLAVE_SECTORS.includes(employer.naceCode) && chance(faker, 0.5)) {
      kinds[0] = 'cmw_workplace';
    } else if (AMA_SECTORS.includes(employer.naceCode) && chance(faker, 0.3)) {
      kinds[kinds.length - 1] = 'ama_activity';
    }
    return kinds;
  }

  /** The maatwerkbedrijf serving the employer (owner or joint action), if any. */
  private maatwerkbedrijfOf(employer: DeskEmployer): string | undefined {
    return [employer.owner!.key, ...employer.joint.map((j) => j.key)].find((key) =>
      MAATWERKBEDRIJVEN.includes(key),
    );
  }

  /** Who enters the job: the owner's account manager, or for an enclave the maatwerkbedrijf's. */
  private creatorOf(
    employer: DeskEmployer,
    kind: JobKind,
  ): { key: string; userId: string; sinceDaysAgo: number } {
    const owner = employer.owner!;
    const key = kind === 'cmw_workplace' ? this.maatwerkbedrijfOf(employer)! : owner.key;
    if (key === owner.key) {
      return { key, userId: owner.userId, sinceDaysAgo: owner.sinceDaysAgo };
    }
    const joint = employer.joint.find((j) => j.key === key)!;
    return {
      key,
      userId: this.faker.helpers.arrayElement(staffOf(this.network, key, ['account_manager'])),
      sinceDaysAgo: joint.sinceDaysAgo,
    };
  }

  /** Tasks from the template's, with hours in half hours within the job's and slightly varied demands. */
  private planTasks(template: JobTemplate, hours: number, kind: JobKind): TaskPlan[] {
    const { faker } = this;
    // Not every workplace has every task of its kind.
    const dropped =
      template.tasks.length >= 3 && chance(faker, 0.15) ? faker.number.int(template.tasks.length - 1) : -1;
    const chosen = template.tasks.filter((_, i) => i !== dropped);
    const shares = chosen.reduce((sum, t) => sum + t.share, 0);
    return chosen.map((task) => {
      const demands = Object.entries(task.demands).map(([key, level]) => {
        const varied = chance(faker, 0.2) ? level + (chance(faker, 0.5) ? 1 : -1) : level;
        // AMA is work at one's own pace: nothing is demanded at more than a moderate level.
        const capped = kind === 'ama_activity' ? Math.min(2, varied, key === 'work_pace' ? 1 : 4) : varied;
        return [key as DimensionKey, Math.min(4, Math.max(1, capped))] as [DimensionKey, number];
      });
      return {
        id: faker.string.uuid(),
        name: task.name,
        hoursPerWeek: Math.max(0.5, Math.floor((task.share / shares) * hours * 2) / 2),
        sourceTaskId: null,
        demands,
      };
    });
  }

  private planJob(
    employer: DeskEmployer,
    template: JobTemplate,
    kind: JobKind,
    n: number,
    purpose: 'drawn' | 'planted' = 'drawn',
  ): JobPlan {
    const { faker, clock } = this;
    const isDemoEmployer = employer.index === 0;
    const isPlanted = purpose === 'planted';
    const creator = this.creatorOf(employer, kind);
    const range = kind === 'ama_activity' ? [8, 16] : template.hours;
    const regimes = HOUR_REGIMES.filter((h) => h >= range[0]! && h <= range[1]!);
    const hoursPerWeek = isPlanted ? 30 : regimes.length ? faker.helpers.arrayElement(regimes) : range[1]!;
    const tasks = this.planTasks(template, hoursPerWeek, kind);
    // The job module's rules: half hours, and the tasks never take more hours than the job.
    if (
      excessTaskHours(
        hoursPerWeek,
        tasks.map((t) => t.hoursPerWeek),
      ) !== null ||
      !tasks.every((t) => isHalfHour(t.hoursPerWeek))
    ) {
      throw new Error(`demo job ${template.title}: task hours do not fit ${hoursPerWeek} hours`);
    }
    const profile = deriveJobProfile(tasks.map(toTaskDemands), template.essential);
    const demanded = new Map(profile.dimensions.map((d) => [d.dimension, d.level]));
    const status: JobStatus =
      isDemoEmployer || isPlanted
        ? 'open'
        : weighted(faker, [
            ['open', 78],
            ['draft', 7],
            ['filled', 9],
            ['closed', 6],
          ]);
    const shifts = isPlanted
      ? ['day']
      : kind === 'ama_activity'
        ? ['day']
        : [template.shifts[0]!, ...template.shifts.slice(1).filter(() => chance(faker, 0.6))];
    const dutchDemand = Math.max(
      demanded.get('understanding_dutch') ?? 0,
      demanded.get('speaking_dutch') ?? 0,
    );
    const dutchLevel = kind === 'ama_activity' ? null : template.dutchLevel;
    const hasMentor = kind !== 'regular_vacancy' || isPlanted || chance(faker, 0.55);
    const canWorkWithLimitedDutch = dutchLevel !== null && chance(faker, dutchDemand <= 2 ? 0.55 : 0.1);
    const marks = {
      dutchLevelWaivable: dutchLevel !== null && dutchLevel !== 'A1' && chance(faker, 0.25),
      canAdaptHours: chance(faker, kind === 'regular_vacancy' ? 0.35 : 0.7),
      canAdaptPhysical: isPlanted || chance(faker, 0.25),
      canAdaptEnvironment: chance(faker, 0.25),
      canWorkWithLimitedDutch,
      isOpenToWagePremium: isPlanted || chance(faker, kind === 'regular_vacancy' ? 0.5 : 0.3),
      hasMentor,
    };
    const offers = [
      ...(hasMentor ? ['Een interne mentor begeleidt je de eerste maanden.'] : []),
      ...(canWorkWithLimitedDutch
        ? ['Beperkt Nederlands is geen probleem: een collega helpt je op weg.']
        : []),
      ...(kind === 'cmw_workplace'
        ? [
            `Je werkt in een ploeg van ${this.network.organisations.get(creator.key)!.name} op de site van de partner, met een eigen ploegleider.`,
          ]
        : []),
      ...(kind === 'ama_activity'
        ? ['Onbetaalde arbeidsmatige activiteit op eigen tempo, met begeleiding.']
        : []),
    ];
    // A job is entered after its creator serves the employer; later edits and status changes move it on.
    const newest = Math.max(2, Math.min(240, creator.sinceDaysAgo - 2));
    const createdDaysAgo =
      isDemoEmployer || isPlanted
        ? faker.number.int({ min: 5, max: 40 })
        : faker.number.int({ min: 2, max: newest });
    const updatedDaysAgo = Math.max(
      0,
      createdDaysAgo - faker.number.int({ min: 0, max: Math.min(30, createdDaysAgo) }),
    );
    const createdAt = clock.at(createdDaysAgo, officeMinute(faker));
    const sheet =
      kind === 'internship_place'
        ? this.planSheet(employer, tasks, hoursPerWeek, creator, createdDaysAgo, n)
        : null;
    const title = {
      regular_vacancy: template.title,
      carved_job: template.title,
      internship_place: `Stage ${template.title.toLowerCase()}`,
      ama_activity: `Arbeidszorg: ${template.title.toLowerCase()}`,
      cmw_workplace: `${template.title} (enclave)`,
    }[kind];
    return {
      id: faker.string.uuid(),
      employerId: employer.id,
      siteId: faker.helpers.arrayElement(employer.sites.filter((s) => s.isMain || chance(faker, 0.7))).id,
      title,
      iscoCode: template.isco,
      description: describe(template, tasks, offers),
      hoursPerWeek,
      schedule: schedule(shifts, hoursPerWeek),
      shifts,
      contractType: {
        regular_vacancy: weighted<ContractType>(faker, [
          ['permanent', 45],
          ['fixed_term', 30],
          ['replacement', 5],
          ['temporary_agency', 12],
          ['flexi_job', 3],
        ]),
        carved_job: 'permanent' as const,
        internship_place: 'internship_agreement' as const,
        ama_activity: 'no_contract' as const,
        cmw_workplace: 'permanent' as const,
      }[kind],
      startDate:
        status === 'filled' || status === 'closed'
          ? clock.date(Math.max(1, createdDaysAgo - faker.number.int({ min: 14, max: 60 })))
          : status === 'open' && chance(faker, 0.5)
            ? clock.date(-faker.number.int({ min: 7, max: 45 }))
            : null,
      positions: weighted(faker, [
        [1, 65],
        [2, 25],
        [3, 10],
      ]),
      status,
      kind,
      dutchLevel,
      ...marks,
      // Essential only what the tasks demand: the derived profile says which dimensions those are.
      essentialDimensions: template.essential.filter((key) => demanded.has(key)),
      createdBy: creator.userId,
      createdByKey: creator.key,
      createdDaysAgo,
      createdAt,
      updatedAt: clock.at(updatedDaysAgo, officeMinute(faker)),
      version:
        1 +
        tasks.length +
        (status === 'draft' ? 0 : 1) +
        (status === 'filled' || status === 'closed' ? 1 : 0),
      tasks,
      sheet,
    };
  }

  /** The internship sheet: who pays what, insurance, mentor time, learning goals from the tasks, expectations. */
  private planSheet(
    employer: DeskEmployer,
    tasks: TaskPlan[],
    hours: number,
    creator: { key: string; userId: string },
    createdDaysAgo: number,
    n: number,
  ): SheetPlan {
    const { faker, clock, network } = this;
    const org = network.organisations.get(creator.key)!.name;
    const costs = [
      COST_ITEMS[0]!,
      COST_ITEMS[3]!,
      ...faker.helpers.arrayElements([COST_ITEMS[1]!, COST_ITEMS[2]!, COST_ITEMS[4]!], { min: 1, max: 2 }),
    ].map((cost) => cost(org));
    const weeks = faker.helpers.arrayElement([4, 6, 8]);
    const signatory = employer.contactPersons.find((p) => p.isLegalSignatory && p.userId);
    // The demo employer contact accepted her first sheet and still has the second to read; other employers with
    // a login accepted theirs.
    const isAccepted = !!signatory && (employer.index === 0 ? n === 0 : chance(faker, 0.8));
    // Written a day or more after the job was entered, accepted a day or more after that (up to today).
    const sheetDaysAgo = Math.max(1, createdDaysAgo - faker.number.int({ min: 1, max: 3 }));
    return {
      costs,
      insurance: `De stagiair is tijdens de stage en op weg van en naar het werk verzekerd tegen arbeidsongevallen en voor burgerlijke aansprakelijkheid via ${org}. De werkgever hoeft zelf niets bij te verzekeren.`,
      mentorHoursPerWeek: faker.helpers.arrayElement([1.5, 2, 3, 4]),
      learningGoals: [
        ...faker.helpers
          .arrayElements(tasks, Math.min(2, tasks.length))
          .map((t) => `Zelfstandig: ${t.name.toLowerCase()}`),
        ...faker.helpers.arrayElements(GENERIC_GOALS, { min: 1, max: 2 }),
      ],
      expectations: `De stage duurt ${weeks} weken, ${hours} uur per week. De stagiair volgt de werkuren van het team; de mentor voorziet dagelijks een kort overleg en een evaluatie halverwege en op het einde, samen met de jobcoach van ${org}. Er is geen verplichting tot aanwerving.`,
      acceptedBy: isAccepted
        ? {
            userId: signatory.userId!,
            contactPersonId: signatory.id,
            at: clock.at(
              Math.max(0, sheetDaysAgo - faker.number.int({ min: 1, max: 7 })),
              officeMinute(faker),
            ),
          }
        : null,
      createdBy: creator.userId,
      createdAt: clock.at(sheetDaysAgo, officeMinute(faker)),
    };
  }

  /**
   * Carved jobs at a few employers: the least physical tasks of one or two of their jobs, copied with hours and
   * demands and the link to their source, as the carving service does; the hours are the tasks' sum.
   */
  private planCarvedJobs(owned: DeskEmployer[]) {
    const { faker, clock } = this;
    const physicalLoad = (t: TaskPlan) =>
      Math.max(0, ...t.demands.filter(([k]) => PHYSICAL.includes(k)).map(([, l]) => l));
    const candidates = faker.helpers
      .shuffle(
        owned.filter(
          (e) =>
            e.index > 0 &&
            this.jobs.filter(
              (j) => j.employerId === e.id && j.kind === 'regular_vacancy' && j.status !== 'draft',
            ).length >= 2,
        ),
      )
      .slice(0, 8);
    for (const employer of candidates) {
      const sources = faker.helpers.arrayElements(
        this.jobs.filter(
          (j) => j.employerId === employer.id && j.kind === 'regular_vacancy' && j.status !== 'draft',
        ),
        2,
      );
      const pool = sources.flatMap((job) => job.tasks.map((task) => ({ job, task })));
      const chosen = [...pool]
        .sort((a, b) => physicalLoad(a.task) - physicalLoad(b.task))
        .slice(0, faker.number.int({ min: 2, max: 3 }));
      const hoursPerWeek = chosen.reduce((sum, c) => sum + c.task.hoursPerWeek, 0);
      if (hoursPerWeek > 50) {
        continue;
      }
      const main = [...chosen].sort((a, b) => b.task.hoursPerWeek - a.task.hoursPerWeek)[0]!.job;
      const tasks: TaskPlan[] = chosen.map(({ task }) => ({
        id: faker.string.uuid(),
        name: task.name,
        hoursPerWeek: task.hoursPerWeek,
        sourceTaskId: task.id,
        demands: task.demands.map(([k, l]) => [k, l] as [DimensionKey, number]),
      }));
      const profile = deriveJobProfile(tasks.map(toTaskDemands), main.essentialDimensions);
      const demanded = new Set(profile.dimensions.map((d) => d.dimension));
      const createdDaysAgo = Math.max(
        1,
        Math.min(...sources.map((s) => s.createdDaysAgo)) - faker.number.int({ min: 1, max: 20 }),
      );
      const status: JobStatus = chance(faker, 0.8) ? 'open' : 'filled';
      const names = tasks.map((t) => t.name.toLowerCase());
      this.jobs.push({
        ...main,
        id: faker.string.uuid(),
        title: `Aangepaste job: ${names.slice(0, 2).join(' en ')}`.slice(0, 150),
        description: `Samengesteld uit taken van ${[...new Set(sources.map((s) => s.title.toLowerCase()))].join(' en ')}, voor wie niet alle taken van de oorspronkelijke job kan doen. Taken: ${names.join(', ')}.`,
        hoursPerWeek,
        schedule: schedule(main.shifts, hoursPerWeek),
        kind: 'carved_job',
        status,
        contractType: 'permanent',
        startDate: status === 'filled' ? clock.date(Math.max(1, createdDaysAgo - 14)) : null,
        positions: 1,
        hasMentor: true,
        canAdaptHours: true,
        isOpenToWagePremium: true,
        essentialDimensions: main.essentialDimensions.filter((key) => demanded.has(key)),
        createdDaysAgo,
        createdAt: clock.at(createdDaysAgo, officeMinute(faker)),
        updatedAt: clock.at(
          Math.max(0, createdDaysAgo - faker.number.int({ min: 0, max: 10 })),
          officeMinute(faker),
        ),
        version: status === 'filled' ? 3 : 2,
        tasks,
        sheet: null,
      });
    }
  }
}

export function toTaskDemands(task: TaskPlan): TaskDemands {
  return { id: task.id, name: task.name, hoursPerWeek: task.hoursPerWeek, demands: new Map(task.demands) };
}

/** Inserts jobs, tasks (sources before their carved copies), demands and internship sheets in batches. */
export async function insertJobs(db: Db, network: DemoNetwork, jobs: JobPlan[]) {
  await insertChunked(jobs, 500, (chunk) =>
    db
      .insertInto('jobs')
      .values(
        chunk.map((j) => ({
          id: j.id,
          employer_id: j.employerId,
          site_id: j.siteId,
          title: j.title,
          isco_code: j.iscoCode,
          description: j.description,
          hours_per_week: j.hoursPerWeek,
          schedule: j.schedule,
          shifts: j.shifts,
          contract_type: j.contractType,
          start_date: j.startDate,
          positions: j.positions,
          status: j.status,
          kind: j.kind,
          dutch_level: j.dutchLevel,
          dutch_level_waivable: j.dutchLevelWaivable,
          can_adapt_hours: j.canAdaptHours,
          can_adapt_physical: j.canAdaptPhysical,
          can_adapt_environment: j.canAdaptEnvironment,
          can_work_with_limited_dutch: j.canWorkWithLimitedDutch,
          open_to_wage_premium: j.isOpenToWagePremium,
          has_mentor: j.hasMentor,
          essential_dimensions: j.essentialDimensions,
          created_by: j.createdBy,
          created_by_organisation_id: organisationId(network, j.createdByKey),
          version: j.version,
          created_at: j.createdAt,
          updated_at: j.updatedAt < j.createdAt ? j.createdAt : j.updatedAt,
        })),
      )
      .execute(),
  );
  // Source tasks first: a carved job's task refers to its source.
  const tasks = jobs
    .flatMap((job) => job.tasks.map((task, index) => ({ job, task, index })))
    .sort((a, b) => Number(a.task.sourceTaskId !== null) - Number(b.task.sourceTaskId !== null));
  await insertChunked(tasks, 1000, (chunk) =>
    db
      .insertInto('job_tasks')
      .values(
        chunk.map(({ job, task, index }) => ({
          id: task.id,
          job_id: job.id,
          name: task.name,
          hours_per_week: task.hoursPerWeek,
          sort_order: index,
          source_task_id: task.sourceTaskId,
          created_at: job.createdAt,
          updated_at: job.createdAt,
        })),
      )
      .execute(),
  );
  // One parameter instead of three per row: binding thousands of parameters costs more than parsing JSON.
  const demands = tasks.flatMap(({ task }) =>
    task.demands.map(([dimension, level]) => ({ task_id: task.id, dimension, level })),
  );
  await sql`
    insert into job_task_demands (task_id, dimension, level)
    select task_id, dimension, level
    from jsonb_to_recordset(${JSON.stringify(demands)}::jsonb) as v(task_id uuid, dimension text, level smallint)
  `.execute(db);
  const sheets = jobs.filter((j) => j.sheet);
  if (sheets.length) {
    await db
      .insertInto('internship_sheets')
      .values(
        sheets.map(({ id, sheet }) => ({
          job_id: id,
          costs: JSON.stringify(sheet!.costs),
          insurance: sheet!.insurance,
          mentor_hours_per_week: sheet!.mentorHoursPerWeek,
          learning_goals: sheet!.learningGoals,
          expectations: sheet!.expectations,
          accepted_at: sheet!.acceptedBy?.at ?? null,
          accepted_by_user_id: sheet!.acceptedBy?.userId ?? null,
          accepted_by_contact_person_id: sheet!.acceptedBy?.contactPersonId ?? null,
          accepted_version: sheet!.acceptedBy ? 1 : null,
          created_by: sheet!.createdBy,
          updated_by: sheet!.createdBy,
          created_at: sheet!.createdAt,
          updated_at: sheet!.acceptedBy?.at ?? sheet!.createdAt,
        })),
      )
      .execute();
  }
}
