import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';

dayjs.extend(localizedFormat);

/** 23/11/2026 (nl-BE) or 11/23/2026 style per UI language, '—' for nothing. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('L') : '—';
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('L LT') : '—';
}

/** Hours a week as "19", "19,5" (nl-BE) or "19.5" (en): half hours, never more decimals. */
export function formatHours(hours: number): string {
  return hours.toLocaleString(dayjs.locale() === 'en' ? 'en' : 'nl-BE', { maximumFractionDigits: 1 });
}
