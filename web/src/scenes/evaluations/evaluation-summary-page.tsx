import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { EvaluationSummary } from '../../api/types';
import { formatDate } from '../../components/format';
import { PageHeader, QueryView } from '../../components/page';

/**
 * What was decided, why and what happens next, in plain language (B1), for the participant (and for the coach who
 * goes through it with them), with the same text as a PDF.
 */
export function EvaluationSummaryPage({ backTo }: { backTo: string }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['evaluations', id, 'summary'],
    queryFn: () => api.get<EvaluationSummary>(`/evaluations/${id}/summary`),
  });
  return (
    <>
      <PageHeader
        title={t('myEvaluations.summaryTitle')}
        actions={
          <Button
            component="a"
            href={`/api/evaluations/${id}/summary.pdf`}
            target="_blank"
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
          >
            {t('myEvaluations.download')}
          </Button>
        }
      />
      <QueryView query={query}>
        {(s) => (
          <Stack maw={760} gap="lg">
            <Paper withBorder p="lg">
              <Text c="dimmed" mb="xs">
                {formatDate(s.decidedOn)}
                {s.coach ? ` · ${s.coach}` : ''}
              </Text>
              <Text size="xl" fw={700}>
                {s.outcomeText}
              </Text>
              {s.reEvaluateOn && (
                <Text size="lg" mt="sm">
                  {t('myEvaluations.again', { date: formatDate(s.reEvaluateOn) })}
                </Text>
              )}
            </Paper>
            <Block title={t('myEvaluations.why')} items={s.why} />
            <Block title={t('myEvaluations.strengths')} items={s.strengths} />
            <Block title={t('myEvaluations.toWorkOn')} items={s.toWorkOn} />
            {s.yourView && <Block title={t('myEvaluations.yourView')} items={[s.yourView]} />}
            {s.nextSteps && <Block title={t('myEvaluations.next')} items={[s.nextSteps]} />}
            <Text size="lg">{t('myEvaluations.questions')}</Text>
            <Anchor component={Link} to={backTo}>
              {t('myEvaluations.back')}
            </Anchor>
          </Stack>
        )}
      </QueryView>
    </>
  );
}

function Block({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) {
    return null;
  }
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h3" mb="xs">
        {title}
      </Title>
      {items.length === 1 ? (
        <Text size="lg">{items[0]}</Text>
      ) : (
        <List size="lg" spacing={4}>
          {items.map((i) => (
            <List.Item key={i}>{i}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
