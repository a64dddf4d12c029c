-- Quality (issue 8): the recognition register of coaches and coaching organisations with its expiry warnings;
-- satisfaction surveys (templates as versioned data, invitations answered in the UI); the quality review of
-- coaching organisations on a scored scale (versioned data); the periodic survey of member organisations on their
-- referral figures. Code lists live in server/src/db/schema.ts too; keep both in step.

-- Recognition register (erkenning): an organisation, or one coach (who belongs to the organisation), recognised
-- by a scheme of an authority for a period. Its status (upcoming, active, expiring, expired, withdrawn) follows
-- from the dates, so it is computed, never stored.
create table recognitions (
  id uuid primary key default gen_random_uuid(),
  subject_kind text not null check (subject_kind in ('organisation', 'coach')),
  organisation_id uuid not null references organisations (id),
  coach_user_id uuid references users (id),
  scheme text not null check (length(trim(scheme)) > 0),
  authority text not null check (length(trim(authority)) > 0),
  reference_number text not null check (length(trim(reference_number)) > 0),
  valid_from date not null,
  valid_until date,
  document_reference text,
  note text,
  withdrawn_on date,
  withdrawal_reason text,
  created_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint recognitions_subject check ((subject_kind = 'coach') = (coach_user_id is not null)),
  constraint recognitions_period check (valid_until is null or valid_until >= valid_from),
  constraint recognitions_withdrawal check ((withdrawn_on is null) = (withdrawal_reason is null))
);
-- The same decision is registered once: an authority's reference number with its start date.
create unique index recognitions_decision_key
  on recognitions (lower(authority), lower(reference_number), valid_from);
create index recognitions_organisation_idx on recognitions (organisation_id, valid_until);
create index recognitions_coach_idx on recognitions (coach_user_id) where coach_user_id is not null;
create index recognitions_expiry_idx on recognitions (valid_until) where withdrawn_on is null;

-- Expiry warnings sent, one per recognition, threshold and end date (a new end date warns again).
create table recognition_warnings (
  id uuid primary key default gen_random_uuid(),
  recognition_id uuid not null references recognitions (id) on delete cascade,
  threshold_days integer not null check (threshold_days between 1 and 365),
  valid_until date not null,
  days_left integer not null,
  notified integer not null default 0,
  warned_at timestamptz not null default now()
);
create unique index recognition_warnings_once_key
  on recognition_warnings (recognition_id, threshold_days, valid_until);

-- Satisfaction surveys. A template is versioned: a new version replaces the active one, invitations keep the
-- version they were sent with, and answers are read against it.
create table survey_templates (
  id uuid primary key default gen_random_uuid(),
  key text not null check (key ~ '^[a-z][a-z0-9_]*$'),
  version integer not null check (version >= 1),
  audience text not null check (audience in ('participant', 'employer')),
  moment text not null check (moment in ('during', 'after')),
  title_nl text not null check (length(trim(title_nl)) > 0),
  title_en text not null check (length(trim(title_en)) > 0),
  intro_nl text not null default '',
  intro_en text not null default '',
  is_active boolean not null default true,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  unique (key, version)
);
create unique index survey_templates_active_key on survey_templates (key) where is_active;

create table survey_questions (
  id uuid primary key default gen_random_uuid(),
  template_id uuid not null references survey_templates (id) on delete cascade,
  position smallint not null check (position between 1 and 8),
  key text not null check (key ~ '^[a-z][a-z0-9_]*$'),
  kind text not null check (kind in ('scale', 'yes_no', 'text')),
  text_nl text not null check (length(trim(text_nl)) > 0),
  text_en text not null check (length(trim(text_en)) > 0),
  anchor_low_nl text,
  anchor_low_en text,
  anchor_high_nl text,
  anchor_high_en text,
  is_required boolean not null default true,
  unique (template_id, key),
  unique (template_id, position),
  constraint survey_questions_anchors check (
    (kind = 'scale') = (anchor_low_nl is not null and anchor_low_en is not null
      and anchor_high_nl is not null and anchor_high_en is not null))
);

