import type { ContactRecord } from './contacts.repository';
import type { EmployerContactDto } from './contacts.schemas';

export function presentContact(row: ContactRecord): EmployerContactDto {
  return {
    id: row.id,
    employerId: row.employer_id,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    user: { id: row.user_id, name: row.user_name },
    contactPerson: row.contact_person_id
      ? {
          id: row.contact_person_id,
          name: `${row.contact_person_first_name ?? ''} ${row.contact_person_last_name ?? ''}`.trim(),
        }
      : null,
    contactedOn: row.contacted_on,
    channel: row.channel,
    summary: row.summary,
    nextStep: row.next_step,
    nextStepDueOn: row.next_step_due_on,
    isUncoordinated: row.is_uncoordinated,
    createdAt: row.created_at.toISOString(),
  };
}
