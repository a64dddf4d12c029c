-- Employer desk and jobs (issue 4): account owners, sites, contact persons, approach requests and joint actions,
-- the contact timeline, the network's service catalogue and service requests, jobs with tasks and demand profiles,
-- carved jobs, internship sheets and the workplace adaptation catalogue. Code lists live in server/src/db/schema.ts
-- as well; keep both in step.

-- The matching dimensions (server/src/modules/profiles/dimensions.ts), for CHECK constraints on demand profiles and
-- adaptations. A test compares this list with the code; a new dimension needs a migration that replaces it.
create or replace function matching_dimension_keys() returns text[]
  language sql immutable parallel safe
  as $$ select array[
    'lifting', 'carrying', 'standing', 'walking', 'sitting', 'bending_kneeling', 'reaching', 'climbing',
    'fine_hand_use', 'hand_arm_strength', 'seeing', 'hearing', 'physical_stamina', 'attention', 'memory', 'energy',
    'stress_handling', 'daily_routine', 'multitasking', 'learning', 'problem_solving', 'planning',
    'adapting_to_change', 'working_independently', 'responsibility', 'understanding_dutch', 'speaking_dutch',
    'reading', 'writing', 'calculating', 'phone_use', 'digital_skills', 'cooperation', 'customer_contact',
    'taking_instructions', 'handling_criticism', 'shift_work', 'noise', 'heat_cold', 'outdoor_work', 'dust_fumes',
    'working_alone', 'work_pace']::text[] $$;

-- The account owner: one organisation and an account manager in it (checked by the service: roles change).
alter table employers
  add column owner_organisation_id uuid references organisations (id),
  add column owner_user_id uuid references users (id),
  add column owner_since timestamptz,
  add constraint employers_owner_user_needs_org check (owner_user_id is null or owner_organisation_id is not null),
  add constraint employers_owner_since check ((owner_organisation_id is null) = (owner_since is null)),
  add constraint employers_nace_code_check check (nace_code ~ '^[0-9]{2}(\.[0-9]{1,3})?$');
create index employers_owner_organisation_idx on employers (owner_organisation_id, name, id);
create index employers_owner_user_idx on employers (owner_user_id) where owner_user_id is not null;
create index employers_nace_idx on employers (nace_code text_pattern_ops);
create index employers_municipality_idx on employers (municipality_nis);

create table employer_sites (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employers (id),
  name text not null check (length(trim(name)) > 0),
  street text,
  postcode text check (postcode ~ '^[0-9]{4}$'),
  municipality_nis text references ref_municipalities (nis_code),
  is_main boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Jobs reference (site, employer) so that a job's site always belongs to the job's employer.
  constraint employer_sites_id_employer_key unique (id, employer_id)
);
create index employer_sites_employer_idx on employer_sites (employer_id, is_main desc, name);
create index employer_sites_municipality_idx on employer_sites (municipality_nis);
create unique index employer_sites_one_main_key on employer_sites (employer_id) where is_main;

create table employer_contact_persons (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employers (id),
  first_name text not null check (length(trim(first_name)) > 0),
  last_name text not null check (length(trim(last_name)) > 0),
  job_title text,
  email text check (email is null or position('@' in email) > 1),
  phone text,
  -- Who may sign for the employer (an internship agreement needs the legal signatory).
  is_legal_signatory boolean not null default false,
  -- Their employer_contact login, once they have one.
  user_id uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index employer_contact_persons_employer_idx on employer_contact_persons (employer_id, last_name, first_name);
create unique index employer_contact_persons_user_key on employer_contact_persons (employer_id, user_id)
  where user_id is not null;

-- Another organisation asks the owner for leave to approach the employer.
create table approach_requests (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employers (id),
  requesting_organisation_id uuid not null references organisations (id),
  requested_by uuid not null references users (id),
  -- The owner organisation asked (it keeps seeing the request after a take-over).
  asked_organisation_id uuid not null references organisations (id),
  motivation text not null check (length(trim(motivation)) > 0),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'taken_over')),
  decision_reason text,
  decided_by uuid references users (id),
  decided_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint approach_requests_decided check ((status = 'pending') = (decided_at is null)),
  constraint approach_requests_decline_reason check (
    status <> 'declined' or length(trim(coalesce(decision_reason, ''))) > 0)
);
-- One pending request per organisation and employer.
create unique index approach_requests_pending_key on approach_requests (employer_id, requesting_organisation_id)
  where status = 'pending';