-- An invitation to one respondent (a participant's or an employer contact's login), sent by an organisation.
create table survey_invitations (
  id uuid primary key default gen_random_uuid(),
  template_id uuid not null references survey_templates (id),
  organisation_id uuid not null references organisations (id),
  sent_by uuid references users (id),
  respondent_user_id uuid not null references users (id),
  participant_id uuid references participants (id),
  employer_id uuid references employers (id),
  -- No foreign key yet: the trajectories module (issue 6) is not on this branch; it links invitations to the
  -- trajectory they were sent in when it lands.
  trajectory_id uuid,
  sent_at timestamptz not null default now(),
  answered_at timestamptz,
  withdrawn_at timestamptz,
  version integer not null default 1,
  constraint survey_invitations_respondent check ((participant_id is null) <> (employer_id is null)),
  constraint survey_invitations_state check (answered_at is null or withdrawn_at is null)
);
create index survey_invitations_organisation_idx on survey_invitations (organisation_id, sent_at desc);
create index survey_invitations_respondent_idx on survey_invitations (respondent_user_id, sent_at desc);
create index survey_invitations_template_idx on survey_invitations (template_id) where answered_at is not null;
create unique index survey_invitations_open_key on survey_invitations (template_id, respondent_user_id)
  where answered_at is null and withdrawn_at is null;

-- Answers, stored against the question of the version sent. Scale 1–5, yes/no as 1/0, or a short text.
create table survey_answers (
  invitation_id uuid not null references survey_invitations (id) on delete cascade,
  question_id uuid not null references survey_questions (id),
  value smallint check (value between 0 and 5),
  text text check (length(text) between 1 and 1000),
  primary key (invitation_id, question_id),
  constraint survey_answers_one check ((value is null) <> (text is null))
);
create index survey_answers_question_idx on survey_answers (question_id);

-- Quality review of coaching organisations: a scale of anchored items (versioned data), reviews per organisation.
create table review_scales (
  id uuid primary key default gen_random_uuid(),
  key text not null check (key ~ '^[a-z][a-z0-9_]*$'),
  version integer not null check (version >= 1),
  title_nl text not null,
  title_en text not null,
  description_nl text not null,
  description_en text not null,
  -- Bands of the total score, highest first: [{"key": "exemplary", "minimum": 63, "nl": "…", "en": "…"}, …].
  bands jsonb not null check (jsonb_typeof(bands) = 'array'),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (key, version)
);
create unique index review_scales_active_key on review_scales (key) where is_active;

create table review_scale_items (
  id uuid primary key default gen_random_uuid(),
  scale_id uuid not null references review_scales (id) on delete cascade,
  position smallint not null,
  key text not null check (key ~ '^[a-z][a-z0-9_]*$'),
  title_nl text not null,
  title_en text not null,
  description_nl text not null,
  description_en text not null,
  -- The meaning of scores 1 to 5, in order.
  anchors_nl jsonb not null check (jsonb_typeof(anchors_nl) = 'array' and jsonb_array_length(anchors_nl) = 5),
  anchors_en jsonb not null check (jsonb_typeof(anchors_en) = 'array' and jsonb_array_length(anchors_en) = 5),
  unique (scale_id, key),
  unique (scale_id, position)
);

create table quality_reviews (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  scale_id uuid not null references review_scales (id),
  reviewer_user_id uuid not null references users (id),
  reviewed_on date not null,
  status text not null default 'draft' check (status in ('draft', 'final')),
  summary text,
  total smallint,
  finalised_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint quality_reviews_final check ((status = 'final') = (finalised_at is not null and total is not null))
);
create index quality_reviews_organisation_idx on quality_reviews (organisation_id, status, reviewed_on desc);
-- One review in progress per organisation.
create unique index quality_reviews_one_draft_key on quality_reviews (organisation_id) where status = 'draft';

create table quality_review_scores (
  review_id uuid not null references quality_reviews (id) on delete cascade,
  item_id uuid not null references review_scale_items (id),
  score smallint check (score between 1 and 5),
  note text check (length(note) <= 2000),
  primary key (review_id, item_id)
);

-- Periodic survey of member organisations on their referral figures: a round, the organisations asked, and each
-- organisation's one answer (corrected while the round is open).
create table member_survey_rounds (
  id uuid primary key default gen_random_uuid(),
  title text not null check (length(trim(title)) > 0),
  period_from date not null,
  period_to date not null,
  deadline date not null,
  opened_by uuid references users (id),
  opened_at timestamptz not null default now(),
  closed_at timestamptz,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  constraint member_survey_rounds_period check (period_to >= period_from),
  constraint member_survey_rounds_deadline check (deadline >= period_to)
);
create index member_survey_rounds_opened_idx on member_survey_rounds (opened_at desc);

