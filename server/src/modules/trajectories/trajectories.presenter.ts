import type { Locale } from '../../db/schema';
import { daysBetween } from '../../lib/dates';
import { isPhaseOverdue, type TrajectoryRelation, trajectoryAbilities } from './trajectories.policy';
import type { PhaseRecord, TrajectoryRecord, trajectoriesRepository } from './trajectories.repository';
import type { TrajectoryDetailDto } from './trajectories.schemas';

type Rows<K extends keyof typeof trajectoriesRepository> = Awaited<
  ReturnType<(typeof trajectoriesRepository)[K]>
>;

const name = (locale: Locale, nl: string, en: string) => (locale === 'en' ? en : nl);

/** Phases count as overdue only while the trajectory runs. */
function overdueOf(row: TrajectoryRecord, phases: PhaseRecord[], today: string) {
  return row.status === 'open' ? phases.filter((p) => isPhaseOverdue(p, today)) : [];
}

export function presentTrajectoryListItem(
  row: TrajectoryRecord,
  allPhases: PhaseRecord[],
  locale: Locale,
  today: string,
) {
  const phases = allPhases.filter((p) => p.trajectory_id === row.id);
  const overdue = overdueOf(row, phases, today);
  return {
    id: row.id,
    participant: { id: row.participant_id, firstName: row.first_name, lastName: row.last_name },
    type: { id: row.type_id, key: row.type_key, name: name(locale, row.type_name_nl, row.type_name_en) },
    leadOrganisation: { id: row.lead_organisation_id, name: row.lead_organisation_name },
    coach: row.coach_user_id ? { id: row.coach_user_id, name: row.coach_name ?? '' } : null,
    employer: row.employer_id ? { id: row.employer_id, name: row.employer_name ?? '' } : null,
    status: row.status,
    startedOn: row.started_on,
    plannedEndOn: row.planned_end_on,
    closedOn: row.closed_on,
    outcomeKind: row.outcome_kind,
    currentPhases: phases
      .filter((p) => p.actual_start_on !== null && p.actual_start_on <= today && p.actual_end_on === null)
      .map((p) => ({ key: p.key, name: name(locale, p.name_nl, p.name_en) })),
    overduePhases: overdue.length,
    isOverdue: overdue.length > 0,
    version: row.version,
  };
}

export function presentTrajectoryDetail(
  row: TrajectoryRecord,
  related: {
    phases: PhaseRecord[];
    extensions: Rows<'findExtensions'>;
    mentor: Rows<'findMentor'>;
    aftercare: Rows<'findAftercare'>;
    corrections: Rows<'findCorrections'>;
  },
  relation: TrajectoryRelation,
  locale: Locale,
  today: string,
): TrajectoryDetailDto {
  const original: Record<string, string | null> = {};
  for (const c of related.corrections) {
    if (!(c.field in original)) {
      original[c.field] = c.old_value;
    }
  }
  // Aftercare notes can tell how someone is doing: they are for the lead organisation, not for network admins.
  const showsNotes = relation === 'lead';
  return {
    ...presentTrajectoryListItem(row, related.phases, locale, today),
    typeVersion: row.type_version,
    site: row.site_id ? { id: row.site_id, name: row.site_name ?? '' } : null,
    job: row.job_id ? { id: row.job_id, title: row.job_title ?? '' } : null,
    proposalId: row.proposal_id,
    referralId: row.referral_id,
    placedOn: row.placed_on,
    outcome:
      row.outcome_kind && row.outcome_on
        ? {
            kind: row.outcome_kind,
            contractType: row.outcome_contract_type,
            hoursPerWeek: row.outcome_hours_per_week === null ? null : Number(row.outcome_hours_per_week),
            dropoutReason: row.outcome_dropout_reason,
            outcomeOn: row.outcome_on,
            isSuccess: row.success_outcomes.includes(row.outcome_kind),
          }
        : null,
    original,
    corrections: related.corrections.map((c) => ({
      id: c.id,
      field: c.field,
      oldValue: c.old_value,
      newValue: c.new_value,
      reason: c.reason,
      by: c.by_name,
      at: c.corrected_at.toISOString(),
    })),
    phases: related.phases.map((p) => {
      const isOverdue = row.status === 'open' && isPhaseOverdue(p, today);
      return {
        id: p.id,
        key: p.key,
        name: name(locale, p.name_nl, p.name_en),
        plannedStartOn: p.planned_start_on,
        plannedEndOn: p.planned_end_on,
        actualStartOn: p.actual_start_on,
        actualEndOn: p.actual_end_on,
        isOverdue,
        daysOverdue: isOverdue && p.planned_end_on ? daysBetween(p.planned_end_on, today) : 0,
        extensions: related.extensions
          .filter((x) => x.phase_id === p.id)
          .map((x) => ({
            fromEndOn: x.from_end_on,
            toEndOn: x.to_end_on,
            reason: x.reason,
            by: x.by_name,
            at: x.extended_at.toISOString(),
          })),
        version: p.version,
      };
    }),
    mentor: related.mentor
      ? {
          contactPerson: {
            id: related.mentor.contact_person_id,
            name: `${related.mentor.first_name} ${related.mentor.last_name}`,
            jobTitle: related.mentor.job_title,
            email: related.mentor.email,
            phone: related.mentor.phone,
          },
          user: related.mentor.user_id
            ? { id: related.mentor.user_id, name: related.mentor.user_name ?? '' }
            : null,
          assignedAt: related.mentor.assigned_at.toISOString(),
        }
      : null,
    aftercare: related.aftercare.map((a) => ({
      id: a.id,
      monthsAfter: a.months_after,
      dueOn: a.due_on,
      isDue: a.contacted_on === null && a.due_on <= today,
      contactedOn: a.contacted_on,
      isStillEmployed: a.is_still_employed,
      employmentEndedOn: a.employment_ended_on,
      howItGoes: a.how_it_goes,
      howItGoesText: showsNotes ? a.how_it_goes_text : null,
      supportNeeded: showsNotes ? a.support_needed : null,
      recordedBy: a.recorded_by_name,
      version: a.version,
    })),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities: trajectoryAbilities(relation, row.status),
  };
}
