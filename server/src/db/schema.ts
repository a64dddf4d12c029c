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
  size_class: SizeClass | null;
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

// ── Referral and indication (issue 3, migrations/0300_referral_indication.sql) ─────────────────────────────────
// Interfaces below merge with the ones above (ParticipantsTable, DB): the participant record gains its full fields.

export const PARTICIPANT_STATUSES = [
  'referred',
  'in_indication',
  'waiting',
  'in_trajectory',
  'employed',
  'closed',
  'merged',
] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
export const MEASURES = ['ama', 'cmw', 'imw', 'reintegration', 'transition', 'regular_work'] as const;
export type Measure = (typeof MEASURES)[number];
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const SHIFTS = ['day', 'early', 'late', 'night', 'weekend'] as const;
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'post_secondary',
  'bachelor',
  'master',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const CONSENT_PURPOSES = [
  'network_pool',
  'share_profile',
  'employer_proposals',
  'statistics',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_BASES = ['signed_form', 'verbal', 'digital_by_participant'] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];
export const REFERRAL_CHANNELS = [
  'vdab',
  'gtb',
  'ocmw_indication_cell',
  'health_insurer',
  'caw',
  'self',
  'other',
] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];
export const REFERRAL_STATUSES = [
  'pending',
  'in_contact',
  'started',
  'no_start',
  'no_answer',
  'withdrawn',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const NO_START_REASONS = [
  'not_reachable',
  'health',
  'not_motivated',
  'activity_mismatch',
  'financial',
  'moved',
  'other',
] as const;
export type NoStartReason = (typeof NO_START_REASONS)[number];
export const INDICATION_CHANNELS = ['vdab', 'gtb', 'ocmw_indication_cell'] as const;
export type IndicationChannel = (typeof INDICATION_CHANNELS)[number];
export const INDICATION_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type IndicationStatus = (typeof INDICATION_STATUSES)[number];
export const ADVICES = ['regular_work', 'regular_work_with_support', 'cmw', 'ama', 'care_first'] as const;
export type Advice = (typeof ADVICES)[number];
export const ICF_SOURCES = [
  'interview',
  'observation',
  'self_report',
  'medical_report',
  'test',
  'third_party',
] as const;
export type IcfSource = (typeof ICF_SOURCES)[number];

export interface WorkHistoryEntry {
  jobTitle: string;
  employerName: string | null;
  iscoCode: string | null;
  from: string;
  to: string | null;
  description: string | null;
}

export interface ParticipantsTable {
  languages: Generated<string[]>;
  dutch_level: CefrLevel | null;
  has_driving_licence: boolean | null;
  has_car: boolean | null;
  has_bike: boolean | null;
  public_transport_only: Generated<boolean>;
  max_commute_minutes: number | null;
  max_commute_km: number | null;
  hours_per_week: number | null;
  available_days: Generated<string[]>;
  shifts: Generated<string[]>;
  occupation_interests: Generated<string[]>;
  education_level: EducationLevel | null;
  work_history: Json<WorkHistoryEntry[]>;
  current_measure: Measure | null;
  last_activity_at: Timestamp;
  merged_into_id: string | null;
  merged_at: Date | null;
}

export interface RefIcfCategoriesTable {
  code: string;
  parent_code: string | null;
  kind: 'component' | 'chapter' | 'block' | 'category';
  component: 'b' | 's' | 'd' | 'e';
  level: number | null;
  title_en: string;
  title_nl: string | null;
  definition_en: string | null;
}

export interface RefIscoOccupationsTable {
  code: string;
  level: number;
  parent_code: string | null;
  title_en: string;
  title_nl: string;
}

export interface ParticipantConsentsTable {
  id: Generated<string>;
  participant_id: string;
  purpose: ConsentPurpose;
  organisation_id: string | null;
  basis: ConsentBasis;
  given_on: string;
  note: string | null;
  recorded_by: string;
  recorded_by_organisation_id: string | null;
  recorded_at: CreatedAt;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_note: string | null;
  version: Generated<number>;
}

export interface ParticipantCoachAssignmentsTable {
  id: Generated<string>;
  participant_id: string;
  organisation_id: string | null;
  coach_user_id: string | null;
  started_at: Timestamp;
  ended_at: Date | null;
  read_access_until: Date | null;
  assigned_by: string | null;
  reason: string | null;
}

export interface ReferralsTable {
  id: Generated<string>;
  participant_id: string;
  channel: ReferralChannel;
  referrer_organisation_id: string | null;
  referrer_user_id: string | null;
  referrer_name: string | null;
  referrer_contact: string | null;
  measure: Measure;
  target_organisation_id: string;
  motivation: string | null;
  referred_on: string;
  first_contact_on: string | null;
  started_on: string | null;
  no_start_reason: NoStartReason | null;
  no_start_text: string | null;
  status: Generated<ReferralStatus>;
  reminder_sent_at: Date | null;
  closed_at: Date | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface IndicationsTable {
  id: Generated<string>;
  participant_id: string;
  referral_id: string | null;
  organisation_id: string;
  consultant_user_id: string;
  channel: IndicationChannel;
  status: Generated<IndicationStatus>;
  advice: Advice | null;
  advice_motivation: string | null;
  started_at: Timestamp;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  validated_at: Date | null;
  validator_user_id: string | null;
  validation_remarks: string | null;
  valid_until: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface IndicationIcfItemsTable {
  indication_id: string;
  code: string;
  qualifier: number;
  note: string | null;
  source: IcfSource;
}

export interface IndicationReviewsTable {
  id: Generated<string>;
  indication_id: string;
  validator_user_id: string;
  decision: 'approved' | 'returned';
  remarks: string | null;
  decided_at: Timestamp;
}

export interface CapabilityProfilesTable {
  participant_id: string;
  indication_id: string | null;
  derived_at: Date | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CapabilityLevelsTable {
  participant_id: string;
  dimension: string;
  level: number;
  derived_level: number | null;
  source: 'indication' | 'coach';
}

export interface CapabilityAdjustmentsTable {
  id: Generated<string>;
  participant_id: string;
  dimension: string;
  from_level: number | null;
  to_level: number;
  reason: string;
  adjusted_by: string;
  adjusted_at: Timestamp;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  entity_type: string;
  entity_id: string | null;
  params: Json<Record<string, string | number>>;
  created_at: CreatedAt;
  read_at: Date | null;
}

export interface DB {
  ref_icf_categories: RefIcfCategoriesTable;
  ref_isco_occupations: RefIscoOccupationsTable;
  participant_consents: ParticipantConsentsTable;
  participant_coach_assignments: ParticipantCoachAssignmentsTable;
  referrals: ReferralsTable;
  indications: IndicationsTable;
  indication_icf_items: IndicationIcfItemsTable;
  indication_reviews: IndicationReviewsTable;
  capability_profiles: CapabilityProfilesTable;
  capability_levels: CapabilityLevelsTable;
  capability_adjustments: CapabilityAdjustmentsTable;
  notifications: NotificationsTable;
}

export type ReferralRow = Selectable<ReferralsTable>;
export type IndicationRow = Selectable<IndicationsTable>;
export type ConsentRow = Selectable<ParticipantConsentsTable>;
export type NotificationRow = Selectable<NotificationsTable>;

// ── Employer desk and jobs (issue 4, migrations/0400_employer_desk.sql) ───────────────────────────────────────
// EmployersTable gains its account owner; the matching dimensions are checked in SQL by matching_dimension_keys().

export const SIZE_CLASSES = ['1-9', '10-49', '50-249', '250+'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
export const APPROACH_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'taken_over'] as const;
export type ApproachRequestStatus = (typeof APPROACH_REQUEST_STATUSES)[number];
export const JOINT_ACTION_REASONS = ['approach_accepted', 'previous_owner'] as const;
export type JointActionReason = (typeof JOINT_ACTION_REASONS)[number];
export const CONTACT_CHANNELS = ['visit', 'phone', 'email', 'video', 'event', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const SERVICE_REQUEST_STATUSES = ['requested', 'in_progress', 'done', 'cancelled'] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];
export const JOB_STATUSES = ['draft', 'open', 'filled', 'closed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const JOB_KINDS = [
  'regular_vacancy',
  'carved_job',
  'internship_place',
  'ama_activity',
  'cmw_workplace',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const CONTRACT_TYPES = [
  'permanent',
  'fixed_term',
  'replacement',
  'temporary_agency',
  'student',
  'flexi_job',
  'article_60',
  'internship_agreement',
  'no_contract',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const COST_PAYERS = ['employer', 'organisation', 'vdab', 'participant', 'other'] as const;
export type CostPayer = (typeof COST_PAYERS)[number];
export const COST_PERIODS = ['once', 'per_hour', 'per_day', 'per_week', 'per_month'] as const;
export type CostPeriod = (typeof COST_PERIODS)[number];
export const COST_BANDS = ['none', 'low', 'medium', 'high'] as const;
export type CostBand = (typeof COST_BANDS)[number];
export const ADAPTATION_FUNDERS = [
  'employer',
  'vdab_workplace_adaptation',
  'vdab_work_tools',
  'vdab_interpreter',
  'vop',
  'sector_fund',
  'health_insurer',
  'esf',
  'support_organisation',
] as const;
export type AdaptationFunder = (typeof ADAPTATION_FUNDERS)[number];

export interface EmployersTable {
  owner_organisation_id: string | null;
  owner_user_id: string | null;
  owner_since: Date | null;
}

export interface EmployerSitesTable {
  id: Generated<string>;
  employer_id: string;
  name: string;
  street: string | null;
  postcode: string | null;
  municipality_nis: string | null;
  is_main: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EmployerContactPersonsTable {
  id: Generated<string>;
  employer_id: string;
  first_name: string;
  last_name: string;
  job_title: string | null;
  email: string | null;
  phone: string | null;
  is_legal_signatory: Generated<boolean>;
  user_id: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ApproachRequestsTable {
  id: Generated<string>;
  employer_id: string;
  requesting_organisation_id: string;
  requested_by: string;
  asked_organisation_id: string;
  motivation: string;
  status: Generated<ApproachRequestStatus>;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EmployerJointActionsTable {
  employer_id: string;
  organisation_id: string;
  approach_request_id: string | null;
  reason: JointActionReason;
  since: Timestamp;
}

export interface EmployerContactsTable {
  id: Generated<string>;
  employer_id: string;
  organisation_id: string;
  user_id: string;
  contact_person_id: string | null;
  contacted_on: string;
  channel: ContactChannel;
  summary: string;
  next_step: string | null;
  next_step_due_on: string | null;
  is_uncoordinated: Generated<boolean>;
  created_at: CreatedAt;
}

export interface NetworkServicesTable {
  key: string;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
  sort_order: Generated<number>;
  is_active: Generated<boolean>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface NetworkServiceProvidersTable {
  service_key: string;
  organisation_id: string;
}

export interface EmployerServiceRequestsTable {
  id: Generated<string>;
  employer_id: string;
  service_key: string;
  handling_organisation_id: string;
  requested_by: string | null;
  requested_by_organisation_id: string | null;
  status: Generated<ServiceRequestStatus>;
  requested_on: string;
  started_on: string | null;
  done_on: string | null;
  cancelled_on: string | null;
  note: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface JobsTable {
  id: Generated<string>;
  employer_id: string;
  site_id: string;
  title: string;
  isco_code: string | null;
  description: string | null;
  hours_per_week: number;
  schedule: string | null;
  shifts: Generated<string[]>;
  contract_type: ContractType | null;
  start_date: string | null;
  positions: Generated<number>;
  status: Generated<JobStatus>;
  kind: Generated<JobKind>;
  dutch_level: CefrLevel | null;
  dutch_level_waivable: Generated<boolean>;
  can_adapt_hours: Generated<boolean>;
  can_adapt_physical: Generated<boolean>;
  can_adapt_environment: Generated<boolean>;
  can_work_with_limited_dutch: Generated<boolean>;
  open_to_wage_premium: Generated<boolean>;
  has_mentor: Generated<boolean>;
  essential_dimensions: Generated<string[]>;
  created_by: string | null;
  created_by_organisation_id: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface JobTasksTable {
  id: Generated<string>;
  job_id: string;
  name: string;
  description: string | null;
  hours_per_week: number;
  sort_order: Generated<number>;
  source_task_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface JobTaskDemandsTable {
  task_id: string;
  dimension: string;
  level: number;
}

export interface InternshipCost {
  item: string;
  paidBy: CostPayer;
  /** In euros; null when the amount is not known yet. */
  amount: number | null;
  period: CostPeriod;
}

export interface InternshipSheetsTable {
  job_id: string;
  costs: Json<InternshipCost[]>;
  insurance: string;
  mentor_hours_per_week: number;
  learning_goals: Generated<string[]>;
  expectations: string | null;
  accepted_at: Date | null;
  accepted_by_user_id: string | null;
  accepted_by_contact_person_id: string | null;
  accepted_version: number | null;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WorkplaceAdaptationsTable {
  id: Generated<string>;
  key: string;
  name_nl: string;
  name_en: string;
  description_nl: Generated<string>;
  description_en: Generated<string>;
  cost_band: CostBand;
  funders: Generated<string[]>;
  dimensions: string[];
  is_active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DB {
  employer_sites: EmployerSitesTable;
  employer_contact_persons: EmployerContactPersonsTable;
  approach_requests: ApproachRequestsTable;
  employer_joint_actions: EmployerJointActionsTable;
  employer_contacts: EmployerContactsTable;
  network_services: NetworkServicesTable;
  network_service_providers: NetworkServiceProvidersTable;
  employer_service_requests: EmployerServiceRequestsTable;
  jobs: JobsTable;
  job_tasks: JobTasksTable;
  job_task_demands: JobTaskDemandsTable;
  internship_sheets: InternshipSheetsTable;
  workplace_adaptations: WorkplaceAdaptationsTable;
}

export type EmployerSiteRow = Selectable<EmployerSitesTable>;
export type ContactPersonRow = Selectable<EmployerContactPersonsTable>;
export type ApproachRequestRow = Selectable<ApproachRequestsTable>;
export type JobRow = Selectable<JobsTable>;
export type JobTaskRow = Selectable<JobTasksTable>;
export type InternshipSheetRow = Selectable<InternshipSheetsTable>;
export type WorkplaceAdaptationRow = Selectable<WorkplaceAdaptationsTable>;

// ── Matching (issue 5, migrations/0500_matching.sql) ─────────────────────────────────────────────────────────────

export const BATCH_STATUSES = ['running', 'ready', 'failed', 'published', 'discarded'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const PROPOSAL_STATUSES = ['suggested', 'proposed', 'interview', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const DECLINE_REASONS = [
  'not_interested',
  'commute',
  'hours',
  'schedule',
  'health',
  'tasks_too_demanding',
  'candidate_not_suitable',
  'found_other_job',
  'job_filled',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const DECLINED_BY = ['participant', 'employer', 'coach', 'account_manager'] as const;
export type DeclinedBy = (typeof DECLINED_BY)[number];

export interface MatchingBatchesTable {
  id: Generated<string>;
  status: Generated<BatchStatus>;
  fairness_points: number;
  candidates_per_person: number;
  coach_limit: number | null;
  persons: number | null;
  jobs: number | null;
  positions: number | null;
  candidate_edges: number | null;
  assigned: number | null;
  objective: number | null;
  greedy_assigned: number | null;
  greedy_objective: number | null;
  solve_ms: number | null;
  error: string | null;
  started_by: string;
  started_at: CreatedAt;
  finished_at: Date | null;
  published_by: string | null;
  published_at: Date | null;
  version: Generated<number>;
}

export interface MatchingBatchPairsTable {
  batch_id: string;
  method: 'optimal' | 'greedy';
  participant_id: string;
  job_id: string;
  score: number;
  weight: number;
  waiting_days: number;
}

export interface ProposalsTable {
  id: Generated<string>;
  participant_id: string;
  job_id: string;
  employer_id: string;
  status: Generated<ProposalStatus>;
  score: number;
  batch_id: string | null;
  note: string | null;
  interview_on: string | null;
  decline_reason: DeclineReason | null;
  decline_text: string | null;
  declined_by: DeclinedBy | null;
  created_by: string;
  created_by_organisation_id: string | null;
  proposed_at: Date | null;
  decided_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ProposalEventsTable {
  id: Generated<string>;
  proposal_id: string;
  from_status: string | null;
  to_status: string;
  by_user_id: string | null;
  at: CreatedAt;
  note: string | null;
}

export interface DB {
  matching_batches: MatchingBatchesTable;
  matching_batch_pairs: MatchingBatchPairsTable;
  proposals: ProposalsTable;
  proposal_events: ProposalEventsTable;
}

// ── Quality (issue 8, migrations/0800_quality.sql) ───────────────────────────────────────────────────────────────

export const RECOGNITION_SUBJECT_KINDS = ['organisation', 'coach'] as const;
export type RecognitionSubjectKind = (typeof RECOGNITION_SUBJECT_KINDS)[number];
/** Computed from the dates (never stored): not yet in force, in force, within the first warning, past, withdrawn. */
export const RECOGNITION_STATUSES = ['upcoming', 'active', 'expiring', 'expired', 'withdrawn'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];
export const SURVEY_AUDIENCES = ['participant', 'employer'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];
export const SURVEY_MOMENTS = ['during', 'after'] as const;
export type SurveyMoment = (typeof SURVEY_MOMENTS)[number];
export const SURVEY_QUESTION_KINDS = ['scale', 'yes_no', 'text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];
export const QUALITY_REVIEW_STATUSES = ['draft', 'final'] as const;
export type QualityReviewStatus = (typeof QUALITY_REVIEW_STATUSES)[number];
/** The figures a member organisation reports per round, in the order of the form. */
export const MEMBER_SURVEY_FIGURES = [
  'referrals_received',
  'referrals_started',
  'no_starts',
  'still_in_intake',
  'waiting_list',
] as const;
export type MemberSurveyFigure = (typeof MEMBER_SURVEY_FIGURES)[number];

export interface RecognitionsTable {
  id: Generated<string>;
  subject_kind: RecognitionSubjectKind;
  organisation_id: string;
  coach_user_id: string | null;
  scheme: string;
  authority: string;
  reference_number: string;
  valid_from: string;
  valid_until: string | null;
  document_reference: string | null;
  note: string | null;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RecognitionWarningsTable {
  id: Generated<string>;
  recognition_id: string;
  threshold_days: number;
  valid_until: string;
  days_left: number;
  notified: Generated<number>;
  warned_at: Generated<Date>;
}

export interface SurveyTemplatesTable {
  id: Generated<string>;
  key: string;
  version: number;
  audience: SurveyAudience;
  moment: SurveyMoment;
  title_nl: string;
  title_en: string;
  intro_nl: Generated<string>;
  intro_en: Generated<string>;
  is_active: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SurveyQuestionsTable {
  id: Generated<string>;
  template_id: string;
  position: number;
  key: string;
  kind: SurveyQuestionKind;
  text_nl: string;
  text_en: string;
  anchor_low_nl: string | null;
  anchor_low_en: string | null;
  anchor_high_nl: string | null;
  anchor_high_en: string | null;
  is_required: Generated<boolean>;
}

export interface SurveyInvitationsTable {
  id: Generated<string>;
  template_id: string;
  organisation_id: string;
  sent_by: string | null;
  respondent_user_id: string;
  participant_id: string | null;
  employer_id: string | null;
  /** No foreign key yet: set once the trajectories module is on the same branch. */
  trajectory_id: string | null;
  sent_at: Generated<Date>;
  answered_at: Date | null;
  withdrawn_at: Date | null;
  version: Generated<number>;
}

export interface SurveyAnswersTable {
  invitation_id: string;
  question_id: string;
  value: number | null;
  text: string | null;
}

export interface ReviewBand {
  key: string;
  minimum: number;
  nl: string;
  en: string;
}

export interface ReviewScalesTable {
  id: Generated<string>;
  key: string;
  version: number;
  title_nl: string;
  title_en: string;
  description_nl: string;
  description_en: string;
  bands: Json<ReviewBand[]>;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface ReviewScaleItemsTable {
  id: Generated<string>;
  scale_id: string;
  position: number;
  key: string;
  title_nl: string;
  title_en: string;
  description_nl: string;
  description_en: string;
  anchors_nl: Json<string[]>;
  anchors_en: Json<string[]>;
}

export interface QualityReviewsTable {
  id: Generated<string>;
  organisation_id: string;
  scale_id: string;
  reviewer_user_id: string;
  reviewed_on: string;
  status: Generated<QualityReviewStatus>;
  summary: string | null;
  total: number | null;
  finalised_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface QualityReviewScoresTable {
  review_id: string;
  item_id: string;
  score: number | null;
  note: string | null;
}

export interface MemberSurveyRoundsTable {
  id: Generated<string>;
  title: string;
  period_from: string;
  period_to: string;
  deadline: string;
  opened_by: string | null;
  opened_at: Generated<Date>;
  closed_at: Date | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface MemberSurveyMembersTable {
  round_id: string;
  organisation_id: string;
}

export interface MemberSurveyAnswersTable {
  round_id: string;
  organisation_id: string;
  referrals_received: number;
  referrals_started: number;
  no_starts: number;
  still_in_intake: number;
  waiting_list: number;
  note: string | null;
  answered_by: string | null;
  answered_at: Generated<Date>;
  version: Generated<number>;
}

export interface MemberSurveyRemindersTable {
  id: Generated<string>;
  round_id: string;
  organisation_id: string;
  threshold_days: number;
  notified: Generated<number>;
  sent_at: Generated<Date>;
}

export interface DB {
  recognitions: RecognitionsTable;
  recognition_warnings: RecognitionWarningsTable;
  survey_templates: SurveyTemplatesTable;
  survey_questions: SurveyQuestionsTable;
  survey_invitations: SurveyInvitationsTable;
  survey_answers: SurveyAnswersTable;
  review_scales: ReviewScalesTable;
  review_scale_items: ReviewScaleItemsTable;
  quality_reviews: QualityReviewsTable;
  quality_review_scores: QualityReviewScoresTable;
  member_survey_rounds: MemberSurveyRoundsTable;
  member_survey_members: MemberSurveyMembersTable;
  member_survey_answers: MemberSurveyAnswersTable;
  member_survey_reminders: MemberSurveyRemindersTable;
}

// ── Trajectories (issue 6, migrations/0600_trajectories.sql) ──────────────────────────────────────────────────

export const TRAJECTORY_STATUSES = ['open', 'closed'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];
export const TRAJECTORY_ROLES = [
  'coach',
  'mentor',
  'participant',
  'employer_contact',
  'account_manager',
  'indication_consultant',
] as const;
export type TrajectoryRole = (typeof TRAJECTORY_ROLES)[number];
export const OUTCOME_KINDS = [
  'employed_regular',
  'imw',
  'cmw',
  'back_to_social_economy',
  'other_measure',
  'care',
  'dropped_out',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const DROPOUT_REASONS = [
  'health',
  'motivation',
  'personal_circumstances',
  'moved',
  'not_reachable',
  'ended_by_employer',
  'other',
] as const;
export type DropoutReason = (typeof DROPOUT_REASONS)[number];
export const AFTERCARE_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 18, 24] as const;
export const BUDGET_PERIOD_MONTHS = [1, 2, 3, 4, 6, 12] as const;
export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const ACTION_ASSIGNEES = ['participant', 'coach', 'mentor', 'employer', 'other'] as const;
export type ActionAssignee = (typeof ACTION_ASSIGNEES)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const SESSION_ROLES = ['coach', 'mentor'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];
export const SESSION_LOCATIONS = ['workplace', 'elsewhere', 'online'] as const;
export type SessionLocation = (typeof SESSION_LOCATIONS)[number];
export const SESSION_TOPICS = [
  'tasks_and_skills',
  'work_attitude',
  'colleagues',
  'schedule_and_hours',
  'health_and_energy',
  'mobility',
  'finances',
  'personal_situation',
  'learning_goals',
  'evaluation',
  'workplace_adaptation',
  'aftercare',
] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];
export const AGREEMENT_PARTIES = ['participant', 'employer', 'organisation'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];
export const APPROVAL_STATUSES = ['pending', 'approved'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const EVALUATION_CRITERIA = [
  'punctuality',
  'work_pace',
  'quality_of_work',
  'following_instructions',
  'cooperation',
  'independence',
  'safety',
] as const;
export type EvaluationCriterion = (typeof EVALUATION_CRITERIA)[number];
export const EVALUATION_RECOMMENDATIONS = ['hire', 'extend', 'other_workplace', 'not_ready'] as const;
export type EvaluationRecommendation = (typeof EVALUATION_RECOMMENDATIONS)[number];
export const CORRECTABLE_FIELDS = [
  'started_on',
  'placed_on',
  'closed_on',
  'outcome_kind',
  'outcome_contract_type',
  'outcome_hours_per_week',
  'outcome_dropout_reason',
  'outcome_on',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export interface WeeklyScheduleBlock {
  day: (typeof WEEKDAYS)[number];
  /** 'HH:MM', Brussels time. */
  from: string;
  to: string;
}

export interface TrajectoryTypesTable {
  id: Generated<string>;
  key: string;
  name_nl: string;
  name_en: string;
  measure: Measure;
  total_term_days: number;
  participating_roles: Generated<TrajectoryRole[]>;
  success_outcomes: OutcomeKind[];
  aftercare_months: Generated<number[]>;
  budget_hours_per_period: Generated<number>;
  budget_period_months: Generated<number>;
  is_active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrajectoryTypePhasesTable {
  type_id: string;
  key: string;
  sort_order: number;
  name_nl: string;
  name_en: string;
  default_term_days: number;
}

export interface TrajectoriesTable {
  id: Generated<string>;
  participant_id: string;
  type_id: string;
  type_version: number;
  lead_organisation_id: string;
  coach_user_id: string | null;
  employer_id: string | null;
  site_id: string | null;
  job_id: string | null;
  proposal_id: string | null;
  referral_id: string | null;
  status: Generated<TrajectoryStatus>;
  started_on: string;
  planned_end_on: string;
  placed_on: string | null;
  closed_on: string | null;
  outcome_kind: OutcomeKind | null;
  outcome_contract_type: ContractType | null;
  outcome_hours_per_week: number | null;
  outcome_dropout_reason: DropoutReason | null;
  outcome_on: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrajectoryPhasesTable {
  id: Generated<string>;
  trajectory_id: string;
  key: string;
  sort_order: number;
  name_nl: string;
  name_en: string;
  planned_start_on: string | null;
  planned_end_on: string | null;
  actual_start_on: string | null;
  actual_end_on: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface TrajectoryPhaseExtensionsTable {
  id: Generated<string>;
  phase_id: string;
  from_end_on: string | null;
  to_end_on: string;
  reason: string;
  extended_by: string;
  extended_at: CreatedAt;
}

export interface TrajectoryMentorsTable {
  id: Generated<string>;
  trajectory_id: string;
  contact_person_id: string;
  user_id: string | null;
  assigned_by: string;
  assigned_at: CreatedAt;
  ended_at: Date | null;
}

export interface TrajectoryGoalsTable {
  id: Generated<string>;
  trajectory_id: string;
  title: string;
  description: string | null;
  sort_order: Generated<number>;
  status: Generated<GoalStatus>;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrajectoryActionsTable {
  id: Generated<string>;
  goal_id: string;
  trajectory_id: string;
  title: string;
  assignee: ActionAssignee;
  assignee_name: string | null;
  due_on: string | null;
  status: Generated<ActionStatus>;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TrajectoryPlanCommentsTable {
  id: Generated<string>;
  trajectory_id: string;
  goal_id: string | null;
  author_user_id: string;
  by_participant: Generated<boolean>;
  body: string;
  created_at: CreatedAt;
}

export interface CoachingSessionsTable {
  id: Generated<string>;
  trajectory_id: string;
  session_on: string;
  duration_minutes: number;
  by_role: SessionRole;
  author_user_id: string;
  organisation_id: string | null;
  location: SessionLocation;
  topics: Generated<SessionTopic[]>;
  notes: string | null;
  confidential_notes: string | null;
  created_at: CreatedAt;
}

export interface TrajectoryBudgetPeriodsTable {
  id: Generated<string>;
  trajectory_id: string;
  starts_on: string;
  ends_on: string;
  initial_hours: number;
  created_at: CreatedAt;
}

export interface TrajectoryBudgetMovesTable {
  id: Generated<string>;
  trajectory_id: string;
  from_period_id: string;
  to_period_id: string;
  hours: number;
  reason: string;
  moved_by: string;
  moved_at: CreatedAt;
}

export interface TrajectoryInternshipsTable {
  id: Generated<string>;
  trajectory_id: string;
  job_id: string | null;
  employer_id: string;
  site_id: string;
  mentor_contact_person_id: string;
  legal_signatory_contact_person_id: string;
  starts_on: string;
  ends_on: string;
  weekly_schedule: Json<WeeklyScheduleBlock[]>;
  costs: Json<InternshipCost[]>;
  insurance: string;
  mentor_hours_per_week: number;
  expectations: string | null;
  learning_goals: string[];
  sheet_version: number | null;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface InternshipApprovalsTable {
  internship_id: string;
  party: AgreementParty;
  status: Generated<ApprovalStatus>;
  internship_version: number | null;
  decided_by: string | null;
  decided_at: Date | null;
}

export interface InternshipEvaluationsTable {
  internship_id: string;
  mentor_user_id: string;
  scores: Json<Partial<Record<EvaluationCriterion, number>>>;
  strengths: string | null;
  improvements: string | null;
  recommendation: EvaluationRecommendation;
  submitted_at: CreatedAt;
}

export interface AftercareContactsTable {
  id: Generated<string>;
  trajectory_id: string;
  months_after: number;
  due_on: string;
  contacted_on: string | null;
  is_still_employed: boolean | null;
  how_it_goes: number | null;
  how_it_goes_text: string | null;
  support_needed: string | null;
  recorded_by: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface TrajectoryCorrectionsTable {
  id: Generated<string>;
  trajectory_id: string;
  field: CorrectableField;
  old_value: string | null;
  new_value: string | null;
  reason: string;
  corrected_by: string;
  corrected_at: CreatedAt;
}

export interface CalendarFeedTokensTable {
  user_id: string;
  token_hash: string;
  token_prefix: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
}

export interface DB {
  trajectory_types: TrajectoryTypesTable;
  trajectory_type_phases: TrajectoryTypePhasesTable;
  trajectories: TrajectoriesTable;
  trajectory_phases: TrajectoryPhasesTable;
  trajectory_phase_extensions: TrajectoryPhaseExtensionsTable;
  trajectory_mentors: TrajectoryMentorsTable;
  trajectory_goals: TrajectoryGoalsTable;
  trajectory_actions: TrajectoryActionsTable;
  trajectory_plan_comments: TrajectoryPlanCommentsTable;
  coaching_sessions: CoachingSessionsTable;
  trajectory_budget_periods: TrajectoryBudgetPeriodsTable;
  trajectory_budget_moves: TrajectoryBudgetMovesTable;
  trajectory_internships: TrajectoryInternshipsTable;
  internship_approvals: InternshipApprovalsTable;
  internship_evaluations: InternshipEvaluationsTable;
  aftercare_contacts: AftercareContactsTable;
  trajectory_corrections: TrajectoryCorrectionsTable;
  calendar_feed_tokens: CalendarFeedTokensTable;
}

export type TrajectoryTypeRow = Selectable<TrajectoryTypesTable>;
export type TrajectoryRow = Selectable<TrajectoriesTable>;
export type TrajectoryPhaseRow = Selectable<TrajectoryPhasesTable>;
export type CoachingSessionRow = Selectable<CoachingSessionsTable>;
export type TrajectoryInternshipRow = Selectable<TrajectoryInternshipsTable>;
export type AftercareContactRow = Selectable<AftercareContactsTable>;

// ── Transition evaluation (issue 7, migrations/0700_evaluations.sql) ────────────────────────────────────────────

export const EVALUATION_OUTCOMES = ['stay', 'transition', 'imw', 'other_measure', 're_evaluate'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];
export const EVALUATION_STATUSES = [
  'planned',
  'in_preparation',
  'discussed',
  'awaiting_sign_off',
  'decided',
  'cancelled',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export const EVALUATION_REASONS = ['periodic', 'phase_end', 're_evaluation', 'on_request'] as const;
export type EvaluationReason = (typeof EVALUATION_REASONS)[number];
export const EVIDENCE_KINDS = [
  'observation',
  'mentor_feedback',
  'internship_evaluation',
  'coaching_log',
  'work_sample',
  'test',
  'participant_statement',
  'indication',
  'labour_market_scan',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const PARTICIPANT_WISHES = ['stay', 'regular_job', 'other_work', 'not_sure'] as const;
export type ParticipantWish = (typeof PARTICIPANT_WISHES)[number];

export interface EvaluationTemplatesTable {
  id: Generated<string>;
  version: number;
  name_nl: string;
  name_en: string;
  definition: Json<unknown>;
  note: string | null;
  published_by: string | null;
  published_at: CreatedAt;
}

export interface EvaluationScheduleRulesTable {
  measure: Measure;
  interval_months: number;
  at_phase_end: boolean;
  lead_days: Generated<number>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface EvaluationsTable {
  id: Generated<string>;
  participant_id: string;
  organisation_id: string;
  coach_user_id: string | null;
  template_id: string;
  measure: Measure;
  reason: EvaluationReason;
  trajectory_id: string | null;
  phase_id: string | null;
  due_on: string;
  status: Generated<EvaluationStatus>;
  conversation_on: string | null;
  conversation_present: Generated<string[]>;
  conversation_summary: string | null;
  proposed_outcome: EvaluationOutcome | null;
  proposed_rule_key: string | null;
  outcome: EvaluationOutcome | null;
  re_evaluate_on: string | null;
  deviation_motivation: string | null;
  rationale: string | null;
  next_steps: string | null;
  proposed_by: string | null;
  proposed_at: Date | null;
  signed_off_by: string | null;
  signed_off_at: Date | null;
  sign_off_note: string | null;
  decided_on: string | null;
  cancel_reason: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EvaluationScoresTable {
  evaluation_id: string;
  criterion_key: string;
  score: number;
  evidence_kinds: Generated<string[]>;
  evidence: string | null;
  updated_by: string;
  updated_at: Timestamp;
}

export interface EvaluationParticipantViewsTable {
  evaluation_id: string;
  feeling: number;
  going_well: string | null;
  difficult: string | null;
  wish: ParticipantWish;
  support_wanted: string | null;
  other_remarks: string | null;
  entered_by: string;
  entered_on_behalf: boolean;
  entered_at: Timestamp;
  version: Generated<number>;
}

export interface DB {
  evaluation_templates: EvaluationTemplatesTable;
  evaluation_schedule_rules: EvaluationScheduleRulesTable;
  evaluations: EvaluationsTable;
  evaluation_scores: EvaluationScoresTable;
  evaluation_participant_views: EvaluationParticipantViewsTable;
}

export type EvaluationRow = Selectable<EvaluationsTable>;
export type EvaluationScoreRow = Selectable<EvaluationScoresTable>;
export type EvaluationTemplateRow = Selectable<EvaluationTemplatesTable>;

// ── Monitoring (migration 0900): success definitions as data, yearly targets ──

export const TARGET_METRICS = [
  'referrals_started',
  'trajectories_started',
  'trajectories_successful',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export interface SuccessDefinitionsTable {
  id: Generated<string>;
  key: string;
  name_nl: string;
  name_en: string;
  description_nl: Generated<string>;
  description_en: Generated<string>;
  rule: unknown;
  is_active: Generated<boolean>;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MonitoringTargetsTable {
  id: Generated<string>;
  year: number;
  measure: Measure;
  province_nis: string | null;
  metric: TargetMetric;
  success_definition_id: string | null;
  target: number;
  note: Generated<string>;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** An aftercare contact that finds the person no longer working there records since when (migration 0900). */
export interface AftercareContactsTable {
  employment_ended_on: string | null;
}

export interface DB {
  success_definitions: SuccessDefinitionsTable;
  monitoring_targets: MonitoringTargetsTable;
}

export type SuccessDefinitionRow = Selectable<SuccessDefinitionsTable>;
export type MonitoringTargetRow = Selectable<MonitoringTargetsTable>;
