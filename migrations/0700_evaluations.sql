-- Transition evaluation (issue 7): versioned templates (criteria by theme with an anchored scale, required
-- evidence and the decision rule, all as data), the schedule rule per measure, and evaluations with their scores,
-- the participant's own view, the conversation, the proposed and decided outcome and the sign-off by a second
-- person. Code lists live in server/src/db/schema.ts too.

-- A template version is never changed once published: evaluations reference the version they were made with.
create table evaluation_templates (
  id uuid primary key default gen_random_uuid(),
  version integer not null unique check (version >= 1),
  name_nl text not null check (length(trim(name_nl)) > 0),
  name_en text not null check (length(trim(name_en)) > 0),
  -- Themes, criteria (anchored scale, required evidence) and the decision rule; validated by the service's schema.
  definition jsonb not null check (jsonb_typeof(definition) = 'object'),
  note text,
  published_by uuid references users (id),
  published_at timestamptz not null default now()
);

create or replace function evaluation_templates_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'evaluation template versions are immutable; publish a new version';
end;
$$;
create trigger evaluation_templates_no_update before update or delete on evaluation_templates
  for each row execute function evaluation_templates_immutable();

-- When evaluations fall due, per measure: every interval, and (optionally) at the end of each trajectory phase.
create table evaluation_schedule_rules (
  measure text primary key check (measure in ('ama', 'cmw', 'imw', 'reintegration', 'transition', 'regular_work')),
  interval_months smallint not null check (interval_months between 1 and 60),
  at_phase_end boolean not null default false,
  -- Evaluations are planned this many days before they fall due, so that the coach can prepare.
  lead_days smallint not null default 30 check (lead_days between 0 and 180),
  version integer not null default 1,
  updated_by uuid references users (id),
  updated_at timestamptz not null default now()
);
insert into evaluation_schedule_rules (measure, interval_months, at_phase_end) values
  ('cmw', 12, false),
  ('imw', 12, false),
  ('ama', 12, false),
  ('reintegration', 6, false),
  ('transition', 6, true);

create table evaluations (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  organisation_id uuid not null references organisations (id),
  coach_user_id uuid references users (id),
  template_id uuid not null references evaluation_templates (id),
  measure text not null check (measure in ('ama', 'cmw', 'imw', 'reintegration', 'transition', 'regular_work')),
  reason text not null check (reason in ('periodic', 'phase_end', 're_evaluation', 'on_request')),
  trajectory_id uuid references trajectories (id),
  phase_id uuid references trajectory_phases (id),
  due_on date not null,
  status text not null default 'planned' check (status in (
    'planned', 'in_preparation', 'discussed', 'awaiting_sign_off', 'decided', 'cancelled')),
  -- The conversation with the participant.
  conversation_on date,
  conversation_present text[] not null default '{}',
  conversation_summary text,
  -- What the template's rule proposed when the decision was submitted, and what was decided.
  proposed_outcome text check (proposed_outcome in ('stay', 'transition', 'imw', 'other_measure', 're_evaluate')),
  proposed_rule_key text,
  outcome text check (outcome in ('stay', 'transition', 'imw', 'other_measure', 're_evaluate')),
  re_evaluate_on date,
  deviation_motivation text,
  rationale text,
  next_steps text,
  proposed_by uuid references users (id),
  proposed_at timestamptz,
  signed_off_by uuid references users (id),
  signed_off_at timestamptz,
  sign_off_note text,
  decided_on date,
  cancel_reason text,
  created_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint evaluations_phase check (phase_id is null or trajectory_id is not null),
  constraint evaluations_re_evaluate check ((outcome = 're_evaluate') = (re_evaluate_on is not null)),
  constraint evaluations_deviation check (
    outcome is null or outcome = proposed_outcome or length(trim(coalesce(deviation_motivation, ''))) > 0),
  constraint evaluations_four_eyes check (signed_off_by is null or signed_off_by <> proposed_by),
  constraint evaluations_decided check ((status = 'decided') = (decided_on is not null and outcome is not null))
);
-- One evaluation under way per participant; one per trajectory phase.
create unique index evaluations_one_open_key on evaluations (participant_id)
  where status not in ('decided', 'cancelled');
create unique index evaluations_phase_key on evaluations (phase_id) where phase_id is not null and status <> 'cancelled';
create index evaluations_organisation_idx on evaluations (organisation_id, status, due_on);
create index evaluations_coach_idx on evaluations (coach_user_id, status, due_on);
create index evaluations_participant_idx on evaluations (participant_id, due_on desc);

create table evaluation_scores (
  evaluation_id uuid not null references evaluations (id) on delete cascade,
  criterion_key text not null check (criterion_key ~ '^[a-z][a-z0-9_]*$'),
  score smallint not null check (score between 0 and 10),
  evidence_kinds text[] not null default '{}' check (evidence_kinds <@ array[
    'observation', 'mentor_feedback', 'internship_evaluation', 'coaching_log', 'work_sample', 'test',
    'participant_statement', 'indication', 'labour_market_scan']),
  evidence text,
  updated_by uuid not null references users (id),
  updated_at timestamptz not null default now(),
  primary key (evaluation_id, criterion_key)
);

-- The participant's own view, in their words: filled in by themselves, or by the coach on their behalf (recorded).
create table evaluation_participant_views (
  evaluation_id uuid primary key references evaluations (id) on delete cascade,
  feeling smallint not null check (feeling between 1 and 4),
  going_well text,
  difficult text,
  wish text not null check (wish in ('stay', 'regular_job', 'other_work', 'not_sure')),
  support_wanted text,
  other_remarks text,
  entered_by uuid not null references users (id),
  entered_on_behalf boolean not null,
  entered_at timestamptz not null default now(),
  version integer not null default 1
);
