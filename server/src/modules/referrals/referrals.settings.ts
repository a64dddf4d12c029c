/**
 * How long a referral may wait for an answer: a reminder to the receiving organisation after
 * WERKBRUG_REFERRAL_REMINDER_DAYS (default 14), closing as "no answer" with the referrer told after
 * WERKBRUG_REFERRAL_NO_ANSWER_DAYS (default 60).
 */
export interface ReferralFollowUpSettings {
  reminderDays: number;
  noAnswerDays: number;
}

export const DEFAULT_FOLLOW_UP: ReferralFollowUpSettings = { reminderDays: 14, noAnswerDays: 60 };

function days(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 365) {
    throw new Error(`${name} must be a whole number of days between 1 and 365 (got "${raw}")`);
  }
  return value;
}

export function referralFollowUpSettings(env: NodeJS.ProcessEnv = process.env): ReferralFollowUpSettings {
  const settings = {
    reminderDays: days(env, 'WERKBRUG_REFERRAL_REMINDER_DAYS', DEFAULT_FOLLOW_UP.reminderDays),
    noAnswerDays: days(env, 'WERKBRUG_REFERRAL_NO_ANSWER_DAYS', DEFAULT_FOLLOW_UP.noAnswerDays),
  };
  if (settings.reminderDays >= settings.noAnswerDays) {
    throw new Error('WERKBRUG_REFERRAL_REMINDER_DAYS must be smaller than WERKBRUG_REFERRAL_NO_ANSWER_DAYS');
  }
  return settings;
}
