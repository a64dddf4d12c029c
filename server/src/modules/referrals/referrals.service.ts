import type { Kysely, Updateable } from 'kysely';
import type { DB, ReferralStatus, ReferralsTable } from '../../db/schema';
import { type Actor, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import type { AuditContext, RequestContext } from '../../lib/context';
import { addToDate, brusselsDate } from '../../lib/dates';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { recordAudit } from '../audit/audit.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import { CASEWORK_ROLES, EDIT_ROLES } from '../participants/participants.policy';
import { participantsRepository } from '../participants/participants.repository';
import {
  assertCoach,
  assertNotRegistered,
  insertParticipantRecord,
  loadParticipantAccess,
  transferAssignment,
  validateRecord,
} from '../participants/participants.service';
import { canSeeReferral, isReceiver, isReferrer, OPEN_STATUSES } from './referrals.policy';
import { presentReferral, referralFacts } from './referrals.presenter';
import { type ReferralRecord, referralsRepository } from './referrals.repository';
import {
  type CreateReferralBody,
  LEAD_TIME_STEPS,
  type NoStartBody,
  type RecordContactBody,
  type ReferralQuery,
  type StartReferralBody,
  type StatsQuery,
  type UpdateReferralBody,
  type WithdrawReferralBody,
} from './referrals.schemas';
import type { ReferralFollowUpSettings } from './referrals.settings';

/** Figures over fewer cases than this are hidden: with small numbers, people can be recognised. */
export const MINIMUM_CELL = 5;

const today = () => brusselsDate(new Date());

async function loadVisible(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await referralsRepository.findById(db, id);
  if (!row || !canSeeReferral(actor, referralFacts(row))) {
    throw new NotFoundError();
  }
  return row;
}

/** Incoming (inbox), sent (outbox) or all referrals the actor's organisations are party to, paged. */
export async function findReferrals(ctx: RequestContext, query: ReferralQuery) {
  const scope = organisationScope(ctx.actor, CASEWORK_ROLES);
  const { rows, total } = await referralsRepository.findMany(ctx.db, { ...query, scope });
  const day = today();
  return {
    items: rows.map((r) => presentReferral(r, ctx.actor, day)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One referral, for the referring side, the receiving side and the organisation holding the participant. */
export async function getReferral(ctx: RequestContext, id: string) {
  return presentReferral(await loadVisible(ctx.db, ctx.actor, id), ctx.actor, today());
}

/** The referring organisation: the one asked for if the actor works there, else their own (none for self). */
function referrerOrganisation(actor: Actor, input: CreateReferralBody): string | null {
  if (input.referrerOrganisationId) {
    return input.referrerOrganisationId;
  }
  if (input.channel === 'self' || input.channel === 'other') {
    return null;
  }
  const mine = organisationIdsWith(actor, EDIT_ROLES);
  return actor.homeOrganisationId && mine.includes(actor.homeOrganisationId)
    ? actor.homeOrganisationId
    : (mine[0] ?? null);
}

/**
 * Records a referral of a participant (existing, or new: registered, or linked when the national number is
 * already known in the network) by a channel to a measure at a receiving organisation.
 */
export async function createReferral(ctx: RequestContext, input: CreateReferralBody) {
  if (!input.participantId && !input.participant) {
    throw ValidationError.field('participantId', 'required');
  }
  if (input.referredOn > today()) {
    throw ValidationError.field('referredOn', 'date_in_future');
  }
  const referrerOrgId = referrerOrganisation(ctx.actor, input);
  if (input.channel !== 'self' && !referrerOrgId && !input.referrerName) {
    throw ValidationError.field(
      input.channel === 'other' ? 'referrerName' : 'referrerOrganisationId',
      'required',
    );
  }
  for (const [path, orgId] of [
    ['targetOrganisationId', input.targetOrganisationId],
    ['referrerOrganisationId', referrerOrgId],
  ] as const) {
    if (orgId && !(await participantsRepository.organisationIsActive(ctx.db, orgId))) {
      throw ValidationError.field(path, 'unknown_reference');
    }
  }
  // The actor records a referral for their side of it: as the referrer, or as the receiver registering one.
  const mine = organisationIdsWith(ctx.actor, EDIT_ROLES);
  const actingOrg = [referrerOrgId, input.targetOrganisationId].find((o) => o && mine.includes(o)) ?? null;
  if (!actingOrg && !isNetworkAdmin(ctx.actor)) {
    throw ValidationError.field('referrerOrganisationId', 'unknown_reference');
  }
  if (input.participantId) {
    await loadParticipantAccess(ctx.db, ctx.actor, input.participantId).catch(() => {
      throw ValidationError.field('participantId', 'unknown_reference');
    });
  } else {
    await validateRecord(ctx.db, input.participant!);
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    let participantId = input.participantId;
    let isNewParticipant = false;
    if (!participantId) {
      const person = input.participant!;
      const known = await participantsRepository.findByNationalNumber(trx, person.nationalNumber);
      if (known) {
        participantId = known.merged_into_id ?? known.id;
      } else {
        await assertNotRegistered(trx, ctx.actor, { ...person, confirm: person.confirmNotDuplicate });
        participantId = await insertParticipantRecord(
          trx,
          ctx,
          { ...person, status: 'referred', waitingSince: input.referredOn },
          actingOrg ?? input.targetOrganisationId,
          { via: 'referral' },
        );
        isNewParticipant = true;
      }
    }
    const { id } = await referralsRepository.insert(trx, {
      participant_id: participantId,
      channel: input.channel,
      referrer_organisation_id: referrerOrgId,
      referrer_user_id: referrerOrgId && mine.includes(referrerOrgId) ? ctx.actor.userId : null,
      referrer_name: input.referrerName ?? null,
      referrer_contact: input.referrerContact ?? null,
      measure: input.measure,
      target_organisation_id: input.targetOrganisationId,
      motivation: input.motivation ?? null,
      referred_on: input.referredOn,
      created_by: ctx.actor.userId,
    });
    if (!isNewParticipant) {
      const current = await participantsRepository.findAccessFacts(trx, participantId);
      await participantsRepository.applyWorkflowChange(
        trx,
        participantId,
        current?.status === 'closed' ? { status: 'referred', waiting_since: input.referredOn } : {},
      );
    }
    await recordAudit(trx, ctx, {
      action: 'referral.created',
      entityType: 'referral',
      entityId: id,
      participantId,
      organisationId: actingOrg,
      details: {
        channel: input.channel,
        measure: input.measure,
        targetOrganisationId: input.targetOrganisationId,
        linkedToExistingParticipant: !input.participantId && !isNewParticipant,
      },
    });
    return id;
  });
  return getReferral(ctx, id);
}

type Transition = {
  action: string;
  from: readonly ReferralStatus[];
  side: 'receiver' | 'referrer';
};

/**
 * Applies one step of a referral in a transaction: checks the side and status, updates with the version, audits
 * it, and lets `after` carry the effects on the participant. A wrong status is a 409 naming it; a stale version
 * a 409 with the current referral.
 */
async function transition(
  ctx: RequestContext,
  id: string,
  version: number,
  t: Transition,
  values: (row: ReferralRecord) => Updateable<ReferralsTable>,
  after?: (trx: Kysely<DB>, row: ReferralRecord) => Promise<void>,
  details: Record<string, unknown> = {},
) {
  const row = await loadVisible(ctx.db, ctx.actor, id);
  const facts = referralFacts(row);
  if (!(t.side === 'receiver' ? isReceiver(ctx.actor, facts) : isReferrer(ctx.actor, facts))) {
    throw new ForbiddenError();
  }
  if (!t.from.includes(row.status)) {
    throw new ValidationError(
      [{ path: 'version', code: 'invalid_transition', params: { status: row.status } }],
      409,
    );
  }
  const changes = values(row);
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await referralsRepository.updateVersioned(trx, id, version, t.from, changes);
    if (!updated) {
      throw new ConflictError(version, presentReferral(row, ctx.actor, today()));
    }
    await after?.(trx, row);
    await participantsRepository.applyWorkflowChange(trx, row.participant_id, {});
    await recordAudit(trx, ctx, {
      action: `referral.${t.action}`,
      entityType: 'referral',
      entityId: id,
      participantId: row.participant_id,
      organisationId: t.side === 'receiver' ? row.target_organisation_id : row.referrer_organisation_id,
      details,
    });
    const fresh = await referralsRepository.findById(trx, id);
    return presentReferral(fresh!, ctx.actor, today());
  });
}

function assertContactDate(row: ReferralRecord, firstContactOn: string) {
  if (firstContactOn < row.referred_on) {
    throw ValidationError.field('firstContactOn', 'date_order', { other: 'referredOn' });
  }
  if (firstContactOn > today()) {
    throw ValidationError.field('firstContactOn', 'date_in_future');
  }
}

/** Edits what the referring side wrote while the referral is open. */
export async function updateReferral(ctx: RequestContext, id: string, input: UpdateReferralBody) {
  const { data } = input;
  return transition(
    ctx,
    id,
    input.version,
    { action: 'updated', from: OPEN_STATUSES, side: 'referrer' },
    () => ({
      ...(data.referrerName !== undefined && { referrer_name: data.referrerName }),
      ...(data.referrerContact !== undefined && { referrer_contact: data.referrerContact }),
      ...(data.motivation !== undefined && { motivation: data.motivation }),
      ...(data.measure !== undefined && { measure: data.measure }),
    }),
    undefined,
    { fields: Object.keys(data).sort() },
  );
}

/** The receiving organisation reached the person: the referral is answered. */
export async function recordFirstContact(ctx: RequestContext, id: string, input: RecordContactBody) {
  return transition(
    ctx,
    id,
    input.version,
    { action: 'contacted', from: ['pending'], side: 'receiver' },
    (row) => {
      assertContactDate(row, input.firstContactOn);
      return { status: 'in_contact', first_contact_on: input.firstContactOn };
    },
  );
}

/**
 * The person started at the receiving organisation: the participant moves there (with a coach, if given), takes
 * on the measure and stops waiting; the previous coach keeps read access for 30 days.
 */
export async function startReferral(ctx: RequestContext, id: string, input: StartReferralBody) {
  const probe = await loadVisible(ctx.db, ctx.actor, id);
  await assertCoach(ctx.db, input.coachUserId, probe.target_organisation_id);
  return transition(
    ctx,
    id,
    input.version,
    { action: 'started', from: OPEN_STATUSES, side: 'receiver' },
    (row) => {
      const firstContact = row.first_contact_on ?? input.firstContactOn;
      if (!firstContact) {
        throw ValidationError.field('firstContactOn', 'required');
      }
      assertContactDate(row, firstContact);
      if (input.startedOn < firstContact) {
        throw ValidationError.field('startedOn', 'date_order', { other: 'firstContactOn' });
      }
      if (input.startedOn > today()) {
        throw ValidationError.field('startedOn', 'date_in_future');
      }
      return {
        status: 'started',
        first_contact_on: firstContact,
        started_on: input.startedOn,
        closed_at: new Date(),
      };
    },
    async (trx, row) => {
      const before = await participantsRepository.findById(trx, row.participant_id);
      const coach = input.coachUserId === undefined ? null : input.coachUserId;
      await participantsRepository.applyWorkflowChange(trx, row.participant_id, {
        organisation_id: row.target_organisation_id,
        coach_user_id: coach,
        current_measure: row.measure,
        status: 'in_trajectory',
        waiting_since: null,
      });
      const now = new Date();
      await transferAssignment(trx, ctx.actor.userId, {
        participantId: row.participant_id,
        createdAt: row.created_at,
        from: { coachUserId: before?.coach_user_id ?? null, organisationId: before?.organisation_id ?? null },
        to: { coachUserId: coach, organisationId: row.target_organisation_id },
        reason: 'referral_started',
        now,
      });
    },
    { measure: probe.measure },
  );
}

async function settleParticipantAfterClosing(trx: Kysely<DB>, participantId: string, referralId: string) {
  const open = await referralsRepository.countOpenForParticipant(trx, participantId, referralId);
  const facts = await participantsRepository.findAccessFacts(trx, participantId);
  if (open === 0 && facts?.status === 'referred') {
    await participantsRepository.applyWorkflowChange(trx, participantId, { status: 'waiting' });
  }
}

/** The person did not start, for a reason from the list (with text for "other"). */
export async function recordNoStart(ctx: RequestContext, id: string, input: NoStartBody) {
  if (input.noStartReason === 'other' && !input.noStartText) {
    throw ValidationError.field('noStartText', 'required');
  }
  return transition(
    ctx,
    id,
    input.version,
    { action: 'no_start', from: OPEN_STATUSES, side: 'receiver' },
    (row) => {
      if (input.firstContactOn) {
        assertContactDate(row, input.firstContactOn);
      }
      return {
        status: 'no_start',
        no_start_reason: input.noStartReason,
        no_start_text: input.noStartText ?? null,
        ...(input.firstContactOn && !row.first_contact_on && { first_contact_on: input.firstContactOn }),
        closed_at: new Date(),
      };
    },
    (trx, row) => settleParticipantAfterClosing(trx, row.participant_id, row.id),
    // The reason is a code from the list; the free text may hold health details and stays out of the audit log.
    { reason: input.noStartReason },
  );
}

/** The referring side takes the referral back. */
export async function withdrawReferral(ctx: RequestContext, id: string, input: WithdrawReferralBody) {
  return transition(
    ctx,
    id,
    input.version,
    { action: 'withdrawn', from: OPEN_STATUSES, side: 'referrer' },
    () => ({ status: 'withdrawn', closed_at: new Date() }),
    (trx, row) => settleParticipantAfterClosing(trx, row.participant_id, row.id),
    { hasNote: !!input.note },
  );
}

const shortName = (first: string, last: string) => `${first} ${last.charAt(0)}.`;

/**
 * Who is told that a referral got no answer, so that nobody waits in silence: the person who referred and the
 * referring organisation's admins; an organisation without admins, its coaches and consultants; a self-referral or
 * one by someone outside the network, the participant's own account.
 */
async function noAnswerRecipients(
  db: Kysely<DB>,
  r: { referrer_user_id: string | null; referrer_organisation_id: string | null; participant_id: string },
) {
  const recipients = r.referrer_user_id ? [r.referrer_user_id] : [];
  if (r.referrer_organisation_id) {
    const admins = await notificationsRepository.findRecipients(db, r.referrer_organisation_id, [
      'org_admin',
    ]);
    recipients.push(
      ...(admins.length
        ? admins
        : await notificationsRepository.findRecipients(db, r.referrer_organisation_id, [
            'coach',
            'indication_consultant',
          ])),
    );
  } else {
    recipients.push(...(await notificationsRepository.findParticipantUsers(db, r.participant_id)));
  }
  return [...new Set(recipients)];
}

/**
 * The daily follow-up: pending referrals past the limit are closed as "no answer" and the referrer is told;
 * those past the reminder age get one reminder to the receiving organisation. Nobody waits in silence. `now` is
 * passed in so that tests (and a catch-up run) decide what "today" is.
 */
export async function runReferralFollowUp(
  db: Kysely<DB>,
  settings: ReferralFollowUpSettings,
  now: Date = new Date(),
): Promise<{ reminded: number; closed: number }> {
  const day = brusselsDate(now);
  const remindBy = addToDate(day, { days: -settings.reminderDays });
  const closeBy = addToDate(day, { days: -settings.noAnswerDays });
  const system: AuditContext = { actor: null, ip: null, userAgent: null };
  return db.transaction().execute(async (trx) => {
    const closed = await referralsRepository.closeUnanswered(trx, closeBy, now);
    for (const r of closed) {
      const recipients = await noAnswerRecipients(trx, r);
      await notificationsRepository.insertForUsers(trx, recipients, {
        kind: 'referral.no_answer',
        entityType: 'referral',
        entityId: r.id,
        params: {
          participant: shortName(r.first_name, r.last_name),
          referredOn: r.referred_on,
          days: settings.noAnswerDays,
        },
      });
      await settleParticipantAfterClosing(trx, r.participant_id, r.id);
      await recordAudit(trx, system, {
        action: 'referral.closed_no_answer',
        entityType: 'referral',
        entityId: r.id,
        participantId: r.participant_id,
        organisationId: r.target_organisation_id,
        details: { noAnswerDays: settings.noAnswerDays, notified: recipients.length },
      });
    }
    const due = await referralsRepository.findDueForReminder(trx, remindBy, closeBy);
    let reminded = 0;
    for (const r of due) {
      if (!(await referralsRepository.markReminded(trx, r.id, now))) {
        continue;
      }
      reminded++;
      const recipients = await notificationsRepository.findRecipients(trx, r.target_organisation_id, [
        'org_admin',
        'coach',
      ]);
      await notificationsRepository.insertForUsers(trx, recipients, {
        kind: 'referral.reminder',
        entityType: 'referral',
        entityId: r.id,
        params: {
          participant: shortName(r.first_name, r.last_name),
          referredOn: r.referred_on,
          measure: r.measure,
        },
      });
      await recordAudit(trx, system, {
        action: 'referral.reminder_sent',
        entityType: 'referral',
        entityId: r.id,
        organisationId: r.target_organisation_id,
        details: { reminderDays: settings.reminderDays, notified: recipients.length },
      });
    }
    return { reminded, closed: closed.length };
  });
}

function statsPeriod(query: StatsQuery) {
  const to = query.to ?? today();
  const from = query.from ?? addToDate(to, { months: -12 });
  if (from > to) {
    throw ValidationError.field('to', 'date_order', { other: 'from' });
  }
  return { ...query, from, to };
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/**
 * Lead times of the flow per channel (referral → first contact → indication → advice → validation, and
 * referral → start): median and 90th percentile in days. Aggregated over the network, with cells under five
 * cases hidden, and only over participants who consented to statistics.
 */
export async function getLeadTimes(ctx: RequestContext, query: StatsQuery) {
  const period = statsPeriod(query);
  const rows = await referralsRepository.leadTimes(ctx.db, period);
  return {
    from: period.from,
    to: period.to,
    minimumCell: MINIMUM_CELL,
    channels: rows.map((r) => ({
      channel: r.channel,
      referrals: Number(r.referrals),
      started: Number(r.started),
      noStart: Number(r.no_start),
      noAnswer: Number(r.no_answer),
      open: Number(r.open),
      steps: Object.fromEntries(
        LEAD_TIME_STEPS.map((step) => {
          const n = Number(r[`${step}_n`] ?? 0);
          const isSuppressed = n < MINIMUM_CELL;
          return [
            step,
            {
              n: isSuppressed ? 0 : n,
              medianDays: isSuppressed ? null : round1(r[`${step}_median`] ?? null),
              p90Days: isSuppressed ? null : round1(r[`${step}_p90`] ?? null),
              isSuppressed,
            },
          ];
        }),
      ) as Record<
        (typeof LEAD_TIME_STEPS)[number],
        { n: number; medianDays: number | null; p90Days: number | null; isSuppressed: boolean }
      >,
    })),
  };
}

/** Why referred people did not start, per channel (no answer included), with small cells hidden. */
export async function getNoStartReasons(ctx: RequestContext, query: StatsQuery) {
  const period = statsPeriod(query);
  const rows = await referralsRepository.noStartReasons(ctx.db, period);
  return {
    from: period.from,
    to: period.to,
    minimumCell: MINIMUM_CELL,
    rows: rows.map((r) => ({
      channel: r.channel,
      reason: r.reason as never,
      count: r.count < MINIMUM_CELL ? null : r.count,
    })),
  };
}