create index approach_requests_employer_idx on approach_requests (employer_id, status, created_at desc);
create index approach_requests_requester_idx on approach_requests (requesting_organisation_id, status, created_at desc);
create index approach_requests_asked_idx on approach_requests (asked_organisation_id, created_at desc);

-- Organisations that approach an employer together with the owner (from an accepted request, or the previous owner
-- after a take-over).
create table employer_joint_actions (
  employer_id uuid not null references employers (id),
  organisation_id uuid not null references organisations (id),
  approach_request_id uuid references approach_requests (id),
  reason text not null check (reason in ('approach_accepted', 'previous_owner')),
  since timestamptz not null default now(),
  primary key (employer_id, organisation_id)
);
create index employer_joint_actions_organisation_idx on employer_joint_actions (organisation_id);

-- The contact timeline. Nothing acknowledged is lost: a contact by an organisation that is neither owner nor in a
-- joint action is recorded all the same, flagged as uncoordinated.
create table employer_contacts (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employers (id),
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  contact_person_id uuid references employer_contact_persons (id) on delete set null,
  contacted_on date not null,
  channel text not null check (channel in ('visit', 'phone', 'email', 'video', 'event', 'other')),
  summary text not null check (length(trim(summary)) > 0),
  next_step text,
  next_step_due_on date,
  is_uncoordinated boolean not null default false,
  created_at timestamptz not null default now(),
  constraint employer_contacts_due_needs_step check (next_step_due_on is null or next_step is not null),
  constraint employer_contacts_due_after_contact check (next_step_due_on is null or next_step_due_on >= contacted_on)
);
create index employer_contacts_employer_idx on employer_contacts (employer_id, contacted_on desc, created_at desc);
-- The uncoordinated-approach list scans the last 90 days across employers.
create index employer_contacts_recent_idx on employer_contacts (contacted_on, employer_id, organisation_id);
create index employer_contacts_organisation_idx on employer_contacts (organisation_id, contacted_on desc);
create index employer_contacts_next_step_idx on employer_contacts (user_id, next_step_due_on)
  where next_step_due_on is not null;

