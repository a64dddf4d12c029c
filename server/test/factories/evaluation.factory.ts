import type { Kysely } from 'kysely';
import type { DB, Measure } from '../../src/db/schema';
import { ensureDefaultTemplate } from '../../src/modules/evaluations/evaluations.service';
import { createOrganisation } from './organisation.factory';
import { createParticipant } from './participant.factory';
import { createUser } from './user.factory';

/**
 * A planned evaluation with the current template, for a new participant (on CMW) of a new organisation with a new
 * coach unless they are given.
 */
export async function createEvaluation(
  db: Kysely<DB>,
  o: {
    organisationId?: string;
    coachUserId?: string;
    participantId?: string;
    dueOn?: string;
    measure?: Measure;
  } = {},
) {
  const organisationId = o.organisationId ?? (await createOrganisation(db, { kind: 'maatwerkbedrijf' })).id;
  const coachUserId = o.coachUserId ?? (await createUser(db, { organisationId, roles: ['coach'] })).id;
  const participantId =
    o.participantId ??
    (
      await createParticipant(db, {
        organisationId,
        coachUserId,
        status: 'in_trajectory',
        currentMeasure: 'cmw',
      })
    ).id;
  const template = await ensureDefaultTemplate(db);
  const row = await db
    .insertInto('evaluations')
    .values({
      participant_id: participantId,
      organisation_id: organisationId,
      coach_user_id: coachUserId,
      template_id: template.id,
      measure: o.measure ?? 'cmw',
      reason: 'periodic',
      due_on: o.dueOn ?? '2026-12-01',
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  return { ...row, organisationId, coachUserId, participantId, templateId: template.id };
}
