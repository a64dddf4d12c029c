import { Alert, Badge, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { EvaluationBackground } from '../../api/types';
import { formatDate } from '../../components/format';
import { QueryView, Section } from '../../components/page';

/**
 * Beside the scoring form: the participant's capability profile (health data, read through its own gate and
 * audited on the server), their trajectories with phases, and earlier evaluations.
 */
export function BackgroundPanel({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['evaluations', evaluationId, 'background'],
    queryFn: () => api.get<EvaluationBackground>(`/evaluations/${evaluationId}/background`),
  });
  return (
    <Section title={t('evaluations.background.title')}>
      <QueryView query={query}>
        {(b) => (
          <Stack gap="md">
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('evaluations.background.profile')}
              </Title>
              {b.profile && b.profile.version > 0 ? (
                <>
                  <Text size="xs" c="dimmed" mb={4}>
                    {t('evaluations.background.profileAudited')}
                  </Text>
                  <List size="sm" spacing={2}>
                    {b.profile.levels.map((l) => (
                      <List.Item key={l.dimension}>
                        {l.label}: {l.level ?? t('evaluations.background.notAssessed')}
                      </List.Item>
                    ))}
                  </List>
                </>
              ) : (
                <Alert color="gray" variant="light">
                  {t(
                    b.profileRefusal === 'consent_required'
                      ? 'evaluations.background.consentRequired'
                      : 'evaluations.background.noProfile',
                  )}
                </Alert>
              )}
            </div>
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('evaluations.background.trajectories')}
              </Title>
              {b.trajectories.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('evaluations.background.noTrajectories')}
                </Text>
              ) : (
                b.trajectories.map((tr) => (
                  <Stack key={tr.id} gap={2} mb="sm">
                    <Text size="sm" fw={600}>
                      {tr.type} · {tr.organisation}{' '}
                      <Badge size="xs" variant="light">
                        {tr.status}
                      </Badge>
                    </Text>
                    <Text size="xs">
                      {formatDate(tr.startedOn)} – {tr.closedOn ? formatDate(tr.closedOn) : '…'}
                    </Text>
                    <List size="xs" spacing={0}>
                      {tr.phases.map((p) => (
                        <List.Item key={p.name}>
                          {p.name}:{' '}
                          {t('evaluations.background.phaseDates', {
                            from: p.startedOn ? formatDate(p.startedOn) : '…',
                            to: p.endedOn
                              ? formatDate(p.endedOn)
                              : p.plannedEndOn
                                ? `(${formatDate(p.plannedEndOn)})`
                                : '…',
                          })}
                        </List.Item>
                      ))}
                    </List>
                  </Stack>
                ))
              )}
            </div>
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('evaluations.background.previous')}
              </Title>
              {b.previousEvaluations.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('evaluations.background.noPrevious')}
                </Text>
              ) : (
                <List size="sm" spacing={2}>
                  {b.previousEvaluations.map((e) => (
                    <List.Item key={e.id}>
                      {formatDate(e.decidedOn)}: {e.outcome ? t(`evaluations.outcomes.${e.outcome}`) : '—'} (
                      {t('evaluations.templateVersion', { version: e.templateVersion })})
                    </List.Item>
                  ))}
                </List>
              )}
            </div>
          </Stack>
        )}
      </QueryView>
    </Section>
  );
}
