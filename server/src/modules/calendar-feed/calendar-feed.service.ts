import ical from 'ical-generator';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { randomToken, sha256 } from '../../lib/crypto';
import { addToDate, brusselsDate } from '../../lib/dates';
import { NotFoundError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';

/** Feed secrets start with this, so a leaked one is recognised (and revoked) for what it is. */
const FEED_PREFIX = 'wbcal_';

export async function getFeedStatus(ctx: RequestContext) {
  const row = await ctx.db
    .selectFrom('calendar_feed_tokens')
    .selectAll()
    .where('user_id', '=', ctx.actor.userId)
    .executeTakeFirst();
  return {
    isActive: !!row,
    prefix: row?.token_prefix ?? null,
    createdAt: row?.created_at.toISOString() ?? null,
    lastUsedAt: row?.last_used_at?.toISOString() ?? null,
  };
}

/**
 * Creates the user's secret feed address, or replaces it (the old one stops working): calendar apps cannot sign
 * in, so the address itself is the key. Returned once; stored as its SHA-256.
 */
export async function rotateFeed(ctx: RequestContext) {
  const token = `${FEED_PREFIX}${randomToken(24)}`;
  const prefix = token.slice(0, 12);
  const row = await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('calendar_feed_tokens').where('user_id', '=', ctx.actor.userId).execute();
    const row = await trx
      .insertInto('calendar_feed_tokens')
      .values({ user_id: ctx.actor.userId, token_hash: sha256(token), token_prefix: prefix })
      .returning(['created_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'calendar_feed.rotated',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { prefix },
    });
    return row;
  });
  return { token, prefix, createdAt: row.created_at.toISOString() };
}

/** Revokes the feed address: calendar apps get 404 from then on. */
export async function revokeFeed(ctx: RequestContext) {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('calendar_feed_tokens').where('user_id', '=', ctx.actor.userId).execute();
    await recordAudit(trx, ctx, {
      action: 'calendar_feed.revoked',
      entityType: 'user',
      entityId: ctx.actor.userId,
    });
  });
  return getFeedStatus(ctx);
}

const short = (first: string, last: string) => `${first} ${last.charAt(0)}.`;

/**
 * The appointments of a coach as all-day events, from a month back to a year ahead: aftercare contacts still to
 * hold, phase terms of running phases, and the first and last day of internships, for the open trajectories they
 * coach. Participants are named by first name and initial only; nothing about health or notes.
 */
export async function feedEvents(db: Kysely<DB>, userId: string, today = brusselsDate(new Date())) {
  const from = addToDate(today, { months: -1 });
  const to = addToDate(today, { months: 12 });
  const mine = (q: ReturnType<typeof base>) => q;
  function base() {
    return db
      .selectFrom('trajectories as t')
      .innerJoin('participants as p', 'p.id', 't.participant_id')
      .where('t.coach_user_id', '=', userId)
      .where('t.status', '=', 'open');
  }
  const [aftercare, phases, internships] = await Promise.all([
    mine(base())
      .innerJoin('aftercare_contacts as a', 'a.trajectory_id', 't.id')
      .select(['a.id', 't.id as trajectory_id', 'p.first_name', 'p.last_name', 'a.months_after', 'a.due_on'])
      .where('a.contacted_on', 'is', null)
      .where('a.due_on', '>=', from)
      .where('a.due_on', '<=', to)
      .execute(),
    mine(base())
      .innerJoin('trajectory_phases as ph', 'ph.trajectory_id', 't.id')
      .select([
        'ph.id',
        't.id as trajectory_id',
        'p.first_name',
        'p.last_name',
        'ph.name_nl',
        'ph.planned_end_on',
      ])
      .where('ph.actual_end_on', 'is', null)
      .where('ph.planned_end_on', '>=', from)
      .where('ph.planned_end_on', '<=', to)
      .execute(),
    mine(base())
      .innerJoin('trajectory_internships as i', 'i.trajectory_id', 't.id')
      .innerJoin('employers as e', 'e.id', 'i.employer_id')
      .select([
        'i.id',
        't.id as trajectory_id',
        'p.first_name',
        'p.last_name',
        'e.name',
        'i.starts_on',
        'i.ends_on',
      ])
      .where('i.ends_on', '>=', from)
      .where('i.starts_on', '<=', to)
      .execute(),
  ]);
  return [
    ...aftercare.map((a) => ({
      id: `aftercare-${a.id}`,
      day: a.due_on,
      summary: `Nazorgcontact (+${a.months_after} mnd) — ${short(a.first_name, a.last_name)}`,
      trajectoryId: a.trajectory_id,
    })),
    ...phases.map((p) => ({
      id: `phase-${p.id}`,
      day: p.planned_end_on!,
      summary: `Einde fase ${p.name_nl} — ${short(p.first_name, p.last_name)}`,
      trajectoryId: p.trajectory_id,
    })),
    ...internships.flatMap((i) => [
      {
        id: `internship-start-${i.id}`,
        day: i.starts_on,
        summary: `Start stage bij ${i.name} — ${short(i.first_name, i.last_name)}`,
        trajectoryId: i.trajectory_id,
      },
      {
        id: `internship-end-${i.id}`,
        day: i.ends_on,
        summary: `Einde stage bij ${i.name} — ${short(i.first_name, i.last_name)}`,
        trajectoryId: i.trajectory_id,
      },
    ]),
  ].sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}

/** The iCalendar text of a feed secret; an unknown or revoked secret does not exist (404). */
export async function renderFeed(db: Kysely<DB>, tokenWithExtension: string, baseUrl: string) {
  const token = tokenWithExtension.replace(/\.ics$/, '');
  const row = await db
    .selectFrom('calendar_feed_tokens as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.user_id', 'f.last_used_at', 'u.is_active'])
    .where('f.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || !row.is_active) {
    throw new NotFoundError();
  }
  await db
    .updateTable('calendar_feed_tokens')
    .set({ last_used_at: sql<Date>`now()` })
    .where('user_id', '=', row.user_id)
    .execute();
  const calendar = ical({
    name: 'Werkbrug — afspraken',
    prodId: '//Werkbrug//Trajecten//NL',
    timezone: 'Europe/Brussels',
  });
  for (const e of await feedEvents(db, row.user_id)) {
    calendar.createEvent({
      id: `${e.id}@werkbrug`,
      start: new Date(`${e.day}T00:00:00Z`),
      allDay: true,
      summary: e.summary,
      url: `${baseUrl}/trajectories/${e.trajectoryId}`,
    });
  }
  return calendar.toString();
}
