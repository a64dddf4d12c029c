import { authRepository } from '../modules/auth/auth.repository';
import { runReferralFollowUp } from '../modules/referrals/referrals.service';
import { referralFollowUpSettings } from '../modules/referrals/referrals.settings';
import type { JobDefinition } from './queue';

/** All background and scheduled work. A module adds its jobs here. */
export const JOBS: JobDefinition[] = [
  {
    name: 'sessions.purge-expired',
    cron: '17 * * * *',
    async handler({ database, log }) {
      const removed = await authRepository.deleteExpiredSessions(database.db);
      log.info({ removed }, 'expired sessions purged');
    },
  },
  // Referral and indication (issue 3): reminders and "no answer" closing, every morning.
  {
    name: 'referrals.follow-up',
    cron: '15 6 * * *',
    async handler({ database, log }) {
      const settings = referralFollowUpSettings();
      const result = await runReferralFollowUp(database.db, settings);
      log.info({ ...result, ...settings }, 'referral follow-up done');
    },
  },
];
