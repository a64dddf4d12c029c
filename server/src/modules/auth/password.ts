import { hash, verify } from '@node-rs/argon2';
import type { FieldIssue } from '../../lib/errors';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (~30 ms here). The library's Algorithm enum is a const
// enum, which isolated modules cannot import; 2 is its Argon2id.
const ARGON2ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification when the email is unknown, so that response times do not tell
 * which accounts exist.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('werkbrug-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/** Our password rule: long enough, not built from the email address. */
export function passwordIssues(path: string, password: string, email: string): FieldIssue[] {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [{ path, code: 'password_too_short', params: { minimum: PASSWORD_MIN_LENGTH } }];
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) {
    return [{ path, code: 'password_contains_email' }];
  }
  return [];
}

/** A readable random password for an account an admin creates or resets; the user must change it. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}-${chars.slice(12).join('')}`;
}
