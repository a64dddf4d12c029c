-- Referral and indication (issue 3): the full participant record, consent per purpose, coach history, referrals,
-- indications with ICF items, advice and four-eyes validation, the capability profile derived from them, and
-- notifications. Code lists live in server/src/db/schema.ts as well; keep both in step.

-- Reference data: ICF categories and ISCO-08 occupations (loaded from server/reference by reference.loader.ts).
create table ref_icf_categories (
  code text primary key,
  parent_code text,
  kind text not null check (kind in ('component', 'chapter', 'block', 'category')),
  component text not null check (component in ('b', 's', 'd', 'e')),
  level smallint,
  title_en text not null,
  title_nl text,
  definition_en text
);
create index ref_icf_categories_title_trgm_idx on ref_icf_categories
  using gin (lower(immutable_unaccent(coalesce(title_nl, '') || ' ' || title_en)) gin_trgm_ops);

create table ref_isco_occupations (
  code text primary key check (code ~ '^[0-9]{1,4}$'),
  level smallint not null check (level between 1 and 4),
  parent_code text,
  title_en text not null,
  title_nl text not null
);
create index ref_isco_occupations_title_trgm_idx on ref_isco_occupations
  using gin (lower(immutable_unaccent(title_nl || ' ' || title_en)) gin_trgm_ops);

-- The full participant record.
alter table participants
  add column languages text[] not null default '{}',
  add column dutch_level text check (dutch_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
  add column has_driving_licence boolean,
  add column has_car boolean,
  add column has_bike boolean,
  add column public_transport_only boolean not null default false,
  add column max_commute_minutes smallint check (max_commute_minutes between 0 and 300),
  add column max_commute_km smallint check (max_commute_km between 0 and 300),
  add column hours_per_week smallint check (hours_per_week between 1 and 50),
  add column available_days text[] not null default '{}',
  add column shifts text[] not null default '{}',
  add column occupation_interests text[] not null default '{}',
  add column education_level text check (education_level in (
    'none', 'primary', 'lower_secondary', 'upper_secondary', 'post_secondary', 'bachelor', 'master')),
  add column work_history jsonb not null default '[]'::jsonb,
  add column current_measure text check (current_measure in (
    'ama', 'cmw', 'imw', 'reintegration', 'transition', 'regular_work')),
  add column last_activity_at timestamptz not null default now(),
  add column merged_into_id uuid references participants (id),
  add column merged_at timestamptz,
  add constraint participants_status_check check (status in (
    'referred', 'in_indication', 'waiting', 'in_trajectory', 'employed', 'closed', 'merged')),
  add constraint participants_merged_check check ((status = 'merged') = (merged_into_id is not null)),
  add constraint participants_days_check check (available_days <@ array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  add constraint participants_shifts_check check (shifts <@ array['day', 'early', 'late', 'night', 'weekend']);

-- Caseload lists at 250,000 participants: every list is scoped to organisations and ordered by name or by waiting
-- time, so both orders have an index that starts with the organisation and ends with the id (stable pages).
create index participants_org_name_idx on participants (organisation_id, last_name, first_name, id);
create index participants_org_waiting_idx on participants (organisation_id, waiting_since, id);
create index participants_org_status_idx on participants (organisation_id, status);
create index participants_org_activity_idx on participants (organisation_id, last_activity_at);
create index participants_municipality_idx on participants (municipality_nis);
create index participants_measure_idx on participants (current_measure) where current_measure is not null;
create index participants_name_trgm_idx on participants
  using gin (lower(immutable_unaccent(first_name || ' ' || last_name)) gin_trgm_ops);
-- Duplicate detection: the same person registered twice under a different (mistyped) national number.
create index participants_identity_idx on participants
  (lower(immutable_unaccent(last_name)), lower(immutable_unaccent(first_name)), birth_date);

-- Consent per purpose. At most one active consent per participant, purpose and named organisation.
create table participant_consents (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  purpose text not null check (purpose in ('network_pool', 'share_profile', 'employer_proposals', 'statistics')),
  organisation_id uuid references organisations (id),
  basis text not null check (basis in ('signed_form', 'verbal', 'digital_by_participant')),
  given_on date not null,
  note text,
  recorded_by uuid not null references users (id),
  recorded_by_organisation_id uuid references organisations (id),
  recorded_at timestamptz not null default now(),
  withdrawn_at timestamptz,
  withdrawn_by uuid references users (id),
  withdrawal_note text,
  version integer not null default 1,
  constraint participant_consents_named_org check ((purpose = 'share_profile') = (organisation_id is not null))
);
create unique index participant_consents_active_key on participant_consents (participant_id, purpose, organisation_id)
  nulls not distinct where withdrawn_at is null;
create index participant_consents_org_idx on participant_consents (organisation_id, participant_id)
  where withdrawn_at is null;

-- Who coached the participant, for which organisation, when; the previous coach keeps read access for a while.
create table participant_coach_assignments (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  organisation_id uuid references organisations (id),
  coach_user_id uuid references users (id),
  started_at timestamptz not null default now(),
  ended_at timestamptz,
  read_access_until timestamptz,
  assigned_by uuid references users (id),
  reason text
);
create index participant_coach_assignments_participant_idx on participant_coach_assignments (participant_id, started_at desc);
create index participant_coach_assignments_coach_idx on participant_coach_assignments (coach_user_id, read_access_until)
  where ended_at is not null;

-- Referrals (toeleiding).
create table referrals (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  channel text not null check (channel in (
    'vdab', 'gtb', 'ocmw_indication_cell', 'health_insurer', 'caw', 'self', 'other')),
  referrer_organisation_id uuid references organisations (id),
  referrer_user_id uuid references users (id),
  referrer_name text,
  referrer_contact text,
  measure text not null check (measure in ('ama', 'cmw', 'imw', 'reintegration', 'transition', 'regular_work')),
  target_organisation_id uuid not null references organisations (id),
  motivation text,
  referred_on date not null,
  first_contact_on date,
  started_on date,
  no_start_reason text check (no_start_reason in (
    'not_reachable', 'health', 'not_motivated', 'activity_mismatch', 'financial', 'moved', 'other')),
  no_start_text text,
  status text not null default 'pending' check (status in (
    'pending', 'in_contact', 'started', 'no_start', 'no_answer', 'withdrawn')),
  reminder_sent_at timestamptz,
  closed_at timestamptz,
  created_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint referrals_contact_after_referral check (first_contact_on is null or first_contact_on >= referred_on),
  constraint referrals_start_after_contact check (
    started_on is null or (first_contact_on is not null and started_on >= first_contact_on)),
  constraint referrals_no_start_reason check ((status = 'no_start') = (no_start_reason is not null)),
  constraint referrals_other_needs_text check (no_start_reason is distinct from 'other' or no_start_text is not null),
  constraint referrals_referrer check (channel = 'self' or referrer_organisation_id is not null or referrer_name is not null)
);
create index referrals_target_idx on referrals (target_organisation_id, status, referred_on);
create index referrals_referrer_idx on referrals (referrer_organisation_id, referred_on desc);
create index referrals_participant_idx on referrals (participant_id, referred_on desc);
create index referrals_pending_idx on referrals (referred_on) where status = 'pending';
create index referrals_channel_idx on referrals (channel, referred_on);

-- Indications (indicering): ICF items, advice, four-eyes validation.
create table indications (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  referral_id uuid references referrals (id),
  organisation_id uuid not null references organisations (id),
  consultant_user_id uuid not null references users (id),
  channel text not null check (channel in ('vdab', 'gtb', 'ocmw_indication_cell')),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'returned', 'approved')),
  advice text check (advice in ('regular_work', 'regular_work_with_support', 'cmw', 'ama', 'care_first')),
  advice_motivation text,
  started_at timestamptz not null default now(),
  first_submitted_at timestamptz,
  submitted_at timestamptz,
  validated_at timestamptz,
  validator_user_id uuid references users (id),
  validation_remarks text,
  valid_until date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Four eyes, also in the database: whoever wrote the indication never validates it.
  constraint indications_four_eyes check (validator_user_id is null or validator_user_id <> consultant_user_id),
  constraint indications_approved check (status <> 'approved' or (validated_at is not null and valid_until is not null))
);
create index indications_participant_idx on indications (participant_id, started_at desc);
create index indications_status_idx on indications (status, submitted_at);
create index indications_org_idx on indications (organisation_id, status);
create index indications_referral_idx on indications (referral_id) where referral_id is not null;

