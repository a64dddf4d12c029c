import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { Indication, IndicationItem, Page } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { useCapabilityProfile } from './capability-profile-card';

/**
 * The participant's own indication in plain language (B1): the advice in one or two short sentences, how long it
 * holds, and their profile as "goes well / sometimes help / hard", in the words of the dimensions, without codes.
 */
export function MyIndicationPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const participantId = me.roles.find((g) => g.role === 'participant')?.participantId ?? '';
  const list = useQuery({
    queryKey: ['indications', { participantId }],
    queryFn: () => api.get<Page<IndicationItem>>('/indications', { participantId, pageSize: 20 }),
    enabled: !!participantId,
  });
  const latest = list.data?.items.find((i) => i.status === 'approved') ?? list.data?.items[0];
  const indication = useQuery({
    queryKey: ['indications', latest?.id],
    queryFn: () => api.get<Indication>(`/indications/${latest!.id}`),
    enabled: !!latest && latest.status !== 'draft',
  });
  return (
    <>
      <PageHeader title={t('myIndication.title')} description={t('myIndication.intro')} />
      <QueryView query={list}>
        {() =>
          !latest || latest.status === 'draft' ? (
            <EmptyState>{t('myIndication.none')}</EmptyState>
          ) : latest.status !== 'approved' ? (
            <Alert color="blue" role="status">
              {t('myIndication.waiting')}
            </Alert>
          ) : (
            <QueryView query={indication}>
              {(ind) => <PlainIndication indication={ind} participantId={participantId} />}
            </QueryView>
          )
        }
      </QueryView>
    </>
  );
}

function PlainIndication({ indication, participantId }: { indication: Indication; participantId: string }) {
  const { t } = useTranslation();
  const profile = useCapabilityProfile(participantId);
  const levels = profile.data?.levels.filter((l) => l.level !== null) ?? [];
  const groups = [
    { key: 'goesWell', items: levels.filter((l) => (l.level ?? 0) >= 3) },
    { key: 'needsSupport', items: levels.filter((l) => l.level === 2) },
    { key: 'hard', items: levels.filter((l) => (l.level ?? 0) <= 1) },
  ] as const;
  return (
    <Stack maw={760}>
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('myIndication.adviceTitle')}
        </Title>
        <Text size="lg">{indication.advice ? t(`myIndication.advices.${indication.advice}`) : '—'}</Text>
        {indication.validUntil && (
          <Text mt="sm">{t('myIndication.validUntil', { date: formatDate(indication.validUntil) })}</Text>
        )}
        {indication.adviceMotivation && (
          <>
            <Title order={3} size="h5" mt="md">
              {t('myIndication.why')}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{indication.adviceMotivation}</Text>
          </>
        )}
      </Paper>
      {profile.error instanceof ApiError
        ? null
        : groups.map(
            (g) =>
              g.items.length > 0 && (
                <Paper key={g.key} withBorder p="lg">
                  <Title order={2} size="h4" mb="sm">
                    {t(`myIndication.${g.key}`)}
                  </Title>
                  <List spacing={4}>
                    {g.items.map((l) => (
                      <List.Item key={l.dimension}>
                        <Text span fw={600}>
                          {l.label}.
                        </Text>{' '}
                        {t(`myIndication.levels.l${l.level}`)}
                      </List.Item>
                    ))}
                  </List>
                </Paper>
              ),
          )}
      <Text>{t('myIndication.questions')}</Text>
    </Stack>
  );
}
