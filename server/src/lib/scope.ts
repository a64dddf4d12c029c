import { type Expression, type ExpressionBuilder, type SqlBool, type StringReference, sql } from 'kysely';
import type { Role } from '../db/schema';
import { type Actor, isNetworkAdmin, organisationIdsWith } from './actor';

/**
 * The organisations whose records an actor may see through the given roles: null means the whole network
 * (network admins), an empty list means none. Every organisation-owned query goes through this and `inScope`.
 */
export function organisationScope(actor: Actor, roles: readonly Role[]): string[] | null {
  return isNetworkAdmin(actor) ? null : organisationIdsWith(actor, roles);
}

/** A condition limiting `column` (an organisation id) to a scope from `organisationScope`. */
export function inScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: StringReference<DB, TB>,
  scope: string[] | null,
): Expression<SqlBool> {
  if (scope === null) {
    return sql<SqlBool>`true`;
  }
  if (scope.length === 0) {
    return sql<SqlBool>`false`;
  }
  return sql<SqlBool>`${eb.ref(column)} = any(${scope}::uuid[])`;
}
