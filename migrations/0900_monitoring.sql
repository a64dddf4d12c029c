-- Monitoring: success definitions as data, yearly targets, and when an employment found ended by aftercare ended.

-- A success definition says what counts as a successful trajectory, so that every outcome figure can name the
-- definition it uses. The rule is data (validated by the application, see monitoring/success-rules.ts):
--   {"kind":"sustained_employment","outcomeKinds":[…],"minMonths":6,"withinMonths":12}
--   {"kind":"outcome","outcomeKinds":[…]}
--   {"kind":"aftercare_rating","monthsAfter":6,"minRating":4}
create table success_definitions (
  id uuid primary key default gen_random_uuid(),
  key text not null unique check (key ~ '^[a-z0-9_]{2,60}$'),
  name_nl text not null check (length(name_nl) between 2 and 160),
  name_en text not null check (length(name_en) between 2 and 160),
  description_nl text not null default '',
  description_en text not null default '',
  rule jsonb not null check (jsonb_typeof(rule) = 'object' and rule ? 'kind'),
  is_active boolean not null default true,
  created_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

insert into success_definitions (key, name_nl, name_en, description_nl, description_en, rule) values
  ('sustained_regular_work',
   'Duurzaam regulier werk: minstens 6 maanden binnen 12 maanden',
   'Sustained regular work: at least 6 months within 12 months',
   'Na het traject minstens 6 maanden aan de slag bij een reguliere werkgever, bewezen binnen 12 maanden na de start van de job door de nazorgcontacten of de afsluiting. Een job die een dag vóór de 6 maanden eindigt, telt niet.',
   'After the trajectory, working for a regular employer for at least 6 months proven within 12 months after the job started by the aftercare contacts or the closure. A job that ends a day before the 6 months does not count.',
   '{"kind":"sustained_employment","outcomeKinds":["employed_regular"],"minMonths":6,"withinMonths":12}'),
  ('work_at_closure',
   'Aan het werk bij afsluiting (regulier of IMW)',
   'In work at closure (regular or IMW)',
   'De uitkomst bij afsluiting is werk bij een reguliere werkgever of individueel maatwerk.',
   'The outcome at closure is work with a regular employer or individual customised work.',
   '{"kind":"outcome","outcomeKinds":["employed_regular","imw"]}'),
  ('aftercare_going_well',
   'Het gaat goed na 6 maanden (nazorg 4 of 5 op 5)',
   'Going well after 6 months (aftercare 4 or 5 out of 5)',
   'Bij het nazorgcontact na 6 maanden wordt “hoe gaat het” met 4 of 5 op 5 beoordeeld.',
   'At the aftercare contact after 6 months, “how is it going” is rated 4 or 5 out of 5.',
   '{"kind":"aftercare_rating","monthsAfter":6,"minRating":4}');

-- Yearly targets per measure and (optionally) province, with what they count.
create table monitoring_targets (
  id uuid primary key default gen_random_uuid(),
  year smallint not null check (year between 2000 and 2100),
  measure text not null check (measure in ('ama', 'cmw', 'imw', 'reintegration', 'transition', 'regular_work')),
  -- null: the whole of Flanders
  province_nis text check (province_nis ~ '^[0-9]{5}$'),
  metric text not null check (metric in ('referrals_started', 'trajectories_started', 'trajectories_successful')),
  success_definition_id uuid references success_definitions (id),
  target integer not null check (target between 1 and 1000000),
  note text not null default '',
  created_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint monitoring_targets_definition check (
    (metric = 'trajectories_successful') = (success_definition_id is not null))
);
create unique index monitoring_targets_key on monitoring_targets (
  year, measure, coalesce(province_nis, ''), metric, coalesce(success_definition_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- An aftercare contact that finds the person no longer working there records since when.
alter table aftercare_contacts add column employment_ended_on date;
alter table aftercare_contacts add constraint aftercare_contacts_ended check (
  employment_ended_on is null or is_still_employed = false);

-- The figures look trajectories up by their end and by the referral they came from.
create index trajectories_closed_idx on trajectories (closed_on) where closed_on is not null;
create index trajectories_referral_idx on trajectories (referral_id) where referral_id is not null;
