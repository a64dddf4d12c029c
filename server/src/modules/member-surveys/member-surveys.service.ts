import type { Locale } from '../../db/schema';
import { hasRole, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { isSmall, protectTable } from '../../lib/suppression';
import type { Table } from '../../lib/tables';
import { recordAudit, recordDenied } from '../audit/audit.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import { memberSurveysRepository as repo } from './member-surveys.repository';
import {
  type AnswerRoundBody,
  type CreateRoundBody,
  FIGURE_KEYS,
  type MemberSurveyRoundDetailDto,
  type MemberSurveyRoundDto,
} from './member-surveys.schemas';

type RoundRow = NonNullable<Awaited<ReturnType<typeof repo.findRound>>>;

function presentRound(r: RoundRow): MemberSurveyRoundDto {
  return {
    id: r.id,
    title: r.title,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    deadline: r.deadline,
    openedAt: r.opened_at.toISOString(),
    closedAt: r.closed_at?.toISOString() ?? null,
    status: r.closed_at ? 'closed' : 'open',
    members: Number(r.members ?? 0),
    answered: Number(r.answered ?? 0),
    version: r.version,
  };
}

export async function findRounds(ctx: RequestContext) {
  return { items: (await repo.findRounds(ctx.db)).map(presentRound) };
}

const COLUMNS = [
  'referrals_received',
  'referrals_started',
  'no_starts',
  'still_in_intake',
  'waiting_list',
] as const;

/**
 * A round with the status per organisation (network admins: every one, with its figures; org admins: their own)
 * and the aggregated figures: sums over those who answered, and a per-organisation table with small cells hidden
 * (network admins and analysts). Analysts never see an organisation's own answer.
 */
export async function getRound(ctx: RequestContext, id: string): Promise<MemberSurveyRoundDetailDto> {
  const round = await repo.findRound(ctx.db, id);
  if (!round) {
    throw new NotFoundError();
  }
  const members = await repo.findMembers(ctx.db, id);
  const network = isNetworkAdmin(ctx.actor);
  const own = organisationIdsWith(ctx.actor, ['org_admin']);
  const answered = members.filter((m) => m.answered_at !== null);
  const sums = COLUMNS.map((c) => answered.reduce((s, m) => s + (m[c] ?? 0), 0));
  const seesTable = network || hasRole(ctx.actor, 'analyst');
  const p = protectTable({
    cells: answered.map((m) => COLUMNS.map((c) => m[c]!)),
    hasRowTotals: false,
    hasColumnTotals: true,
  });
  return {
    ...presentRound(round),
    organisations: members
      .filter((m) => network || own.includes(m.id))
      .map((m) => ({
        organisation: { id: m.id, name: m.name },
        status: m.answered_at ? ('answered' as const) : ('missing' as const),
        answeredAt: m.answered_at?.toISOString() ?? null,
        figures: m.answered_at
          ? {
              referralsReceived: m.referrals_received!,
              referralsStarted: m.referrals_started!,
              noStarts: m.no_starts!,
              stillInIntake: m.still_in_intake!,
              waitingList: m.waiting_list!,
              note: m.note,
              version: m.version!,
            }
          : null,
        canAnswer: !round.closed_at && (network || own.includes(m.id)),
      })),
    totals: Object.fromEntries(
      FIGURE_KEYS.map((k, i) => [k, p.columnTotals[i] ?? (isSmall(sums[i]!) ? null : sums[i]!)]),
    ) as MemberSurveyRoundDetailDto['totals'],
    table: seesTable
      ? answered.map((m, r) => ({ organisation: { id: m.id, name: m.name }, figures: p.cells[r]! }))
      : [],
  };
}

/** Opens a round for every active member organisation; their admins are notified. */
export async function createRound(ctx: RequestContext, input: CreateRoundBody) {
  if (input.periodTo < input.periodFrom) {
    throw ValidationError.field('periodTo', 'date_order', { other: 'periodFrom' });
  }
  if (input.deadline < input.periodTo) {
    throw ValidationError.field('deadline', 'date_order', { other: 'periodTo' });
  }
  const organisations = await repo.findMemberOrganisations(ctx.db);
  if (!organisations.length) {
    throw new ValidationError([{ path: 'title', code: 'member_survey_no_members' }], 422);
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertRound(
      trx,
      {
        title: input.title,
        period_from: input.periodFrom,
        period_to: input.periodTo,
        deadline: input.deadline,
        opened_by: ctx.actor.userId,
      },
      organisations.map((o) => o.id),
    );
    for (const o of organisations) {
      await notificationsRepository.insertForUsers(
        trx,
        await notificationsRepository.findRecipients(trx, o.id, ['org_admin']),
        {
          kind: 'member_survey.opened',
          entityType: 'member_survey_round',
          entityId: id,
          params: { title: input.title, deadline: input.deadline },
        },
      );
    }
    await recordAudit(trx, ctx, {
      action: 'member_survey.opened',
      entityType: 'member_survey_round',
      entityId: id,
      details: { title: input.title, members: organisations.length },
    });
    return id;
  });
  return getRound(ctx, id);
}

