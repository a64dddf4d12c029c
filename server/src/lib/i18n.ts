/**
 * Server-side messages in Dutch (nl-BE, the default) and English. Both catalogues are typed by the same key set,
 * so a message missing in one language is a type error. UI strings live in web/src/i18n.
 */
import type { Locale } from '../db/schema';

const nl = {
  validation_failed: 'De invoer is niet in orde: {details}',
  required: '{field} is verplicht.',
  invalid_type: '{field} heeft een ongeldig type (verwacht: {expected}).',
  too_short: '{field} moet minstens {minimum} tekens lang zijn.',
  too_long: '{field} mag hoogstens {maximum} tekens lang zijn.',
  too_small_number: '{field} moet minstens {minimum} zijn.',
  too_big_number: '{field} mag hoogstens {maximum} zijn.',
  too_few_items: '{field} moet minstens {minimum} element(en) bevatten.',
  too_many_items: '{field} mag hoogstens {maximum} element(en) bevatten.',
  invalid_email: '{field} is geen geldig e-mailadres.',
  invalid_uuid: '{field} is geen geldige verwijzing.',
  invalid_date: '{field} is geen geldige datum (verwacht: JJJJ-MM-DD).',
  invalid_datetime: '{field} is geen geldig tijdstip.',
  invalid_format: '{field} heeft een ongeldig formaat.',
  invalid_option: '{field} moet een van deze waarden zijn: {options}.',
  unknown_field: '{field} is geen bekend veld.',
  not_integer: '{field} moet een geheel getal zijn.',
  enterprise_number_checksum: '{field} is geen geldig ondernemingsnummer (10 cijfers, controlegetal mod 97).',
  national_number_checksum: '{field} is geen geldig rijksregisternummer (11 cijfers, controlegetal mod 97).',
  unknown_municipality: '{field} bevat een onbekende NIS-code: {value}.',
  unknown_postcode: '{field} is geen bekende postcode.',
  unknown_reference: '{field} verwijst naar iets dat niet bestaat of niet toegankelijk is.',
  duplicate: '{field} is al in gebruik.',
  password_too_short: '{field} moet minstens {minimum} tekens lang zijn.',
  password_contains_email: '{field} mag uw e-mailadres niet bevatten.',
  password_unchanged: '{field} moet verschillen van het huidige wachtwoord.',
  wrong_password: 'Het huidige wachtwoord is onjuist.',
  invalid_json: 'De aanvraag bevat geen geldige JSON.',
  unsupported_media_type: 'Dit inhoudstype wordt niet ondersteund: gebruik application/json.',
  payload_too_large: 'De aanvraag is te groot.',
  unauthenticated: 'U bent niet aangemeld of uw sessie is verlopen.',
  invalid_credentials: 'E-mailadres of wachtwoord is onjuist.',
  account_locked:
    'Dit account is tijdelijk vergrendeld na te veel mislukte aanmeldpogingen. Probeer opnieuw na {until}.',
  totp_required: 'Geef de code uit uw authenticator-app in.',
  totp_invalid: 'De code uit de authenticator-app is onjuist of verlopen.',
  totp_not_pending: 'Start eerst de instelling van tweestapsverificatie.',
  totp_already_enabled: 'Tweestapsverificatie is al ingeschakeld.',
  csrf_invalid: 'De beveiligingscode (CSRF) ontbreekt of is ongeldig. Laad de pagina opnieuw.',
  forbidden: 'U hebt geen toegang tot deze functie.',
  not_found: 'Niet gevonden, of u hebt er geen toegang toe.',
  route_not_found: 'Deze API-route bestaat niet.',
  version_conflict:
    'Iemand anders heeft dit intussen gewijzigd (versie {current}, u bewerkte versie {expected}). Bekijk de huidige gegevens en probeer opnieuw.',
  rate_limited: 'Te veel aanvragen. Probeer het over {seconds} seconden opnieuw.',
  internal: 'Er ging iets mis aan onze kant. Probeer het later opnieuw; de fout is gelogd.',
  demo_disabled: 'Demo-accounts zijn uitgeschakeld.',
  demo_refused_in_production: 'Demo-accounts worden nooit aangemaakt in productie (NODE_ENV=production).',
  role_not_grantable: '{field}: u mag de rol {role} niet toekennen in deze organisatie.',
  role_scope_mismatch: '{field}: de rol {role} hoort bij {scope}.',
  last_network_admin: 'Dit is de laatste netwerkbeheerder; ken eerst iemand anders die rol toe.',
  cannot_deactivate_self: 'U kunt uw eigen account niet deactiveren.',
  bad_request: 'De aanvraag is ongeldig.',
  conflict_duplicate: 'Dit bestaat al: {field} is al in gebruik.',
} as const;

