-- Trajectories (issue 6): trajectory types as configuration, trajectories with flexible phases and recorded term
-- extensions, the mentor at the employer, action plan, coaching log and support budget, internship with its
-- agreement and the mentor's evaluation, aftercare contacts, outcome at closure and corrections afterwards, and the
-- per-user secret of the iCalendar feed. Code lists live in server/src/db/schema.ts too.

-- Trajectory types are data, edited by network admins. A running trajectory copies the phases it was opened with
-- (and records the type's version), so editing a type never rewrites trajectories under way.
create table trajectory_types (
  id uuid primary key default gen_random_uuid(),
  key text not null unique check (key ~ '^[a-z][a-z0-9_]*$'),
  name_nl text not null check (length(trim(name_nl)) > 0),
  name_en text not null check (length(trim(name_en)) > 0),
  measure text not null check (measure in ('ama', 'cmw', 'imw', 'reintegration', 'transition', 'regular_work')),
  total_term_days integer not null check (total_term_days between 1 and 3650),
  participating_roles text[] not null default '{coach,participant}' check (
    cardinality(participating_roles) > 0 and participating_roles <@ array[
      'coach', 'mentor', 'participant', 'employer_contact', 'account_manager', 'indication_consultant']),
  -- The outcomes that count as success for this type (monitoring counts them the same way for everyone).
  success_outcomes text[] not null check (
    cardinality(success_outcomes) > 0 and success_outcomes <@ array[
      'employed_regular', 'imw', 'cmw', 'back_to_social_economy', 'other_measure', 'care', 'dropped_out']),
  -- Months after placement at which an aftercare contact is due.
  aftercare_months smallint[] not null default '{1,3,6,12}' check (
    aftercare_months <@ array[1,2,3,4,5,6,7,8,9,10,11,12,15,18,24]::smallint[]),
  budget_hours_per_period numeric(5, 1) not null default 0 check (budget_hours_per_period between 0 and 500),
  budget_period_months smallint not null default 3 check (budget_period_months in (1, 2, 3, 4, 6, 12)),
  is_active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table trajectory_type_phases (
  type_id uuid not null references trajectory_types (id) on delete cascade,
  key text not null check (key ~ '^[a-z][a-z0-9_]*$'),
  sort_order smallint not null check (sort_order >= 0),
  name_nl text not null check (length(trim(name_nl)) > 0),
  name_en text not null check (length(trim(name_en)) > 0),
  default_term_days integer not null check (default_term_days between 1 and 3650),
  primary key (type_id, key),
  unique (type_id, sort_order)
);

create table trajectories (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  type_id uuid not null references trajectory_types (id),
  type_version integer not null,
  lead_organisation_id uuid not null references organisations (id),
  coach_user_id uuid references users (id),
  -- Once placed (or taken from the accepted proposal): where the participant works or does the internship.
  employer_id uuid references employers (id),
  site_id uuid references employer_sites (id),
  job_id uuid references jobs (id),
  proposal_id uuid references proposals (id),
  -- The referral that brought the participant (its referrer hears of the internship evaluation).
  referral_id uuid references referrals (id),
  status text not null default 'open' check (status in ('open', 'closed')),
  started_on date not null,
  planned_end_on date not null,
  placed_on date,
  closed_on date,
  outcome_kind text check (outcome_kind in (
    'employed_regular', 'imw', 'cmw', 'back_to_social_economy', 'other_measure', 'care', 'dropped_out')),
  outcome_contract_type text check (outcome_contract_type in (
    'permanent', 'fixed_term', 'replacement', 'temporary_agency', 'student', 'flexi_job', 'article_60',
    'internship_agreement', 'no_contract')),
  outcome_hours_per_week numeric(4, 1) check (outcome_hours_per_week > 0 and outcome_hours_per_week <= 50),
  outcome_dropout_reason text check (outcome_dropout_reason in (
    'health', 'motivation', 'personal_circumstances', 'moved', 'not_reachable', 'ended_by_employer', 'other')),
  outcome_on date,
  created_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint trajectories_planned_end check (planned_end_on >= started_on),
  constraint trajectories_placed check (placed_on is null or placed_on >= started_on),
  constraint trajectories_placed_where check (placed_on is null or site_id is not null),
  -- Closed means an outcome with its date: a trajectory cannot close without one.
  constraint trajectories_closed check (
    (status = 'closed') = (closed_on is not null and outcome_kind is not null and outcome_on is not null)),
  constraint trajectories_closed_order check (closed_on is null or closed_on >= started_on),
  constraint trajectories_employed check (
    outcome_kind is distinct from 'employed_regular'
    or (outcome_contract_type is not null and outcome_hours_per_week is not null)),
  constraint trajectories_dropout check ((outcome_kind = 'dropped_out') = (outcome_dropout_reason is not null))
);
-- One open trajectory per participant: one path at a time, so that outcomes are counted once.
create unique index trajectories_one_open_key on trajectories (participant_id) where status = 'open';
create unique index trajectories_proposal_key on trajectories (proposal_id) where proposal_id is not null;
create index trajectories_participant_idx on trajectories (participant_id, started_on desc);
create index trajectories_organisation_idx on trajectories (lead_organisation_id, status);
create index trajectories_coach_idx on trajectories (coach_user_id, status);

-- Phases may overlap; the term is the planned end; a phase never ends before it starts.
create table trajectory_phases (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  key text not null,
  sort_order smallint not null,
  name_nl text not null,
  name_en text not null,
  planned_start_on date,
  planned_end_on date,
  actual_start_on date,
  actual_end_on date,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (trajectory_id, key),
  constraint trajectory_phases_planned_order check (planned_end_on is null or planned_start_on is null
    or planned_end_on >= planned_start_on),
  constraint trajectory_phases_actual_order check (actual_end_on is null
    or (actual_start_on is not null and actual_end_on >= actual_start_on))
);
create index trajectory_phases_term_idx on trajectory_phases (planned_end_on) where actual_end_on is null;

create table trajectory_phase_extensions (
  id uuid primary key default gen_random_uuid(),
  phase_id uuid not null references trajectory_phases (id) on delete cascade,
  from_end_on date,
  to_end_on date not null,
  reason text not null check (length(trim(reason)) > 0),
  extended_by uuid not null references users (id),
  extended_at timestamptz not null default now(),
  constraint trajectory_phase_extensions_later check (from_end_on is null or to_end_on > from_end_on)
);
create index trajectory_phase_extensions_phase_idx on trajectory_phase_extensions (phase_id, extended_at);

-- The mentor at the employer: a contact person of the employer, with (optionally) a login holding the mentor role
-- for that employer. Through this row, and only through it, that login sees the participant's work-floor view.
create table trajectory_mentors (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  contact_person_id uuid not null references employer_contact_persons (id),
  user_id uuid references users (id),
  assigned_by uuid not null references users (id),
  assigned_at timestamptz not null default now(),
  ended_at timestamptz
);
create unique index trajectory_mentors_current_key on trajectory_mentors (trajectory_id) where ended_at is null;
create index trajectory_mentors_user_idx on trajectory_mentors (user_id) where ended_at is null;

-- Action plan, co-written with the participant: goals, and actions with who, due date and status.
create table trajectory_goals (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  title text not null check (length(trim(title)) > 0),
  description text,
  sort_order smallint not null default 0,
  status text not null default 'open' check (status in ('open', 'achieved', 'dropped')),
  created_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index trajectory_goals_trajectory_idx on trajectory_goals (trajectory_id, sort_order);

create table trajectory_actions (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references trajectory_goals (id) on delete cascade,
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  title text not null check (length(trim(title)) > 0),
  assignee text not null check (assignee in ('participant', 'coach', 'mentor', 'employer', 'other')),
  assignee_name text,
  due_on date,
  status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'cancelled')),
  created_by uuid references users (id),
  updated_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index trajectory_actions_trajectory_idx on trajectory_actions (trajectory_id, due_on);

-- Coaching log. Notes and the confidential part are special-category data: read through the service only
-- (audited), never in logs, audit details or notifications. The confidential part belongs to the organisation of
-- the coach who wrote it; sessions logged by the mentor have none.
create table coaching_sessions (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  session_on date not null,
  duration_minutes smallint not null check (duration_minutes between 5 and 600),
  by_role text not null check (by_role in ('coach', 'mentor')),
  author_user_id uuid not null references users (id),
  organisation_id uuid references organisations (id),
  location text not null check (location in ('workplace', 'elsewhere', 'online')),
  topics text[] not null default '{}' check (topics <@ array[
    'tasks_and_skills', 'work_attitude', 'colleagues', 'schedule_and_hours', 'health_and_energy', 'mobility',
    'finances', 'personal_situation', 'learning_goals', 'evaluation', 'workplace_adaptation', 'aftercare']),
  notes text,
  confidential_notes text,
  created_at timestamptz not null default now(),
  constraint coaching_sessions_confidential_by_coach check (
    confidential_notes is null or (by_role = 'coach' and organisation_id is not null))
);
create index coaching_sessions_trajectory_idx on coaching_sessions (trajectory_id, session_on desc);

-- Support budget in hours per period; moves between periods keep their reason. Planned hours of a period are its
-- initial hours plus what moved in minus what moved out.
create table trajectory_budget_periods (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  starts_on date not null,
  ends_on date not null,
  initial_hours numeric(5, 1) not null check (initial_hours >= 0 and initial_hours <= 2000),
  created_at timestamptz not null default now(),
  constraint trajectory_budget_periods_order check (ends_on >= starts_on),
  unique (trajectory_id, starts_on)
);

create table trajectory_budget_moves (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  from_period_id uuid not null references trajectory_budget_periods (id) on delete cascade,
  to_period_id uuid not null references trajectory_budget_periods (id) on delete cascade,
  hours numeric(5, 1) not null check (hours > 0),
  reason text not null check (length(trim(reason)) > 0),
  moved_by uuid not null references users (id),
  moved_at timestamptz not null default now(),
  constraint trajectory_budget_moves_distinct check (from_period_id <> to_period_id)
);
create index trajectory_budget_moves_trajectory_idx on trajectory_budget_moves (trajectory_id, moved_at);

-- Internship: costs and expectations copied from the internship place's sheet when it was set up (the sheet may
-- change later; the agreement keeps what was agreed), weekly schedule and learning goals.
create table trajectory_internships (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  job_id uuid references jobs (id),
  employer_id uuid not null references employers (id),
  site_id uuid not null references employer_sites (id),
  mentor_contact_person_id uuid not null references employer_contact_persons (id),
  legal_signatory_contact_person_id uuid not null references employer_contact_persons (id),
  starts_on date not null,
  ends_on date not null,
  weekly_schedule jsonb not null check (jsonb_typeof(weekly_schedule) = 'array'),
  costs jsonb not null default '[]'::jsonb check (jsonb_typeof(costs) = 'array'),
  insurance text not null check (length(trim(insurance)) > 0),
  mentor_hours_per_week numeric(3, 1) not null check (mentor_hours_per_week >= 0 and mentor_hours_per_week <= 40),
  expectations text,
  learning_goals text[] not null check (cardinality(learning_goals) > 0),
  sheet_version integer,
  created_by uuid references users (id),
  updated_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint trajectory_internships_order check (ends_on >= starts_on)
);
create index trajectory_internships_trajectory_idx on trajectory_internships (trajectory_id, starts_on);

-- The agreement's approval per party, for one version of the internship: any change resets them to pending.
create table internship_approvals (
  internship_id uuid not null references trajectory_internships (id) on delete cascade,
  party text not null check (party in ('participant', 'employer', 'organisation')),
  status text not null default 'pending' check (status in ('pending', 'approved')),
  internship_version integer,
  decided_by uuid references users (id),
  decided_at timestamptz,
  primary key (internship_id, party),
  constraint internship_approvals_decided check (
    (status = 'approved') = (decided_by is not null and decided_at is not null and internship_version is not null))
);

-- The mentor's evaluation at the end of the internship (one per internship).
create table internship_evaluations (
  internship_id uuid primary key references trajectory_internships (id) on delete cascade,
  mentor_user_id uuid not null references users (id),
  scores jsonb not null check (jsonb_typeof(scores) = 'object'),
  strengths text,
  improvements text,
  recommendation text not null check (recommendation in ('hire', 'extend', 'other_workplace', 'not_ready')),
  submitted_at timestamptz not null default now()
);

-- Aftercare contacts, scheduled from the placement date at the type's months.
create table aftercare_contacts (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  months_after smallint not null,
  due_on date not null,
  contacted_on date,
  is_still_employed boolean,
  how_it_goes smallint check (how_it_goes between 1 and 5),
  how_it_goes_text text,
  support_needed text,
  recorded_by uuid references users (id),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (trajectory_id, months_after),
  constraint aftercare_contacts_recorded check (
    (contacted_on is null) = (is_still_employed is null and how_it_goes is null and recorded_by is null))
);
create index aftercare_contacts_due_idx on aftercare_contacts (due_on) where contacted_on is null;

-- Corrections of a closed trajectory: the original value stays visible in the first correction of a field.
create table trajectory_corrections (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  field text not null check (field in (
    'started_on', 'placed_on', 'closed_on', 'outcome_kind', 'outcome_contract_type', 'outcome_hours_per_week',
    'outcome_dropout_reason', 'outcome_on')),
  old_value text,
  new_value text,
  reason text not null check (length(trim(reason)) > 0),
  corrected_by uuid not null references users (id),
  corrected_at timestamptz not null default now()
);
create index trajectory_corrections_trajectory_idx on trajectory_corrections (trajectory_id, corrected_at);

-- The iCalendar feed's secret, one per user: stored as its SHA-256 like sessions and API tokens; rotating replaces
-- it, deleting revokes it.
create table calendar_feed_tokens (
  user_id uuid primary key references users (id) on delete cascade,
  token_hash text not null unique,
  token_prefix text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);

-- The five shipped types. Terms are defaults a coach adjusts per trajectory; they follow how the measures run in
-- Flanders:
-- transition: the doorstroomtraject from the social economy to a regular employer. Pre-trajectory and job matching
--   about three months each; an internship (IBO/stage) of up to two months as a try-out; aftercare for a year after
--   placement. Success is regular work, or IMW (regular work with a wage premium).
-- imw: individueel maatwerk at a regular employer. A month of onboarding, half a year of intensive job coaching,
--   then lighter stabilisation support up to two years (the coaching premium's horizon).
-- reintegration: return to work of a long-term sick person with the health insurer's advising physician. Intake,
--   re-orientation or training, then a gradual return (progressive work resumption, typically months), and
--   aftercare; a year in all.
-- cmw_entry: entry into collective maatwerk. Intake, an onboarding period on the work floor, and job coaching in
--   the first year; success is a CMW contract (or a move on to regular work).
-- ama: work-like activities (arbeidszorg), unpaid and therapeutic. Intake, a year of activities with periodic
--   evaluation, then re-orientation; success is moving on to paid work or another measure. No placement, so
--   little aftercare.
insert into trajectory_types (key, name_nl, name_en, measure, total_term_days, participating_roles, success_outcomes,
  aftercare_months, budget_hours_per_period, budget_period_months) values
  ('transition', 'Doorstroomtraject', 'Transition trajectory', 'transition', 540,
    '{coach,mentor,participant,employer_contact,account_manager}', '{employed_regular,imw}', '{1,3,6,12}', 24, 3),
  ('imw', 'Individueel maatwerk (IMW)', 'Individual maatwerk (IMW)', 'imw', 730,
    '{coach,mentor,participant,employer_contact}', '{imw,employed_regular}', '{1,3,6,12}', 18, 3),
  ('reintegration', 'Re-integratie (terug naar werk)', 'Re-integration (return to work)', 'reintegration', 365,
    '{coach,mentor,participant,employer_contact}', '{employed_regular,imw,cmw}', '{1,3,6,12}', 20, 3),
  ('cmw_entry', 'Instap collectief maatwerk (CMW)', 'Entry into collective maatwerk (CMW)', 'cmw', 365,
    '{coach,participant}', '{cmw,employed_regular,imw}', '{3,6,12}', 15, 3),
  ('ama', 'Arbeidsmatige activiteiten (AMA)', 'Work-like activities (AMA)', 'ama', 455,
    '{coach,participant}', '{cmw,imw,employed_regular,other_measure}', '{3,6}', 12, 3);

insert into trajectory_type_phases (type_id, key, sort_order, name_nl, name_en, default_term_days)
select t.id, p.key, p.sort_order, p.name_nl, p.name_en, p.days
from trajectory_types t
join (values
  ('transition', 'pre_trajectory', 0, 'Voortraject', 'Pre-trajectory', 90),
  ('transition', 'job_matching', 1, 'Jobmatching', 'Job matching', 90),
  ('transition', 'internship', 2, 'Stage', 'Internship', 60),
  ('transition', 'aftercare', 3, 'Nazorg', 'Aftercare', 365),
  ('imw', 'onboarding', 0, 'Opstart op de werkplek', 'Onboarding at the workplace', 30),
  ('imw', 'job_coaching', 1, 'Intensieve jobcoaching', 'Intensive job coaching', 180),
  ('imw', 'stabilisation', 2, 'Stabilisatie', 'Stabilisation', 520),
  ('reintegration', 'intake', 0, 'Intake met de adviserend arts', 'Intake with the advising physician', 30),
  ('reintegration', 'reorientation', 1, 'Heroriëntering en opleiding', 'Re-orientation and training', 120),
  ('reintegration', 'gradual_return', 2, 'Geleidelijke werkhervatting', 'Gradual return to work', 180),
  ('reintegration', 'aftercare', 3, 'Nazorg', 'Aftercare', 180),
  ('cmw_entry', 'intake', 0, 'Intake', 'Intake', 30),
  ('cmw_entry', 'onboarding', 1, 'Inwerkperiode', 'Onboarding period', 90),
  ('cmw_entry', 'job_coaching', 2, 'Begeleiding op de werkvloer', 'Coaching on the work floor', 245),
  ('ama', 'intake', 0, 'Intake', 'Intake', 30),
  ('ama', 'activities', 1, 'Activiteiten en evaluatie', 'Activities and evaluation', 365),
  ('ama', 'reorientation', 2, 'Heroriëntering', 'Re-orientation', 60)
) as p (type_key, key, sort_order, name_nl, name_en, days) on p.type_key = t.key;
