import type { RequestContext } from '../../lib/context';
import { sha256 } from '../../lib/crypto';
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { newApiTokenSecret } from '../auth/auth.service';
import { apiTokensRepository } from './api-tokens.repository';
import type { CreateApiTokenBody } from './api-tokens.schemas';

type TokenRow = Awaited<ReturnType<typeof apiTokensRepository.findByUser>>[number];

function present(row: TokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** A leaked token must not be able to mint more: tokens are managed from a signed-in browser session only. */
function requireSession(ctx: RequestContext) {
  if (ctx.actor.via !== 'session') {
    throw new ForbiddenError();
  }
}

export async function findMyApiTokens(ctx: RequestContext) {
  return (await apiTokensRepository.findByUser(ctx.db, ctx.actor.userId)).map(present);
}

/** Creates a personal API token with the user's own rights; the secret is returned once and stored hashed. */
export async function createApiToken(ctx: RequestContext, input: CreateApiTokenBody) {
  requireSession(ctx);
  const token = newApiTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await apiTokensRepository.insert(trx, {
      userId: ctx.actor.userId,
      name: input.name,
      hash: sha256(token),
      prefix: token.slice(0, 10),
      expiresAt,
    });
    await recordAudit(trx, ctx, {
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: row.id,
      details: { name: input.name, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { ...present(row), token };
  });
}

export async function revokeApiToken(ctx: RequestContext, id: string) {
  requireSession(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await apiTokensRepository.revoke(trx, ctx.actor.userId, id);
    if (!row) {
      throw new NotFoundError();
    }
    await recordAudit(trx, ctx, { action: 'api_token.revoked', entityType: 'api_token', entityId: id });
    return present(row);
  });
}
