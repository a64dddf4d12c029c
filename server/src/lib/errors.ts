import type { MessageCode } from './i18n';

export interface FieldIssue {
  /** Dotted path of the field in the request (`roles.0.organisationId`). */
  path: string;
  code: MessageCode;
  params?: Record<string, unknown>;
}

/** An error the client can act on. The error handler translates `code` and never hides these. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: MessageCode,
    readonly params: Record<string, unknown> = {},
    /** Extra fields for the response body (the current record on a conflict, the issues on bad input). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(
    readonly issues: FieldIssue[],
    statusCode: 400 | 409 | 422 = 400,
    /** Extra fields for the response (the records a possible duplicate matches). */
    body: Record<string, unknown> = {},
  ) {
    super(statusCode, 'validation_failed', {}, body);
  }

  static field(path: string, code: MessageCode, params?: Record<string, unknown>): ValidationError {
    return new ValidationError([{ path, code, params }]);
  }
}

export class UnauthorizedError extends AppError {
  constructor(code: MessageCode = 'unauthenticated', params?: Record<string, unknown>) {
    super(401, code, params);
  }
}

export class ForbiddenError extends AppError {
  constructor(code: MessageCode = 'forbidden', params?: Record<string, unknown>) {
    super(403, code, params);
  }
}

/** Also the answer for records of other organisations: their existence is not revealed. */
export class NotFoundError extends AppError {
  constructor() {
    super(404, 'not_found');
  }
}

export class ConflictError extends AppError {
  constructor(expected: number, current: { version: number } & Record<string, unknown>) {
    super(409, 'version_conflict', { expected, current: current.version }, { current });
  }
}

export class LockedError extends AppError {
  constructor(until: Date) {
    super(423, 'account_locked', { until }, { lockedUntil: until.toISOString() });
  }
}
