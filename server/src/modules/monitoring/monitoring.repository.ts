import { type Insertable, type Kysely, type RawBuilder, sql, type Updateable } from 'kysely';
import type { DB, SuccessDefinitionsTable } from '../../db/schema';
import type { FigureQuery, GroupBy } from './monitoring.schemas';
import { AFTERCARE_FACTS } from './success-rules';

/** A period and the filters every figure shares. */
export type Filters = Omit<FigureQuery, 'from' | 'to' | 'groupBy' | 'format'> & {
  from: string;
  to: string;
  /** The reference date of figures that need time to pass ("still active after 3 months"). */
  today: string;
};

/** The group key of a referral row (aliases: r referral, p participant, m the participant's municipality). */
export function groupKey(groupBy: GroupBy): RawBuilder<string> {
  switch (groupBy) {
    case 'measure':
      return sql<string>`r.measure`;
    case 'channel':
      return sql<string>`r.channel`;
    case 'organisation':
      return sql<string>`r.target_organisation_id::text`;
    case 'province':
      return sql<string>`coalesce(m.province_nis, '-')`;
    case 'municipality':
      return sql<string>`coalesce(p.municipality_nis, '-')`;
    case 'quarter':
      return sql<string>`to_char(r.referred_on, 'YYYY-"Q"Q')`;
    case 'month':
      return sql<string>`to_char(r.referred_on, 'YYYY-MM')`;
    default:
      return sql<string>`'all'`;
  }
}

/**
 * The referrals a figure counts: referred in the period, not withdrawn, of participants who consented to
 * statistics (a withdrawal drops them from the next figures), within the filters.
 */
