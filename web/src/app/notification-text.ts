import type { TFunction } from 'i18next';
import { MEASURES } from '../../../server/src/db/schema';
import type { Notification } from '../api/types';
import { formatDate } from '../components/format';

/** Kinds with their own text (notifications.kinds.<kind>); others get a general one. */
const KNOWN_KINDS = ['referral.reminder', 'referral.no_answer'];

/** A notification in words: its kind's text with its parameters (dates and measures in the UI language). */
export function notificationText(t: TFunction, n: Pick<Notification, 'kind' | 'params'>): string {
  if (!KNOWN_KINDS.includes(n.kind)) {
    return t('notifications.kinds.unknown');
  }
  const params: Record<string, string | number> = { ...n.params };
  if (typeof params.referredOn === 'string') {
    params.referredOn = formatDate(params.referredOn);
  }
  if (typeof params.measure === 'string' && (MEASURES as readonly string[]).includes(params.measure)) {
    params.measure = t(`measures.${params.measure}`);
  }
  return t(`notifications.kinds.${n.kind}`, params);
}