export async function closeRound(ctx: RequestContext, id: string, version: number) {
  const round = await repo.findRound(ctx.db, id);
  if (!round) {
    throw new NotFoundError();
  }
  if (round.closed_at) {
    throw new ValidationError([{ path: 'version', code: 'member_survey_closed' }], 409);
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.closeRound(trx, id, version))) {
      throw new ConflictError(version, presentRound(round));
    }
    await recordAudit(trx, ctx, {
      action: 'member_survey.closed',
      entityType: 'member_survey_round',
      entityId: id,
    });
  });
  return getRound(ctx, id);
}

/** An organisation's figures for a round: first answer, or a correction with its version while the round is open. */
export async function answerRound(
  ctx: RequestContext,
  id: string,
  organisationId: string,
  input: AnswerRoundBody,
) {
  const round = await repo.findRound(ctx.db, id);
  if (!round) {
    throw new NotFoundError();
  }
  if (!isNetworkAdmin(ctx.actor) && !organisationIdsWith(ctx.actor, ['org_admin']).includes(organisationId)) {
    await recordDenied(ctx.db, ctx, {
      action: 'member_survey.answered',
      entityType: 'member_survey_round',
      entityId: id,
      organisationId,
    });
    throw new NotFoundError();
  }
  if (round.closed_at) {
    throw new ValidationError([{ path: 'version', code: 'member_survey_closed' }], 409);
  }
  if (!(await repo.isMember(ctx.db, id, organisationId))) {
    throw ValidationError.field('organisationId', 'member_survey_not_member');
  }
  const parts = input.referralsStarted + input.noStarts + input.stillInIntake;
  if (parts > input.referralsReceived) {
    throw new ValidationError(
      (['referralsStarted', 'noStarts', 'stillInIntake'] as const)
        .filter((k) => input[k] > 0)
        .map((k) => ({
          path: k,
          code: 'too_big_number' as const,
          params: { maximum: Math.max(0, input.referralsReceived - (parts - input[k])) },
        })),
    );
  }
  const values = {
    referrals_received: input.referralsReceived,
    referrals_started: input.referralsStarted,
    no_starts: input.noStarts,
    still_in_intake: input.stillInIntake,
    waiting_list: input.waitingList,
    note: input.note ?? null,
    answered_by: ctx.actor.userId,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findAnswer(trx, id, organisationId);
    if (!existing) {
      if (
        input.version !== undefined ||
        !(await repo.insertAnswer(trx, { round_id: id, organisation_id: organisationId, ...values }))
      ) {
        throw new ConflictError(input.version ?? 0, { version: 0 });
      }
    } else if (
      input.version === undefined ||
      !(await repo.updateAnswer(trx, id, organisationId, input.version, values))
    ) {
      throw new ConflictError(input.version ?? 0, {
        version: existing.version,
        answeredAt: existing.answered_at.toISOString(),
      });
    }
    await recordAudit(trx, ctx, {
      action: 'member_survey.answered',
      entityType: 'member_survey_round',
      entityId: id,
      organisationId,
      details: { organisationId, correction: !!existing },
    });
  });
  return getRound(ctx, id);
}

/** The aggregated figures of a round as a table (organisations with small cells hidden, then the totals). */
export function roundTables(data: MemberSurveyRoundDetailDto, locale: Locale): Table[] {
  const isNl = locale === 'nl-BE';
  const labels = isNl
    ? ['Ontvangen toeleidingen', 'Gestart', 'Niet gestart', 'Nog in intake', 'Wachtlijst']
    : ['Referrals received', 'Started', 'Did not start', 'Still in intake', 'Waiting list'];
  const columns = [
    { key: 'organisation', label: isNl ? 'Organisatie' : 'Organisation' },
    ...FIGURE_KEYS.map((k, i) => ({ key: k, label: labels[i]! })),
  ];
  return [
    {
      title: data.title,
      columns,
      rows: [
        ...data.table.map((r) => ({
          organisation: r.organisation.name,
          ...Object.fromEntries(FIGURE_KEYS.map((k, i) => [k, r.figures[i] ?? null])),
        })),
        { organisation: isNl ? 'Totaal' : 'Total', ...data.totals },
      ],
    },
  ];
}

export async function auditRoundExport(ctx: RequestContext, id: string, format: string) {
  await recordAudit(ctx.db, ctx, {
    action: 'member_survey.exported',
    entityType: 'member_survey_round',
    entityId: id,
    details: { format, on: brusselsDate(new Date()) },
  });
}
