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
