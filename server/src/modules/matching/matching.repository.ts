import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema';

/** Participants that matching may propose: with an active network-pool consent, and still looking for work. */
export const POOL_STATUSES = ['referred', 'in_indication', 'waiting', 'in_trajectory'] as const;

/** Where a postcode lies: its main locality's coordinates (a postcode can cover several localities). */
const postcodePoint = (postcode: string) => sql<number | null>`(
  select lat from ref_postcodes rp where rp.postcode = ${sql.ref(postcode)} order by rp.is_main_locality desc limit 1)`;
const postcodeLon = (postcode: string) => sql<number | null>`(
  select lon from ref_postcodes rp where rp.postcode = ${sql.ref(postcode)} order by rp.is_main_locality desc limit 1)`;

export interface PersonFilter {
  /** Only these participants (null: the whole pool). */
  ids?: string[] | null;
  /** Also participants without pool consent or outside the pool statuses (to explain "why not" for one). */
  includeOutsidePool?: boolean;
}

export const matchingRepository = {
  /**
   * Participants with what matching reads: location (postcode, else municipality), availability, mobility, Dutch,
   * interests, waiting, coach and the advice of their latest approved indication that is still valid.
   */
  findPersons(db: Kysely<DB>, f: PersonFilter, today: string) {
    let q = db
      .selectFrom('participants as p')
      .leftJoin('ref_municipalities as m', 'm.nis_code', 'p.municipality_nis')
      .select([
        'p.id',
        'p.first_name',
        'p.last_name',
        'p.status',
        'p.organisation_id',
        'p.coach_user_id',
        'p.municipality_nis',
        'm.name_nl as municipality_name',
        sql<number | null>`coalesce(${postcodePoint('p.postcode')}, m.lat)`.as('lat'),
        sql<number | null>`coalesce(${postcodeLon('p.postcode')}, m.lon)`.as('lon'),
        'p.hours_per_week',
        'p.shifts',
        'p.dutch_level',
        'p.max_commute_km',
        'p.max_commute_minutes',
        'p.has_driving_licence',
        'p.has_car',
        'p.has_bike',
        'p.public_transport_only',
        'p.occupation_interests',
        'p.waiting_since',
        sql<string | null>`(
          select i.advice from indications i
          where i.participant_id = p.id and i.status = 'approved' and i.valid_until >= ${today}::date
          order by i.validated_at desc limit 1)`.as('advice'),
        sql<boolean>`exists (select 1 from participant_consents c where c.participant_id = p.id
          and c.purpose = 'network_pool' and c.withdrawn_at is null)`.as('has_pool_consent'),
      ]);
    if (f.ids) {
      q = q.where('p.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
    }
    if (!f.includeOutsidePool) {
      q = q.where('p.status', 'in', [...POOL_STATUSES]).where(
        sql<SqlBool>`exists (select 1 from participant_consents c where c.participant_id = p.id
            and c.purpose = 'network_pool' and c.withdrawn_at is null)`,
      );
    }
    return q.orderBy('p.id').execute();
  },

  findCapabilities(db: Kysely<DB>, participantIds: string[]) {
    if (participantIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('capability_levels')
      .select(['participant_id', 'dimension', 'level'])
      .where('participant_id', 'in', participantIds)
      .execute();
  },

  /** Open jobs (or the given ones) with their site's location, employer and the positions still free. */
  findJobs(db: Kysely<DB>, f: { ids?: string[] | null; includeNotOpen?: boolean }) {
    let q = db
      .selectFrom('jobs as j')
      .innerJoin('employers as e', 'e.id', 'j.employer_id')
      .innerJoin('employer_sites as s', 's.id', 'j.site_id')
      .leftJoin('ref_municipalities as sm', 'sm.nis_code', 's.municipality_nis')
      .leftJoin('ref_municipalities as em', 'em.nis_code', 'e.municipality_nis')
      .select([
        'j.id',
        'j.title',
        'j.employer_id',
        'e.name as employer_name',
        'e.owner_organisation_id',
        'j.site_id',
        'j.status',
        'j.kind',
        'j.isco_code',
        'j.hours_per_week',
        'j.shifts',
        'j.dutch_level',
        'j.dutch_level_waivable',
        'j.can_adapt_hours',
        'j.can_adapt_physical',
        'j.can_adapt_environment',
        'j.can_work_with_limited_dutch',
        'j.open_to_wage_premium',
        'j.has_mentor',
        'j.essential_dimensions',
        'j.positions',
        sql<string | null>`coalesce(s.municipality_nis, e.municipality_nis)`.as('municipality_nis'),
        sql<string | null>`coalesce(sm.name_nl, em.name_nl)`.as('municipality_name'),
        sql<
          number | null
        >`coalesce(${postcodePoint('s.postcode')}, sm.lat, ${postcodePoint('e.postcode')}, em.lat)`.as('lat'),
        sql<
          number | null
        >`coalesce(${postcodeLon('s.postcode')}, sm.lon, ${postcodeLon('e.postcode')}, em.lon)`.as('lon'),
        sql<number>`(select count(*)::int from proposals pr where pr.job_id = j.id and pr.status = 'accepted')`.as(
          'accepted',
        ),
      ]);
    if (f.ids) {
      q = q.where('j.id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
    }
    if (!f.includeNotOpen) {
      q = q.where('j.status', '=', 'open');
    }
    return q.orderBy('j.id').execute();
  },

  /** Per job and dimension the highest demand over its tasks (the job's profile, as jobs.profile.ts derives it). */
  findJobDemands(db: Kysely<DB>, jobIds: string[]) {
    if (jobIds.length === 0) {
      return Promise.resolve([]);
    }
    return db
      .selectFrom('job_task_demands as d')
      .innerJoin('job_tasks as t', 't.id', 'd.task_id')
      .select(['t.job_id', 'd.dimension', (eb) => eb.fn.max('d.level').as('level')])
      .where('t.job_id', 'in', jobIds)
      .where('d.level', '>', 0)
      .groupBy(['t.job_id', 'd.dimension'])
      .execute();
  },

  findActiveAdaptations(db: Kysely<DB>) {
    return db
      .selectFrom('workplace_adaptations')
      .select(['key', 'name_nl', 'name_en', 'dimensions'])
      .where('is_active', '=', true)
      .orderBy('key')
      .execute();
  },

  // Live checks on a result, so that a withdrawn consent or a closed job counts at once, whatever is cached.

  async findPoolMembers(db: Kysely<DB>, participantIds: string[]) {
    if (participantIds.length === 0) {
      return new Set<string>();
    }
    const rows = await db
      .selectFrom('participants as p')
      .select('p.id')
      .where('p.id', 'in', participantIds)
      .where('p.status', 'in', [...POOL_STATUSES])
      .where(
        sql<SqlBool>`exists (select 1 from participant_consents c where c.participant_id = p.id
          and c.purpose = 'network_pool' and c.withdrawn_at is null)`,
      )
      .execute();
    return new Set(rows.map((r) => r.id));
  },

  async findOpenJobIds(db: Kysely<DB>, jobIds: string[]) {
    if (jobIds.length === 0) {
      return new Set<string>();
    }
    const rows = await db
      .selectFrom('jobs as j')
      .select('j.id')
      .where('j.id', 'in', jobIds)
      .where('j.status', '=', 'open')
      .where(
        sql<SqlBool>`j.positions > (select count(*) from proposals pr where pr.job_id = j.id and pr.status = 'accepted')`,
      )
      .execute();
    return new Set(rows.map((r) => r.id));
  },

  /** Pairs declined before (kept to inform matching: the same pair is not proposed again). */
  findDeclinedPairs(db: Kysely<DB>, f: { participantIds?: string[]; jobIds?: string[] }) {
    let q = db.selectFrom('proposals').select(['participant_id', 'job_id']).where('status', '=', 'declined');
    if (f.participantIds) {
      q = q.where(
        'participant_id',
        'in',
        f.participantIds.length ? f.participantIds : ['00000000-0000-0000-0000-000000000000'],
      );
    }
    if (f.jobIds) {
      q = q.where('job_id', 'in', f.jobIds.length ? f.jobIds : ['00000000-0000-0000-0000-000000000000']);
    }
    return q.execute();
  },

  /** Open proposals (not declined) for the pairs, so a list can say "already proposed". */
  findOpenProposals(db: Kysely<DB>, f: { participantIds?: string[]; jobIds?: string[] }) {
    let q = db
      .selectFrom('proposals')
      .select(['id', 'participant_id', 'job_id', 'status'])
      .where('status', '<>', 'declined');
    if (f.participantIds) {
      q = q.where(
        'participant_id',
        'in',
        f.participantIds.length ? f.participantIds : ['00000000-0000-0000-0000-000000000000'],
      );
    }
    if (f.jobIds) {
      q = q.where('job_id', 'in', f.jobIds.length ? f.jobIds : ['00000000-0000-0000-0000-000000000000']);
    }
    return q.execute();
  },

  /** An employer's tasks (jobs not closed), with their demands, for the carving suggestion. */
  async findEmployerTasks(db: Kysely<DB>, employerId: string) {
    const tasks = await db
      .selectFrom('job_tasks as t')
      .innerJoin('jobs as j', 'j.id', 't.job_id')
      .select([
        't.id',
        't.name',
        't.hours_per_week',
        't.job_id',
        'j.title as job_title',
        'j.site_id',
        'j.status',
      ])
      .where('j.employer_id', '=', employerId)
      .where('j.status', '<>', 'closed')
      .where('j.kind', '<>', 'carved_job')
      .orderBy('j.title')
      .orderBy('t.sort_order')
      .orderBy('t.created_at')
      .execute();
    const demands = tasks.length
      ? await db
          .selectFrom('job_task_demands')
          .select(['task_id', 'dimension', 'level'])
          .where(
            'task_id',
            'in',
            tasks.map((t) => t.id),
          )
          .execute()
      : [];
    return { tasks, demands };
  },

  async findOrganisationNames(db: Kysely<DB>, ids: (string | null)[]) {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) {
      return new Map<string, string>();
    }
    const rows = await db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('id', 'in', wanted)
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
