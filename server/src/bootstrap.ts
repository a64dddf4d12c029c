import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './db/database';
import { migrateToLatest } from './db/migrate';
import { isEmptyNetwork, seedDemoNetwork } from './demo/seed';
import { loadReferenceData } from './modules/reference/reference.loader';

export class DemoRefusedError extends Error {
  constructor() {
    super('Refusing to create demo accounts with NODE_ENV=production (unset WERKBRUG_DEMO).');
  }
}

/**
 * Brings a database up to date before the server takes requests: migrations, reference data, and the demo
 * network on an empty database when demo mode is on (never in production).
 */
export async function prepareDatabase(
  database: Database,
  config: Pick<Config, 'isDemo' | 'isProduction'>,
  log: Logger,
) {
  const applied = await migrateToLatest(database);
  if (applied.length) {
    log.info({ applied }, 'migrations applied');
  }
  const reloaded = await loadReferenceData(database.db);
  if (reloaded.length) {
    log.info({ reloaded }, 'reference data loaded');
  }
  if (config.isDemo && (await isEmptyNetwork(database.db))) {
    if (config.isProduction) {
      throw new DemoRefusedError();
    }
    const summary = await seedDemoNetwork(database.db);
    log.info(summary, 'demo network created');
  }
}
