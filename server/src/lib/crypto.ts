import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A URL-safe random secret (session ids, CSRF tokens, API tokens). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets that are looked up (session ids, API tokens) are stored as their SHA-256, never as such. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