export type MessageCode = keyof typeof nl;

const en: Record<MessageCode, string> = {
  validation_failed: 'The input is not valid: {details}',
  required: '{field} is required.',
  invalid_type: '{field} has an invalid type (expected: {expected}).',
  too_short: '{field} must be at least {minimum} characters long.',
  too_long: '{field} must be at most {maximum} characters long.',
  too_small_number: '{field} must be at least {minimum}.',
  too_big_number: '{field} must be at most {maximum}.',
  too_few_items: '{field} must contain at least {minimum} item(s).',
  too_many_items: '{field} must contain at most {maximum} item(s).',
  invalid_email: '{field} is not a valid email address.',
  invalid_uuid: '{field} is not a valid reference.',
  invalid_date: '{field} is not a valid date (expected: YYYY-MM-DD).',
  invalid_datetime: '{field} is not a valid date and time.',
  invalid_format: '{field} has an invalid format.',
  invalid_option: '{field} must be one of: {options}.',
  unknown_field: '{field} is not a known field.',
  not_integer: '{field} must be a whole number.',
  enterprise_number_checksum: '{field} is not a valid enterprise number (10 digits, mod 97 check digits).',
  national_number_checksum: '{field} is not a valid national number (11 digits, mod 97 check digits).',
  unknown_municipality: '{field} contains an unknown NIS code: {value}.',
  unknown_postcode: '{field} is not a known postcode.',
  unknown_reference: '{field} refers to something that does not exist or is not accessible.',
  duplicate: '{field} is already in use.',
  password_too_short: '{field} must be at least {minimum} characters long.',
  password_contains_email: '{field} must not contain your email address.',
  password_unchanged: '{field} must differ from the current password.',
  wrong_password: 'The current password is wrong.',
  invalid_json: 'The request body is not valid JSON.',
  unsupported_media_type: 'This content type is not supported: use application/json.',
  payload_too_large: 'The request is too large.',
  unauthenticated: 'You are not signed in, or your session has expired.',
  invalid_credentials: 'Email address or password is wrong.',
  account_locked:
    'This account is temporarily locked after too many failed sign-in attempts. Try again after {until}.',
  totp_required: 'Enter the code from your authenticator app.',
  totp_invalid: 'The code from the authenticator app is wrong or has expired.',
  totp_not_pending: 'Start setting up two-step verification first.',
  totp_already_enabled: 'Two-step verification is already enabled.',
  csrf_invalid: 'The security token (CSRF) is missing or invalid. Reload the page.',
  forbidden: 'You do not have access to this function.',
  not_found: 'Not found, or you have no access to it.',
  route_not_found: 'This API route does not exist.',
  version_conflict:
    'Someone else changed this in the meantime (version {current}, you edited version {expected}). Review the current data and try again.',
  rate_limited: 'Too many requests. Try again in {seconds} seconds.',
  internal: 'Something went wrong on our side. Please try again later; the error has been logged.',
  demo_disabled: 'Demo accounts are disabled.',
  demo_refused_in_production: 'Demo accounts are never created in production (NODE_ENV=production).',
  role_not_grantable: '{field}: you may not grant the role {role} in this organisation.',
  role_scope_mismatch: '{field}: the role {role} belongs to {scope}.',
  last_network_admin: 'This is the last network administrator; give someone else that role first.',
  cannot_deactivate_self: 'You cannot deactivate your own account.',
  bad_request: 'The request is not valid.',
  conflict_duplicate: 'This already exists: {field} is already in use.',
};

const catalogues: Record<Locale, Record<MessageCode, string>> = { 'nl-BE': nl, en };

