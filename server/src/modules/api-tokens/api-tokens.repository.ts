import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';

const columns = [
  'id',
  'name',
  'token_prefix',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
] as const;

export const apiTokensRepository = {
  findByUser(db: Kysely<DB>, userId: string) {
    return db
      .selectFrom('api_tokens')
      .select(columns)
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
  },

  insert(
    db: Kysely<DB>,
    t: { userId: string; name: string; hash: string; prefix: string; expiresAt: Date | null },
  ) {
    return db
      .insertInto('api_tokens')
      .values({
        user_id: t.userId,
        name: t.name,
        token_hash: t.hash,
        token_prefix: t.prefix,
        expires_at: t.expiresAt,
      })
      .returning(columns)
      .executeTakeFirstOrThrow();
  },

  revoke(db: Kysely<DB>, userId: string, id: string) {
    return db
      .updateTable('api_tokens')
      .set({ revoked_at: sql`coalesce(revoked_at, now())` })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .returning(columns)
      .executeTakeFirst();
  },
};
