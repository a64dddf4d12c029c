import type { Kysely, Selectable } from 'kysely';
import type { DB, Locale, SurveyQuestionsTable, SurveyTemplatesTable } from '../../db/schema';
import { isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { addToDate, brusselsDate } from '../../lib/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { MINIMUM_CELL, protectTable } from '../../lib/suppression';
import type { Table } from '../../lib/tables';
import { recordAudit, recordDenied } from '../audit/audit.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import { type InvitationRecord, surveysRepository } from './surveys.repository';
import type {
  AnswerSurveyBody,
  CreateSurveyInvitationBody,
  MySurveyDto,
  SurveyInvitationDto,
  SurveyInvitationQuery,
  SurveyResultsDto,
  SurveyResultsQuery,
  SurveyTemplateDto,
} from './surveys.schemas';

const SENDER_ROLES = ['org_admin', 'coach'] as const;
const nl = (locale: Locale) => locale === 'nl-BE';

function presentTemplate(
  t: Selectable<SurveyTemplatesTable>,
  questions: Selectable<SurveyQuestionsTable>[],
  locale: Locale,
): SurveyTemplateDto {
  return {
    id: t.id,
    key: t.key,
    version: t.version,
    audience: t.audience,
    moment: t.moment,
    title: nl(locale) ? t.title_nl : t.title_en,
    intro: nl(locale) ? t.intro_nl : t.intro_en,
    questions: questions
      .filter((q) => q.template_id === t.id)
      .map((q) => ({
        id: q.id,
        position: q.position,
        key: q.key,
        kind: q.kind,
        text: nl(locale) ? q.text_nl : q.text_en,
        anchorLow: nl(locale) ? q.anchor_low_nl : q.anchor_low_en,
        anchorHigh: nl(locale) ? q.anchor_high_nl : q.anchor_high_en,
        isRequired: q.is_required,
      })),
  };
}

const statusOf = (r: { answered_at: Date | null; withdrawn_at: Date | null }) =>
  r.withdrawn_at ? 'withdrawn' : r.answered_at ? 'answered' : 'open';

function presentInvitation(r: InvitationRecord, locale: Locale): SurveyInvitationDto {
  return {
    id: r.id,
    template: {
      id: r.template_id,
      key: r.template_key,
      version: r.template_version,
      title: nl(locale) ? r.title_nl : r.title_en,
    },
    audience: r.audience,
    organisation: { id: r.organisation_id, name: r.organisation_name },
    respondent: { id: r.respondent_user_id, name: r.respondent_name },
    participant: r.participant_id ? { id: r.participant_id, name: r.participant_name ?? '' } : null,
    employer: r.employer_id ? { id: r.employer_id, name: r.employer_name ?? '' } : null,
    trajectoryId: r.trajectory_id,
    sentAt: r.sent_at.toISOString(),
    answeredAt: r.answered_at?.toISOString() ?? null,
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    status: statusOf(r),
    version: r.version,
  };
}

/** The surveys that are sent now (the active version of each), with their questions. */
export async function findTemplates(ctx: RequestContext) {
  const templates = await surveysRepository.findActiveTemplates(ctx.db);
  const questions = await surveysRepository.findQuestions(
    ctx.db,
    templates.map((t) => t.id),
  );
  return { items: templates.map((t) => presentTemplate(t, questions, ctx.locale)) };
}

/** Invitations sent by the actor's organisations (network admins: all). Never the answers. */
export async function findInvitations(ctx: RequestContext, query: SurveyInvitationQuery) {
  const { rows, total } = await surveysRepository.findInvitations(ctx.db, {
    ...query,
    scope: organisationScope(ctx.actor, SENDER_ROLES),
  });
  return {
    items: rows.map((r) => presentInvitation(r, ctx.locale)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Sends a survey to a participant (their own login) or to an employer contact, on behalf of an organisation the
 * sender works for. The respondent is told by a notification and answers in the app.
 */
export async function createInvitation(ctx: RequestContext, input: CreateSurveyInvitationBody) {
  const template = await surveysRepository.findActiveTemplate(ctx.db, input.templateKey);
  if (!template) {
    throw ValidationError.field('templateKey', 'unknown_reference');
  }
  const senderOrganisations = organisationIdsWith(ctx.actor, SENDER_ROLES);
  let organisationId: string;
  let respondentUserId: string;
  let participantId: string | null = null;
  let employerId: string | null = null;
  if (template.audience === 'participant') {
    if (!input.participantId) {
      throw ValidationError.field('participantId', 'required');
    }
    if (input.employerId || input.respondentUserId) {
      throw ValidationError.field(
        input.employerId ? 'employerId' : 'respondentUserId',
        'survey_audience_mismatch',
        {
          audience: template.audience,
        },
      );
    }
    const participant = await surveysRepository.findParticipant(ctx.db, input.participantId);
    if (!participant?.organisation_id || !senderOrganisations.includes(participant.organisation_id)) {
      throw ValidationError.field('participantId', 'unknown_reference');
    }
    if (!participant.loginIds.length) {
      throw ValidationError.field('participantId', 'survey_no_login');
    }
    organisationId = participant.organisation_id;
    respondentUserId = participant.loginIds[0]!;
    participantId = participant.id;
  } else {
    if (input.participantId) {
      throw ValidationError.field('participantId', 'survey_audience_mismatch', {
        audience: template.audience,
      });
    }
    if (!input.employerId) {
      throw ValidationError.field('employerId', 'required');
    }
    if (!input.respondentUserId) {
      throw ValidationError.field('respondentUserId', 'required');
    }
    organisationId = input.organisationId ?? senderOrganisations[0]!;
    if (!senderOrganisations.includes(organisationId)) {
      throw ValidationError.field('organisationId', 'unknown_reference');
    }
    const employer = await surveysRepository.findEmployer(ctx.db, input.employerId);
    if (!employer) {
      throw ValidationError.field('employerId', 'unknown_reference');
    }
    if (
      employer.owner_organisation_id !== organisationId &&
      !(await surveysRepository.hasWorkedWith(ctx.db, organisationId, employer.id))
    ) {
      throw ValidationError.field('employerId', 'survey_employer_not_served');
    }
    if (!(await surveysRepository.isEmployerContact(ctx.db, input.respondentUserId, employer.id))) {
      throw ValidationError.field('respondentUserId', 'survey_no_login');
    }
    respondentUserId = input.respondentUserId;
    employerId = employer.id;
  }
  if (await surveysRepository.hasOpen(ctx.db, template.id, respondentUserId)) {
    throw new ValidationError(
      [{ path: participantId ? 'participantId' : 'respondentUserId', code: 'survey_open_invitation_exists' }],
      409,
    );
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await surveysRepository.insertInvitation(trx, {
      template_id: template.id,
      organisation_id: organisationId,
      sent_by: ctx.actor.userId,
      respondent_user_id: respondentUserId,
      participant_id: participantId,
      employer_id: employerId,
      trajectory_id: input.trajectoryId ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'survey.invited',
      entityType: 'survey_invitation',
      entityId: id,
      organisationId,
      participantId,
      details: { templateKey: template.key, templateVersion: template.version, employerId },
    });
    const invitation = (await surveysRepository.findInvitation(trx, id))!;
    await notificationsRepository.insertForUsers(trx, [respondentUserId], {
      kind: 'survey.invited',
      entityType: 'survey_invitation',
      entityId: id,
      params: { organisation: invitation.organisation_name },
    });
    return id;
  });
  return presentInvitation((await surveysRepository.findInvitation(ctx.db, id))!, ctx.locale);
}

/** Withdraws an open invitation of the actor's organisation (409 once answered, or on a stale version). */
export async function withdrawInvitation(ctx: RequestContext, id: string, version: number) {
  const row = await surveysRepository.findInvitation(ctx.db, id);
  const scope = organisationScope(ctx.actor, SENDER_ROLES);
  if (!row || (scope !== null && !scope.includes(row.organisation_id))) {
    throw new NotFoundError();
  }
  if (row.answered_at || row.withdrawn_at) {
    throw new ValidationError([{ path: 'version', code: 'survey_not_answerable' }], 409);
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await surveysRepository.setState(trx, id, version, { withdrawn_at: new Date() }))) {
      throw new ConflictError(version, presentInvitation(row, ctx.locale));
    }
    await recordAudit(trx, ctx, {
      action: 'survey.withdrawn',
      entityType: 'survey_invitation',
      entityId: id,
      organisationId: row.organisation_id,
    });
  });
  return presentInvitation((await surveysRepository.findInvitation(ctx.db, id))!, ctx.locale);
}

