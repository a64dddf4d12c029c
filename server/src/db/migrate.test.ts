import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type TestDatabase } from '../../test/database';
import { DemoRefusedError, prepareDatabase } from '../bootstrap';
import { seedDemoNetwork } from '../demo/seed';
import { DIMENSION_KEYS } from '../modules/profiles/dimensions';
import { migrateToLatest, readMigrations } from './migrate';

const silent = pino({ level: 'silent' });

describe('migrations', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createEmptyDatabase();
  });
  afterAll(async () => {
    await test.drop();
  });

  it('should apply every migration to an empty database, in order, and nothing the second time', async () => {
    const applied = await migrateToLatest(test.database);
    expect(applied).toEqual(readMigrations().map((m) => m.name));
    expect(await migrateToLatest(test.database)).toEqual([]);
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name
    `.execute(test.database.db);
    const names = tables.rows.map((r) => r.table_name);
    for (const table of [
      'organisations',
      'users',
      'user_roles',
      'sessions',
      'api_tokens',
      'audit_events',
      'participants',
      'employers',
    ]) {
      expect(names).toContain(table);
    }
  });

  it('should check demand profiles in SQL against the same dimension keys as the code', async () => {
    const result = await sql<{ keys: string[] }>`select matching_dimension_keys() as keys`.execute(
      test.database.db,
    );
    expect(result.rows[0]!.keys).toEqual(DIMENSION_KEYS);
  });

  it('should apply migrations concurrently started by two instances only once', async () => {
    const results = await Promise.all([migrateToLatest(test.database), migrateToLatest(test.database)]);
    expect(results.flat()).toEqual([]);
  });

  it('should keep the audit log append-only', async () => {
    await sql`insert into audit_events (action, entity_type) values ('test.appended', 'test')`.execute(
      test.database.db,
    );
    await expect(sql`update audit_events set action = 'x'`.execute(test.database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_events`.execute(test.database.db)).rejects.toThrow(/append-only/);
  });

  it('should refuse to create demo accounts in production', async () => {
    await expect(
      prepareDatabase(test.database, { isDemo: true, isProduction: true }, silent),
    ).rejects.toThrow(DemoRefusedError);
    const users = await test.database.db.selectFrom('users').select('id').execute();
    expect(users).toHaveLength(0);
  });

  it('should create the demo network, the same way every time', async () => {
    await prepareDatabase(test.database, { isDemo: true, isProduction: false }, silent);
    const counts = await test.database.db
      .selectNoFrom((eb) => [
        eb.selectFrom('organisations').select(eb.fn.countAll<number>().as('n')).as('organisations'),
        eb.selectFrom('users').select(eb.fn.countAll<number>().as('n')).as('users'),
        eb.selectFrom('participants').select(eb.fn.countAll<number>().as('n')).as('participants'),
        eb.selectFrom('employers').select(eb.fn.countAll<number>().as('n')).as('employers'),
      ])
      .executeTakeFirstOrThrow();
    expect(counts.organisations).toBe(10);
    expect(counts.users).toBeGreaterThanOrEqual(35);
    expect(counts.participants).toBe(300);
    expect(counts.employers).toBe(80);
    const roles = await test.database.db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select(['u.email', 'r.role'])
      .where('u.email', 'like', '%@demo.werkbrug.test')
      .execute();
    for (const { email, role } of roles) {
      expect(email).toBe(`${role}@demo.werkbrug.test`);
    }
    expect(new Set(roles.map((r) => r.role)).size).toBe(10);
    // Every participant lives in a municipality its organisation serves, with a postcode of that municipality.
    const misplaced = await sql<{ n: number }>`
      select count(*)::int as n from participants p
      where not exists (select 1 from ref_postcodes rp where rp.postcode = p.postcode and rp.nis_code = p.municipality_nis)
    `.execute(test.database.db);
    expect(misplaced.rows[0]!.n).toBe(0);

    // Reproducible: a second seed with the same number yields the same people.
    const first = await test.database.db
      .selectFrom('participants')
      .select(['first_name', 'last_name', 'birth_date'])
      .orderBy('national_number')
      .limit(5)
      .execute();
    const other = await createEmptyDatabase();
    try {
      await migrateToLatest(other.database);
      await prepareDatabase(other.database, { isDemo: false, isProduction: false }, silent);
      await seedDemoNetwork(other.database.db);
      const second = await other.database.db
        .selectFrom('participants')
        .select(['first_name', 'last_name', 'birth_date'])
        .orderBy('national_number')
        .limit(5)
        .execute();
      expect(second).toEqual(first);
      // And the same course: referrals, indications with their items, consents and capability profiles.
      const course = (db: typeof test.database.db) =>
        sql<Record<string, unknown>>`
          select 'referral' as kind, r.id::text, r.channel || ' ' || r.status || ' ' || r.measure || ' ' ||
            r.referred_on || ' ' || coalesce(r.first_contact_on::text, '-') as facts from referrals r
          union all
          select 'indication', i.id::text, i.status || ' ' || coalesce(i.advice, '-') || ' ' ||
            (select string_agg(it.code || '=' || it.qualifier, ',' order by it.code) from indication_icf_items it
             where it.indication_id = i.id) from indications i
          union all
          select 'consent', c.participant_id::text, c.purpose || ' ' || coalesce(c.organisation_id::text, '-') || ' ' ||
            c.given_on from participant_consents c
          union all
          select 'capability', l.participant_id::text, l.dimension || '=' || l.level from capability_levels l
          union all
          select 'owner', e.id::text, coalesce(e.owner_user_id::text, '-') || ' ' ||
            coalesce((e.owner_since at time zone 'Europe/Brussels')::date::text, '-') || ' ' ||
            (select string_agg(s.name || ' ' || s.postcode, ', ' order by s.id) from employer_sites s
             where s.employer_id = e.id) || ' ' ||
            (select string_agg(p.last_name || ' ' || p.is_legal_signatory, ', ' order by p.id)
             from employer_contact_persons p where p.employer_id = e.id) from employers e
          union all
          select 'approach', a.id::text, a.employer_id || ' ' || a.requesting_organisation_id || ' ' || a.status
          from approach_requests a
          union all
          select 'contact', c.id::text, c.employer_id || ' ' || c.organisation_id || ' ' || c.contacted_on || ' ' ||
            c.is_uncoordinated || ' ' || c.summary from employer_contacts c
          union all
          select 'service', r.id::text, r.employer_id || ' ' || r.service_key || ' ' || r.status
          from employer_service_requests r
          union all
          select 'job', j.id::text, j.title || ' ' || j.status || ' ' || j.kind || ' ' || j.hours_per_week || ' ' ||
            (select string_agg(t.name || '=' || t.hours_per_week || ':' || coalesce(t.source_task_id::text, '') || ':' ||
               coalesce((select string_agg(d.dimension || d.level, ',' order by d.dimension) from job_task_demands d
                 where d.task_id = t.id), ''), '; ' order by t.id) from job_tasks t where t.job_id = j.id) from jobs j
          union all
          select 'record', p.id::text, coalesce(p.dutch_level, '-') || ' ' || array_to_string(p.languages, ',') || ' ' ||
            coalesce(p.hours_per_week::text, '-') || ' ' || array_to_string(p.occupation_interests, ',') || ' ' ||
            p.work_history::text from participants p
          order by 1, 2, 3
        `
          .execute(db)
          .then((r) => r.rows);
      const firstCourse = await course(test.database.db);
      expect(firstCourse.length).toBeGreaterThan(1000);
      expect(await course(other.database.db)).toEqual(firstCourse);
    } finally {
      await other.drop();
    }
  });
});
