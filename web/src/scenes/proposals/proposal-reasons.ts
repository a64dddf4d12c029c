import type { DeclineReason } from '../../api/types';

/** The reasons a participant can choose themselves, in plain words (the employer's and staff's are not theirs). */
export const PARTICIPANT_REASONS = [
  'not_interested',
  'commute',
  'hours',
  'schedule',
  'tasks_too_demanding',
  'health',
  'found_other_job',
  'other',
] as const satisfies readonly DeclineReason[];