async function presentMine(db: Kysely<DB>, row: InvitationRecord, locale: Locale, withAnswers: boolean) {
  const template = await surveysRepository.findTemplateById(db, row.template_id);
  const questions = await surveysRepository.findQuestions(db, [template.id]);
  let answers: MySurveyDto['answers'] = null;
  if (withAnswers && row.answered_at) {
    answers = {};
    for (const a of await surveysRepository.findAnswers(db, row.id)) {
      answers[a.key] = a.kind === 'text' ? a.text! : a.kind === 'yes_no' ? a.value === 1 : a.value!;
    }
  }
  return {
    id: row.id,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    template: presentTemplate(template, questions, locale),
    sentAt: row.sent_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    status: statusOf(row),
    version: row.version,
    answers,
  } satisfies MySurveyDto;
}

/** The respondent's own surveys: open ones first, then those they answered. */
export async function findMySurveys(ctx: RequestContext) {
  const rows = await surveysRepository.findForRespondent(ctx.db, ctx.actor.userId);
  const items = await Promise.all(rows.map((r) => presentMine(ctx.db, r, ctx.locale, false)));
  items.sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open'));
  return { items: items.map(({ answers: _, ...rest }) => rest) };
}

async function loadMine(ctx: RequestContext, id: string) {
  const row = await surveysRepository.findInvitation(ctx.db, id);
  if (!row || row.respondent_user_id !== ctx.actor.userId) {
    if (row) {
      await recordDenied(ctx.db, ctx, {
        action: 'survey.read',
        entityType: 'survey_invitation',
        entityId: id,
      });
    }
    throw new NotFoundError();
  }
  return row;
}

