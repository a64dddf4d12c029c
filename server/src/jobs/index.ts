import { authRepository } from '../modules/auth/auth.repository';
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
];
