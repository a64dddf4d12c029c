import pino from 'pino';
import { buildApp, loggerOptions } from './app';
import { prepareDatabase } from './bootstrap';
import { loadConfig } from './config';
import { openConfiguredDatabase } from './db/open';
import { JOBS } from './jobs/index';
import { JobQueue } from './jobs/queue';

/** Starts Werkbrug: database, migrations, reference data, demo network, jobs, then the HTTP server. */
async function main() {
  const config = loadConfig();
  const log = pino(loggerOptions(config.logLevel) as pino.LoggerOptions);
  const started = Date.now();

  const database = await openConfiguredDatabase(config);
  log.info(
    { database: database.kind, dataDir: database.kind === 'pglite' ? config.dataDir : undefined },
    'database open',
  );
  await prepareDatabase(database, config, log);

  const jobs = new JobQueue(database, JOBS, log);
  await jobs.start(config.runWorkers);

  const app = await buildApp({ config, database, jobs, serveWeb: true, loggerInstance: log });
  await app.listen({ port: config.port, host: config.host });
  log.info(
    { url: `http://localhost:${config.port}`, ms: Date.now() - started, demo: config.isDemo },
    'Werkbrug is running',
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    try {
      await app.close();
      await jobs.stop();
      await database.close();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