export async function getMySurvey(ctx: RequestContext, id: string) {
  return presentMine(ctx.db, await loadMine(ctx, id), ctx.locale, true);
}

/** Stores the respondent's answers once; each answer is checked against its question (field `answers.<key>`). */
export async function answerMySurvey(ctx: RequestContext, id: string, input: AnswerSurveyBody) {
  const row = await loadMine(ctx, id);
  if (row.withdrawn_at) {
    throw new ValidationError([{ path: 'version', code: 'survey_withdrawn' }], 409);
  }
  if (row.answered_at) {
    throw new ValidationError([{ path: 'version', code: 'survey_already_answered' }], 409);
  }
  const questions = await surveysRepository.findQuestions(ctx.db, [row.template_id]);
  const keys = new Set(questions.map((q) => q.key));
  const issues: {
    path: string;
    code: 'survey_unknown_question' | 'required' | 'survey_answer_kind';
    params?: Record<string, unknown>;
  }[] = [];
  for (const key of Object.keys(input.answers)) {
    if (!keys.has(key)) {
      issues.push({ path: `answers.${key}`, code: 'survey_unknown_question' });
    }
  }
  const values: { invitation_id: string; question_id: string; value: number | null; text: string | null }[] =
    [];
  for (const q of questions) {
    const given = input.answers[q.key];
    const path = `answers.${q.key}`;
    const empty = given === undefined || given === null || (typeof given === 'string' && given.trim() === '');
    if (empty) {
      if (q.is_required) {
        issues.push({ path, code: 'required' });
      }
      continue;
    }
    if (q.kind === 'scale') {
      if (typeof given !== 'number' || !Number.isInteger(given) || given < 1 || given > 5) {
        issues.push({ path, code: 'survey_answer_kind', params: { expected: '1–5' } });
      } else {
        values.push({ invitation_id: id, question_id: q.id, value: given, text: null });
      }
    } else if (q.kind === 'yes_no') {
      if (typeof given !== 'boolean') {
        issues.push({ path, code: 'survey_answer_kind', params: { expected: 'true/false' } });
      } else {
        values.push({ invitation_id: id, question_id: q.id, value: given ? 1 : 0, text: null });
      }
    } else if (typeof given !== 'string' || given.trim().length > 1000) {
      issues.push({ path, code: 'survey_answer_kind', params: { expected: 'text (≤ 1000)' } });
    } else {
      values.push({ invitation_id: id, question_id: q.id, value: null, text: given.trim() });
    }
  }
  if (issues.length) {
    throw new ValidationError(issues);
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await surveysRepository.setState(trx, id, input.version, { answered_at: new Date() }))) {
      throw new ConflictError(input.version, await presentMine(trx, row, ctx.locale, false));
    }
    await surveysRepository.insertAnswers(trx, values);
    // The audit names the invitation, never the answers.
    await recordAudit(trx, ctx, {
      action: 'survey.answered',
      entityType: 'survey_invitation',
      entityId: id,
      organisationId: row.organisation_id,
    });
  });
  return getMySurvey(ctx, id);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Results of a survey per organisation and for the network, small cells hidden: per question the count of each
 * answer (protected with the exact differencing audit against the organisations' and the network's totals), and
 * the mean only where every count of its line is shown (so it tells nothing the counts do not). Text answers go
 * only to admins of the organisation that sent the survey, without names; analysts see aggregates only.
 */
