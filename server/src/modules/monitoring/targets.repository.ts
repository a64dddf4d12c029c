import { type Insertable, type Kysely, type RawBuilder, sql, type Updateable } from 'kysely';
import type { DB, MonitoringTargetsTable } from '../../db/schema';
import { AFTERCARE_FACTS } from './success-rules';

/** Counts per year, measure and province (null province: not known), for the targets' progress. */
export type YearCount = { year: number; measure: string; province_nis: string | null; n: number };

const STATISTICS_CONSENT = (
  participant: RawBuilder<string>,
) => sql`exists (select 1 from participant_consents sc
  where sc.participant_id = ${participant} and sc.purpose = 'statistics' and sc.withdrawn_at is null)`;

export const targetsRepository = {
  list(db: Kysely<DB>, year?: number) {
    let query = db.selectFrom('monitoring_targets').selectAll().orderBy('year', 'desc').orderBy('measure');
    if (year) {
      query = query.where('year', '=', year);
    }
    return query.execute();
  },

  findById(db: Kysely<DB>, id: string) {
    return db.selectFrom('monitoring_targets').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findSame(
    db: Kysely<DB>,
    t: Pick<MonitoringTargetsTable, 'year' | 'measure' | 'province_nis' | 'metric' | 'success_definition_id'>,
    exceptId?: string,
  ) {
    let query = db
      .selectFrom('monitoring_targets')
      .select('id')
      .where('year', '=', t.year)
      .where('measure', '=', t.measure)
      .where('metric', '=', t.metric)
      .where((eb) =>
        t.province_nis === null ? eb('province_nis', 'is', null) : eb('province_nis', '=', t.province_nis),
      )
      .where((eb) =>
        t.success_definition_id === null
          ? eb('success_definition_id', 'is', null)
          : eb('success_definition_id', '=', t.success_definition_id),
      );
    if (exceptId) {
      query = query.where('id', '<>', exceptId);
    }
    return query.executeTakeFirst();
  },

  insert(db: Kysely<DB>, values: Insertable<MonitoringTargetsTable>) {
    return db.insertInto('monitoring_targets').values(values).returning('id').executeTakeFirstOrThrow();
  },

  async updateVersioned(
    db: Kysely<DB>,
    id: string,
    version: number,
    values: Updateable<MonitoringTargetsTable>,
  ) {
    const result = await db
      .updateTable('monitoring_targets')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async delete(db: Kysely<DB>, id: string, version: number) {
    const result = await db
      .deleteFrom('monitoring_targets')
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  },

  /** Referrals started per year, measure and province of the participant. */
  async referralsStarted(db: Kysely<DB>, years: number[]) {
    const result = await sql<YearCount>`
      select extract(year from r.started_on)::int as year, r.measure, m.province_nis, count(*)::int as n
      from referrals r
      join participants p on p.id = r.participant_id
      left join ref_municipalities m on m.nis_code = p.municipality_nis
      where r.started_on >= make_date(${Math.min(...years)}, 1, 1)
        and r.started_on < make_date(${Math.max(...years) + 1}, 1, 1)
        and ${STATISTICS_CONSENT(sql`r.participant_id`)}
      group by 1, 2, 3`.execute(db);
    return result.rows;
  },

  /** Trajectories started per year, measure of their type and province of the participant. */
  async trajectoriesStarted(db: Kysely<DB>, years: number[]) {
    const result = await sql<YearCount>`
      select extract(year from t.started_on)::int as year, tt.measure, m.province_nis, count(*)::int as n
      from trajectories t
      join trajectory_types tt on tt.id = t.type_id
      join participants p on p.id = t.participant_id
      left join ref_municipalities m on m.nis_code = p.municipality_nis
      where t.started_on >= make_date(${Math.min(...years)}, 1, 1)
        and t.started_on < make_date(${Math.max(...years) + 1}, 1, 1)
        and ${STATISTICS_CONSENT(sql`t.participant_id`)}
      group by 1, 2, 3`.execute(db);
    return result.rows;
  },

  /** Trajectories closed per year (of their outcome) that met a success rule. */
  async trajectoriesSuccessful(db: Kysely<DB>, years: number[], status: RawBuilder<string | null>) {
    const result = await sql<YearCount>`
      select extract(year from t.outcome_on)::int as year, tt.measure, m.province_nis, count(*)::int as n
      from trajectories t
      join trajectory_types tt on tt.id = t.type_id
      join participants p on p.id = t.participant_id
      left join ref_municipalities m on m.nis_code = p.municipality_nis
      ${AFTERCARE_FACTS}
      where t.status = 'closed'
        and t.outcome_on >= make_date(${Math.min(...years)}, 1, 1)
        and t.outcome_on < make_date(${Math.max(...years) + 1}, 1, 1)
        and ${STATISTICS_CONSENT(sql`t.participant_id`)}
        and ${status} = 'met'
      group by 1, 2, 3`.execute(db);
    return result.rows;
  },
};
