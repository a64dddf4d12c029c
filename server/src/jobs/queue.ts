import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database';

export interface JobContext {
  database: Database;
  log: Logger;
}

/** Background work: a handler, and optionally a cron schedule (Europe/Brussels). */
export interface JobDefinition {
  name: string;
  cron?: string;
  handler: (ctx: JobContext, data: unknown) => Promise<void>;
}

/**
 * pg-boss on the application's own database. On a PostgreSQL server pg-boss opens its own small pool; on the
 * embedded PGlite it goes through the database's session lock, so jobs and requests never interleave.
 */
export class JobQueue {
  private readonly boss: PgBoss;

  constructor(
    private readonly database: Database,
    private readonly definitions: JobDefinition[],
    private readonly log: Logger,
    private readonly pollingIntervalSeconds = 5,
  ) {
    const common = { schema: 'pgboss', monitorStateIntervalSeconds: 300, maintenanceIntervalSeconds: 300 };
    this.boss = database.connectionString
      ? new PgBoss({ ...common, connectionString: database.connectionString, max: 3 })
      : new PgBoss({
          ...common,
          db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) },
        });
    this.boss.on('error', (error) => this.log.error({ err: error }, 'job queue error'));
  }

  /** Starts pg-boss, registers the schedules, and (when `runWorkers`) the workers of this instance. */
  async start(runWorkers: boolean): Promise<void> {
    await this.boss.start();
    for (const def of this.definitions) {
      await this.boss.createQueue(def.name);
      if (def.cron) {
        await this.boss.schedule(def.name, def.cron, {}, { tz: 'Europe/Brussels' });
      }
      if (runWorkers) {
        await this.boss.work(
          def.name,
          { pollingIntervalSeconds: this.pollingIntervalSeconds },
          async (jobs) => {
            for (const job of jobs) {
              await def.handler(
                { database: this.database, log: this.log.child({ job: def.name }) },
                job.data,
              );
            }
          },
        );
      }
    }
  }

  async send(name: string, data: object = {}): Promise<string | null> {
    return this.boss.send(name, data);
  }

  /** Lets running jobs finish, then stops polling. */
  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
  }
}