-- The network's joint service catalogue and who offers what.
create table network_services (
  key text primary key check (key ~ '^[a-z][a-z0-9_]*$'),
  name_nl text not null check (length(trim(name_nl)) > 0),
  name_en text not null check (length(trim(name_en)) > 0),
  description_nl text not null,
  description_en text not null,
  sort_order smallint not null default 0,
  is_active boolean not null default true,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

create table network_service_providers (
  service_key text not null references network_services (key),
  organisation_id uuid not null references organisations (id),
  primary key (service_key, organisation_id)
);
create index network_service_providers_organisation_idx on network_service_providers (organisation_id);

insert into network_services (key, sort_order, name_nl, name_en, description_nl, description_en) values
  ('job_carving', 1, 'Jobcarving en inclusief jobontwerp', 'Job carving and inclusive job design',
   'Samen met de werkgever taken herschikken tot een functie die past bij wat een kandidaat kan.',
   'Regrouping tasks with the employer into a job that fits what a candidate can do.'),
  ('workplace_adaptation_advice', 2, 'Advies over aanpassingen van de werkpost', 'Workplace adaptation advice',
   'Advies over hulpmiddelen, inrichting en werkorganisatie, en over wie ze kan financieren.',
   'Advice on aids, layout and work organisation, and on who can fund them.'),
  ('mentor_training', 3, 'Opleiding voor interne mentoren', 'Mentor training',
   'Opleiding en coaching voor de collega die een nieuwe werknemer op de werkvloer begeleidt.',
   'Training and coaching for the colleague who supports a new employee on the floor.'),
  ('candidate_preselection', 4, 'Voorselectie van kandidaten', 'Candidate preselection',
   'Eén gezamenlijke voorstelling van kandidaten uit de gedeelde pool van het netwerk.',
   'One joint proposal of candidates from the network''s shared pool.'),
  ('internship', 5, 'Stages en werkplekleren', 'Internships and workplace learning',
   'Stageplaatsen met een duidelijke afspraak over kosten, verzekering, begeleiding en leerdoelen.',
   'Internship places with clear terms on costs, insurance, supervision and learning goals.'),
  ('wage_premium_paperwork', 6, 'Loonpremies en subsidies: administratie', 'Wage premium and subsidy paperwork',
   'Hulp bij de aanvraag van de Vlaamse ondersteuningspremie, IMW-premies en andere tegemoetkomingen.',
   'Help applying for the Flemish support premium, IMW premiums and other allowances.'),
  ('aftercare_coaching', 7, 'Nazorg en jobcoaching na aanwerving', 'Aftercare coaching',
   'Jobcoaching van werknemer en werkgever na de aanwerving, zodat de tewerkstelling duurzaam is.',
   'Job coaching of employee and employer after hiring, so that the employment lasts.');

create table employer_service_requests (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employers (id),
  service_key text not null references network_services (key),
  handling_organisation_id uuid not null references organisations (id),
  requested_by uuid references users (id),
  requested_by_organisation_id uuid references organisations (id),
  status text not null default 'requested' check (status in ('requested', 'in_progress', 'done', 'cancelled')),
  requested_on date not null,
  started_on date,
  done_on date,
  cancelled_on date,
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint employer_service_requests_started check (started_on is null or started_on >= requested_on),
  constraint employer_service_requests_done check ((status = 'done') = (done_on is not null)),
  constraint employer_service_requests_done_order check (
    done_on is null or done_on >= coalesce(started_on, requested_on)),
  constraint employer_service_requests_cancelled check ((status = 'cancelled') = (cancelled_on is not null)),
  constraint employer_service_requests_in_progress check (status <> 'in_progress' or started_on is not null)
);
create index employer_service_requests_employer_idx on employer_service_requests (employer_id, requested_on desc);
create index employer_service_requests_handling_idx on employer_service_requests (handling_organisation_id, status, requested_on);
create index employer_service_requests_service_idx on employer_service_requests (service_key, status);

-- Jobs at an employer's site, with what the employer can offer and the dimensions where a gap excludes.
create table jobs (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employers (id),
  site_id uuid not null,
  title text not null check (length(trim(title)) > 0),
  isco_code text references ref_isco_occupations (code),
  description text,
  hours_per_week numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 50),
  schedule text,
  shifts text[] not null default '{}' check (shifts <@ array['day', 'early', 'late', 'night', 'weekend']),
  contract_type text check (contract_type in (
    'permanent', 'fixed_term', 'replacement', 'temporary_agency', 'student', 'flexi_job', 'article_60',
    'internship_agreement', 'no_contract')),
  start_date date,
  positions smallint not null default 1 check (positions between 1 and 999),
  status text not null default 'draft' check (status in ('draft', 'open', 'filled', 'closed')),
  kind text not null default 'regular_vacancy' check (kind in (
    'regular_vacancy', 'carved_job', 'internship_place', 'ama_activity', 'cmw_workplace')),
  dutch_level text check (dutch_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
  dutch_level_waivable boolean not null default false,
  can_adapt_hours boolean not null default false,
  can_adapt_physical boolean not null default false,
  can_adapt_environment boolean not null default false,
  can_work_with_limited_dutch boolean not null default false,
  open_to_wage_premium boolean not null default false,
  has_mentor boolean not null default false,
  essential_dimensions text[] not null default '{}' check (essential_dimensions <@ matching_dimension_keys()),
  created_by uuid references users (id),
  created_by_organisation_id uuid references organisations (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint jobs_site_of_employer foreign key (site_id, employer_id) references employer_sites (id, employer_id),
  constraint jobs_waivable_needs_level check (not dutch_level_waivable or dutch_level is not null)
);
create index jobs_employer_idx on jobs (employer_id, status, updated_at desc);
create index jobs_site_idx on jobs (site_id);
create index jobs_status_kind_idx on jobs (status, kind, updated_at desc);
create index jobs_isco_idx on jobs (isco_code text_pattern_ops) where isco_code is not null;
create index jobs_title_trgm_idx on jobs using gin (lower(immutable_unaccent(title)) gin_trgm_ops);

create table job_tasks (
  id uuid primary key default gen_random_uuid(),
  job_id uuid not null references jobs (id) on delete cascade,
  name text not null check (length(trim(name)) > 0),
  description text,
  hours_per_week numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 50),
  sort_order smallint not null default 0,
  -- For a carved job: the task it was copied from (a task used as a source cannot be deleted).
  source_task_id uuid references job_tasks (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index job_tasks_job_idx on job_tasks (job_id, sort_order, created_at);
create index job_tasks_source_idx on job_tasks (source_task_id) where source_task_id is not null;

create table job_task_demands (
  task_id uuid not null references job_tasks (id) on delete cascade,
  dimension text not null check (dimension = any (matching_dimension_keys())),
  level smallint not null check (level between 0 and 4),
  primary key (task_id, dimension)
);
create index job_task_demands_dimension_idx on job_task_demands (dimension, level);

-- The transparent sheet of an internship place: who pays what, insurance, mentor time, learning goals. The
-- employer contact accepts a version they were shown; a change afterwards resets the acceptance.
create table internship_sheets (
  job_id uuid primary key references jobs (id) on delete cascade,
  costs jsonb not null default '[]'::jsonb check (jsonb_typeof(costs) = 'array'),
  insurance text not null check (length(trim(insurance)) > 0),
  mentor_hours_per_week numeric(3, 1) not null check (mentor_hours_per_week >= 0 and mentor_hours_per_week <= 40),
  learning_goals text[] not null default '{}',
  expectations text,
  accepted_at timestamptz,
  accepted_by_user_id uuid references users (id),
  accepted_by_contact_person_id uuid references employer_contact_persons (id) on delete set null,
  accepted_version integer,
  created_by uuid references users (id),
  updated_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint internship_sheets_acceptance check (
    (accepted_at is null) = (accepted_by_user_id is null) and (accepted_at is null) = (accepted_version is null))
);
create index internship_sheets_accepted_by_idx on internship_sheets (accepted_by_user_id)
  where accepted_by_user_id is not null;

-- Workplace adaptations: each can close gaps on some dimensions, at a typical cost, funded by someone.
create table workplace_adaptations (
  id uuid primary key default gen_random_uuid(),
  key text not null unique check (key ~ '^[a-z][a-z0-9_]*$'),
  name_nl text not null check (length(trim(name_nl)) > 0),
  name_en text not null check (length(trim(name_en)) > 0),
  description_nl text not null default '',
  description_en text not null default '',
  cost_band text not null check (cost_band in ('none', 'low', 'medium', 'high')),
  funders text[] not null default '{}' check (funders <@ array[
    'employer', 'vdab_workplace_adaptation', 'vdab_work_tools', 'vdab_interpreter', 'vop', 'sector_fund',
    'health_insurer', 'esf', 'support_organisation']),
  dimensions text[] not null check (cardinality(dimensions) > 0 and dimensions <@ matching_dimension_keys()),
  is_active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Matching asks "which adaptations close a gap on this dimension".
create index workplace_adaptations_dimensions_idx on workplace_adaptations using gin (dimensions) where is_active;

insert into workplace_adaptations (key, name_nl, name_en, description_nl, description_en, cost_band, funders, dimensions) values
  ('lifting_aid', 'Tilhulp (vacuümheffer, hefwagen)', 'Lifting aid (vacuum lifter, lift trolley)',
   'Een hulpmiddel neemt het tillen en dragen over.', 'An aid takes over lifting and carrying.',
   'medium', array['vdab_workplace_adaptation', 'employer'], array['lifting', 'carrying', 'hand_arm_strength', 'physical_stamina']),
  ('height_adjustable_table', 'In hoogte verstelbare werktafel', 'Height-adjustable work table',
   'Zittend of staand werken op de juiste hoogte, zonder bukken of reiken.', 'Working seated or standing at the right height, without bending or reaching.',
   'low', array['vdab_workplace_adaptation', 'employer'], array['standing', 'sitting', 'bending_kneeling', 'reaching']),
  ('sit_stand_stool', 'Sta-steun en anti-vermoeidheidsmat', 'Sit-stand stool and anti-fatigue mat',
   'Minder belasting bij lang staan.', 'Less strain when standing for long.',
   'low', array['employer', 'vdab_work_tools'], array['standing', 'physical_stamina']),
  ('job_coach_on_the_floor', 'Jobcoach op de werkvloer', 'Job coach on the floor',
   'Een externe jobcoach leert het werk aan en begeleidt werknemer en collega''s.', 'An external job coach teaches the work and supports the employee and colleagues.',
   'none', array['support_organisation', 'vdab_workplace_adaptation'], array['learning', 'taking_instructions', 'daily_routine', 'stress_handling', 'working_independently', 'adapting_to_change', 'handling_criticism']),
  ('pictogram_instructions', 'Instructies met pictogrammen en foto''s', 'Pictogram and photo instructions',
   'Werkinstructies in beeld, met weinig tekst.', 'Work instructions in pictures, with little text.',
   'none', array['employer', 'support_organisation'], array['reading', 'understanding_dutch', 'memory', 'learning']),
  ('visual_planning', 'Visuele dagplanning en checklists', 'Visual day planning and checklists',
   'Een vaste volgorde van taken, zichtbaar op de werkplek.', 'A fixed order of tasks, visible at the workplace.',
   'none', array['employer', 'support_organisation'], array['planning', 'memory', 'multitasking', 'daily_routine']),
  ('noise_cancelling_headset', 'Geluidsdempende hoofdtelefoon of gehoorbescherming', 'Noise-cancelling headset or hearing protection',
   'Minder prikkels en lawaai.', 'Less noise and fewer stimuli.',
   'low', array['employer', 'vdab_work_tools'], array['noise', 'attention']),
  ('quiet_workspace', 'Rustige werkplek', 'Quiet workspace',
   'Een afgeschermde plek met weinig prikkels en onderbrekingen.', 'A screened-off place with few stimuli and interruptions.',
   'low', array['employer'], array['attention', 'stress_handling', 'noise', 'multitasking']),
  ('adapted_schedule', 'Aangepast uurrooster', 'Adapted schedule',
   'Minder uren, vaste uren of extra pauzes.', 'Fewer hours, fixed hours or extra breaks.',
   'none', array['employer', 'vop'], array['energy', 'physical_stamina', 'shift_work', 'work_pace']),
  ('reduced_pace', 'Lager werktempo en aangepaste doelen', 'Reduced pace and adapted targets',
   'Het rendementsverlies wordt gecompenseerd door een premie.', 'The loss of output is compensated by a premium.',
   'none', array['vop', 'employer'], array['work_pace', 'stress_handling', 'multitasking']),
  ('extra_training_time', 'Extra inleertijd', 'Extra training time',
   'Langer inwerken, in kleine stappen.', 'A longer induction, in small steps.',
   'low', array['vop', 'sector_fund', 'employer'], array['learning', 'memory', 'adapting_to_change']),
  ('colleague_buddy', 'Collega-buddy (peter of meter)', 'Colleague buddy (mentor)',
   'Een vaste collega om bij terecht te kunnen.', 'A fixed colleague to turn to.',
   'none', array['employer', 'sector_fund'], array['cooperation', 'taking_instructions', 'adapting_to_change', 'working_alone', 'customer_contact']),
  ('screen_reader', 'Schermlezer en brailleleesregel', 'Screen reader and braille display',
   'Software en hardware om een computer zonder zicht te gebruiken.', 'Software and hardware to use a computer without sight.',
   'high', array['vdab_work_tools'], array['seeing', 'reading', 'digital_skills']),
  ('screen_magnifier', 'Vergrotingssoftware en groot scherm', 'Screen magnifier and large screen',
   'Tekst en beeld vergroot.', 'Text and images enlarged.',
   'low', array['vdab_work_tools', 'employer'], array['seeing', 'reading']),
  ('hearing_loop_and_captions', 'Ringleiding, ondertiteling en spraak-naar-tekst', 'Hearing loop, captions and speech-to-text',
   'Gesprekken en vergaderingen volgen met een gehoorbeperking.', 'Following conversations and meetings with a hearing impairment.',
   'medium', array['vdab_work_tools', 'vdab_interpreter'], array['hearing', 'phone_use']),
  ('sign_language_interpreter', 'Tolk Vlaamse Gebarentaal', 'Flemish Sign Language interpreter',
   'Tolkuren voor overleg, opleiding en personeelsvergaderingen.', 'Interpreter hours for meetings, training and staff meetings.',
   'medium', array['vdab_interpreter'], array['hearing', 'understanding_dutch', 'speaking_dutch']),
  ('language_coaching', 'Taalcoaching op de werkvloer', 'Language coaching on the floor',
   'Nederlands leren in de eigen werkcontext, met de woorden van het werk.', 'Learning Dutch in the work context, with the words of the job.',
   'low', array['vdab_workplace_adaptation', 'sector_fund', 'esf'], array['understanding_dutch', 'speaking_dutch', 'reading', 'writing']),
  ('ergonomic_hand_tools', 'Ergonomisch handgereedschap', 'Ergonomic hand tools',
   'Gereedschap met dikkere grepen of krachtondersteuning.', 'Tools with thicker grips or power assistance.',
   'low', array['vdab_work_tools', 'employer'], array['fine_hand_use', 'hand_arm_strength']),
  ('climate_clothing', 'Aangepaste werkkledij voor hitte en koude', 'Work clothing for heat and cold',
   'Koelvest, thermische kledij, regenkledij.', 'Cooling vest, thermal clothing, rain gear.',
   'low', array['employer'], array['heat_cold', 'outdoor_work']),
  ('dust_extraction', 'Stofafzuiging en ademhalingsbescherming', 'Dust extraction and respiratory protection',
   'Minder blootstelling aan stof, dampen en geuren.', 'Less exposure to dust, fumes and odours.',
   'medium', array['employer'], array['dust_fumes']),
  ('ramp_or_lift', 'Hellend vlak of lift', 'Ramp or lift',
   'De werkplek bereikbaar zonder trappen.', 'The workplace reachable without stairs.',
   'high', array['vdab_workplace_adaptation', 'employer'], array['climbing', 'walking']),
  ('reintegration_adjusted_duties', 'Aangepast werk bij re-integratie', 'Adjusted duties for re-integration',
   'Tijdelijk aangepaste taken en uren, afgesproken met de adviserend arts van het ziekenfonds.', 'Temporarily adjusted tasks and hours, agreed with the health insurer''s medical adviser.',
   'none', array['health_insurer', 'employer'], array['physical_stamina', 'energy', 'work_pace', 'responsibility']);
