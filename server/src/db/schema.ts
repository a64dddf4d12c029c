/**
 * The one type of the whole database schema, kept by hand beside the SQL migrations (migrations/). Every
 * repository is typed by it. Timestamps come back as Date, `date` columns as 'YYYY-MM-DD' strings, bigint and
 * numeric as numbers (see db/database.ts).
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Json<T = Record<string, unknown>> = ColumnType<T, T | string | undefined, T | string>;

export const ROLES = [
  'network_admin',
  'org_admin',
  'coach',
  'indication_consultant',
  'indication_validator',
  'account_manager',
  'employer_contact',
  'mentor',
  'participant',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'maatwerkbedrijf',
  'coaching_organisation',
  'public_employment_service',
  'gtb',
  'ocmw',
  'health_insurer',
  'caw',
  'federation',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const LOCALES = ['nl-BE', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface RefMunicipalitiesTable {
  nis_code: string;
  name_nl: string;
  name_fr: string;
  arrondissement_nis: string;
  province_nis: string | null;
  province_nl: string | null;
  region_key: 'flanders' | 'wallonia' | 'brussels';
  lat: number;
  lon: number;
}

export interface RefPostcodesTable {
  postcode: string;
  locality: string;
  is_main_locality: boolean;
  nis_code: string;
  lat: number;
  lon: number;
}

export interface ReferenceVersionsTable {
  name: string;
  checksum: string;
  loaded_at: Generated<Date>;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  enterprise_number: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  postcode: string | null;
  municipality_nis: string | null;
  has_indication_cell: Generated<boolean>;
  is_active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OrganisationMunicipalitiesTable {
  organisation_id: string;
  nis_code: string;
}

export interface EmployersTable {
  id: Generated<string>;
  enterprise_number: string;
  name: string;
  nace_code: string | null;
  size_class: '1-9' | '10-49' | '50-249' | '250+' | null;
  street: string | null;
  postcode: string | null;
  municipality_nis: string | null;
  website: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  organisation_id: string | null;
  password_hash: string;
  locale: Generated<Locale>;
  is_active: Generated<boolean>;
  is_demo: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Timestamp;
  must_change_password: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ParticipantsTable {
  id: Generated<string>;
  national_number: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  postcode: string | null;
  municipality_nis: string | null;
  organisation_id: string | null;
  coach_user_id: string | null;
  status: Generated<string>;
  waiting_since: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  organisation_id: string | null;
  employer_id: string | null;
  participant_id: string | null;
  granted_by: string | null;
  granted_at: CreatedAt;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_at: CreatedAt;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  actor_token_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  participant_id: string | null;
  outcome: Generated<AuditOutcome>;
  ip: string | null;
  user_agent: string | null;
  details: Json;
}

export interface DB {
  ref_municipalities: RefMunicipalitiesTable;
  ref_postcodes: RefPostcodesTable;
  reference_versions: ReferenceVersionsTable;
  organisations: OrganisationsTable;
  organisation_municipalities: OrganisationMunicipalitiesTable;
  employers: EmployersTable;
  users: UsersTable;
  participants: ParticipantsTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserRoleRow = Selectable<UserRolesTable>;
export type EmployerRow = Selectable<EmployersTable>;
export type ParticipantRow = Selectable<ParticipantsTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