export async function getResults(ctx: RequestContext, query: SurveyResultsQuery): Promise<SurveyResultsDto> {
  const template = await surveysRepository.findActiveTemplate(ctx.db, query.templateKey);
  if (!template) {
    throw ValidationError.field('templateKey', 'unknown_reference');
  }
  const today = brusselsDate(new Date());
  const to = query.to ?? today;
  const from = query.from ?? addToDate(to, { months: -12 });
  if (from > to) {
    throw ValidationError.field('to', 'date_order', { other: 'from' });
  }
  const f = { templateKey: template.key, from, to };
  const respondents = await surveysRepository.countRespondents(ctx.db, f);
  const counts = await surveysRepository.countAnswers(ctx.db, f);
  const questions = await surveysRepository.findQuestions(ctx.db, [template.id]);
  const organisations = respondents.map((r) => ({ id: r.organisation_id, name: r.name }));
  const rowIndex = new Map(organisations.map((o, i) => [o.id, i]));

  const respondentTable = protectTable({
    cells: respondents.map((r) => [Number(r.n)]),
    hasRowTotals: false,
    hasColumnTotals: true,
  });
  const commentOrganisations = isNetworkAdmin(ctx.actor) ? [] : organisationIdsWith(ctx.actor, ['org_admin']);
  const comments = await surveysRepository.findComments(ctx.db, {
    ...f,
    organisationIds: commentOrganisations,
  });

  const resultQuestions = questions.map((q) => {
    const text = nl(ctx.locale) ? q.text_nl : q.text_en;
    if (q.kind === 'text') {
      return {
        key: q.key,
        kind: q.kind,
        text,
        options: [],
        rows: [],
        comments: comments
          .filter((c) => c.key === q.key)
          .map((c) => ({
            organisation: { id: c.organisation_id, name: c.name },
            text: c.text!,
            answeredAt: c.answered_at!.toISOString(),
          })),
      };
    }
    const values = q.kind === 'scale' ? [1, 2, 3, 4, 5] : [0, 1];
    const cells = organisations.map(() => values.map(() => 0));
    for (const c of counts) {
      const r = rowIndex.get(c.organisation_id);
      const v = values.indexOf(c.value!);
      if (c.key === q.key && r !== undefined && v >= 0) {
        cells[r]![v] = Number(c.n);
      }
    }
    const p = protectTable({ cells, hasRowTotals: true, hasColumnTotals: true });
    const mean = (line: (number | null)[]) => {
      const total = line.reduce<number>((s, v) => s + (v ?? 0), 0);
      if (q.kind !== 'scale' || line.some((v) => v === null) || total < MINIMUM_CELL) {
        return null;
      }
      return round1(line.reduce<number>((s, v, i) => s + v! * values[i]!, 0) / total);
    };
    return {
      key: q.key,
      kind: q.kind,
      text,
      options: q.kind === 'scale' ? values.map(String) : nl(ctx.locale) ? ['nee', 'ja'] : ['no', 'yes'],
      rows: [
        ...organisations.map((o, r) => ({
          organisation: o,
          counts: p.cells[r]!,
          respondents: p.rowTotals[r]!,
          mean: p.rowTotals[r] === null ? null : mean(p.cells[r]!),
        })),
        {
          organisation: null,
          counts: p.columnTotals,
          respondents: p.grandTotal,
          mean: p.grandTotal === null ? null : mean(p.columnTotals),
        },
      ],
      comments: [],
    };
  });

  return {
    template: {
      key: template.key,
      title: nl(ctx.locale) ? template.title_nl : template.title_en,
      audience: template.audience,
    },
    from,
    to,
    minimumCell: MINIMUM_CELL,
    respondents: [
      ...organisations.map((o, r) => ({ organisation: o, count: respondentTable.cells[r]![0]! })),
      { organisation: null, count: respondentTable.grandTotal },
    ],
    questions: resultQuestions,
  };
}

