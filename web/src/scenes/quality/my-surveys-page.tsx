import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import type { MySurvey, MySurveyListItem } from '../../api/types';
import { formatDate } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { EmptyState, PageHeader, QueryView } from '../../components/page';

const STATUS_COLOR = { open: 'blue', answered: 'green', withdrawn: 'gray' } as const;

/** The surveys a participant or employer contact was asked to fill in (plain language). */
export function MySurveysPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['my-surveys'],
    queryFn: () => api.get<{ items: MySurveyListItem[] }>('/my-surveys'),
  });
  return (
    <>
      <PageHeader title={t('quality.answer.listTitle')} description={t('quality.answer.listIntro')} />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('quality.answer.none')}</EmptyState>
          ) : (
            <Stack>
              {data.items.map((s) => (
                <Card key={s.id} withBorder padding="lg" component="section" aria-label={s.template.title}>
                  <Group justify="space-between" wrap="wrap">
                    <Stack gap={2}>
                      <Title order={2} size="h4">
                        {s.template.title}
                      </Title>
                      <Text size="sm" c="dimmed">
                        {t('quality.answer.from', { organisation: s.organisation.name })} ·{' '}
                        {formatDate(s.sentAt)}
                      </Text>
                    </Stack>
                    <Group>
                      <Badge color={STATUS_COLOR[s.status]} variant="light">
                        {t(`quality.answer.statuses.${s.status}`)}
                      </Badge>
                      <Button
                        component={Link}
                        to={`/my-surveys/${s.id}`}
                        variant={s.status === 'open' ? 'filled' : 'default'}
                      >
                        {s.status === 'open' ? t('quality.answer.open') : t('quality.answer.view')}
                      </Button>
                    </Group>
                  </Group>
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}

type Answer = number | boolean | string;

/** One survey to fill in: every question on one page, big choices, one button. */
export function MySurveyPage() {
  const { id } = useParams();
  const query = useQuery({
    queryKey: ['my-surveys', id],
    queryFn: () => api.get<MySurvey>(`/my-surveys/${id}`),
  });
  return <QueryView query={query}>{(survey) => <SurveyForm survey={survey} />}</QueryView>;
}

function SurveyForm({ survey }: { survey: MySurvey }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, Answer>>(survey.answers ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const readOnly = survey.status !== 'open';
  const set = (key: string, value: Answer) => setAnswers((a) => ({ ...a, [key]: value }));

  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await api.post(`/my-surveys/${survey.id}/answers`, { version: survey.version, answers });
      await queryClient.invalidateQueries({ queryKey: ['my-surveys'] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        const byField: Record<string, string> = {};
        // Plain words for the respondent: which question still needs an answer, not the API's field names.
        for (const e of error.errors) {
          byField[e.field.replace(/^(body\.)?answers\./, '')] =
            e.code === 'required' ? t('quality.answer.required') : t('quality.answer.invalid');
        }
        setErrors(byField);
        setMessage(t('quality.answer.fixErrors'));
      } else {
        setMessage(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={survey.template.title}
        description={t('quality.answer.from', { organisation: survey.organisation.name })}
      />
      <Stack maw={720} gap="lg">
        <Anchor component={Link} to="/my-surveys">
          {t('quality.answer.back')}
        </Anchor>
        {survey.status === 'answered' && (
          <Alert color="green" role="status">
            <Text>{t('quality.answer.answered', { date: formatDate(survey.answeredAt) })}</Text>
          </Alert>
        )}
        {survey.status === 'withdrawn' && <Alert color="gray">{t('quality.answer.withdrawn')}</Alert>}
        <Text size="lg">{survey.template.intro}</Text>
        <form onSubmit={send} noValidate>
          <Stack gap="xl">
            {message && (
              <Alert color="red" role="alert">
                {message}
              </Alert>
            )}
            {survey.template.questions.map((q) => {
              const value = answers[q.key];
              const error = errors[q.key];
              const labelId = `q-${q.key}`;
              return (
                <Stack key={q.key} gap="xs">
                  {q.kind !== 'scale' && (
                    <Text id={labelId} fw={600} size="lg">
                      {q.position}. {q.text}
                    </Text>
                  )}
                  {q.kind === 'scale' && (
                    <Radio.Group
                      label={`${q.position}. ${q.text}`}
                      labelProps={{ fz: 'lg', fw: 600 }}
                      value={value === undefined ? null : String(value)}
                      onChange={(v) => set(q.key, Number(v))}
                      error={error}
                      readOnly={readOnly}
                    >
                      <Group gap="lg" mt={4}>
                        {[1, 2, 3, 4, 5].map((n) => (
                          <Radio
                            key={n}
                            value={String(n)}
                            disabled={readOnly}
                            size="md"
                            label={
                              n === 1 ? `1 · ${q.anchorLow}` : n === 5 ? `5 · ${q.anchorHigh}` : String(n)
                            }
                          />
                        ))}
                      </Group>
                    </Radio.Group>
                  )}
                  {q.kind === 'yes_no' && (
                    <>
                      <SegmentedControl
                        aria-labelledby={labelId}
                        w={220}
                        disabled={readOnly}
                        value={value === undefined ? '' : value ? 'yes' : 'no'}
                        onChange={(v) => set(q.key, v === 'yes')}
                        data={[
                          { value: 'yes', label: t('quality.answer.yes') },
                          { value: 'no', label: t('quality.answer.no') },
                        ]}
                      />
                      {error && (
                        <Text c="red.9" size="sm">
                          {error}
                        </Text>
                      )}
                    </>
                  )}
                  {q.kind === 'text' && (
                    <Textarea
                      aria-labelledby={labelId}
                      description={q.isRequired ? undefined : t('quality.answer.optional')}
                      autosize
                      minRows={3}
                      maxLength={1000}
                      readOnly={readOnly}
                      value={typeof value === 'string' ? value : ''}
                      onChange={(e) => set(q.key, e.currentTarget.value)}
                      error={error}
                    />
                  )}
                </Stack>
              );
            })}
            {!readOnly && (
              <Group>
                <Button type="submit" size="md" loading={busy}>
                  {t('quality.answer.submit')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Stack>
    </>
  );
}
