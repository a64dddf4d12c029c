import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Progress,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useCan } from '../../api/session';
import type { QualityReview, ReviewScale, Scorecard, ScorecardOverview } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDate } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { EmptyState, PageHeader, QueryView, Section } from '../../components/page';

const BAND_COLOR: Record<string, string> = {
  exemplary: 'green',
  good: 'teal',
  fair: 'yellow',
  limited: 'red',
};

function Trend({ value }: { value: number | null }) {
  const { t } = useTranslation();
  if (value === null) {
    return <Text c="dimmed">–</Text>;
  }
  const label =
    value > 0
      ? t('quality.reviews.trendUp', { value })
      : value < 0
        ? t('quality.reviews.trendDown', { value })
        : t('quality.reviews.trendSame');
  return (
    <Text c={value > 0 ? 'teal.9' : value < 0 ? 'red.9' : 'dimmed'} aria-label={label} title={label}>
      {value > 0 ? `▲ +${value}` : value < 0 ? `▼ ${value}` : '='}
    </Text>
  );
}

/** Every coaching organisation with its latest review's total, band and trend. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['scorecards'],
    queryFn: () => api.get<ScorecardOverview>('/scorecards'),
  });
  return (
    <>
      <PageHeader title={t('quality.reviews.title')} description={t('quality.reviews.description')} />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('quality.reviews.none')}</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('quality.reviews.organisation')}</Table.Th>
                    <Table.Th>{t('quality.reviews.latest')}</Table.Th>
                    <Table.Th ta="right">{t('quality.reviews.total')}</Table.Th>
                    <Table.Th>{t('quality.reviews.band')}</Table.Th>
                    <Table.Th>{t('quality.reviews.trend')}</Table.Th>
                    <Table.Th ta="right">{t('quality.reviews.reviews')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((i) => (
                    <Table.Tr key={i.organisation.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/quality/reviews/${i.organisation.id}`}>
                          {i.organisation.name}
                        </Anchor>
                        {i.hasDraft && (
                          <Badge ml="xs" variant="light" color="blue">
                            {t('quality.reviews.draft')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {i.latest ? formatDate(i.latest.reviewedOn) : t('quality.reviews.none')}
                      </Table.Td>
                      <Table.Td ta="right">{i.latest?.total ?? '–'}</Table.Td>
                      <Table.Td>
                        {i.latest?.band && (
                          <Badge color={BAND_COLOR[i.latest.band.key] ?? 'gray'} variant="light">
                            {i.latest.band.label}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Trend value={i.trend} />
                      </Table.Td>
                      <Table.Td ta="right">{i.reviews}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
    </>
  );
}

/** One organisation's scorecard: item scores of the latest review beside the previous one, total, band, history. */
export function ScorecardPage() {
  const { organisationId } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const query = useQuery({
    queryKey: ['scorecards', organisationId],
    queryFn: () => api.get<Scorecard>(`/scorecards/${organisationId}`),
  });
  const start = async () => {
    try {
      const review = await api.post<QualityReview>('/quality-reviews', {
        organisationId,
        reviewedOn: new Date().toISOString().slice(0, 10),
      });
      void navigate(`/quality/reviews/edit/${review.id}`);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };
  return (
    <QueryView query={query}>
      {(card) => {
        const { latest, previous, scale } = card;
        return (
          <>
            <PageHeader
              title={t('quality.reviews.scorecardTitle', { organisation: card.organisation.name })}
              description={scale.title}
              actions={
                can('quality_review.write') &&
                (card.draft ? (
                  <Button component={Link} to={`/quality/reviews/edit/${card.draft.id}`}>
                    {t('quality.reviews.continueReview')}
                  </Button>
                ) : (
                  <Button onClick={start}>{t('quality.reviews.startReview')}</Button>
                ))
              }
            />
            <Anchor component={Link} to="/quality/reviews" mb="md" display="block">
              {t('quality.reviews.title')}
            </Anchor>
            {!latest ? (
              <EmptyState>{t('quality.reviews.noReview')}</EmptyState>
            ) : (
              <Stack gap="lg">
                <Group gap="xl" align="flex-start">
                  <Stack gap={2}>
                    <Text size="sm" c="dimmed">
                      {t('quality.reviews.total')}
                    </Text>
                    <Text size="xl" fw={700}>
                      {t('quality.reviews.outOf', { total: latest.total, max: scale.maximumTotal })}
                    </Text>
                  </Stack>
                  <Stack gap={2}>
                    <Text size="sm" c="dimmed">
                      {t('quality.reviews.band')}
                    </Text>
                    {latest.band && (
                      <Badge size="lg" color={BAND_COLOR[latest.band.key] ?? 'gray'} variant="light">
                        {latest.band.label}
                      </Badge>
                    )}
                  </Stack>
                  <Stack gap={2}>
                    <Text size="sm" c="dimmed">
                      {t('quality.reviews.trend')}
                    </Text>
                    <Trend value={card.trend} />
                  </Stack>
                  <Stack gap={2}>
                    <Text size="sm" c="dimmed">
                      {t('quality.reviews.reviewedOn')}
                    </Text>
                    <Text>
                      {formatDate(latest.reviewedOn)} · {latest.reviewer.name}
                    </Text>
                  </Stack>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('quality.reviews.bands', {
                    bands: scale.bands.map((b) => `${b.label} ≥ ${b.minimum}`).join(' · '),
                  })}
                </Text>
                {latest.summary && (
                  <Section title={t('quality.reviews.summary')}>
                    <Text>{latest.summary}</Text>
                  </Section>
                )}
                <Section title={scale.title}>
                  <Table.ScrollContainer minWidth={760}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('quality.reviews.item')}</Table.Th>
                          <Table.Th w={220}>{t('quality.reviews.score')}</Table.Th>
                          <Table.Th ta="right">{t('quality.reviews.previous')}</Table.Th>
                          <Table.Th ta="right">{t('quality.reviews.change')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {scale.items.map((item) => {
                          const s = latest.scores.find((x) => x.itemKey === item.key)?.score ?? null;
                          const p = previous?.scores.find((x) => x.itemKey === item.key)?.score ?? null;
                          return (
                            <Table.Tr key={item.key}>
                              <Table.Td>
                                <Text fw={500}>
                                  {item.position}. {item.title}
                                </Text>
                                {s !== null && (
                                  <Text size="xs" c="dimmed">
                                    {item.anchors[s - 1]}
                                  </Text>
                                )}
                              </Table.Td>
                              <Table.Td>
                                <Group gap="xs" wrap="nowrap">
                                  <Progress
                                    value={((s ?? 0) / 5) * 100}
                                    w={120}
                                    color={s !== null && s >= 4 ? 'green' : s === 3 ? 'yellow' : 'red'}
                                    aria-label={`${item.title}: ${s ?? '–'} / 5`}
                                  />
                                  <Text fw={600}>{s ?? '–'} / 5</Text>
                                </Group>
                              </Table.Td>
                              <Table.Td ta="right">{p ?? '–'}</Table.Td>
                              <Table.Td ta="right">
                                <Trend value={s !== null && p !== null ? s - p : null} />
                              </Table.Td>
                            </Table.Tr>
                          );
                        })}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Section>
                <Section title={t('quality.reviews.history')}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('quality.reviews.reviewedOn')}</Table.Th>
                        <Table.Th ta="right">{t('quality.reviews.total')}</Table.Th>
                        <Table.Th>{t('quality.reviews.band')}</Table.Th>
                        <Table.Th>{t('quality.reviews.reviewer')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {card.history.map((h) => (
                        <Table.Tr key={h.id}>
                          <Table.Td>{formatDate(h.reviewedOn)}</Table.Td>
                          <Table.Td ta="right">{h.total}</Table.Td>
                          <Table.Td>{h.band?.label}</Table.Td>
                          <Table.Td>{h.reviewer.name}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Section>
              </Stack>
            )}
          </>
        );
      }}
    </QueryView>
  );
}

/** The reviewer's form: each of the 14 items scored 1–5 against its anchors, with a note; saved, then finalised. */
export function ReviewFormPage() {
  const { id } = useParams();
  const review = useQuery({
    queryKey: ['quality-reviews', id],
    queryFn: () => api.get<QualityReview>(`/quality-reviews/${id}`),
  });
  const scale = useQuery({
    queryKey: ['review-scale'],
    queryFn: () => api.get<ReviewScale>('/review-scale'),
  });
  return (
    <QueryView query={review}>
      {(r) => (
        <QueryView query={scale}>
          {(s) => <ReviewForm key={`${r.id}:${r.version}`} review={r} scale={s} />}
        </QueryView>
      )}
    </QueryView>
  );
}

function ReviewForm({ review, scale }: { review: QualityReview; scale: ReviewScale }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [scores, setScores] = useState(review.scores);
  const [summary, setSummary] = useState(review.summary ?? '');
  const [reviewedOn, setReviewedOn] = useState(review.reviewedOn);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The version saved last: a save that is followed by a refused finalise keeps the form as it is.
  const [version, setVersion] = useState(review.version);
  const readOnly = review.status !== 'draft';
  const setScore = (itemKey: string, patch: { score?: number; note?: string }) =>
    setScores((all) => all.map((s) => (s.itemKey === itemKey ? { ...s, ...patch } : s)));
  const scored = scores.filter((s) => s.score !== null).length;

  const act = async (finalise: boolean) => {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const saved = await api.patch<QualityReview>(`/quality-reviews/${review.id}`, {
        version,
        reviewedOn,
        summary: summary || null,
        scores: scores.map((s) => ({ itemKey: s.itemKey, score: s.score, note: s.note || null })),
      });
      setVersion(saved.version);
      if (finalise) {
        await api.post(`/quality-reviews/${review.id}/finalise`, { version: saved.version });
        notifications.show({ color: 'green', message: t('quality.reviews.finalised') });
        await queryClient.invalidateQueries({ queryKey: ['scorecards'] });
        void navigate(`/quality/reviews/${review.organisation.id}`);
        return;
      }
      notifications.show({ color: 'green', message: t('quality.reviews.saved') });
    } catch (error) {
      if (await handleConflict(error, queryClient, ['quality-reviews', review.id])) {
        return;
      }
      if (error instanceof ApiError && error.errors.length) {
        const byField: Record<string, string> = {};
        for (const e of error.errors) {
          byField[e.field.replace(/^scores\./, '')] = e.message;
        }
        setErrors(byField);
      }
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('quality.reviews.formTitle', { organisation: review.organisation.name })}
        description={scale.description}
      />
      <Stack maw={960} gap="lg">
        <Anchor component={Link} to={`/quality/reviews/${review.organisation.id}`}>
          {t('quality.reviews.scorecardTitle', { organisation: review.organisation.name })}
        </Anchor>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('quality.reviews.reviewedOn')}
            value={reviewedOn}
            onChange={(e) => setReviewedOn(e.currentTarget.value)}
            readOnly={readOnly}
          />
          <Text c="dimmed">{t('quality.reviews.scored', { scored, items: scale.items.length })}</Text>
        </Group>
        {scale.items.map((item) => {
          const current = scores.find((s) => s.itemKey === item.key);
          return (
            <Section key={item.key} title={`${item.position}. ${item.title}`}>
              <Text size="sm" mb="sm">
                {item.description}
              </Text>
              <Radio.Group
                label={`${t('quality.reviews.score')}: ${item.title}`}
                value={current?.score ? String(current.score) : null}
                onChange={(v) => setScore(item.key, { score: Number(v) })}
                error={errors[item.key]}
              >
                <Stack gap={6}>
                  {item.anchors.map((anchor, i) => (
                    <Radio
                      key={anchor}
                      value={String(i + 1)}
                      label={`${i + 1} — ${anchor}`}
                      disabled={readOnly}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                mt="sm"
                label={t('quality.reviews.note')}
                autosize
                minRows={1}
                value={current?.note ?? ''}
                onChange={(e) => setScore(item.key, { note: e.currentTarget.value })}
                readOnly={readOnly}
              />
            </Section>
          );
        })}
        <Textarea
          label={t('quality.reviews.summary')}
          autosize
          minRows={3}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          readOnly={readOnly}
        />
        {!readOnly && (
          <Group>
            <Button variant="default" loading={busy} onClick={() => act(false)}>
              {t('quality.reviews.save')}
            </Button>
            <Button loading={busy} onClick={() => act(true)}>
              {t('quality.reviews.finalise')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('quality.reviews.finaliseHelp')}
            </Text>
          </Group>
        )}
      </Stack>
    </>
  );
}
