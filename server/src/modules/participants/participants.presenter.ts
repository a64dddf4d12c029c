import type { Actor } from '../../lib/actor';
import { formatNationalNumber, maskNationalNumber } from '../../lib/checksums';
import { daysBetween } from '../../lib/dates';
import { canMerge, type ParticipantAccess } from './participants.policy';
import type { ParticipantListRecord, ParticipantRecord } from './participants.repository';
import type { ParticipantDetailDto } from './participants.schemas';

/** What matching needs from a participant's record, in the order a coach would fill it in. */
export const COMPLETENESS_ITEMS = [
  'municipality',
  'dutchLevel',
  'mobility',
  'hoursPerWeek',
  'availableDays',
  'occupationInterests',
  'educationLevel',
  'capabilityProfile',
  'networkPoolConsent',
] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

export interface CompletenessFacts {
  municipality_nis: string | null;
  dutch_level: string | null;
  max_commute_minutes: number | null;
  max_commute_km: number | null;
  hours_per_week: number | null;
  available_days: string[];
  occupation_interests: string[];
  education_level: string | null;
  hasCapabilityProfile: boolean;
  hasPoolConsent: boolean;
}

/**
 * Profile completeness: which of the things matching relies on are still missing. Incomplete profiles are why
 * shared candidate pools go unused, so the list names each gap instead of only giving a percentage.
 */
export function profileCompleteness(f: CompletenessFacts): { percent: number; missing: CompletenessItem[] } {
  const present: Record<CompletenessItem, boolean> = {
    municipality: f.municipality_nis !== null,
    dutchLevel: f.dutch_level !== null,
    mobility: f.max_commute_minutes !== null || f.max_commute_km !== null,
    hoursPerWeek: f.hours_per_week !== null,
    availableDays: f.available_days.length > 0,
    occupationInterests: f.occupation_interests.length > 0,
    educationLevel: f.education_level !== null,
    capabilityProfile: f.hasCapabilityProfile,
    networkPoolConsent: f.hasPoolConsent,
  };
  const missing = COMPLETENESS_ITEMS.filter((item) => !present[item]);
  return {
    percent: Math.round((100 * (COMPLETENESS_ITEMS.length - missing.length)) / COMPLETENESS_ITEMS.length),
    missing,
  };
}

export interface ListFacts {
  pool: Set<string>;
  profile: Set<string>;
}

export function presentParticipantListItem(row: ParticipantListRecord, facts: ListFacts, today: string) {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    nationalNumberMasked: maskNationalNumber(row.national_number),
    municipality: row.municipality_nis
      ? { nisCode: row.municipality_nis, name: row.municipality_name ?? '' }
      : null,
    organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisation_name ?? '' } : null,
    coach: row.coach_user_id ? { id: row.coach_user_id, name: row.coach_name ?? '' } : null,
    status: row.status,
    currentMeasure: row.current_measure,
    waitingSince: row.waiting_since,
    waitingDays: row.waiting_since ? Math.max(0, daysBetween(row.waiting_since, today)) : null,
    lastActivityAt: row.last_activity_at.toISOString(),
    isInNetworkPool: facts.pool.has(row.id),
    completeness: profileCompleteness({
      ...row,
      hasCapabilityProfile: facts.profile.has(row.id),
      hasPoolConsent: facts.pool.has(row.id),
    }),
  };
}

export function presentParticipant(
  row: ParticipantRecord,
  facts: ListFacts,
  occupationTitles: Map<string, string>,
  access: Exclude<ParticipantAccess, null>,
  actor: Actor,
  today: string,
): ParticipantDetailDto {
  const canEdit = access === 'edit' && row.status !== 'merged';
  return {
    ...presentParticipantListItem(row, facts, today),
    // Need-to-know: the full national number only for those who keep the record.
    nationalNumber: canEdit
      ? formatNationalNumber(row.national_number)
      : maskNationalNumber(row.national_number),
    email: row.email,
    phone: row.phone,
    street: row.street,
    postcode: row.postcode,
    languages: row.languages,
    dutchLevel: row.dutch_level,
    mobility: {
      hasDrivingLicence: row.has_driving_licence,
      hasCar: row.has_car,
      hasBike: row.has_bike,
      publicTransportOnly: row.public_transport_only,
      maxCommuteMinutes: row.max_commute_minutes,
      maxCommuteKm: row.max_commute_km,
    },
    availability: {
      hoursPerWeek: row.hours_per_week,
      days: row.available_days as ParticipantDetailDto['availability']['days'],
      shifts: row.shifts as ParticipantDetailDto['availability']['shifts'],
    },
    occupationInterests: row.occupation_interests.map((code) => ({
      code,
      title: occupationTitles.get(code) ?? code,
    })),
    educationLevel: row.education_level,
    workHistory: row.work_history,
    mergedInto: row.merged_into_id,
    version: row.version,
    access,
    abilities: {
      update: canEdit,
      changeCoach: canEdit,
      manageConsents: canEdit,
      merge: canEdit && canMerge(actor, [row.organisation_id]),
    },
  };
}
