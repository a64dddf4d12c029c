import type { TFunction } from 'i18next';
import { MEASURES } from '../../../server/src/db/schema';
import type { Notification } from '../api/types';
import { formatDate } from '../components/format';

/** Kinds with their own text (notifications.kinds.<kind>); others get a general one. */
const KNOWN_KINDS = [
  'referral.reminder',
  'referral.no_answer',
  'approach_request.filed',
  'approach_request.accepted',
  'approach_request.declined',
  'approach_request.taken_over',
  'employer.owner_assigned',
  'employer_contact.uncoordinated',
  'service_request.created',
  'service_request.done',
  'internship_sheet.ready',
  'internship_sheet.acceptance_reset',
  'internship_sheet.accepted',
  'proposal.suggested',
  'proposal.proposed',
  'proposal.interview',
  'proposal.accepted',
  'proposal.declined',
  'matching_batch.published',
  'survey.invited',
  'recognition.expiring',
  'member_survey.opened',
];
/** Parameters that hold a date (YYYY-MM-DD), shown in the UI language's format. */
const DATE_PARAMS = ['referredOn', 'date', 'validUntil', 'deadline'];

/** A notification in words: its kind's text with its parameters (dates and measures in the UI language). */
export function notificationText(t: TFunction, n: Pick<Notification, 'kind' | 'params'>): string {
  if (!KNOWN_KINDS.includes(n.kind)) {
    return t('notifications.kinds.unknown');
  }
  const params: Record<string, string | number> = { ...n.params };
  for (const name of DATE_PARAMS) {
    if (typeof params[name] === 'string') {
      params[name] = formatDate(params[name] as string);
    }
  }
  if (typeof params.measure === 'string' && (MEASURES as readonly string[]).includes(params.measure)) {
    params.measure = t(`measures.${params.measure}`);
  }
  return t(`notifications.kinds.${n.kind}`, params);
}

/** Where a notification leads: the record it is about (an uncoordinated contact: the employer's timeline). */
export function notificationTarget(
  n: Pick<Notification, 'kind' | 'entityType' | 'entityId' | 'params'>,
): string | null {
  if (n.kind === 'employer_contact.uncoordinated' && typeof n.params.employerId === 'string') {
    return `/employers/${n.params.employerId}?tab=contacts`;
  }
  if (!n.entityId) {
    return null;
  }
  switch (n.entityType) {
    case 'referral':
      return `/referrals/${n.entityId}`;
    case 'approach_request':
      return `/approach-requests/${n.entityId}`;
    case 'employer':
      return `/employers/${n.entityId}`;
    case 'survey_invitation':
      return `/my-surveys/${n.entityId}`;
    case 'member_survey_round':
      return `/quality/member-survey/${n.entityId}`;
    case 'recognition_warning':
      return typeof n.params.recognitionId === 'string' ? '/quality/recognitions?status=expiring' : null;
    case 'service_request':
      return `/service-requests/${n.entityId}`;
    case 'job':
      return n.kind.startsWith('internship_sheet.')
        ? `/jobs/${n.entityId}?tab=internship`
        : `/jobs/${n.entityId}`;
    case 'matching_batch':
      // The suggestions a network-wide run made: the list shows each reader those of their participants and employers.
      return `/proposals?batchId=${n.entityId}&status=suggested`;
    case 'proposal':
      // Each side sees its own view there: the participant's in plain words, the employer contact's without
      // profile data.
      return `/proposals/${n.entityId}`;
    default:
      return null;
  }
}
