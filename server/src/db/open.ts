import path from 'node:path';
import type { Config } from '../config';
import { type Database, openPglite, openPostgres } from './database';

/** The configured database: PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in DATA_DIR. */
export function openConfiguredDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  return config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl })
    : openPglite({ dataDir: path.join(config.dataDir, 'pglite') });
}
