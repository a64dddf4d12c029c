import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconEdit, IconPhone, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Referral } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import { PageHeader, QueryView } from '../../components/page';
import { Field } from '../participants/participant-record';
import { ReferralContactDialog } from './referral-contact-dialog';
import { ReferralEditDialog } from './referral-edit-dialog';
import { ReferralNoStartDialog } from './referral-no-start-dialog';
import { ReferralStartDialog } from './referral-start-dialog';
import { ReferralStatusBadge, WaitingDays } from './referral-status';
import { ReferralTimeline } from './referral-timeline';
import { ReferralWithdrawDialog } from './referral-withdraw-dialog';

type Dialog = 'contact' | 'start' | 'noStart' | 'withdraw' | 'edit' | null;

/** One referral: its steps, motivation and referrer, and the actions the server allows this user (abilities). */
export function ReferralDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useQuery({
    queryKey: ['referrals', id],
    queryFn: () => api.get<Referral>(`/referrals/${id}`),
  });
  const close = () => setDialog(null);

  return (
    <QueryView query={query}>
      {(r) => {
        const name = `${r.participant.firstName} ${r.participant.lastName}`;
        const a = r.abilities;
        return (
          <>
            <PageHeader
              title={t('referrals.pageTitle', { name })}
              description={
                <Group gap="xs" component="span">
                  <ReferralStatusBadge status={r.status} />
                  {r.status === 'pending' && <WaitingDays referral={r} />}
                  <span>
                    {t('referrals.towards', {
                      measure: t(`measures.${r.measure}`),
                      organisation: r.targetOrganisation.name,
                    })}
                  </span>
                </Group>
              }
              actions={
                <>
                  {a.recordContact && (
                    <Button
                      leftSection={<IconPhone size={16} />}
                      variant="light"
                      onClick={() => setDialog('contact')}
                    >
                      {t('referrals.actions.recordContact')}
                    </Button>
                  )}
                  {a.start && (
                    <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => setDialog('start')}>
                      {t('referrals.actions.start')}
                    </Button>
                  )}
                  {a.recordNoStart && (
                    <Button
                      leftSection={<IconX size={16} />}
                      variant="light"
                      color="red"
                      onClick={() => setDialog('noStart')}
                    >
                      {t('referrals.actions.recordNoStart')}
                    </Button>
                  )}
                  {a.update && (
                    <Button
                      leftSection={<IconEdit size={16} />}
                      variant="default"
                      onClick={() => setDialog('edit')}
                    >
                      {t('referrals.actions.edit')}
                    </Button>
                  )}
                  {a.withdraw && (
                    <Button
                      leftSection={<IconArrowBackUp size={16} />}
                      variant="default"
                      color="red"
                      onClick={() => setDialog('withdraw')}
                    >
                      {t('referrals.actions.withdraw')}
                    </Button>
                  )}
                </>
              }
            />
            <Grid>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack>
                  <Paper withBorder p="lg" component="section" aria-labelledby="referral-steps">
                    <Title order={2} size="h4" mb="md" id="referral-steps">
                      {t('referrals.steps')}
                    </Title>
                    <ReferralTimeline referral={r} />
                  </Paper>
                  <Paper withBorder p="lg" component="section" aria-labelledby="referral-motivation">
                    <Title order={2} size="h4" mb="sm" id="referral-motivation">
                      {t('referrals.motivation')}
                    </Title>
                    {r.motivation ? (
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{r.motivation}</Text>
                    ) : (
                      <Text c="dimmed">{t('referrals.noMotivation')}</Text>
                    )}
                  </Paper>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Paper withBorder p="lg" component="section" aria-labelledby="referral-details">
                  <Title order={2} size="h4" mb="md" id="referral-details">
                    {t('referrals.details')}
                  </Title>
                  <Stack gap="sm">
                    <Field label={t('referrals.participant')}>
                      <Anchor component={Link} to={`/participants/${r.participant.id}`}>
                        {name}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {formatDate(r.participant.birthDate)} · {r.participant.nationalNumberMasked}
                      </Text>
                    </Field>
                    <Field label={t('referrals.channel')}>{t(`referrals.channels.${r.channel}`)}</Field>
                    <Field label={t('referrals.measure')}>{t(`measures.${r.measure}`)}</Field>
                    <Field label={t('referrals.referrerOrganisation')}>{r.referrerOrganisation?.name}</Field>
                    <Field label={t('referrals.referrerPerson')}>
                      {[r.referrerUser?.name, r.referrerName].filter(Boolean).join(' · ')}
                    </Field>
                    <Field label={t('referrals.referrerContact')}>{r.referrerContact}</Field>
                    <Field label={t('referrals.targetOrganisation')}>{r.targetOrganisation.name}</Field>
                    <Text size="xs" c="dimmed">
                      {t('common.updatedAt', { date: formatDateTime(r.updatedAt) })}
                    </Text>
                  </Stack>
                </Paper>
              </Grid.Col>
            </Grid>
            {/* Dialogs are keyed by version: after a step they start from what is stored now. */}
            <ReferralContactDialog
              key={`c${r.version}`}
              referral={r}
              opened={dialog === 'contact'}
              onClose={close}
            />
            <ReferralStartDialog
              key={`s${r.version}`}
              referral={r}
              opened={dialog === 'start'}
              onClose={close}
            />
            <ReferralNoStartDialog
              key={`n${r.version}`}
              referral={r}
              opened={dialog === 'noStart'}
              onClose={close}
            />
            <ReferralWithdrawDialog
              key={`w${r.version}`}
              referral={r}
              opened={dialog === 'withdraw'}
              onClose={close}
            />
            <ReferralEditDialog
              key={`e${r.version}`}
              referral={r}
              opened={dialog === 'edit'}
              onClose={close}
            />
          </>
        );
      }}
    </QueryView>
  );
}
