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
  // Referral and indication (issue 3)
  national_number_birth_date_mismatch: '{field} past niet bij de geboortedatum.',
  unknown_occupation: '{field} bevat een onbekende ISCO-08-beroepscode: {value}.',
  unknown_icf_code: '{field} is geen bruikbare ICF-categorie (b, d of e): {value}.',
  icf_qualifier_range: '{field} moet 0 tot 4 zijn, of 8 (niet gespecificeerd) of 9 (niet van toepassing).',
  icf_duplicate_code: '{field}: deze ICF-categorie staat er meer dan eens in.',
  indication_item_count:
    '{field}: bij het indienen telt een indicering minstens {minimum} en hoogstens {maximum} ICF-categorieën (nu {count}).',
  four_eyes: 'Vier-ogenprincipe: wie een indicering opstelde, kan ze niet zelf valideren.',
  consent_required:
    'De deelnemer gaf uw organisatie geen toestemming om deze gevoelige gegevens in te zien. Deze poging is gelogd.',
  invalid_transition: 'Deze stap kan niet: de huidige status is {status}.',
  date_order: '{field} mag niet vóór {other} liggen.',
  date_in_future: '{field} mag niet in de toekomst liggen.',
  possible_duplicate:
    'Er bestaat al een deelnemer met dezelfde naam en geboortedatum. Controleer of het dezelfde persoon is; is het iemand anders, bevestig dat dan.',
  merge_same_participant: '{field}: een dossier kan niet met zichzelf worden samengevoegd.',
  consent_organisation_not_allowed:
    '{field} hoort alleen bij toestemming om het profiel te delen met een organisatie.',
  consent_already_active: 'Er is al een geldige toestemming voor dit doel.',
  consent_already_withdrawn: 'Deze toestemming werd al ingetrokken.',
  not_a_coach: '{field}: deze persoon is geen actieve coach in die organisatie.',
  open_indication_exists: 'Er loopt al een indicering voor deze deelnemer.',
  unknown_dimension: '{field} is geen gekende matchingdimensie: {value}.',
  not_indication_channel:
    '{field}: deze organisatie doet geen indiceringen (enkel VDAB, GTB en een OCMW met indiceringscel).',
  // Matching (issue 5)
  job_not_open: '{field}: deze vacature staat niet (meer) open of heeft geen vrije plaats (status {status}).',
  not_in_pool:
    '{field}: deze deelnemer zit niet in de kandidatenpool (geen toestemming om te matchen, of zoekt geen werk).',
  match_excluded:
    'Deze combinatie valt uit door: {reasons}. Geef een motivering ({field}) als u toch wilt voorstellen.',
  open_proposal_exists: '{field}: er loopt al een voorstel voor deze deelnemer en deze vacature.',
  batch_running: 'Er loopt al een netwerkbrede berekening. Wacht tot die klaar is.',
  // Employer desk and jobs (issue 4)
  postcode_not_in_municipality: '{field} is geen postcode van de gekozen gemeente.',
  nace_code_format: '{field} moet een NACE-code zijn zoals 56.10 of 56.101.',
  half_hours: '{field} moet in halve uren (bijvoorbeeld 4 of 4,5).',
  duplicate_item: '{field}: dit staat er meer dan eens in.',
  not_account_manager: '{field}: deze persoon is geen actieve accountmanager van die organisatie.',
  not_employer_contact: '{field}: deze gebruiker heeft geen werkgeverslogin voor deze werkgever.',
  employer_has_no_owner:
    'Deze werkgever heeft nog geen accountbeheerder. Een aanvraag tot benadering is niet nodig: neem het accountbeheer op.',
  approach_not_needed: '{field}: uw organisatie is al accountbeheerder of werkt al samen met deze werkgever.',
  approach_request_pending: '{field}: uw organisatie heeft al een openstaande aanvraag voor deze werkgever.',
  uncoordinated_contact:
    '{employer} wordt opgevolgd door {owner}. Uw contact wordt bewaard, maar gemarkeerd als niet afgestemd. Vraag eerst aan {owner} om deze werkgever te mogen benaderen.',
  site_has_jobs: 'Deze vestiging heeft nog functies en kan niet verwijderd worden.',
  not_service_provider: '{field}: deze organisatie biedt deze dienst niet aan in het netwerk.',
  service_inactive: '{field}: deze dienst wordt niet meer aangeboden.',
  task_hours_exceed_job:
    '{field}: de taken samen ({total} uur per week) mogen niet meer uren tellen dan de functie ({hours} uur per week).',
  carving_mixed_employers:
    '{field}: een gecarvede functie bestaat uit taken van één werkgever; deze taak hoort bij een andere werkgever.',
  carved_job_via_carving: '{field}: een gecarvede functie stelt u samen uit taken (job carving).',
  kind_change_not_allowed: '{field}: de soort van deze functie kan niet meer wijzigen.',
  job_needs_tasks:
    '{field}: een functie heeft minstens één taak nodig om open te staan (het eisenprofiel komt uit de taken).',
  task_is_carving_source:
    'Deze taak is de bron van een gecarvede functie ({jobs}); ze kan niet verwijderd worden.',
  job_is_carving_source:
    'Taken van deze functie zijn de bron van een gecarvede functie ({jobs}); ze kan niet verwijderd worden.',
  job_not_draft: 'Enkel een functie in ontwerp kan verwijderd worden (nu: {status}).',
  not_internship_place: 'Een stagefiche hoort enkel bij een stageplaats.',
  internship_sheet_exists: 'Deze stageplaats heeft al een stagefiche.',
  internship_sheet_already_accepted: 'Deze versie van de stagefiche is al aanvaard.',
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
  // Referral and indication (issue 3)
  national_number_birth_date_mismatch: '{field} does not match the birth date.',
  unknown_occupation: '{field} contains an unknown ISCO-08 occupation code: {value}.',
  unknown_icf_code: '{field} is not a usable ICF category (b, d or e): {value}.',
  icf_qualifier_range: '{field} must be 0 to 4, or 8 (not specified) or 9 (not applicable).',
  icf_duplicate_code: '{field}: this ICF category appears more than once.',
  indication_item_count:
    '{field}: on submission an indication holds at least {minimum} and at most {maximum} ICF categories (now {count}).',
  four_eyes: 'Four eyes: whoever wrote an indication cannot validate it.',
  consent_required:
    'The participant has not consented to your organisation seeing this sensitive data. This attempt has been logged.',
  invalid_transition: 'This step is not possible: the current status is {status}.',
  date_order: '{field} must not be before {other}.',
  date_in_future: '{field} must not be in the future.',
  possible_duplicate:
    'A participant with the same name and birth date already exists. Check whether it is the same person; if it is someone else, confirm so.',
  merge_same_participant: '{field}: a record cannot be merged with itself.',
  consent_organisation_not_allowed:
    '{field} only belongs to consent to share the profile with an organisation.',
  consent_already_active: 'A valid consent for this purpose already exists.',
  consent_already_withdrawn: 'This consent has already been withdrawn.',
  not_a_coach: '{field}: this person is not an active coach in that organisation.',
  open_indication_exists: 'An indication for this participant is already in progress.',
  unknown_dimension: '{field} is not a known matching dimension: {value}.',
  not_indication_channel:
    '{field}: this organisation does no indications (only VDAB, GTB and an OCMW with an indication cell).',
  job_not_open: '{field}: this job is not (or no longer) open or has no free position (status {status}).',
  not_in_pool:
    '{field}: this participant is not in the candidate pool (no consent to be matched, or not looking for work).',
  match_excluded: 'This pair is excluded by: {reasons}. Give a motivation ({field}) to propose it anyway.',
  open_proposal_exists: '{field}: there is already an open proposal for this participant and this job.',
  batch_running: 'A network-wide run is already computing. Wait until it is done.',
  // Employer desk and jobs (issue 4)
  postcode_not_in_municipality: '{field} is not a postcode of the chosen municipality.',
  nace_code_format: '{field} must be a NACE code such as 56.10 or 56.101.',
  half_hours: '{field} must be in half hours (for example 4 or 4.5).',
  duplicate_item: '{field}: this appears more than once.',
  not_account_manager: '{field}: this person is not an active account manager of that organisation.',
  not_employer_contact: '{field}: this user has no employer login for this employer.',
  employer_has_no_owner:
    'This employer has no account owner yet. No approach request is needed: take on the account instead.',
  approach_not_needed: '{field}: your organisation already owns or jointly serves this employer.',
  approach_request_pending: '{field}: your organisation already has a pending request for this employer.',
  uncoordinated_contact:
    '{employer} is served by {owner}. Your contact is kept, but flagged as uncoordinated. Ask {owner} for leave to approach this employer first.',
  site_has_jobs: 'This site still has jobs and cannot be deleted.',
  not_service_provider: '{field}: this organisation does not offer this service in the network.',
  service_inactive: '{field}: this service is no longer offered.',
  task_hours_exceed_job:
    '{field}: the tasks together ({total} hours a week) may not exceed the hours of the job ({hours} hours a week).',
  carving_mixed_employers:
    '{field}: a carved job consists of tasks of one employer; this task belongs to another employer.',
  carved_job_via_carving: '{field}: a carved job is composed from tasks (job carving).',
  kind_change_not_allowed: '{field}: the kind of this job can no longer change.',
  job_needs_tasks:
    '{field}: a job needs at least one task to be open (its demand profile comes from its tasks).',
  task_is_carving_source: 'This task is the source of a carved job ({jobs}); it cannot be deleted.',
  job_is_carving_source: 'Tasks of this job are the source of a carved job ({jobs}); it cannot be deleted.',
  job_not_draft: 'Only a draft job can be deleted (now: {status}).',
  not_internship_place: 'An internship sheet belongs to an internship place only.',
  internship_sheet_exists: 'This internship place already has an internship sheet.',
  internship_sheet_already_accepted: 'This version of the internship sheet has already been accepted.',
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
  kind: { 'nl-BE': 'Soort', en: 'Kind' },
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
  // Referral and indication (issue 3)
  firstName: { 'nl-BE': 'Voornaam', en: 'First name' },
  lastName: { 'nl-BE': 'Achternaam', en: 'Last name' },
  birthDate: { 'nl-BE': 'Geboortedatum', en: 'Birth date' },
  languages: { 'nl-BE': 'Talen', en: 'Languages' },
  dutchLevel: { 'nl-BE': 'Niveau Nederlands (ERK)', en: 'Dutch level (CEFR)' },
  mobility: { 'nl-BE': 'Mobiliteit', en: 'Mobility' },
  hasDrivingLicence: { 'nl-BE': 'Rijbewijs', en: 'Driving licence' },
  hasCar: { 'nl-BE': 'Eigen wagen', en: 'Own car' },
  hasBike: { 'nl-BE': 'Fiets', en: 'Bike' },
  publicTransportOnly: { 'nl-BE': 'Enkel openbaar vervoer', en: 'Public transport only' },
  maxCommuteMinutes: { 'nl-BE': 'Maximale reistijd (minuten)', en: 'Maximum commute (minutes)' },
  maxCommuteKm: { 'nl-BE': 'Maximale afstand (km)', en: 'Maximum distance (km)' },
  availability: { 'nl-BE': 'Beschikbaarheid', en: 'Availability' },
  hoursPerWeek: { 'nl-BE': 'Uren per week', en: 'Hours per week' },
  days: { 'nl-BE': 'Dagen', en: 'Days' },
  shifts: { 'nl-BE': 'Uurroosters', en: 'Shifts' },
  occupationInterests: { 'nl-BE': 'Beroepsinteresses', en: 'Occupations of interest' },
  educationLevel: { 'nl-BE': 'Opleidingsniveau', en: 'Education level' },
  workHistory: { 'nl-BE': 'Werkervaring', en: 'Work history' },
  jobTitle: { 'nl-BE': 'Functie', en: 'Job title' },
  employerName: { 'nl-BE': 'Werkgever', en: 'Employer' },
  iscoCode: { 'nl-BE': 'Beroepscode (ISCO-08)', en: 'Occupation code (ISCO-08)' },
  description: { 'nl-BE': 'Omschrijving', en: 'Description' },
  currentMeasure: { 'nl-BE': 'Huidige maatregel', en: 'Current measure' },
  status: { 'nl-BE': 'Status', en: 'Status' },
  waitingSince: { 'nl-BE': 'Wachtend sinds', en: 'Waiting since' },
  waitingMinDays: { 'nl-BE': 'Minimale wachttijd (dagen)', en: 'Minimum waiting time (days)' },
  coachUserId: { 'nl-BE': 'Coach', en: 'Coach' },
  coachId: { 'nl-BE': 'Coach', en: 'Coach' },
  confirmNotDuplicate: { 'nl-BE': 'Bevestiging andere persoon', en: 'Confirmation: another person' },
  duplicateId: { 'nl-BE': 'Dubbel dossier', en: 'Duplicate record' },
  duplicateVersion: { 'nl-BE': 'Versie van het dubbele dossier', en: 'Version of the duplicate record' },
  purpose: { 'nl-BE': 'Doel', en: 'Purpose' },
  basis: { 'nl-BE': 'Grondslag', en: 'Basis' },
  givenOn: { 'nl-BE': 'Gegeven op', en: 'Given on' },
  note: { 'nl-BE': 'Notitie', en: 'Note' },
  reason: { 'nl-BE': 'Reden', en: 'Reason' },
  channel: { 'nl-BE': 'Kanaal', en: 'Channel' },
  participant: { 'nl-BE': 'Deelnemer', en: 'Participant' },
  referrerOrganisationId: { 'nl-BE': 'Verwijzende organisatie', en: 'Referring organisation' },
  referrerName: { 'nl-BE': 'Verwijzer', en: 'Referrer' },
  referrerContact: { 'nl-BE': 'Contact verwijzer', en: 'Referrer contact' },
  measure: { 'nl-BE': 'Maatregel', en: 'Measure' },
  targetOrganisationId: { 'nl-BE': 'Ontvangende organisatie', en: 'Receiving organisation' },
  motivation: { 'nl-BE': 'Motivering', en: 'Motivation' },
  referredOn: { 'nl-BE': 'Datum toeleiding', en: 'Referral date' },
  firstContactOn: { 'nl-BE': 'Datum eerste contact', en: 'First contact date' },
  startedOn: { 'nl-BE': 'Startdatum', en: 'Start date' },
  noStartReason: { 'nl-BE': 'Reden geen start', en: 'Reason for no start' },
  noStartText: { 'nl-BE': 'Toelichting geen start', en: 'No-start explanation' },
  referralId: { 'nl-BE': 'Toeleiding', en: 'Referral' },
  items: { 'nl-BE': 'ICF-categorieën', en: 'ICF categories' },
  'items.code': { 'nl-BE': 'ICF-code', en: 'ICF code' },
  jobId: { 'nl-BE': 'Vacature', en: 'Job' },
  overrideReason: { 'nl-BE': 'Motivering om toch voor te stellen', en: 'Motivation to propose anyway' },
  interviewOn: { 'nl-BE': 'Datum sollicitatiegesprek', en: 'Interview date' },
  declineReason: { 'nl-BE': 'Reden van weigering', en: 'Reason for declining' },
  declineText: { 'nl-BE': 'Toelichting bij de weigering', en: 'Explanation of the decline' },
  declinedBy: { 'nl-BE': 'Geweigerd door', en: 'Declined by' },
  fairnessPoints: { 'nl-BE': 'Voorrang voor wachttijd (punten)', en: 'Waiting-time priority (points)' },
  candidatesPerPerson: { 'nl-BE': 'Kandidaat-vacatures per persoon', en: 'Candidate jobs per person' },
  coachLimit: { 'nl-BE': 'Maximum nieuwe voorstellen per coach', en: 'Maximum new proposals per coach' },
  qualifier: { 'nl-BE': 'Kwalificatie', en: 'Qualifier' },
  source: { 'nl-BE': 'Bron', en: 'Source' },
  advice: { 'nl-BE': 'Advies', en: 'Advice' },
  adviceMotivation: { 'nl-BE': 'Motivering van het advies', en: 'Advice motivation' },
  decision: { 'nl-BE': 'Beslissing', en: 'Decision' },
  remarks: { 'nl-BE': 'Opmerkingen', en: 'Remarks' },
  validUntil: { 'nl-BE': 'Geldig tot', en: 'Valid until' },
  dimension: { 'nl-BE': 'Dimensie', en: 'Dimension' },
  level: { 'nl-BE': 'Niveau', en: 'Level' },
  levels: { 'nl-BE': 'Niveaus', en: 'Levels' },
  // Employer desk and jobs (issue 4)
  naceCode: { 'nl-BE': 'Sector (NACE-code)', en: 'Sector (NACE code)' },
  nace: { 'nl-BE': 'Sector (NACE-code)', en: 'Sector (NACE code)' },
  sizeClass: { 'nl-BE': 'Grootteklasse', en: 'Size class' },
  website: { 'nl-BE': 'Website', en: 'Website' },
  ownerOrganisationId: { 'nl-BE': 'Accountbeheerder (organisatie)', en: 'Account owner (organisation)' },
  ownerUserId: { 'nl-BE': 'Accountmanager', en: 'Account manager' },
  mine: { 'nl-BE': 'Mijn werkgevers', en: 'My employers' },
  hasOwner: { 'nl-BE': 'Met accountbeheerder', en: 'With account owner' },
  siteId: { 'nl-BE': 'Vestiging', en: 'Site' },
  isMain: { 'nl-BE': 'Hoofdvestiging', en: 'Main site' },
  isLegalSignatory: { 'nl-BE': 'Tekenbevoegd', en: 'Legal signatory' },
  userId: { 'nl-BE': 'Login (gebruiker)', en: 'Login (user)' },
  contactPersonId: { 'nl-BE': 'Contactpersoon', en: 'Contact person' },
  contactedOn: { 'nl-BE': 'Datum contact', en: 'Contact date' },
  summary: { 'nl-BE': 'Samenvatting', en: 'Summary' },
  nextStep: { 'nl-BE': 'Volgende stap', en: 'Next step' },
  nextStepDueOn: { 'nl-BE': 'Volgende stap tegen', en: 'Next step due' },
  box: { 'nl-BE': 'Lijst', en: 'List' },
  serviceKey: { 'nl-BE': 'Dienst', en: 'Service' },
  handlingOrganisationId: { 'nl-BE': 'Uitvoerende organisatie', en: 'Handling organisation' },
  organisationIds: { 'nl-BE': 'Organisaties', en: 'Organisations' },
  requestedOn: { 'nl-BE': 'Aangevraagd op', en: 'Requested on' },
  date: { 'nl-BE': 'Datum', en: 'Date' },
  title: { 'nl-BE': 'Titel', en: 'Title' },
  schedule: { 'nl-BE': 'Uurregeling', en: 'Schedule' },
  contractType: { 'nl-BE': 'Soort contract', en: 'Contract type' },
  startDate: { 'nl-BE': 'Startdatum', en: 'Start date' },
  positions: { 'nl-BE': 'Aantal plaatsen', en: 'Positions' },
  dutchLevelWaivable: {
    'nl-BE': 'Niveau Nederlands bespreekbaar met ondersteuning',
    en: 'Dutch level waivable with support',
  },
  canAdaptHours: { 'nl-BE': 'Uren aanpasbaar', en: 'Can adapt working hours' },
  canAdaptPhysical: { 'nl-BE': 'Fysieke belasting aanpasbaar', en: 'Can adapt physical demands' },
  canAdaptEnvironment: { 'nl-BE': 'Werkomgeving aanpasbaar', en: 'Can adapt the work environment' },
  canWorkWithLimitedDutch: { 'nl-BE': 'Beperkt Nederlands mogelijk', en: 'Can work with limited Dutch' },
  isOpenToWagePremium: { 'nl-BE': 'Open voor een loonpremie', en: 'Open to a wage premium' },
  hasMentor: { 'nl-BE': 'Interne mentor beschikbaar', en: 'Mentor available' },
  essentialDimensions: {
    'nl-BE': 'Essentiële dimensies (een tekort sluit uit)',
    en: 'Essential dimensions (a gap excludes)',
  },
  taskIds: { 'nl-BE': 'Taken', en: 'Tasks' },
  tasks: { 'nl-BE': 'Taken', en: 'Tasks' },
  demands: { 'nl-BE': 'Eisenprofiel', en: 'Demand profile' },
  sortOrder: { 'nl-BE': 'Volgorde', en: 'Order' },
  costs: { 'nl-BE': 'Kosten', en: 'Costs' },
  item: { 'nl-BE': 'Kostenpost', en: 'Cost item' },
  paidBy: { 'nl-BE': 'Betaald door', en: 'Paid by' },
  amount: { 'nl-BE': 'Bedrag', en: 'Amount' },
  period: { 'nl-BE': 'Periode', en: 'Period' },
  insurance: { 'nl-BE': 'Verzekering', en: 'Insurance' },
  mentorHoursPerWeek: { 'nl-BE': 'Mentortijd (uur per week)', en: 'Mentor time (hours a week)' },
  learningGoals: { 'nl-BE': 'Leerdoelen', en: 'Learning goals' },
  expectations: { 'nl-BE': 'Verwachtingen', en: 'Expectations' },
  key: { 'nl-BE': 'Sleutel', en: 'Key' },
  nameNl: { 'nl-BE': 'Naam (Nederlands)', en: 'Name (Dutch)' },
  nameEn: { 'nl-BE': 'Naam (Engels)', en: 'Name (English)' },
  descriptionNl: { 'nl-BE': 'Omschrijving (Nederlands)', en: 'Description (Dutch)' },
  descriptionEn: { 'nl-BE': 'Omschrijving (Engels)', en: 'Description (English)' },
  costBand: { 'nl-BE': 'Kostenklasse', en: 'Cost band' },
  funders: { 'nl-BE': 'Financiering', en: 'Funders' },
  dimensions: { 'nl-BE': 'Dimensies', en: 'Dimensions' },
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
  let parent = '';
  const named = parts.map((part) => {
    if (/^\d+$/.test(part)) {
      return String(Number(part) + 1);
    }
    // A name inside a list can mean something else than on its own: items.code is an ICF code, not a TOTP code.
    const label = fieldLabels[`${parent}.${part}`]?.[locale] ?? fieldLabels[part]?.[locale] ?? part;
    parent = part;
    return label;
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
