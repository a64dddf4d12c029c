import type { AgreementParty } from '../../db/schema';
import { evaluationFrom, PARTIES, scheduleHours } from './internships.policy';
import type { ApprovalRecord, EvaluationRecord, InternshipRecord } from './internships.repository';
import type { InternshipDto } from './internships.schemas';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);

export function isFullyApproved(approvals: readonly { status: string }[]) {
  return approvals.length === PARTIES.length && approvals.every((a) => a.status === 'approved');
}

export function presentInternship(
  i: InternshipRecord,
  approvals: ApprovalRecord[],
  evaluation: EvaluationRecord | undefined,
  abilities: { edit: boolean; party: AgreementParty | null; evaluate: boolean },
): InternshipDto {
  const mine = approvals.filter((a) => a.internship_id === i.id);
  const schedule = i.weekly_schedule as InternshipDto['weeklySchedule'];
  const pending = abilities.party && mine.find((a) => a.party === abilities.party)?.status === 'pending';
  return {
    id: i.id,
    trajectoryId: i.trajectory_id,
    participant: { id: i.participant_id, firstName: i.first_name, lastName: i.last_name },
    organisation: { id: i.lead_organisation_id, name: i.organisation_name },
    coach: i.coach_user_id ? { id: i.coach_user_id, name: i.coach_name ?? '' } : null,
    employer: { id: i.employer_id, name: i.employer_name },
    site: { id: i.site_id, name: i.site_name, address: i.site_address },
    job: i.job_id ? { id: i.job_id, title: i.job_title ?? '' } : null,
    mentor: {
      id: i.mentor_contact_person_id,
      name: `${i.mentor_first_name} ${i.mentor_last_name}`,
      jobTitle: i.mentor_job_title,
      email: i.mentor_email,
      phone: i.mentor_phone,
    },
    legalSignatory: {
      id: i.legal_signatory_contact_person_id,
      name: `${i.signatory_first_name} ${i.signatory_last_name}`,
      jobTitle: i.signatory_job_title,
      email: i.signatory_email,
      phone: i.signatory_phone,
    },
    startsOn: i.starts_on,
    endsOn: i.ends_on,
    weeklySchedule: schedule,
    hoursPerWeek: scheduleHours(schedule),
    costs: (i.costs as InternshipDto['costs']).map((c) => ({ ...c, amount: c.amount ?? null })),
    insurance: i.insurance,
    mentorHoursPerWeek: Number(i.mentor_hours_per_week),
    expectations: i.expectations,
    learningGoals: i.learning_goals,
    sheetVersion: i.sheet_version,
    approvals: PARTIES.map((party) => {
      const a = mine.find((x) => x.party === party);
      return {
        party,
        status: a?.status ?? 'pending',
        decidedBy: a?.decided_by_name ?? null,
        decidedAt: a?.decided_at ? iso(a.decided_at) : null,
      };
    }),
    isApproved: isFullyApproved(mine),
    evaluation: evaluation
      ? {
          mentor: evaluation.mentor_name,
          scores: evaluation.scores as Record<string, number>,
          strengths: evaluation.strengths,
          improvements: evaluation.improvements,
          recommendation: evaluation.recommendation,
          submittedAt: iso(evaluation.submitted_at),
        }
      : null,
    evaluationFrom: evaluationFrom(i.ends_on),
    abilities: {
      edit: abilities.edit,
      approveAs: pending ? abilities.party : null,
      evaluate: abilities.evaluate && !evaluation,
    },
    version: i.version,
    updatedAt: iso(i.updated_at),
  };
}
