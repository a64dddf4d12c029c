/**
 * `npm run bench:participants [-- --json]`: participant search and caseload lists at 250,000 participants.
 *
 * Fills a throwaway database (PGlite in memory, or a fresh database on DATABASE_URL) with 250,000 participants
 * spread over 12 organisations, 600 coaches and the Flemish municipalities, with consents, waiting times and
 * activity dates, then times the caseload queries the UI sends (through the application's repository): median and
 * p95 over 30 runs each.
 */
import { sql } from 'kysely';
import { brusselsDate } from '../server/src/lib/dates';
import { participantsRepository } from '../server/src/modules/participants/participants.repository';
import type { ParticipantQuery } from '../server/src/modules/participants/participants.schemas';
import { openBenchDatabase, time } from './bench-database';

const asJson = process.argv.includes('--json');
const COUNT = Number(process.env.BENCH_PARTICIPANTS ?? 250_000);
const ORGANISATIONS = 12;
const COACHES = 600;
const RUNS = 30;
const log = (line: string) => {
  if (!asJson) {
    console.log(line);
  }
};

const bench = await openBenchDatabase();
const { db } = bench.database;
log(`Database: ${bench.label}`);
const started = performance.now();

// Organisations and coaches.
await sql`
  insert into organisations (name, kind, enterprise_number)
  select 'Bench organisatie ' || g, 'maatwerkbedrijf', lpad((100000000 + g)::text, 10, '0')
  from generate_series(1, ${ORGANISATIONS}) g`.execute(db);
await sql`
  insert into users (email, display_name, organisation_id, password_hash)
  select 'coach' || g || '@bench.test', 'Coach ' || g,
         (select id from organisations order by name offset (g % ${ORGANISATIONS}) limit 1), 'x'
  from generate_series(1, ${COACHES}) g`.execute(db);
await sql`
  insert into user_roles (user_id, role, organisation_id)
  select id, 'coach', organisation_id from users where email like '%@bench.test'`.execute(db);

// Participants: deterministic pseudo-random columns from the row number (so every run has the same data).
await sql`select setseed(0.42)`.execute(db);
await sql`
  with orgs as (select array_agg(id order by name) a from organisations),
       coaches as (select array_agg(id order by email) a, array_agg(organisation_id order by email) o from users where email like '%@bench.test'),
       places as (select array_agg(nis_code order by nis_code) a from ref_municipalities where region_key = 'flanders'),
       names as (select array['Jan','Els','Mohamed','Fatima','Pieter','Lotte','Ahmed','Sara','Tom','Nina','Kevin','Ines',
                              'Bram','Emma','Youssef','Lien','Wout','Hanne','Ali','Marie','Jonas','Yasmina','Stijn','Eva'] f,
                        array['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters',
                              'De Smet','Dubois','Lambrecht','Bakker','El Amrani','Vermeulen','Desmet','Aerts','Hermans',
                              'Van den Broeck','De Clercq','Martens','Verhoeven','Pauwels','Smets','Benali','Kaya'] l)
  insert into participants (national_number, first_name, last_name, birth_date, municipality_nis, postcode,
    organisation_id, coach_user_id, status, waiting_since, last_activity_at, current_measure, hours_per_week, dutch_level)
  select lpad(g::text, 11, '0'),
         names.f[1 + (g * 7) % array_length(names.f, 1)],
         names.l[1 + (g * 13) % array_length(names.l, 1)] || case when g % 3 = 0 then '' else ' ' || (g % 997) end,
         date '1965-01-01' + (g * 37) % 14000,
         places.a[1 + floor(random() * array_length(places.a, 1))::int],
         '9000',
         coaches.o[1 + (g % ${COACHES})],
         case when random() < 0.12 then null else coaches.a[1 + (g % ${COACHES})] end,
         (array['referred','in_indication','waiting','in_trajectory','employed','closed'])[1 + floor(random() * 6)::int],
         current_date - floor(random() * 900)::int,
         now() - (floor(random() * 200) || ' days')::interval,
         (array['ama','cmw','imw','reintegration','transition', null])[1 + floor(random() * 6)::int],
         (array[19, 24, 30, 38, null])[1 + floor(random() * 5)::int],
         (array['A1','A2','B1','B2','C1', null])[1 + floor(random() * 6)::int]
  from generate_series(1, ${COUNT}) g, orgs, coaches, places, names`.execute(db);
const someUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
await sql`
  insert into participant_consents (participant_id, purpose, basis, given_on, recorded_by)
  select id, 'network_pool', 'signed_form', current_date, ${someUser.id}::uuid from participants where random() < 0.7`.execute(
  db,
);
await sql`analyze`.execute(db);
const fillMs = performance.now() - started;
log(`Filled ${COUNT.toLocaleString('en')} participants in ${(fillMs / 1000).toFixed(1)} s\n`);

const orgs = (await db.selectFrom('organisations').select('id').orderBy('name').execute()).map((o) => o.id);
const coach = await db
  .selectFrom('users')
  .select(['id', 'organisation_id'])
  .where('email', '=', 'coach7@bench.test')
  .executeTakeFirstOrThrow();
const municipality = await db
  .selectFrom('participants')
  .select('municipality_nis')
  .where('organisation_id', '=', coach.organisation_id!)
  .limit(1)
  .executeTakeFirstOrThrow();
const today = brusselsDate(new Date());
const base: ParticipantQuery = { page: 1, pageSize: 25, sort: 'name' };
const own = [coach.organisation_id!];

const cases: [string, string[] | null, Partial<ParticipantQuery> & { coachUserId?: string | null }][] = [
  ['caseload of an organisation, by name', own, {}],
  ['search by name ("peeters")', own, { q: 'peeters' }],
  ['search by first and last name ("jan peeters")', own, { q: 'jan peeters' }],
  ['status waiting, longest waiting first', own, { status: 'waiting', sort: 'waiting' }],
  ['one municipality', own, { municipalityNis: municipality.municipality_nis! }],
  ['my participants (coach)', own, { coachUserId: coach.id }],
  ['without a coach', own, { coachUserId: null }],
  ['waiting at least 180 days', own, { waitingMinDays: 180, sort: 'waiting' }],
  ['"no one gets lost" (no coach or 90 days inactive)', own, { needsAttention: 'lost', sort: 'activity' }],
  ['in the network pool (consent)', own, { consent: 'network_pool' }],
  ['measure CMW, page 40', own, { measure: 'cmw', page: 40 }],
  ['three organisations, by name, page 100', orgs.slice(0, 3), { page: 100 }],
  ['whole network (network admin), by name', null, {}],
  ['whole network, search by name', null, { q: 'yasmina' }],
];

const rows: { query: string; median: number; p95: number; total: number }[] = [];
for (const [label, scope, filter] of cases) {
  const f = { ...base, ...filter };
  const result = await participantsRepository.findMany(db, scope, f, today);
  const t = await time(() => participantsRepository.findMany(db, scope, f, today), RUNS);
  rows.push({ query: label, median: t.median, p95: t.p95, total: result.total });
}
log(`| query (25 per page, with the total count) | matches | median | p95 |`);
log('|---|---|---|---|');
for (const r of rows) {
  log(
    `| ${r.query} | ${r.total.toLocaleString('en')} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`,
  );
}
if (asJson) {
  console.log(JSON.stringify({ database: bench.label, participants: COUNT, queries: rows }));
}
await bench.drop();
