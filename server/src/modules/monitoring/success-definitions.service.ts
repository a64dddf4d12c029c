import type { z } from 'zod';
import type { Locale, SuccessDefinitionRow } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { successDefinitionsRepository } from './monitoring.repository';
import type { CreateSuccessDefinitionBody, UpdateSuccessDefinitionBody } from './monitoring.schemas';
import { SuccessRule } from './success-rules';

export function presentDefinition(d: SuccessDefinitionRow, locale: Locale) {
  return {
    id: d.id,
    key: d.key,
    name: locale === 'en' ? d.name_en : d.name_nl,
    description: locale === 'en' ? d.description_en : d.description_nl,
    nameNl: d.name_nl,
    nameEn: d.name_en,
    descriptionNl: d.description_nl,
    descriptionEn: d.description_en,
    rule: SuccessRule.parse(d.rule),
    isActive: d.is_active,
    version: d.version,
  };
}

export async function listDefinitions(ctx: RequestContext) {
  return (await successDefinitionsRepository.list(ctx.db)).map((d) => presentDefinition(d, ctx.locale));
}

async function presentOne(ctx: RequestContext, id: string) {
  const row = await successDefinitionsRepository.findById(ctx.db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return presentDefinition(row, ctx.locale);
}

/** A network admin adds a success definition; its key is for good (figures and exports name it). */
export async function createDefinition(
  ctx: RequestContext,
  input: z.output<typeof CreateSuccessDefinitionBody>,
) {
  if (await successDefinitionsRepository.findByKey(ctx.db, input.key)) {
    throw ValidationError.field('key', 'success_definition_key_taken');
  }
  const { id } = await ctx.db.transaction().execute(async (trx) => {
    const created = await successDefinitionsRepository.insert(trx, {
      key: input.key,
      name_nl: input.nameNl,
      name_en: input.nameEn,
      description_nl: input.descriptionNl,
      description_en: input.descriptionEn,
      rule: JSON.stringify(input.rule),
      created_by: ctx.actor!.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'success_definition.created',
      entityType: 'success_definition',
      entityId: created.id,
      details: { key: input.key, rule: input.rule },
    });
    return created;
  });
  return presentOne(ctx, id);
}

/** Changes a definition (the figures follow at once, since they are computed, not stored); versioned. */
export async function updateDefinition(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof UpdateSuccessDefinitionBody>,
) {
  const row = await successDefinitionsRepository.findById(ctx.db, id);
  if (!row) {
    throw new NotFoundError();
  }
  const d = input.data;
  await ctx.db.transaction().execute(async (trx) => {
    const isUpdated = await successDefinitionsRepository.updateVersioned(trx, id, input.version, {
      ...(d.nameNl !== undefined && { name_nl: d.nameNl }),
      ...(d.nameEn !== undefined && { name_en: d.nameEn }),
      ...(d.descriptionNl !== undefined && { description_nl: d.descriptionNl }),
      ...(d.descriptionEn !== undefined && { description_en: d.descriptionEn }),
      ...(d.rule !== undefined && { rule: JSON.stringify(d.rule) }),
      ...(d.isActive !== undefined && { is_active: d.isActive }),
    });
    if (!isUpdated) {
      throw new ConflictError(input.version, presentDefinition(row, ctx.locale));
    }
    await recordAudit(trx, ctx, {
      action: 'success_definition.updated',
      entityType: 'success_definition',
      entityId: id,
      details: { key: row.key, before: { rule: row.rule, isActive: row.is_active }, changes: d },
    });
  });
  return presentOne(ctx, id);
}
