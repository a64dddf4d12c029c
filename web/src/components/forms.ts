/**
 * Helpers that put the server's validation errors (translated, naming the field) on the form fields they belong
 * to. The server is the one source of validation; forms only mirror its answers.
 */
import { ApiError } from '../api/client';

/** The part of a Mantine form that server errors are put on. */
interface FormLike {
  getValues(): object;
  setErrors(errors: Record<string, string>): void;
}

/**
 * Sets field errors from an ApiError on the form and returns the message for errors that belong to no field
 * (or null when every error found its field).
 */
export function applyServerErrors(form: FormLike, error: unknown, fieldMap: Record<string, string> = {}) {
  if (!(error instanceof ApiError)) {
    return error instanceof Error ? error.message : String(error);
  }
  const values = form.getValues() as Record<string, unknown>;
  const errors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of error.errors) {
    const path = issue.field.replace(/^(body|data|querystring)\./, '').replace(/^data\./, '');
    const target = fieldMap[path] ?? path;
    const root = target.split('.')[0] ?? target;
    if (root in values) {
      errors[target] = issue.message;
    } else {
      unplaced.push(issue.message);
    }
  }
  form.setErrors(errors);
  if (error.errors.length === 0) {
    return error.message;
  }
  return unplaced.length > 0 ? unplaced.join(' ') : null;
}

/** The message to show for any failed request. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
