-- Foundation: reference data, organisations, people registers, accounts, roles, sessions, API tokens, audit.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE; indexes on names need an IMMUTABLE wrapper with the dictionary fixed.
create or replace function immutable_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Reference data (loaded from server/reference at start; see server/src/reference).
create table ref_municipalities (
  nis_code text primary key check (nis_code ~ '^[0-9]{5}$'),
  name_nl text not null,
  name_fr text not null,
  arrondissement_nis text not null,
  province_nis text,
  province_nl text,
  region_key text not null check (region_key in ('flanders', 'wallonia', 'brussels')),
  lat double precision not null,
  lon double precision not null
);

create table ref_postcodes (
  postcode text not null check (postcode ~ '^[0-9]{4}$'),
  locality text not null,
  is_main_locality boolean not null,
  nis_code text not null references ref_municipalities (nis_code),
  lat double precision not null,
  lon double precision not null,
  primary key (postcode, locality)
);
create index ref_postcodes_nis_idx on ref_postcodes (nis_code);

create table reference_versions (
  name text primary key,
  checksum text not null,
  loaded_at timestamptz not null default now()
);

-- Organisations of the network.
create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) > 0),
  kind text not null check (kind in (
    'maatwerkbedrijf', 'coaching_organisation', 'public_employment_service', 'gtb', 'ocmw',
    'health_insurer', 'caw', 'federation')),
  enterprise_number text not null unique check (enterprise_number ~ '^[01][0-9]{9}$'),
  email text,
  phone text,
  street text,
  postcode text,
  municipality_nis text references ref_municipalities (nis_code),
  has_indication_cell boolean not null default false,
  is_active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table organisation_municipalities (
  organisation_id uuid not null references organisations (id) on delete cascade,
  nis_code text not null references ref_municipalities (nis_code),
  primary key (organisation_id, nis_code)
);
create index organisation_municipalities_nis_idx on organisation_municipalities (nis_code);

-- Shared employer register (the employer desk module adds owners, sites, contacts and jobs).
create table employers (
  id uuid primary key default gen_random_uuid(),
  enterprise_number text not null unique check (enterprise_number ~ '^[01][0-9]{9}$'),
  name text not null check (length(trim(name)) > 0),
  nace_code text,
  size_class text check (size_class in ('1-9', '10-49', '50-249', '250+')),
  street text,
  postcode text,
  municipality_nis text references ref_municipalities (nis_code),
  website text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index employers_name_trgm_idx on employers using gin (lower(immutable_unaccent(name)) gin_trgm_ops);

-- Accounts.
create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null check (position('@' in email) > 1),
  display_name text not null check (length(trim(display_name)) > 0),
  organisation_id uuid references organisations (id),
  password_hash text not null,
  locale text not null default 'nl-BE' check (locale in ('nl-BE', 'en')),
  is_active boolean not null default true,
  is_demo boolean not null default false,
  totp_secret text,
  totp_enabled_at timestamptz,
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  password_changed_at timestamptz not null default now(),
  must_change_password boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));
create index users_organisation_idx on users (organisation_id);

-- Participants (the referral module adds the full record, consent and history).
create table participants (
  id uuid primary key default gen_random_uuid(),
  national_number text not null unique check (national_number ~ '^[0-9]{11}$'),
  first_name text not null check (length(trim(first_name)) > 0),
  last_name text not null check (length(trim(last_name)) > 0),
  birth_date date not null,
  email text,
  phone text,
  street text,
  postcode text,
  municipality_nis text references ref_municipalities (nis_code),
  organisation_id uuid references organisations (id),
  coach_user_id uuid references users (id),
  status text not null default 'referred',
  waiting_since date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index participants_organisation_idx on participants (organisation_id);
create index participants_coach_idx on participants (coach_user_id);

-- Roles: a user holds roles per organisation; employer contacts and mentors per employer; a participant's login
-- is tied to their own record.
create table user_roles (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  role text not null check (role in (
    'network_admin', 'org_admin', 'coach', 'indication_consultant', 'indication_validator',
    'account_manager', 'employer_contact', 'mentor', 'participant', 'analyst')),
  organisation_id uuid references organisations (id),
  employer_id uuid references employers (id),
  participant_id uuid references participants (id),
  granted_by uuid references users (id),
  granted_at timestamptz not null default now(),
  constraint user_roles_scope check (
    case
      when role in ('employer_contact', 'mentor')
        then employer_id is not null and organisation_id is null and participant_id is null
      when role = 'participant'
        then participant_id is not null and organisation_id is null and employer_id is null
      else organisation_id is not null and employer_id is null and participant_id is null
    end)
);
create unique index user_roles_unique on user_roles (user_id, role, organisation_id, employer_id, participant_id)
  nulls not distinct;
create index user_roles_organisation_idx on user_roles (organisation_id, role);
create index user_roles_employer_idx on user_roles (employer_id);

-- Sessions live in the database so that any instance behind a load balancer can serve any request.
create table sessions (
  id_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  name text not null check (length(trim(name)) > 0),
  token_hash text not null unique,
  token_prefix text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index api_tokens_user_idx on api_tokens (user_id);

-- Audit: append-only. Written in the same transaction as the change it records.
create table audit_events (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_user_id uuid references users (id),
  actor_organisation_id uuid references organisations (id),
  actor_token_id uuid references api_tokens (id),
  action text not null,
  entity_type text not null,
  entity_id text,
  participant_id uuid references participants (id),
  outcome text not null default 'success' check (outcome in ('success', 'denied', 'failure')),
  ip text,
  user_agent text,
  details jsonb not null default '{}'::jsonb
);
create index audit_events_occurred_idx on audit_events (occurred_at desc, id desc);
create index audit_events_actor_idx on audit_events (actor_user_id, id desc);
create index audit_events_org_idx on audit_events (actor_organisation_id, id desc);
create index audit_events_entity_idx on audit_events (entity_type, entity_id, id desc);
create index audit_events_participant_idx on audit_events (participant_id, id desc) where participant_id is not null;
create index audit_events_action_idx on audit_events (action, id desc);

create function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end $$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();
