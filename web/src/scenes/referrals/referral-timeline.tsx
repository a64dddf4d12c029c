import { Text, Timeline } from '@mantine/core';
import { IconCircleDashed, IconMail, IconPhone, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/types';
import { formatDate } from '../../components/format';

/**
 * The steps of a referral as a timeline: referred → first contact → started, or the way it ended (no start with
 * its reason, no answer, withdrawn). Steps not reached yet are shown as still to come.
 */
export function ReferralTimeline({ referral: r }: { referral: Referral }) {
  const { t } = useTranslation();
  const referrer =
    r.referrerUser?.name ??
    r.referrerName ??
    r.referrerOrganisation?.name ??
    t(`referrals.channels.${r.channel}`);
  const isOpen = r.status === 'pending' || r.status === 'in_contact';
  const steps = [];

  steps.push(
    <Timeline.Item key="referred" bullet={<IconMail size={14} />} title={t('referrals.timeline.referred')}>
      <Text size="sm">{formatDate(r.referredOn)}</Text>
      <Text size="sm" c="dimmed">
        {t('referrals.timeline.referredBy', { who: referrer })}
        {r.referrerUser && r.referrerOrganisation ? ` (${r.referrerOrganisation.name})` : ''}
      </Text>
    </Timeline.Item>,
  );

  if (r.firstContactOn) {
    steps.push(
      <Timeline.Item
        key="contact"
        bullet={<IconPhone size={14} />}
        title={t('referrals.timeline.firstContact')}
      >
        <Text size="sm">{formatDate(r.firstContactOn)}</Text>
      </Timeline.Item>,
    );
  } else if (r.status === 'pending') {
    steps.push(
      <Timeline.Item
        key="contact"
        bullet={<IconCircleDashed size={14} />}
        title={t('referrals.timeline.firstContact')}
        lineVariant="dashed"
      >
        <Text size="sm">{t('referrals.timeline.noContactYet')}</Text>
        <Text size="sm" c="dimmed">
          {t('referrals.timeline.waitingFor', { count: r.daysWaiting })}
        </Text>
        {r.reminderSentAt && (
          <Text size="sm" c="dimmed">
            {t('referrals.timeline.reminderSent', { date: formatDate(r.reminderSentAt) })}
          </Text>
        )}
      </Timeline.Item>,
    );
  }

  if (r.status === 'started') {
    steps.push(
      <Timeline.Item
        key="end"
        bullet={<IconPlayerPlay size={14} />}
        title={t('referrals.timeline.started')}
        color="green"
      >
        <Text size="sm">{formatDate(r.startedOn)}</Text>
        <Text size="sm" c="dimmed">
          {t('referrals.timeline.startedHelp', { organisation: r.targetOrganisation.name })}
        </Text>
      </Timeline.Item>,
    );
  } else if (r.status === 'no_start') {
    steps.push(
      <Timeline.Item
        key="end"
        bullet={<IconX size={14} />}
        title={t('referrals.timeline.noStart')}
        color="red"
      >
        {r.noStartReason && <Text size="sm">{t(`referrals.noStartReasons.${r.noStartReason}`)}</Text>}
        {r.noStartText && <Text size="sm">{r.noStartText}</Text>}
        <Text size="sm" c="dimmed">
          {t('referrals.timeline.closedOn', { date: formatDate(r.closedAt) })}
        </Text>
      </Timeline.Item>,
    );
  } else if (r.status === 'no_answer') {
    steps.push(
      <Timeline.Item
        key="end"
        bullet={<IconX size={14} />}
        title={t('referrals.timeline.noAnswer')}
        color="red"
      >
        <Text size="sm">{t('referrals.timeline.noAnswerHelp')}</Text>
        <Text size="sm" c="dimmed">
          {t('referrals.timeline.closedOn', { date: formatDate(r.closedAt) })}
        </Text>
      </Timeline.Item>,
    );
  } else if (r.status === 'withdrawn') {
    steps.push(
      <Timeline.Item
        key="end"
        bullet={<IconX size={14} />}
        title={t('referrals.timeline.withdrawn')}
        color="gray"
      >
        <Text size="sm">{t('referrals.timeline.withdrawnHelp')}</Text>
        <Text size="sm" c="dimmed">
          {t('referrals.timeline.closedOn', { date: formatDate(r.closedAt) })}
        </Text>
      </Timeline.Item>,
    );
  } else if (isOpen) {
    steps.push(
      <Timeline.Item
        key="end"
        bullet={<IconCircleDashed size={14} />}
        title={t('referrals.timeline.notStartedYet')}
        lineVariant="dashed"
      />,
    );
  }

  // Reached steps are highlighted: all of them once closed; while open, up to the last recorded one.
  const reached = isOpen ? (r.firstContactOn ? 1 : 0) : steps.length - 1;
  return (
    <Timeline active={reached} bulletSize={26} lineWidth={2}>
      {steps}
    </Timeline>
  );
}
