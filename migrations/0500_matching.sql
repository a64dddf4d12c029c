-- Matching (issue 5): proposals of a person for a job with their course, and the network-wide assignment batches
-- a network admin runs and reviews before their proposals go out. Code lists live in server/src/db/schema.ts too.

create table matching_batches (
  id uuid primary key default gen_random_uuid(),
  status text not null default 'running' check (status in ('running', 'ready', 'failed', 'published', 'discarded')),
  -- Parameters: the waiting-time fairness weight (points at two years' waiting), candidates per person, the
  -- optional limit of new proposals per coach.
  fairness_points smallint not null check (fairness_points between 0 and 30),
  candidates_per_person smallint not null check (candidates_per_person between 1 and 200),
  coach_limit smallint check (coach_limit between 1 and 100),
  persons integer,
  jobs integer,
  positions integer,
  candidate_edges integer,
  assigned integer,
  objective bigint,
  greedy_assigned integer,
  greedy_objective bigint,
  solve_ms integer,
  error text,
  started_by uuid not null references users (id),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  published_by uuid references users (id),
  published_at timestamptz,
  version integer not null default 1
);
create index matching_batches_started_idx on matching_batches (started_at desc);
-- One batch at a time: a second start while one runs is refused.
create unique index matching_batches_one_running_key on matching_batches ((true)) where status = 'running';

-- The pairs of a batch: the optimal assignment ('optimal') and, for comparison, first-come greedy ('greedy').
create table matching_batch_pairs (
  batch_id uuid not null references matching_batches (id) on delete cascade,
  method text not null check (method in ('optimal', 'greedy')),
  participant_id uuid not null references participants (id),
  job_id uuid not null references jobs (id),
  score numeric(5, 1) not null,
  weight integer not null,
  waiting_days integer not null,
  primary key (batch_id, method, participant_id)
);
create index matching_batch_pairs_job_idx on matching_batch_pairs (batch_id, method, job_id);

create table proposals (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id),
  job_id uuid not null references jobs (id),
  employer_id uuid not null references employers (id),
  status text not null default 'suggested' check (status in ('suggested', 'proposed', 'interview', 'accepted', 'declined')),
  score numeric(5, 1) not null,
  batch_id uuid references matching_batches (id),
  note text,
  interview_on date,
  decline_reason text check (decline_reason in (
    'not_interested', 'commute', 'hours', 'schedule', 'health', 'tasks_too_demanding', 'candidate_not_suitable',
    'found_other_job', 'job_filled', 'other')),
  decline_text text,
  declined_by text check (declined_by in ('participant', 'employer', 'coach', 'account_manager')),
  created_by uuid not null references users (id),
  created_by_organisation_id uuid references organisations (id),
  proposed_at timestamptz,
  decided_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint proposals_declined check ((status = 'declined') = (decline_reason is not null and declined_by is not null)),
  constraint proposals_other_text check (decline_reason is distinct from 'other' or decline_text is not null)
);
-- One open proposal per person and job; declined ones stay as history (and keep the pair out of later matching).
create unique index proposals_open_key on proposals (participant_id, job_id) where status <> 'declined';
create index proposals_participant_idx on proposals (participant_id, created_at desc);
create index proposals_job_idx on proposals (job_id, status);
create index proposals_employer_idx on proposals (employer_id, status, created_at desc);
create index proposals_status_idx on proposals (status, updated_at desc);

create table proposal_events (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null references proposals (id) on delete cascade,
  from_status text,
  to_status text not null,
  by_user_id uuid references users (id),
  at timestamptz not null default now(),
  note text
);
create index proposal_events_proposal_idx on proposal_events (proposal_id, at);

-- Freshness of the matching index: every change to what matching reads advances this sequence (statement
-- triggers; a sequence takes no row lock, so writers never wait on each other for it). The server compares the
-- value with the one its cached index was built at.
create sequence matching_data_seq;
create function matching_data_changed() returns trigger language plpgsql as $$
begin
  perform nextval('matching_data_seq');
  return null;
end $$;
create trigger matching_data_participants after insert or update or delete on participants
  for each statement execute function matching_data_changed();
create trigger matching_data_consents after insert or update or delete on participant_consents
  for each statement execute function matching_data_changed();
create trigger matching_data_capabilities after insert or update or delete on capability_levels
  for each statement execute function matching_data_changed();
create trigger matching_data_indications after insert or update or delete on indications
  for each statement execute function matching_data_changed();
create trigger matching_data_jobs after insert or update or delete on jobs
  for each statement execute function matching_data_changed();
create trigger matching_data_tasks after insert or update or delete on job_tasks
  for each statement execute function matching_data_changed();
create trigger matching_data_demands after insert or update or delete on job_task_demands
  for each statement execute function matching_data_changed();
create trigger matching_data_sites after insert or update or delete on employer_sites
  for each statement execute function matching_data_changed();
create trigger matching_data_adaptations after insert or update or delete on workplace_adaptations
  for each statement execute function matching_data_changed();
create trigger matching_data_proposals after insert or update or delete on proposals
  for each statement execute function matching_data_changed();