create table indication_icf_items (
  indication_id uuid not null references indications (id) on delete cascade,
  code text not null references ref_icf_categories (code),
  qualifier smallint not null check (qualifier between 0 and 4 or qualifier in (8, 9)),
  note text,
  source text not null check (source in (
    'interview', 'observation', 'self_report', 'medical_report', 'test', 'third_party')),
  primary key (indication_id, code)
);

create table indication_reviews (
  id uuid primary key default gen_random_uuid(),
  indication_id uuid not null references indications (id),
  validator_user_id uuid not null references users (id),
  decision text not null check (decision in ('approved', 'returned')),
  remarks text,
  decided_at timestamptz not null default now()
);
create index indication_reviews_indication_idx on indication_reviews (indication_id, decided_at);

-- The capability profile on the matching dimensions, derived from the latest approved indication and adjustable
-- by the coach with a reason (kept in the adjustments table).
create table capability_profiles (
  participant_id uuid primary key references participants (id),
  indication_id uuid references indications (id),
  derived_at timestamptz,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

create table capability_levels (
  participant_id uuid not null references capability_profiles (participant_id) on delete cascade,
  dimension text not null,
  level smallint not null check (level between 0 and 4),
  derived_level smallint check (derived_level between 0 and 4),
  source text not null check (source in ('indication', 'coach')),
  primary key (participant_id, dimension)
);

create table capability_adjustments (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  dimension text not null,
  from_level smallint,
  to_level smallint not null check (to_level between 0 and 4),
  reason text not null check (length(trim(reason)) > 0),
  adjusted_by uuid not null references users (id),
  adjusted_at timestamptz not null default now()
);
create index capability_adjustments_participant_idx on capability_adjustments (participant_id, adjusted_at desc);

-- Notifications to users (referral reminders, "no answer" closures). Never special-category data in params.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  kind text not null,
  entity_type text not null,
  entity_id uuid,
  params jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create unique index notifications_once_key on notifications (user_id, kind, entity_id);
create index notifications_user_idx on notifications (user_id, created_at desc);
create index notifications_unread_idx on notifications (user_id) where read_at is null;
