import type { Kysely } from 'kysely';
import type { ContactChannel, DB } from '../../src/db/schema';

/** A logged contact with an employer, inserted directly (for timelines and the uncoordinated list). */
export async function createContact(
  db: Kysely<DB>,
  values: {
    employerId: string;
    organisationId: string;
    userId: string;
    contactedOn: string;
    channel?: ContactChannel;
    isUncoordinated?: boolean;
  },
) {
  return db
    .insertInto('employer_contacts')
    .values({
      employer_id: values.employerId,
      organisation_id: values.organisationId,
      user_id: values.userId,
      contacted_on: values.contactedOn,
      channel: values.channel ?? 'visit',
      summary: 'Kennismaking en rondleiding.',
      is_uncoordinated: values.isUncoordinated ?? false,
    })
    .returning(['id', 'employer_id', 'organisation_id', 'contacted_on'])
    .executeTakeFirstOrThrow();
}