function referralConditions(f: Filters): RawBuilder<boolean> {
  const parts = [
    sql`r.referred_on between ${f.from}::date and ${f.to}::date`,
    sql`r.status <> 'withdrawn'`,
    sql`exists (select 1 from participant_consents sc where sc.participant_id = r.participant_id
      and sc.purpose = 'statistics' and sc.withdrawn_at is null)`,
  ];
  if (f.measure) {
    parts.push(sql`r.measure = ${f.measure}`);
  }
  if (f.channel) {
    parts.push(sql`r.channel = ${f.channel}`);
  }
  if (f.organisationId) {
    parts.push(sql`r.target_organisation_id = ${f.organisationId}::uuid`);
  }
  if (f.provinceNis) {
    parts.push(sql`m.province_nis = ${f.provinceNis}`);
  }
  if (f.municipalityNis) {
    parts.push(sql`p.municipality_nis = ${f.municipalityNis}`);
  }
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

/**
 * A started referral is still active `months` after its start when that moment has passed (by `today`) and the
 * trajectory begun from the referral was still open then, or had closed with an outcome other than dropping out
 * or going back. Referrals without a trajectory of their own are not counted as active.
 */
function stillActive(months: number, today: string): RawBuilder<boolean> {
  const moment = sql`(r.started_on + make_interval(months => ${months}))::date`;
  return sql<boolean>`r.started_on is not null and ${moment} <= ${today}::date and tr.started_on is not null
    and (tr.closed_on is null or tr.closed_on >= ${moment}
      or tr.outcome_kind not in ('dropped_out', 'back_to_social_economy'))`;
}

/** The group key of a closed trajectory (aliases: t trajectory, tt its type, p participant, m municipality, r referral). */
export function outcomeGroupKey(groupBy: GroupBy): RawBuilder<string> {
  switch (groupBy) {
    case 'measure':
      return sql<string>`tt.measure`;
    case 'channel':
      return sql<string>`coalesce(r.channel, '-')`;
    case 'organisation':
      return sql<string>`t.lead_organisation_id::text`;
    case 'quarter':
      return sql<string>`to_char(t.outcome_on, 'YYYY-"Q"Q')`;
    case 'month':
      return sql<string>`to_char(t.outcome_on, 'YYYY-MM')`;
    default:
      return groupKey(groupBy);
  }
}

/** The closed trajectories an outcome figure counts: outcome in the period, statistics consent, the filters. */
function outcomeConditions(f: Filters): RawBuilder<boolean> {
  const parts = [
    sql`t.status = 'closed' and t.outcome_on between ${f.from}::date and ${f.to}::date`,
    sql`exists (select 1 from participant_consents sc where sc.participant_id = t.participant_id
      and sc.purpose = 'statistics' and sc.withdrawn_at is null)`,
  ];
  if (f.measure) {
    parts.push(sql`tt.measure = ${f.measure}`);
  }
  if (f.channel) {
    parts.push(sql`r.channel = ${f.channel}`);
  }
  if (f.organisationId) {
    parts.push(sql`t.lead_organisation_id = ${f.organisationId}::uuid`);
  }
  if (f.provinceNis) {
    parts.push(sql`m.province_nis = ${f.provinceNis}`);
  }
  if (f.municipalityNis) {
    parts.push(sql`p.municipality_nis = ${f.municipalityNis}`);
  }
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

const OUTCOME_FROM = sql`from trajectories t
      join trajectory_types tt on tt.id = t.type_id
      join participants p on p.id = t.participant_id
      left join ref_municipalities m on m.nis_code = p.municipality_nis
      left join referrals r on r.id = t.referral_id`;

/**
 * The participant and their municipality, joined only when the grouping or a filter needs them (every referral has
 * a participant, so leaving the join out changes no count, and saves hashing every participant).
 */
function placeJoin(f: Filters, groupBy: GroupBy): RawBuilder<unknown> {
  if (groupBy !== 'province' && groupBy !== 'municipality' && !f.provinceNis && !f.municipalityNis) {
    return sql``;
  }
  return sql`join participants p on p.id = r.participant_id
      left join ref_municipalities m on m.nis_code = p.municipality_nis`;
}

/**
 * The first indication of each referral, as a table to hash-join (one pass over the covering index
 * indications_referral_first_idx) rather than a lookup per referral, which at five years costs seconds.
 */
const firstIndications = sql`(
        select distinct on (referral_id) referral_id, started_at, first_submitted_at, validated_at
        from indications where referral_id is not null order by referral_id, started_at)`;

/** The first trajectory begun from each referral, to hash-join in the same way (trajectories_referral_idx). */
const firstTrajectories = sql`(
        select distinct on (referral_id) referral_id, started_on, closed_on, outcome_kind
        from trajectories where referral_id is not null order by referral_id, started_on)`;

export const monitoringRepository = {
  /** Per group, how many trajectories closed with each outcome. */
  async outcomeCounts(db: Kysely<DB>, f: Filters, groupBy: GroupBy) {
    const result = await sql<{ group_key: string; outcome: string; n: number }>`
      select ${outcomeGroupKey(groupBy)} as group_key, t.outcome_kind as outcome, count(*)::int as n
      ${OUTCOME_FROM}
      where ${outcomeConditions(f)}
      group by 1, 2 order by 1, 2`.execute(db);
    return result.rows;
  },

  /** Per group, how many closed trajectories met a success rule, did not, or cannot be told yet. */
  async successCounts(db: Kysely<DB>, f: Filters, groupBy: GroupBy, status: RawBuilder<string | null>) {
    const result = await sql<{ group_key: string; status: 'met' | 'not_met' | 'pending'; n: number }>`
      select group_key, status, count(*)::int as n from (
        select ${outcomeGroupKey(groupBy)} as group_key, ${status} as status
        ${OUTCOME_FROM}
        ${AFTERCARE_FACTS}
        where ${outcomeConditions(f)}) s
      where status is not null
      group by 1, 2 order by 1, 2`.execute(db);
    return result.rows;
  },

  /** Per group, how many referred people reached each step of the flow. */
  async funnel(db: Kysely<DB>, f: Filters, groupBy: GroupBy) {
    const result = await sql<{
      group_key: string;
      referred: number;
      contacted: number;
      indicated: number;
      advised: number;
      validated: number;
      started: number;
      active3m: number;
      active6m: number;
    }>`
      select ${groupKey(groupBy)} as group_key,
        count(*)::int as referred,
        count(r.first_contact_on)::int as contacted,
        count(i.started_at)::int as indicated,
        count(i.first_submitted_at)::int as advised,
        count(i.validated_at)::int as validated,
        count(r.started_on)::int as started,
        count(*) filter (where ${stillActive(3, f.today)})::int as active3m,
        count(*) filter (where ${stillActive(6, f.today)})::int as active6m
      from referrals r
      ${placeJoin(f, groupBy)}
      left join ${firstIndications} i on i.referral_id = r.id
      left join ${firstTrajectories} tr on tr.referral_id = r.id
      where ${referralConditions(f)}
      group by 1 order by 1`.execute(db);
    return result.rows;
  },

  /** Per group, why referred people did not start (no answer counted as a reason). */
  async noStartReasons(db: Kysely<DB>, f: Filters, groupBy: GroupBy) {
    const result = await sql<{ group_key: string; reason: string; n: number }>`
      select ${groupKey(groupBy)} as group_key, coalesce(r.no_start_reason, 'no_answer') as reason, count(*)::int as n
      from referrals r
      ${placeJoin(f, groupBy)}
      where ${referralConditions(f)} and r.status in ('no_start', 'no_answer')
      group by 1, 2 order by 1, 2`.execute(db);
    return result.rows;
  },

  /** Lead times per period (month or quarter of the referral) and channel: referral → advice, advice → validation. */
  async leadTimeSeries(db: Kysely<DB>, f: Filters, bucket: 'month' | 'quarter') {
    const period =
      bucket === 'month' ? sql`to_char(r.referred_on, 'YYYY-MM')` : sql`to_char(r.referred_on, 'YYYY-"Q"Q')`;
    const result = await sql<{
      period: string;
      channel: string;
      advice_n: number;
      advice_median: number | null;
      advice_p90: number | null;
      validation_n: number;
      validation_median: number | null;
      validation_p90: number | null;
    }>`
      select ${period} as period, r.channel,
        count(i.first_submitted_at)::int as advice_n,
        percentile_cont(0.5) within group (order by (i.first_submitted_at at time zone 'Europe/Brussels')::date - r.referred_on) as advice_median,
        percentile_cont(0.9) within group (order by (i.first_submitted_at at time zone 'Europe/Brussels')::date - r.referred_on) as advice_p90,
        count(i.validated_at)::int as validation_n,
        percentile_cont(0.5) within group (order by (i.validated_at at time zone 'Europe/Brussels')::date - (i.first_submitted_at at time zone 'Europe/Brussels')::date) as validation_median,
        percentile_cont(0.9) within group (order by (i.validated_at at time zone 'Europe/Brussels')::date - (i.first_submitted_at at time zone 'Europe/Brussels')::date) as validation_p90
      from referrals r
      ${placeJoin(f, 'none')}
      join ${firstIndications} i on i.referral_id = r.id
      where ${referralConditions(f)} and r.channel in ('vdab', 'gtb', 'ocmw_indication_cell')
      group by 1, 2 order by 1, 2`.execute(db);
    return result.rows;
  },

  /** Referred and started per municipality (or province) of the participant. */
  async mapCounts(db: Kysely<DB>, f: Filters, level: 'municipality' | 'province') {
    const key = level === 'province' ? sql`m.province_nis` : sql`p.municipality_nis`;
    const result = await sql<{ nis: string; referred: number; started: number }>`
      select ${key} as nis, count(*)::int as referred, count(r.started_on)::int as started
      from referrals r
      join participants p on p.id = r.participant_id
      join ref_municipalities m on m.nis_code = p.municipality_nis
      where ${referralConditions(f)} and m.region_key = 'flanders'
      group by 1`.execute(db);
    return result.rows;
  },

  findMunicipalities(db: Kysely<DB>) {
    return db
      .selectFrom('ref_municipalities')
      .select(['nis_code', 'name_nl', 'province_nis', 'province_nl'])
      .where('region_key', '=', 'flanders')
      .orderBy('name_nl')
      .execute();
  },

  async findOrganisationNames(db: Kysely<DB>, ids: string[]) {
    if (ids.length === 0) {
      return new Map<string, string>();
    }
    const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};

/** Success definitions (data): what counts as a successful trajectory. */
export const successDefinitionsRepository = {
  list(db: Kysely<DB>, options: { activeOnly?: boolean; keys?: string[] } = {}) {
    let query = db.selectFrom('success_definitions').selectAll().orderBy('created_at').orderBy('key');
    if (options.activeOnly) {
      query = query.where('is_active', '=', true);
    }
    if (options.keys) {
      query = query.where('key', 'in', options.keys.length > 0 ? options.keys : ['']);
    }
    return query.execute();
  },

  findById(db: Kysely<DB>, id: string) {
    return db.selectFrom('success_definitions').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findByKey(db: Kysely<DB>, key: string) {
    return db.selectFrom('success_definitions').selectAll().where('key', '=', key).executeTakeFirst();
  },

  insert(db: Kysely<DB>, values: Insertable<SuccessDefinitionsTable>) {
    return db.insertInto('success_definitions').values(values).returning('id').executeTakeFirstOrThrow();
  },

  async updateVersioned(
    db: Kysely<DB>,
    id: string,
    version: number,
    values: Updateable<SuccessDefinitionsTable>,
  ): Promise<boolean> {
    const result = await db
      .updateTable('success_definitions')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
};
