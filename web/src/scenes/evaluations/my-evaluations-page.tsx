import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { OwnEvaluation } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { ParticipantViewForm, viewBody } from './participant-view-form';

/**
 * The participant's own page, in plain language (B1): when the talk about their work is, their own view (filled in
 * themselves, or shown as filled in with their coach) and, once decided, a link to what was decided.
 */
export function MyEvaluationsPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['my-evaluations'],
    queryFn: () => api.get<{ items: OwnEvaluation[] }>('/my-evaluations'),
  });
  return (
    <>
      <PageHeader title={t('myEvaluations.title')} description={t('myEvaluations.intro')} />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('myEvaluations.none')}</EmptyState>
          ) : (
            <Stack maw={760} gap="lg">
              {data.items.map((e) => (
                <OwnEvaluationCard key={e.id} evaluation={e} />
              ))}
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}

function OwnEvaluationCard({ evaluation: e }: { evaluation: OwnEvaluation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isEditing, setEditing] = useState(!e.view);
  if (e.isDecided) {
    return (
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="xs">
          {t('myEvaluations.decided')}
        </Title>
        <Anchor component={Link} to={`/my-evaluations/${e.id}/summary`} size="lg">
          {t('myEvaluations.readSummary')}
        </Anchor>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="lg">
      <Text size="lg">{t('myEvaluations.due', { date: formatDate(e.dueOn) })}</Text>
      {e.coach && <Text size="lg">{t('myEvaluations.withCoach', { coach: e.coach })}</Text>}
      <Title order={2} size="h3" mt="md" mb="xs">
        {t('myEvaluations.formTitle')}
      </Title>
      {!e.canGiveView ? (
        <Alert color="blue">{t('myEvaluations.closed')}</Alert>
      ) : isEditing ? (
        <>
          <Text mb="sm">{t('myEvaluations.formHelp')}</Text>
          <ParticipantViewForm
            view={e.view}
            submitLabel={t('myEvaluations.send')}
            onSubmit={async (values) => {
              try {
                await api.put(`/evaluations/${e.id}/participant-view`, viewBody(values));
                notifications.show({ color: 'green', message: t('myEvaluations.sent') });
                setEditing(false);
                await queryClient.invalidateQueries({ queryKey: ['my-evaluations'] });
              } catch (error) {
                if (!(await handleConflict(error, queryClient, ['my-evaluations']))) {
                  throw error;
                }
              }
            }}
          />
        </>
      ) : (
        e.view && (
          <Stack gap={4}>
            <Alert color="green" role="status">
              {t('myEvaluations.sent')}
            </Alert>
            {e.view.enteredOnBehalf && <Text>{t('myEvaluations.filledWithHelp')}</Text>}
            <Text>
              {t('myEvaluations.feeling')} <b>{t(`evaluations.feelings.f${e.view.feeling}`)}</b>
            </Text>
            <Text>
              {t('myEvaluations.wish')} <b>{t(`evaluations.wishes.${e.view.wish}`)}</b>
            </Text>
            <Anchor component="button" onClick={() => setEditing(true)} w="fit-content" mt="xs">
              {t('myEvaluations.change')}
            </Anchor>
          </Stack>
        )
      )}
    </Paper>
  );
}