/** The results as one table (CSV) and one sheet per question (XLSX); hidden counts stay hidden. */
export function resultTables(data: SurveyResultsDto, locale: Locale): Table[] {
  const network = nl(locale) ? 'Hele netwerk' : 'Whole network';
  const label = (key: string) =>
    ({
      question: ['Vraag', 'Question'],
      organisation: ['Organisatie', 'Organisation'],
      respondents: ['Antwoorden', 'Answers'],
      mean: ['Gemiddelde', 'Mean'],
    })[key]![nl(locale) ? 0 : 1]!;
  const optionColumns = ['1', '2', '3', '4', '5', nl(locale) ? 'nee' : 'no', nl(locale) ? 'ja' : 'yes'];
  const columns = [
    { key: 'question', label: label('question') },
    { key: 'organisation', label: label('organisation') },
    { key: 'respondents', label: label('respondents') },
    { key: 'mean', label: label('mean') },
    ...optionColumns.map((o) => ({ key: `o_${o}`, label: o })),
  ];
  const rowsOf = (q: SurveyResultsDto['questions'][number]) =>
    q.rows.map((r) => {
      const line: Record<string, string | number | null> = {
        question: q.text,
        organisation: r.organisation?.name ?? network,
        respondents: r.respondents,
        mean: r.mean ?? '',
      };
      for (const o of optionColumns) {
        line[`o_${o}`] = '';
      }
      q.options.forEach((o, i) => {
        line[`o_${o}`] = r.counts[i]!;
      });
      if (r.respondents === null && r.mean === null) {
        line.mean = null;
      }
      return line;
    });
  const counted = data.questions.filter((q) => q.kind !== 'text');
  const all: Table = { title: data.template.title, columns, rows: counted.flatMap(rowsOf) };
  return [
    all,
    ...counted.map((q, i) => ({
      title: `${i + 1}. ${q.key}`,
      columns: columns.filter(
        (c) => c.key !== 'question' && (!c.key.startsWith('o_') || q.options.includes(c.key.slice(2))),
      ),
      rows: rowsOf(q),
    })),
  ];
}

/** Records an export of survey results (who, which survey, which period, which format). */
export async function auditResultsExport(
  ctx: RequestContext,
  query: SurveyResultsQuery,
  data: SurveyResultsDto,
) {
  await recordAudit(ctx.db, ctx, {
    action: 'survey.results_exported',
    entityType: 'survey_results',
    details: { templateKey: query.templateKey, from: data.from, to: data.to, format: query.format },
  });
}
