import type { InternshipSheetRecord } from './internship-sheets.repository';
import type { InternshipSheetDto } from './internship-sheets.schemas';

export function presentInternshipSheet(
  row: InternshipSheetRecord,
  abilities: InternshipSheetDto['abilities'],
): InternshipSheetDto {
  return {
    job: {
      id: row.job_id,
      title: row.job_title,
      employer: { id: row.employer_id, name: row.employer_name },
      site: { id: row.site_id, name: row.site_name },
      hoursPerWeek: Number(row.job_hours_per_week),
    },
    costs: row.costs.map((c) => ({ item: c.item, paidBy: c.paidBy, amount: c.amount, period: c.period })),
    insurance: row.insurance,
    mentorHoursPerWeek: Number(row.mentor_hours_per_week),
    learningGoals: row.learning_goals,
    expectations: row.expectations,
    isAccepted: row.accepted_at !== null,
    acceptance:
      row.accepted_at && row.accepted_by_user_id && row.accepted_version !== null
        ? {
            acceptedAt: row.accepted_at.toISOString(),
            acceptedBy: { id: row.accepted_by_user_id, name: row.accepted_by_name ?? '' },
            contactPerson: row.accepted_by_contact_person_id
              ? {
                  id: row.accepted_by_contact_person_id,
                  name: `${row.contact_person_first_name ?? ''} ${row.contact_person_last_name ?? ''}`.trim(),
                }
              : null,
            version: row.accepted_version,
          }
        : null,
    updatedBy: row.updated_by ? { id: row.updated_by, name: row.updated_by_name ?? '' } : null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities,
  };
}