create table member_survey_members (
  round_id uuid not null references member_survey_rounds (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  primary key (round_id, organisation_id)
);

create table member_survey_answers (
  round_id uuid not null,
  organisation_id uuid not null,
  referrals_received integer not null check (referrals_received between 0 and 100000),
  referrals_started integer not null check (referrals_started between 0 and 100000),
  no_starts integer not null check (no_starts between 0 and 100000),
  still_in_intake integer not null check (still_in_intake between 0 and 100000),
  waiting_list integer not null check (waiting_list between 0 and 100000),
  note text check (length(note) <= 2000),
  answered_by uuid references users (id),
  answered_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (round_id, organisation_id),
  foreign key (round_id, organisation_id) references member_survey_members (round_id, organisation_id)
    on delete cascade
);

-- Reminders sent before a round's deadline, one per round, organisation and threshold.
create table member_survey_reminders (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references member_survey_rounds (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  threshold_days integer not null check (threshold_days between 1 and 365),
  notified integer not null default 0,
  sent_at timestamptz not null default now()
);
create unique index member_survey_reminders_once_key
  on member_survey_reminders (round_id, organisation_id, threshold_days);

-- The shipped templates: one participant survey in plain Dutch (B1), one employer survey.
insert into survey_templates (key, version, audience, moment, title_nl, title_en, intro_nl, intro_en) values
  ('participant_satisfaction', 1, 'participant', 'during',
   'Hoe gaat het met je begeleiding?', 'How is your support going?',
   'We willen weten hoe jij je begeleiding vindt. Het duurt maar vijf minuten. Je keuzes tellen we samen met die van anderen. Niemand ziet wat jij koos. Wat je zelf schrijft, kan je organisatie wel lezen.',
   'We want to know what you think of your support. It only takes five minutes. We add your choices to those of others. Nobody sees what you chose. Your organisation can read what you write yourself.'),
  ('employer_satisfaction', 1, 'employer', 'after',
   'Hoe verliep de samenwerking?', 'How did the cooperation go?',
   'U werkte met ons samen om iemand aan het werk te helpen. Hoe vond u dat? Het duurt vijf minuten. Uw keuzes tellen we samen met die van andere werkgevers. Wat u zelf schrijft, kan onze organisatie lezen.',
   'You worked with us to help someone into work. How did you find it? It takes five minutes. We add your choices to those of other employers. Our organisation can read what you write yourself.');

insert into survey_questions (template_id, position, key, kind, text_nl, text_en,
  anchor_low_nl, anchor_low_en, anchor_high_nl, anchor_high_en, is_required)
select t.id, q.position, q.key, q.kind, q.text_nl, q.text_en, q.low_nl, q.low_en, q.high_nl, q.high_en, q.required
from survey_templates t
join (values
  ('participant_satisfaction', 1, 'listens', 'scale',
   'Mijn coach luistert naar wat ik wil.', 'My coach listens to what I want.',
   'Helemaal niet', 'Not at all', 'Helemaal wel', 'Very much', true),
  ('participant_satisfaction', 2, 'next_step', 'scale',
   'Ik weet wat de volgende stap is.', 'I know what the next step is.',
   'Helemaal niet', 'Not at all', 'Heel goed', 'Very well', true),
  ('participant_satisfaction', 3, 'help_enough', 'scale',
   'Ik krijg de hulp die ik nodig heb.', 'I get the help I need.',
   'Helemaal niet', 'Not at all', 'Helemaal wel', 'Very much', true),
  ('participant_satisfaction', 4, 'reachable', 'scale',
   'Ik kan mijn coach bereiken als ik dat nodig heb.', 'I can reach my coach when I need to.',
   'Bijna nooit', 'Hardly ever', 'Altijd', 'Always', true),
  ('participant_satisfaction', 5, 'recommend', 'yes_no',
   'Zou je deze hulp aanraden aan een vriend?', 'Would you recommend this help to a friend?',
   null, null, null, null, true),
  ('participant_satisfaction', 6, 'better', 'text',
   'Wat kunnen we beter doen?', 'What could we do better?',
   null, null, null, null, false),
  ('employer_satisfaction', 1, 'prepared', 'scale',
   'De nieuwe werknemer was goed voorbereid op de job.', 'The new employee was well prepared for the job.',
   'Helemaal niet', 'Not at all', 'Helemaal wel', 'Very much', true),
  ('employer_satisfaction', 2, 'reachable', 'scale',
   'De jobcoach was bereikbaar als we hem of haar nodig hadden.', 'The job coach was reachable when we needed them.',
   'Bijna nooit', 'Hardly ever', 'Altijd', 'Always', true),
  ('employer_satisfaction', 3, 'team_support', 'scale',
   'De begeleiding hielp ook onze ploeg en de mentor.', 'The support also helped our team and the mentor.',
   'Helemaal niet', 'Not at all', 'Helemaal wel', 'Very much', true),
  ('employer_satisfaction', 4, 'clear_agreements', 'scale',
   'De afspraken over taken, uren en premies waren duidelijk.', 'The agreements on tasks, hours and premiums were clear.',
   'Helemaal niet', 'Not at all', 'Heel duidelijk', 'Very clear', true),
  ('employer_satisfaction', 5, 'again', 'yes_no',
   'Werkt u bij een volgende aanwerving opnieuw met ons samen?', 'Would you work with us again for a next hire?',
   null, null, null, null, true),
  ('employer_satisfaction', 6, 'improve', 'text',
   'Wat kunnen we beter doen?', 'What could we do better?',
   null, null, null, null, false)
) as q (template_key, position, key, kind, text_nl, text_en, low_nl, low_en, high_nl, high_en, required)
  on q.template_key = t.key and t.version = 1;

-- The shipped review scale, modelled on supported-employment fidelity reviews (IPS/SE): 14 items, each scored
-- 1–5 against its anchors; the total (14–70) falls in a band.
insert into review_scales (key, version, title_nl, title_en, description_nl, description_en, bands) values
  ('coaching_fidelity', 1, 'Kwaliteitsreview begeleiding naar werk', 'Quality review of coaching into work',
   'Veertien onderdelen naar het model van de getrouwheidsschalen voor begeleid werken (IPS/supported employment). Elk onderdeel krijgt een score van 1 tot 5 volgens de omschrijving bij elke score. Het totaal (14 tot 70) bepaalt de band.',
   'Fourteen items after the fidelity scales for supported employment (IPS/SE). Each item is scored 1 to 5 against the description of each score. The total (14 to 70) decides the band.',
   '[{"key": "exemplary", "minimum": 63, "nl": "Voorbeeldige praktijk", "en": "Exemplary practice"},
     {"key": "good", "minimum": 56, "nl": "Goede praktijk", "en": "Good practice"},
     {"key": "fair", "minimum": 42, "nl": "Redelijke praktijk", "en": "Fair practice"},
     {"key": "limited", "minimum": 14, "nl": "Nog geen begeleid werken volgens het model", "en": "Not yet supported employment after the model"}]');

insert into review_scale_items (scale_id, position, key, title_nl, title_en, description_nl, description_en,
  anchors_nl, anchors_en)
select s.id, i.position, i.key, i.title_nl, i.title_en, i.description_nl, i.description_en,
  i.anchors_nl::jsonb, i.anchors_en::jsonb
from review_scales s
join (values
  (1, 'caseload', 'Caseload per jobcoach', 'Caseload per job coach',
   'Het aantal deelnemers per voltijdse jobcoach.', 'The number of participants per full-time job coach.',
   '["Meer dan 40 deelnemers", "31 tot 40 deelnemers", "26 tot 30 deelnemers", "21 tot 25 deelnemers", "Hoogstens 20 deelnemers"]',
   '["More than 40 participants", "31 to 40 participants", "26 to 30 participants", "21 to 25 participants", "20 participants or fewer"]'),
  (2, 'dedicated_coaching', 'Jobcoaches werken aan werk', 'Job coaches work on work',
   'Het deel van hun tijd dat jobcoaches aan begeleiding naar werk besteden.', 'The share of their time job coaches spend on coaching into work.',
   '["Minder dan 40% van hun tijd", "40 tot 59%", "60 tot 74%", "75 tot 89%", "90% of meer; geen andere taken zoals dagbesteding of huisvesting"]',
   '["Less than 40% of their time", "40 to 59%", "60 to 74%", "75 to 89%", "90% or more; no other tasks such as day care or housing"]'),
  (3, 'whole_course', 'Eén jobcoach voor het hele verloop', 'One job coach for the whole course',
   'Of dezelfde jobcoach intake, zoektocht, jobontwikkeling en nazorg doet.', 'Whether the same job coach does intake, job search, job development and aftercare.',
   '["Elke fase heeft een andere medewerker; deelnemers worden doorgegeven", "Twee fasen bij dezelfde jobcoach", "Drie fasen bij dezelfde jobcoach", "Alle fasen, behalve nazorg die soms elders ligt", "Alle fasen bij dezelfde jobcoach, van intake tot nazorg"]',
   '["Each phase has a different worker; participants are handed on", "Two phases with the same job coach", "Three phases with the same job coach", "All phases, except aftercare which sometimes lies elsewhere", "All phases with the same job coach, from intake to aftercare"]'),
  (4, 'care_integration', 'Afstemming met zorg en behandeling', 'Integration with care and treatment',
   'Hoe jobcoaches en zorgverleners (GGZ, huisarts, CAW, ziekenfonds) samenwerken.', 'How job coaches and care providers (mental health, GP, social work, health insurer) work together.',
   '["Geen contact met zorgverleners", "Contact alleen bij een crisis", "Af en toe overleg, zonder vaste afspraken", "Regelmatig overleg over de meeste deelnemers", "Vast overleg, minstens maandelijks; werkdoelen staan ook in het zorgplan"]',
   '["No contact with care providers", "Contact only in a crisis", "Occasional consultation, no fixed arrangements", "Regular consultation about most participants", "Standing consultation, at least monthly; work goals are also in the care plan"]'),
  (5, 'zero_exclusion', 'Iedereen die wil werken kan starten', 'Everyone who wants to work can start',
   'Of deelnemers geweigerd worden op basis van diagnose, verslaving, gedrag of zogenaamde werkrijpheid.', 'Whether participants are refused because of diagnosis, addiction, behaviour or so-called work readiness.',
   '["Vaste uitsluitingscriteria; de meeste aanmeldingen worden gescreend", "Meerdere uitsluitingscriteria", "Enkele uitsluitingscriteria", "Geen formele criteria, wel informele drempels", "Geen uitsluiting: de wens om te werken volstaat"]',
   '["Fixed exclusion criteria; most referrals are screened", "Several exclusion criteria", "A few exclusion criteria", "No formal criteria, but informal thresholds", "No exclusion: wanting to work is enough"]'),
  (6, 'benefits_counselling', 'Advies over uitkering en inkomen', 'Benefits counselling',
   'Of deelnemers persoonlijk advies krijgen over wat werken betekent voor hun uitkering, premies en inkomen.', 'Whether participants get personal advice on what working means for their benefits, premiums and income.',
   '["Geen advies", "Algemene informatie op vraag", "Advies bij de start voor sommige deelnemers", "Advies voor de meeste deelnemers bij start en bij wijzigingen", "Persoonlijk advies voor iedereen, vóór de start en bij elke verandering van job of uren"]',
   '["No advice", "General information on request", "Advice at the start for some participants", "Advice for most participants at the start and at changes", "Personal advice for everyone, before starting and at every change of job or hours"]'),
  (7, 'disclosure', 'Openheid tegenover de werkgever', 'Disclosure to the employer',
   'Of jobcoaches met de deelnemer bespreken wat die wel of niet aan de werkgever vertelt.', 'Whether job coaches discuss with the participant what they do or do not tell the employer.',
   '["Niet besproken; de organisatie beslist", "Besproken alleen als de werkgever vragen stelt", "Besproken bij de start", "Besproken bij de start en bij elke nieuwe job", "Vast gesprek met de voor- en nadelen; de deelnemer beslist en kan herzien"]',
   '["Not discussed; the organisation decides", "Discussed only when the employer asks", "Discussed at the start", "Discussed at the start and at every new job", "A standing conversation on pros and cons; the participant decides and can change their mind"]'),
  (8, 'work_based_assessment', 'Beoordeling op de werkplek', 'Assessment at the workplace',
   'Of de beoordeling van sterktes en noden doorloopt op echte werkplekken, in plaats van vooraf in tests of oefenplaatsen.', 'Whether the assessment of strengths and needs continues on real jobs, rather than beforehand in tests or practice places.',
   '["Uitgebreide testen of oefenplaatsen vóór de zoektocht", "Vooral testen vooraf, soms ervaring op de werkplek", "Korte intake, daarna vooral ervaring op de werkplek", "Beoordeling op de werkplek, bijgesteld na sommige jobs", "Doorlopende beoordeling op echte werkplekken, bijgesteld na elke job"]',
   '["Extensive testing or practice places before the search", "Mainly testing beforehand, some workplace experience", "Short intake, then mainly workplace experience", "Assessment at the workplace, updated after some jobs", "Ongoing assessment on real jobs, updated after every job"]'),
  (9, 'rapid_search', 'Snel naar werkgevers', 'Rapid job search',
   'De tijd tussen de start en het eerste persoonlijke contact met een werkgever over een job.', 'The time from the start to the first face-to-face contact with an employer about a job.',
   '["Gemiddeld meer dan negen maanden", "Zes tot negen maanden", "Drie tot zes maanden", "Eén tot drie maanden", "Binnen de maand na de start"]',
   '["On average more than nine months", "Six to nine months", "Three to six months", "One to three months", "Within a month of the start"]'),
  (10, 'individual_search', 'Zoektocht op maat', 'Individualised job search',
   'Of jobs gezocht worden volgens de voorkeuren, sterktes en ervaring van de deelnemer.', 'Whether jobs are sought after the participant''s preferences, strengths and experience.',
   '["Jobs volgens wat toevallig vrij is", "Vooral volgens beschikbare plaatsen, soms volgens voorkeur", "Voorkeuren gevraagd, maar niet altijd gevolgd", "Meestal volgens voorkeur en sterktes", "Altijd volgens voorkeuren, sterktes en ervaring; bijgesteld na elke job"]',
   '["Jobs by whatever happens to be free", "Mainly by available places, sometimes by preference", "Preferences asked but not always followed", "Mostly by preference and strengths", "Always by preferences, strengths and experience; adjusted after every job"]'),
  (11, 'job_development', 'Jobontwikkeling met werkgevers', 'Job development with employers',
   'Hoe vaak en hoe gericht jobcoaches werkgevers persoonlijk ontmoeten om jobs te vinden of te maken.', 'How often and how purposefully job coaches meet employers in person to find or create jobs.',
   '["Geen werkgeverscontacten", "Minder dan twee contacten per jobcoach per week", "Twee tot drie contacten per week, weinig gericht", "Vier tot vijf contacten per week, meestal gericht op een deelnemer", "Minstens zes persoonlijke contacten per week, gericht op de wensen van deelnemers; ook jobcarving"]',
   '["No employer contacts", "Fewer than two contacts per job coach a week", "Two to three contacts a week, little focus", "Four to five contacts a week, mostly for a participant", "At least six personal contacts a week, aimed at participants'' wishes; job carving too"]'),
  (12, 'regular_jobs', 'Betaald werk bij gewone werkgevers', 'Paid work at regular employers',
   'Of de begeleiding leidt naar betaald werk in het gewone circuit, tegen het gewone loon.', 'Whether coaching leads to paid work in the regular economy, at the regular wage.',
   '["Vooral onbetaalde of beschutte activiteiten", "Minder dan een kwart in betaald werk bij gewone werkgevers", "Een kwart tot de helft", "De helft tot driekwart", "Meer dan driekwart in betaald werk bij gewone werkgevers"]',
   '["Mainly unpaid or sheltered activities", "Less than a quarter in paid work at regular employers", "A quarter to half", "Half to three quarters", "More than three quarters in paid work at regular employers"]'),
  (13, 'follow_along', 'Nazorg op de werkplek', 'Follow-along supports',
   'Of de deelnemer en de werkgever na de start begeleiding krijgen op maat, ook bij de mentor op de werkvloer.', 'Whether participant and employer get tailored support after the start, including the mentor on the floor.',
   '["Geen nazorg", "Nazorg alleen op vraag", "Vaste nazorg voor een korte periode", "Nazorg op maat voor de meeste deelnemers, met de werkgever", "Nazorg op maat voor iedereen, met werkgever en mentor, zolang nodig"]',
   '["No aftercare", "Aftercare only on request", "Fixed aftercare for a short period", "Tailored aftercare for most participants, with the employer", "Tailored aftercare for everyone, with employer and mentor, as long as needed"]'),
  (14, 'time_unlimited', 'Begeleiding zonder vaste einddatum', 'Time-unlimited support',
   'Of de begeleiding stopt op een vaste termijn of wanneer de deelnemer ze niet meer nodig heeft.', 'Whether support stops at a fixed term or when the participant no longer needs it.',
   '["Stopt op een vaste termijn, ook als het werk wankelt", "Vaste termijn, verlenging uitzonderlijk", "Vaste termijn, verlenging mogelijk op vraag", "Afbouw in overleg, meestal na een jaar stabiel werk", "Geen einddatum: afbouw als de deelnemer stabiel werkt, opnieuw op vraag"]',
   '["Stops at a fixed term, even when the job falters", "Fixed term, extension exceptional", "Fixed term, extension possible on request", "Phased out by agreement, usually after a year of steady work", "No end date: phased out when the participant works steadily, again on request"]')
) as i (position, key, title_nl, title_en, description_nl, description_en, anchors_nl, anchors_en)
  on s.key = 'coaching_fidelity' and s.version = 1;
