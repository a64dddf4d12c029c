-- The action plan is co-written with the participant: besides marking actions, they (and the coach) leave
-- comments on the plan or on one goal.
create table trajectory_plan_comments (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references trajectories (id) on delete cascade,
  goal_id uuid references trajectory_goals (id) on delete cascade,
  author_user_id uuid not null references users (id),
  by_participant boolean not null default false,
  body text not null check (length(trim(body)) > 0 and length(body) <= 2000),
  created_at timestamptz not null default now()
);
create index trajectory_plan_comments_trajectory_idx on trajectory_plan_comments (trajectory_id, created_at);
