import { generateSecret, generateURI, verify } from 'otplib';

const ISSUER = 'Werkbrug';

export function createTotpSecret(): string {
  return generateSecret();
}

export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/** Accepts the current 30-second code and its neighbours, for clocks that drift a little. */
export async function verifyTotp(secret: string, code: string): Promise<boolean> {
  if (!/^[0-9]{6}$/.test(code)) {
    return false;
  }
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30 });
    return result.valid;
  } catch {
    return false;
  }
}
