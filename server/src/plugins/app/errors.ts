import fs from 'node:fs';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ValidationError } from '../../lib/errors';
import { fieldLabel, type MessageCode, translate } from '../../lib/i18n';

/** Unique constraints → the request field they protect, for a clear 409 when a race beats the service's check. */
const UNIQUE_FIELDS: Record<string, string> = {
  users_email_key: 'email',
  organisations_enterprise_number_key: 'enterpriseNumber',
  employers_enterprise_number_key: 'enterpriseNumber',
  participants_national_number_key: 'nationalNumber',
  approach_requests_pending_key: 'organisationId',
  workplace_adaptations_key_key: 'key',
  recognitions_decision_key: 'referenceNumber',
  survey_invitations_open_key: 'respondentUserId',
  survey_templates_key_version_key: 'key',
  quality_reviews_one_draft_key: 'organisationId',
  member_survey_answers_pkey: 'organisationId',
};

interface PgError {
  code?: string;
  constraint?: string;
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  code: MessageCode,
  params = {},
  body = {},
) {
  return reply.status(statusCode).send({
    statusCode,
    code,
    message: translate(request.locale, code, params),
    ...body,
  });
}

export default fp(
  async (app, opts: { spaIndexFile: string | null }) => {
    app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      const locale = request.locale;
      if (error instanceof ValidationError) {
        const errors = error.issues.map((issue) => ({
          field: issue.path,
          code: issue.code,
          message: translate(locale, issue.code, {
            ...issue.params,
            // A rule between two fields ("to" not before "from") names the other one by its label too.
            ...(typeof issue.params?.other === 'string' && { other: fieldLabel(issue.params.other, locale) }),
            field: fieldLabel(issue.path, locale),
          }),
        }));
        return reply.status(error.statusCode).send({
          statusCode: error.statusCode,
          code: error.code,
          message: translate(locale, 'validation_failed', {
            details: errors.map((e) => e.message).join(' '),
          }),
          errors,
          ...error.body,
        });
      }
      if (error instanceof AppError) {
        return send(request, reply, error.statusCode, error.code, error.params, error.body);
      }
      const pg = error as PgError;
      if (pg.code === '23505') {
        const field = UNIQUE_FIELDS[pg.constraint ?? ''] ?? '';
        return send(request, reply, 409, 'conflict_duplicate', { field: fieldLabel(field, locale) });
      }
      if (pg.code === '23503') {
        return send(request, reply, 400, 'unknown_reference', { field: fieldLabel('', locale) });
      }
      const status = (error as FastifyError).statusCode ?? 500;
      if (status === 415) {
        return send(request, reply, 415, 'unsupported_media_type');
      }
      if (status === 413) {
        return send(request, reply, 413, 'payload_too_large');
      }
      if (status === 429) {
        return send(request, reply, 429, 'rate_limited', { seconds: 60 });
      }
      if (status >= 400 && status < 500) {
        const code = (error as FastifyError).code ?? '';
        return send(request, reply, status, code.startsWith('FST_ERR_CTP') ? 'invalid_json' : 'bad_request');
      }
      // Never echo internals: the message is generic, the details go to the log with the request id.
      request.log.error({ err: error }, 'request failed');
      return send(request, reply, 500, 'internal', {}, { requestId: request.id });
    });

    const indexHtml =
      opts.spaIndexFile && fs.existsSync(opts.spaIndexFile) ? fs.readFileSync(opts.spaIndexFile) : null;
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api') || !indexHtml || request.method !== 'GET') {
        return send(request, reply, 404, request.url.startsWith('/api') ? 'route_not_found' : 'not_found');
      }
      // Client-side routes (/organisations/…) all load the single-page app.
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    });
  },
  { name: 'errors' },
);
