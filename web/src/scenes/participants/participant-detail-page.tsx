import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import type { Participant } from '../../api/types';
import { formatDate } from '../../components/format';
import { PageHeader, QueryView } from '../../components/page';
import { ParticipantIndicationSection } from '../indications/participant-indication-section';
import { STATUS_COLOR } from './participant-status';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text>{children || '—'}</Text>
    </Stack>
  );
}

/** A participant's file (the read is audited by the server). */
export function ParticipantDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['participants', id],
    queryFn: () => api.get<Participant>(`/participants/${id}`),
  });
  return (
    <QueryView query={query}>
      {(p) => (
        <>
          <PageHeader
            title={`${p.firstName} ${p.lastName}`}
            description={
              <Group gap="xs" component="span">
                <Badge color={STATUS_COLOR[p.status] ?? 'gray'}>
                  {t(`participants.statuses.${p.status}`)}
                </Badge>
                <span>{p.organisation?.name}</span>
              </Group>
            }
          />
          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="md">
              {t('participants.identity')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <Field label={t('participants.nationalNumber')}>{p.nationalNumber}</Field>
              <Field label={t('participants.birthDate')}>{formatDate(p.birthDate)}</Field>
              <Field label={t('participants.email')}>{p.email}</Field>
              <Field label={t('participants.phone')}>{p.phone}</Field>
              <Field label={t('participants.address')}>
                {[p.street, [p.postcode, p.municipality?.name].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ')}
              </Field>
              <Field label={t('participants.coach')}>{p.coach?.name ?? t('participants.coachNone')}</Field>
              <Field label={t('participants.waitingSince')}>{formatDate(p.waitingSince)}</Field>
            </SimpleGrid>
          </Paper>
          <ParticipantIndicationSection participant={p} />
        </>
      )}
    </QueryView>
  );
}
