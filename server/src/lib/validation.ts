import type { FastifySchemaCompiler } from 'fastify';
import { type core, z } from 'zod';
import { digitsOnly, isValidEnterpriseNumber, isValidNationalNumber } from './checksums';
import { type FieldIssue, ValidationError } from './errors';
import type { MessageCode } from './i18n';

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Maps a Zod issue to one of our message codes, so that the error names the field in the user's language. */
export function toFieldIssue(issue: core.$ZodIssue, input: unknown): FieldIssue {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int') {
        return { path, code: 'not_integer' };
      }
      const missing = valueAt(input, issue.path) === undefined;
      return missing
        ? { path, code: 'required' }
        : { path, code: 'invalid_type', params: { expected: issue.expected } };
    }
    case 'too_small': {
      const code: MessageCode =
        issue.origin === 'string'
          ? 'too_short'
          : issue.origin === 'array' || issue.origin === 'set'
            ? 'too_few_items'
            : 'too_small_number';
      if (issue.origin === 'string' && Number(issue.minimum) === 1) {
        return { path, code: 'required' };
      }
      return { path, code, params: { minimum: issue.minimum } };
    }
    case 'too_big': {
      const code: MessageCode =
        issue.origin === 'string'
          ? 'too_long'
          : issue.origin === 'array' || issue.origin === 'set'
            ? 'too_many_items'
            : 'too_big_number';
      return { path, code, params: { maximum: issue.maximum } };
    }
    case 'invalid_format': {
      const byFormat: Record<string, MessageCode> = {
        email: 'invalid_email',
        uuid: 'invalid_uuid',
        guid: 'invalid_uuid',
        date: 'invalid_date',
        datetime: 'invalid_datetime',
      };
      return { path, code: byFormat[issue.format] ?? 'invalid_format' };
    }
    case 'invalid_value':
      return { path, code: 'invalid_option', params: { options: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { path: [...issue.path.map(String), issue.keys[0]].join('.'), code: 'unknown_field' };
    case 'custom': {
      const code = (issue.params as { code?: MessageCode } | undefined)?.code ?? 'invalid_format';
      return { path, code, params: issue.params };
    }
    default:
      return { path, code: 'invalid_format' };
  }
}

/** Fastify validator: Zod parses, and failures become a ValidationError the error handler translates. */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) {
      return { value: result.data };
    }
    return { error: new ValidationError(result.error.issues.map((issue) => toFieldIssue(issue, data))) };
  };

/** Parses input outside a route (jobs, seeds, services) with the same translated errors. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ValidationError(result.error.issues.map((issue) => toFieldIssue(issue, data)));
  }
  return result.data;
}

// Shared field schemas: one definition each, reused by every module.

export const Uuid = z.uuid();
export const Version = z
  .number()
  .int()
  .min(1)
  .describe('The version the client last read; a stale one gets 409.');
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const NisCode = z.string().regex(/^[0-9]{5}$/);
export const Postcode = z.string().regex(/^[0-9]{4}$/);
export const NonEmpty = (max = 200) => z.string().trim().min(1).max(max);
export const OptionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const EnterpriseNumber = z
  .string()
  .transform(digitsOnly)
  .refine(isValidEnterpriseNumber, { params: { code: 'enterprise_number_checksum' } })
  .describe('KBO enterprise number, 10 digits (punctuation allowed), mod-97 check digits');

export const NationalNumber = z
  .string()
  .transform(digitsOnly)
  .refine(isValidNationalNumber, { params: { code: 'national_number_checksum' } })
  .describe('INSZ / national number, 11 digits (punctuation allowed), mod-97 check digits');

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const ErrorResponse = z
  .object({
    statusCode: z.number().int(),
    code: z.string(),
    message: z.string(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional(),
  })
  .meta({ id: 'Error' });

/** Common error responses, added to every route's OpenAPI description. */
export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
};
