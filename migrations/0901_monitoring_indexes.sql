-- Monitoring dashboards at five years of Flanders (npm run bench:monitoring; figures in the README).
-- The funnel and the lead times take each referral's first indication: one ordered pass over this covering index
-- (no table reads, no sort) instead of a lookup and a sort per referral. It also serves every lookup by referral,
-- so the plain index on referral_id goes.
create index indications_referral_first_idx on indications (referral_id, started_at)
  include (first_submitted_at, validated_at) where referral_id is not null;
drop index indications_referral_idx;

-- Every figure is over a period of referral dates (by default the last 12 months of a growing history).
create index referrals_referred_on_idx on referrals (referred_on);
