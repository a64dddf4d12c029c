import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Background,
  CancelBody,
  ConsistencyQuery,
  ConsistencyReport,
  ConversationBody,
  CreateEvaluationBody,
  DecisionBody,
  EvaluationDetail,
  EvaluationPage,
  EvaluationQuery,
  IdParams,
  MeasureParams,
  OwnEvaluation,
  OwnEvaluationList,
  ParticipantViewBody,
  PublishTemplateBody,
  SaveScoresBody,
  ScheduleRuleList,
  ScheduleRunResult,
  SignOffBody,
  Summary,
  TemplateDetail,
  TemplateList,
  UpdateScheduleRuleBody,
} from './evaluations.schemas';
import {
  cancelEvaluation,
  createEvaluation,
  findEvaluations,
  findOwnEvaluations,
  findScheduleRules,
  findTemplates,
  getBackground,
  getConsistencyReport,
  getEvaluation,
  getOwnEvaluation,
  getSummary,
  getSummaryPdf,
  getTemplate,
  giveParticipantView,
  proposeDecision,
  publishTemplate,
  recordConversation,
  runSchedule,
  saveScores,
  signOff,
  updateScheduleRule,
} from './evaluations.service';

const tags = ['evaluations'];

const routes: FastifyPluginAsyncZod = async (app) => {
  // ── Templates and schedule ─────────────────────────────────────────────────────────────────────────────────────
  app.get(
    '/evaluation-templates',
    {
      config: { permission: 'evaluation_template.read' },
      schema: {
        tags,
        summary: 'Published template versions, newest (current) first',
        response: { 200: TemplateList },
      },
    },
    async (request) => findTemplates(request.ctx()),
  );

  app.get(
    '/evaluation-templates/:id',
    {
      config: { permission: 'evaluation_template.read' },
      schema: {
        tags,
        summary:
          'One template version: themes, criteria with anchored scales and required evidence, decision rule',
        params: IdParams,
        response: { 200: TemplateDetail },
      },
    },
    async (request) => getTemplate(request.ctx(), request.params.id),
  );

  app.post(
    '/evaluation-templates',
    {
      config: { permission: 'evaluation_template.manage' },
      schema: {
        tags,
        summary: 'Publish a new template version (evaluations already made keep theirs)',
        body: PublishTemplateBody,
        response: { 201: TemplateDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await publishTemplate(request.ctx(), request.body)),
  );

  app.get(
    '/evaluation-schedule',
    {
      config: { permission: 'evaluation_template.read' },
      schema: {
        tags,
        summary: 'When evaluations fall due, per measure',
        response: { 200: ScheduleRuleList },
      },
    },
    async (request) => findScheduleRules(request.ctx()),
  );

  app.put(
    '/evaluation-schedule/:measure',
    {
      config: { permission: 'evaluation_template.manage' },
      schema: {
        tags,
        summary: "Change a measure's interval, phase-end rule or lead time (409 on a stale version)",
        params: MeasureParams,
        body: UpdateScheduleRuleBody,
        response: { 200: ScheduleRuleList },
      },
    },
    async (request) => updateScheduleRule(request.ctx(), request.params.measure, request.body),
  );

  app.post(
    '/evaluation-schedule/run',
    {
      config: { permission: 'evaluation_template.manage' },
      schema: {
        tags,
        summary: 'Plan the evaluations that fall due now (also runs every morning)',
        response: { 200: ScheduleRunResult },
      },
    },
    async (request) => runSchedule(request.ctx()),
  );

  // ── Evaluations ──────────────────────────────────────────────────────────────────────────────────────────────
  app.get(
    '/evaluations',
    {
      config: { permission: 'evaluation.read' },
      schema: {
        tags,
        summary:
          "Your organisation's evaluations (mine or all): open, due, overdue, in progress, to sign, decided",
        querystring: EvaluationQuery,
        response: { 200: EvaluationPage },
      },
    },
    async (request) => findEvaluations(request.ctx(), request.query),
  );

  app.post(
    '/evaluations',
    {
      config: { permission: 'evaluation.write' },
      schema: {
        tags,
        summary: 'Plan an evaluation on request (one under way per participant: 409)',
        body: CreateEvaluationBody,
        response: { 201: EvaluationDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createEvaluation(request.ctx(), request.body)),
  );

  app.get(
    '/evaluations/consistency',
    {
      config: { permission: 'evaluation.report' },
      schema: {
        tags,
        summary:
          'Consistency report: outcomes, scores per criterion, deviations and lead time per organisation and evaluator; outliers flagged, small cells hidden',
        querystring: ConsistencyQuery,
        response: { 200: ConsistencyReport },
      },
    },
    async (request) => getConsistencyReport(request.ctx(), request.query),
  );

  app.get(
    '/evaluations/:id',
    {
      config: { permission: 'evaluation.read' },
      schema: {
        tags,
        summary:
          'One evaluation: template, scores with evidence, participant view, conversation, proposal, decision',
        params: IdParams,
        response: { 200: EvaluationDetail },
      },
    },
    async (request) => getEvaluation(request.ctx(), request.params.id),
  );

  app.get(
    '/evaluations/:id/background',
    {
      config: { permission: 'evaluation.write' },
      schema: {
        tags,
        summary:
          'Beside the scoring form: the capability profile (health data: checked and audited), trajectory history, earlier evaluations',
        params: IdParams,
        response: { 200: Background },
      },
    },
    async (request) => getBackground(request.ctx(), request.params.id),
  );

  app.put(
    '/evaluations/:id/scores',
    {
      config: { permission: 'evaluation.write' },
      schema: {
        tags,
        summary: 'Save scores with evidence (on the scale; required evidence given)',
        params: IdParams,
        body: SaveScoresBody,
        response: { 200: EvaluationDetail },
      },
    },
    async (request) => saveScores(request.ctx(), request.params.id, request.body),
  );

  app.put(
    '/evaluations/:id/participant-view',
    {
      config: { permission: 'evaluation.participant_view' },
      schema: {
        tags,
        summary:
          "The participant's own view, by themselves or entered by the coach on their behalf (recorded)",
        params: IdParams,
        body: ParticipantViewBody,
        response: { 200: z.union([EvaluationDetail, OwnEvaluation]) },
      },
    },
    async (request) => giveParticipantView(request.ctx(), request.params.id, request.body),
  );

  app.put(
    '/evaluations/:id/conversation',
    {
      config: { permission: 'evaluation.write' },
      schema: {
        tags,
        summary:
          'Record the conversation (date, who was present, summary); needs every score and the participant view',
        params: IdParams,
        body: ConversationBody,
        response: { 200: EvaluationDetail },
      },
    },
    async (request) => recordConversation(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/evaluations/:id/decision',
    {
      config: { permission: 'evaluation.write' },
      schema: {
        tags,
        summary: "Submit the decision for sign-off; deviating from the rule's proposal needs a motivation",
        params: IdParams,
        body: DecisionBody,
        response: { 200: EvaluationDetail },
      },
    },
    async (request) => proposeDecision(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/evaluations/:id/sign-off',
    {
      config: { permission: 'evaluation.write' },
      schema: {
        tags,
        summary: 'A second person (not the author) signs off, or sends it back with a note',
        params: IdParams,
        body: SignOffBody,
        response: { 200: EvaluationDetail },
      },
    },
    async (request) => signOff(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/evaluations/:id/cancel',
    {
      config: { permission: 'evaluation.write' },
      schema: {
        tags,
        summary: 'Cancel an evaluation not yet decided, with a reason',
        params: IdParams,
        body: CancelBody,
        response: { 200: EvaluationDetail },
      },
    },
    async (request) => cancelEvaluation(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/evaluations/:id/summary',
    {
      config: { permission: 'evaluation.summary' },
      schema: {
        tags,
        summary: 'The decision in plain language, for the participant',
        params: IdParams,
        response: { 200: Summary },
      },
    },
    async (request) => getSummary(request.ctx(), request.params.id),
  );

  app.get(
    '/evaluations/:id/summary.pdf',
    {
      config: { permission: 'evaluation.summary' },
      schema: { tags, summary: 'The same summary as an A4 PDF', params: IdParams },
    },
    async (request, reply) => {
      const pdf = await getSummaryPdf(request.ctx(), request.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="evaluatie.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  // ── The participant's own ────────────────────────────────────────────────────────────────────────────────────
  app.get(
    '/my-evaluations',
    {
      config: { permission: 'evaluation.own' },
      schema: { tags, summary: 'Your own evaluations (participant)', response: { 200: OwnEvaluationList } },
    },
    async (request) => findOwnEvaluations(request.ctx()),
  );

  app.get(
    '/my-evaluations/:id',
    {
      config: { permission: 'evaluation.own' },
      schema: {
        tags,
        summary: 'One of your own evaluations',
        params: IdParams,
        response: { 200: OwnEvaluation },
      },
    },
    async (request) => getOwnEvaluation(request.ctx(), request.params.id),
  );
};

export default routes;
