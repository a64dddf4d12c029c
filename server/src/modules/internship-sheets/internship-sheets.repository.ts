import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DB, InternshipSheetsTable } from '../../db/schema';

export type InternshipSheetRecord = NonNullable<
  Awaited<ReturnType<typeof internshipSheetsRepository.findByJob>>
>;

export const internshipSheetsRepository = {
  findByJob(db: Kysely<DB>, jobId: string) {
    return db
      .selectFrom('internship_sheets as s')
      .innerJoin('jobs as j', 'j.id', 's.job_id')
      .innerJoin('employers as e', 'e.id', 'j.employer_id')
      .innerJoin('employer_sites as site', 'site.id', 'j.site_id')
      .leftJoin('users as au', 'au.id', 's.accepted_by_user_id')
      .leftJoin('employer_contact_persons as cp', 'cp.id', 's.accepted_by_contact_person_id')
      .leftJoin('users as uu', 'uu.id', 's.updated_by')
      .select([
        's.job_id',
        'j.title as job_title',
        'j.hours_per_week as job_hours_per_week',
        'j.employer_id',
        'e.name as employer_name',
        'j.site_id',
        'site.name as site_name',
        's.costs',
        's.insurance',
        's.mentor_hours_per_week',
        's.learning_goals',
        's.expectations',
        's.accepted_at',
        's.accepted_by_user_id',
        'au.display_name as accepted_by_name',
        's.accepted_by_contact_person_id',
        'cp.first_name as contact_person_first_name',
        'cp.last_name as contact_person_last_name',
        's.accepted_version',
        's.updated_by',
        'uu.display_name as updated_by_name',
        's.created_by',
        's.version',
        's.created_at',
        's.updated_at',
      ])
      .where('s.job_id', '=', jobId)
      .executeTakeFirst();
  },

  insert(db: Kysely<DB>, values: Insertable<InternshipSheetsTable>) {
    return db.insertInto('internship_sheets').values(values).returning('job_id').executeTakeFirstOrThrow();
  },

  updateVersioned(
    db: Kysely<DB>,
    jobId: string,
    expectedVersion: number,
    values: Updateable<InternshipSheetsTable>,
  ) {
    return db
      .updateTable('internship_sheets')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('job_id', '=', jobId)
      .where('version', '=', expectedVersion)
      .returning('job_id')
      .executeTakeFirst();
  },

  /**
   * Records the acceptance of the version the employer was shown. It does not move the version on: the content
   * did not change, and the version accepted is the one it still has.
   */
  accept(
    db: Kysely<DB>,
    jobId: string,
    version: number,
    by: { userId: string; contactPersonId: string | null },
  ) {
    return db
      .updateTable('internship_sheets')
      .set({
        accepted_at: sql<Date>`now()`,
        accepted_by_user_id: by.userId,
        accepted_by_contact_person_id: by.contactPersonId,
        accepted_version: version,
      })
      .where('job_id', '=', jobId)
      .where('version', '=', version)
      .where('accepted_at', 'is', null)
      .returning('job_id')
      .executeTakeFirst();
  },
};
