import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { createUser } from '../../test/factories/user.factory';
import { JOBS } from './index';
import { JobQueue } from './queue';

const log = pino({ level: 'silent' });

describe(JobQueue.name, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test.drop();
  });

  it('should run a sent job through pg-boss on the application database', async () => {
    const received: unknown[] = [];
    const queue = new JobQueue(
      test.database,
      [{ name: 'test.echo', handler: async (_ctx, data) => void received.push(data) }],
      log,
      0.5,
    );
    await queue.start(true);
    try {
      await queue.send('test.echo', { hello: 'wereld' });
      for (let i = 0; i < 100 && received.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(received).toEqual([{ hello: 'wereld' }]);
    } finally {
      await queue.stop();
    }
  });

  it('should purge expired sessions in the scheduled job', async () => {
    const user = await createUser(test.database.db, { roles: ['coach'] });
    await test.database.db
      .insertInto('sessions')
      .values([
        {
          id_hash: 'expired',
          user_id: user.id,
          csrf_token: 'x',
          expires_at: sql<Date>`now() - interval '1 minute'`,
        },
        {
          id_hash: 'live',
          user_id: user.id,
          csrf_token: 'y',
          expires_at: sql<Date>`now() + interval '1 hour'`,
        },
      ])
      .execute();
    const purge = JOBS.find((j) => j.name === 'sessions.purge-expired')!;
    expect(purge.cron).toBeDefined();
    await purge.handler({ database: test.database, log }, {});
    const left = await test.database.db
      .selectFrom('sessions')
      .select('id_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(left).toEqual([{ id_hash: 'live' }]);
  });
});
