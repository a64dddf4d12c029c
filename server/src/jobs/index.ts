import { authRepository } from '../modules/auth/auth.repository';
import { BATCH_JOB, failAbandonedBatches, runBatch } from '../modules/matching/matching.batches';
import { runRecognitionExpiryWarnings } from '../modules/recognitions/recognitions.service';
import { recognitionWarningSettings } from '../modules/recognitions/recognitions.settings';
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
  // Matching (issue 5): the network-wide assignment, computed in a worker thread; runs left by a stopped process.
  {
    name: BATCH_JOB,
    async handler({ database, log }, data) {
      const { batchId } = data as { batchId: string };
      await runBatch(database.db, batchId);
      log.info({ batchId }, 'matching batch computed');
    },
  },
  {
    name: 'matching.fail-abandoned',
    cron: '*/30 * * * *',
    async handler({ database, log }) {
      const failed = await failAbandonedBatches(database.db, { actor: null, ip: null, userAgent: null });
      log.info({ failed }, 'abandoned matching batches marked failed');
    },
  },
  // Quality (issue 8): warnings before a recognition expires, every morning.
  {
    name: 'recognitions.expiry-warnings',
    cron: '30 6 * * *',
    async handler({ database, log }) {
      const settings = recognitionWarningSettings();
      const result = await runRecognitionExpiryWarnings(database.db, settings);
      log.info({ ...result, ...settings }, 'recognition expiry warnings done');
    },
  },
];
