import { Badge, Text } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/types';

/** Days without first contact after which a referral is flagged (the reminder), and strongly (closing as no answer). */
export const WAITING_WARN_DAYS = 14;
export const WAITING_DANGER_DAYS = 60;

export const REFERRAL_STATUS_COLOR: Record<Referral['status'], string> = {
  pending: 'orange',
  in_contact: 'blue',
  started: 'green',
  no_start: 'red',
  no_answer: 'red',
  withdrawn: 'gray',
};

export function ReferralStatusBadge({ status }: { status: Referral['status'] }) {
  const { t } = useTranslation();
  return <Badge color={REFERRAL_STATUS_COLOR[status]}>{t(`referrals.statuses.${status}`)}</Badge>;
}

/**
 * How long a referral has waited for a first contact: plain under 14 days, flagged past 14, strongly past 60.
 * The flag is an icon and words (for screen readers), never colour alone.
 */
export function WaitingDays({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  if (referral.status !== 'pending') {
    return (
      <Text size="sm" c="dimmed">
        {referral.firstContactOn ? t('referrals.answered') : '—'}
      </Text>
    );
  }
  const days = referral.daysWaiting;
  const label = t('referrals.waitingDays', { count: days });
  if (days > WAITING_DANGER_DAYS) {
    return (
      <Badge color="red" variant="filled" leftSection={<IconAlertOctagon size={14} aria-hidden />}>
        {label}
        <span className="visually-hidden">
          : {t('referrals.waitingTooLong', { days: WAITING_DANGER_DAYS })}
        </span>
      </Badge>
    );
  }
  if (days > WAITING_WARN_DAYS) {
    return (
      <Badge color="orange" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
        {label}
        <span className="visually-hidden">: {t('referrals.waitingLong', { days: WAITING_WARN_DAYS })}</span>
      </Badge>
    );
  }
  return <Text size="sm">{label}</Text>;
}