/** Names of request fields as users know them; a field without an entry is shown by its path. */
const fieldLabels: Record<string, Record<Locale, string>> = {
  email: { 'nl-BE': 'E-mailadres', en: 'Email address' },
  password: { 'nl-BE': 'Wachtwoord', en: 'Password' },
  currentPassword: { 'nl-BE': 'Huidig wachtwoord', en: 'Current password' },
  newPassword: { 'nl-BE': 'Nieuw wachtwoord', en: 'New password' },
  totp: { 'nl-BE': 'Verificatiecode', en: 'Verification code' },
  code: { 'nl-BE': 'Verificatiecode', en: 'Verification code' },
  displayName: { 'nl-BE': 'Naam', en: 'Name' },
  name: { 'nl-BE': 'Naam', en: 'Name' },
  kind: { 'nl-BE': 'Soort organisatie', en: 'Kind of organisation' },
  enterpriseNumber: { 'nl-BE': 'Ondernemingsnummer', en: 'Enterprise number' },
  nationalNumber: { 'nl-BE': 'Rijksregisternummer', en: 'National number' },
  municipalityNis: { 'nl-BE': 'Gemeente', en: 'Municipality' },
  municipalitiesServed: { 'nl-BE': 'Werkgebied (gemeenten)', en: 'Municipalities served' },
  organisationId: { 'nl-BE': 'Organisatie', en: 'Organisation' },
  employerId: { 'nl-BE': 'Werkgever', en: 'Employer' },
  participantId: { 'nl-BE': 'Deelnemer', en: 'Participant' },
  roles: { 'nl-BE': 'Rollen', en: 'Roles' },
  role: { 'nl-BE': 'Rol', en: 'Role' },
  locale: { 'nl-BE': 'Taal', en: 'Language' },
  version: { 'nl-BE': 'Versie', en: 'Version' },
  street: { 'nl-BE': 'Straat en nummer', en: 'Street and number' },
  postcode: { 'nl-BE': 'Postcode', en: 'Postcode' },
  phone: { 'nl-BE': 'Telefoon', en: 'Phone' },
  isActive: { 'nl-BE': 'Actief', en: 'Active' },
  hasIndicationCell: { 'nl-BE': 'Indiceringscel', en: 'Indication cell' },
  expiresInDays: { 'nl-BE': 'Geldig (dagen)', en: 'Valid for (days)' },
  from: { 'nl-BE': 'Van', en: 'From' },
  to: { 'nl-BE': 'Tot', en: 'To' },
  limit: { 'nl-BE': 'Aantal', en: 'Limit' },
  page: { 'nl-BE': 'Pagina', en: 'Page' },
  pageSize: { 'nl-BE': 'Paginagrootte', en: 'Page size' },
  cursor: { 'nl-BE': 'Cursor', en: 'Cursor' },
  q: { 'nl-BE': 'Zoekterm', en: 'Search term' },
  id: { 'nl-BE': 'Id', en: 'Id' },
  body: { 'nl-BE': 'Inhoud van de aanvraag', en: 'Request body' },
};

export function resolveLocale(acceptLanguage: string | undefined, fallback: Locale = 'nl-BE'): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase();
  if (first?.startsWith('en')) {
    return 'en';
  }
  if (first?.startsWith('nl')) {
    return 'nl-BE';
  }
  return fallback;
}

/** A dotted path (roles.0.organisationId) named by its last known label, with the index kept: "Rollen 1 › Organisatie". */
export function fieldLabel(path: string, locale: Locale): string {
  if (!path) {
    return fieldLabels.body![locale];
  }
  const parts = path.split('.');
  const named = parts.map((part) => {
    if (/^\d+$/.test(part)) {
      return String(Number(part) + 1);
    }
    return fieldLabels[part]?.[locale] ?? part;
  });
  return named.join(' › ');
}

export function translate(locale: Locale, code: MessageCode, params: Record<string, unknown> = {}): string {
  const template = catalogues[locale][code];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value instanceof Date) {
      return new Intl.DateTimeFormat(locale, {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Brussels',
      }).format(value);
    }
    return value === undefined || value === null ? `{${name}}` : String(value);
  });
}

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(nl, code);
}
