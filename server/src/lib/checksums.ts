/**
 * Belgian identifiers with mod-97 check digits. Inputs may carry the usual punctuation ("0417.497.106",
 * "BE 0417 497 106", "85.07.30-033.28"); `normalize…` strips it, `isValid…` checks digits and check digits.
 */

export function digitsOnly(value: string): string {
  return value.replace(/^BE/i, '').replace(/[\s.\-/]/g, '');
}

/** KBO enterprise number: 10 digits starting 0 or 1; the last two are 97 − (first eight mod 97). */
export function isValidEnterpriseNumber(value: string): boolean {
  const digits = digitsOnly(value);
  if (!/^[01][0-9]{9}$/.test(digits)) {
    return false;
  }
  const base = Number(digits.slice(0, 8));
  return 97 - (base % 97) === Number(digits.slice(8));
}

export function enterpriseNumberCheck(base8: string): string {
  return String(97 - (Number(base8) % 97)).padStart(2, '0');
}

/** Formats 0123456749 as 0123.456.749, the way KBO prints it. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/**
 * INSZ / national number: YYMMDD + 3-digit serial + 2 check digits. The check is 97 − (first nine mod 97); for
 * people born from 2000 on, a 2 is put in front of the nine digits before taking mod 97.
 */
export function isValidNationalNumber(value: string): boolean {
  return nationalNumberCentury(value) !== null;
}

/** 1900 or 2000 when the check digits hold for that century, null when they hold for neither. */
export function nationalNumberCentury(value: string): 1900 | 2000 | null {
  const digits = digitsOnly(value);
  if (!/^[0-9]{11}$/.test(digits)) {
    return null;
  }
  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  if (97 - (Number(base) % 97) === check) {
    return 1900;
  }
  if (97 - (Number(`2${base}`) % 97) === check) {
    return 2000;
  }
  return null;
}

export function nationalNumberCheck(base9: string, bornFrom2000: boolean): string {
  const n = Number(bornFrom2000 ? `2${base9}` : base9);
  return String(97 - (n % 97)).padStart(2, '0');
}

/** Shows only what a role without need-to-know may see: the birth-date part stays, serial and check are hidden. */
export function maskNationalNumber(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-***.**`;
}

export function formatNationalNumber(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}
