import type { TFunction } from 'i18next';

export const PARTICIPANT_STATUSES = [
  'referred',
  'in_indication',
  'waiting',
  'in_trajectory',
  'employed',
  'closed',
] as const;
export const STATUS_COLOR: Record<string, string> = {
  referred: 'gray',
  in_indication: 'violet',
  waiting: 'orange',
  in_trajectory: 'blue',
  employed: 'green',
  closed: 'dark',
  merged: 'gray',
};

/** A participant status in words; "merged" is a tombstone status that only a merged file shows. */
export function statusLabel(t: TFunction, status: string): string {
  return status === 'merged' ? t('participantRecord.statusMerged') : t(`participants.statuses.${status}`);
}
