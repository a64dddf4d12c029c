import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Indication } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDate, formatDateTime } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { PageHeader, QueryView } from '../../components/page';
import { type IcfItemDraft, IcfItemsEditor } from './icf-items-editor';
import { ADVICES, INDICATION_STATUS_COLOR, qualifierColor } from './indication-labels';
import { IndicationReviewDialog } from './indication-review-dialog';

/** One indication: the author's editor while it is a draft or returned, else a read-only view; the validation panel. */
export function IndicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['indications', id],
    queryFn: () => api.get<Indication>(`/indications/${id}`),
    retry: (count, error) => !(error instanceof ApiError && [403, 404].includes(error.status)) && count < 2,
  });
  if (query.error instanceof ApiError && query.error.code === 'consent_required') {
    return (
      <Alert color="orange" title={t('errors.forbiddenTitle')} role="alert">
        {t('indications.detail.noAccess')}
      </Alert>
    );
  }
  return <QueryView query={query}>{(indication) => <IndicationView indication={indication} />}</QueryView>;
}

function IndicationView({ indication }: { indication: Indication }) {
  const { t } = useTranslation();
  const can = useCan();
  const [reviewing, setReviewing] = useState<'approved' | 'returned' | null>(null);
  const isOwnSubmitted =
    indication.status === 'submitted' && indication.ground === 'author' && can('indication.validate');
  const p = indication.participant;
  return (
    <>
      <PageHeader
        title={`${t('indications.title')} · ${p.firstName} ${p.lastName}`}
        description={
          <Group gap="xs" component="span">
            <Badge color={INDICATION_STATUS_COLOR[indication.status]}>
              {t(`indications.statuses.${indication.status}`)}
            </Badge>
            <span>
              {t(`indications.channels.${indication.channel}`)} · {indication.organisation.name} ·{' '}
              {indication.consultant.name}
            </span>
          </Group>
        }
        actions={
          indication.abilities.review && (
            <>
              <Button
                color="green"
                leftSection={<IconCheck size={16} />}
                onClick={() => setReviewing('approved')}
              >
                {t('indications.review.approve')}
              </Button>
              <Button variant="default" onClick={() => setReviewing('returned')}>
                {t('indications.review.return')}
              </Button>
            </>
          )
        }
      />
      <Stack>
        <Text size="xs" c="dimmed">
          {t('indications.detail.ground', { ground: t(`indications.detail.grounds.${indication.ground}`) })}{' '}
          <Anchor component={Link} to={`/participants/${p.id}`} size="xs" underline="always">
            {p.lastName}, {p.firstName}
          </Anchor>
        </Text>
        {isOwnSubmitted && (
          <Alert color="blue" role="status">
            {t('indications.review.fourEyes')}
          </Alert>
        )}
        {indication.validationRemarks && indication.status === 'returned' && (
          <Alert color="orange" title={t('indications.detail.remarks')}>
            {indication.validationRemarks}
          </Alert>
        )}
        <Paper withBorder p="lg">
          {indication.abilities.update ? (
            <IndicationEditor indication={indication} />
          ) : (
            <IndicationReadOnly indication={indication} />
          )}
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <IndicationTimeline indication={indication} />
          {indication.reviews.length > 0 && (
            <Paper withBorder p="lg">
              <Title order={2} size="h4" mb="sm">
                {t('indications.review.history')}
              </Title>
              <Stack gap="sm">
                {indication.reviews.map((r) => (
                  <Stack key={r.id} gap={2}>
                    <Group gap="xs">
                      <Badge color={r.decision === 'approved' ? 'green' : 'orange'} variant="light">
                        {t(`indications.review.decisions.${r.decision}`)}
                      </Badge>
                      <Text size="sm">
                        {r.validator.name} · {formatDateTime(r.decidedAt)}
                      </Text>
                    </Group>
                    {r.remarks && <Text size="sm">{r.remarks}</Text>}
                  </Stack>
                ))}
              </Stack>
            </Paper>
          )}
        </SimpleGrid>
      </Stack>
      {reviewing && (
        <IndicationReviewDialog
          indication={indication}
          decision={reviewing}
          onClose={() => setReviewing(null)}
        />
      )}
    </>
  );
}

function IndicationTimeline({ indication }: { indication: Indication }) {
  const { t } = useTranslation();
  const steps = [
    { label: t('indications.startedAt'), at: indication.startedAt },
    { label: t('indications.firstSubmittedAt'), at: indication.firstSubmittedAt },
    ...(indication.submittedAt !== indication.firstSubmittedAt
      ? [{ label: t('indications.submittedAt'), at: indication.submittedAt }]
      : []),
    { label: t('indications.validatedAt'), at: indication.validatedAt },
  ];
  const reached = (indication.referral ? 1 : 0) + steps.filter((s) => s.at).length - 1;
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        {t('indications.detail.timeline')}
      </Title>
      <Timeline active={reached} bulletSize={14} lineWidth={2}>
        {indication.referral && (
          <Timeline.Item title={t('indications.referral')}>
            <Text size="sm" c="dimmed">
              {t('indications.referralOf', {
                channel: t(`indications.referralChannels.${indication.referral.channel}`),
                date: formatDate(indication.referral.referredOn),
              })}
            </Text>
          </Timeline.Item>
        )}
        {steps.map((s) => (
          <Timeline.Item key={s.label} title={s.label}>
            <Text size="sm" c="dimmed">
              {formatDateTime(s.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {indication.validUntil && (
        <Text size="sm" mt="md">
          {t('indications.validUntil')}: {formatDate(indication.validUntil)}{' '}
          {indication.isExpired && (
            <Badge color="red" variant="light">
              {t('indications.expired')}
            </Badge>
          )}
        </Text>
      )}
    </Paper>
  );
}

function IndicationReadOnly({ indication }: { indication: Indication }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('indications.detail.advice')}
      </Title>
      <Text fw={600}>{indication.advice ? t(`indications.advices.${indication.advice}`) : '—'}</Text>
      {indication.adviceMotivation && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>{indication.adviceMotivation}</Text>
      )}
      <Title order={2} size="h4" mt="md">
        {t('indications.editor.title')} ({indication.items.length})
      </Title>
      <Table aria-label={t('indications.editor.title')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indications.editor.code')}</Table.Th>
            <Table.Th>{t('indications.editor.category')}</Table.Th>
            <Table.Th>{t('indications.editor.qualifier')}</Table.Th>
            <Table.Th>{t('indications.editor.source')}</Table.Th>
            <Table.Th>{t('indications.editor.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indication.items.map((item) => (
            <Table.Tr key={item.code}>
              <Table.Td ff="monospace">{item.code}</Table.Td>
              <Table.Td>{item.title}</Table.Td>
              <Table.Td>
                <Badge color={qualifierColor(item.qualifier)} variant="light">
                  {t(`indications.qualifiers.q${item.qualifier}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{t(`indications.sources.${item.source}`)}</Table.Td>
              <Table.Td>{item.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

const toDrafts = (indication: Indication): IcfItemDraft[] =>
  indication.items.map((i) => ({
    code: i.code,
    title: i.title,
    qualifier: i.qualifier,
    source: i.source,
    note: i.note ?? '',
  }));

/** Server errors on data.items.N.* belong to item N; the rest to the advice fields or the whole form. */
function splitErrors(error: unknown) {
  const byItem: Record<number, string> = {};
  const byField: Record<string, string> = {};
  const general: string[] = [];
  if (!(error instanceof ApiError) || error.errors.length === 0) {
    return { byItem, byField, general: [errorMessage(error)] };
  }
  for (const issue of error.errors) {
    const path = issue.field.replace(/^data\./, '');
    const item = /^items\.(\d+)\./.exec(path);
    if (item) {
      byItem[Number(item[1])] = issue.message;
    } else if (path === 'advice' || path === 'adviceMotivation') {
      byField[path] = issue.message;
    } else {
      general.push(issue.message);
    }
  }
  return { byItem, byField, general };
}

function IndicationEditor({ indication }: { indication: Indication }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['indications', indication.id];
  const [items, setItems] = useState<IcfItemDraft[]>(() => toDrafts(indication));
  const [advice, setAdvice] = useState<string | null>(indication.advice);
  const [motivation, setMotivation] = useState(indication.adviceMotivation ?? '');
  const [errors, setErrors] = useState<ReturnType<typeof splitErrors> | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  // A reload after a conflict or a save brings the stored version; the form follows it.
  useEffect(() => {
    setItems(toDrafts(indication));
    setAdvice(indication.advice);
    setMotivation(indication.adviceMotivation ?? '');
  }, [indication]);

  const isDirty =
    JSON.stringify(items) !== JSON.stringify(toDrafts(indication)) ||
    advice !== indication.advice ||
    motivation !== (indication.adviceMotivation ?? '');

  const save = async (): Promise<Indication | null> => {
    const saved = await api.patch<Indication>(`/indications/${indication.id}`, {
      version: indication.version,
      data: {
        items: items.map((i) => ({
          code: i.code,
          qualifier: i.qualifier,
          source: i.source,
          note: i.note,
        })),
        advice: advice ?? null,
        adviceMotivation: motivation,
      },
    });
    queryClient.setQueryData(key, saved);
    return saved;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setErrors(null);
    try {
      await action();
    } catch (error) {
      if (!(await handleConflict(error, queryClient, key))) {
        setErrors(splitErrors(error));
      }
    } finally {
      setBusy(false);
    }
  };

  const onSave = () =>
    run(async () => {
      await save();
      notifications.show({ color: 'green', message: t('indications.editor.saved') });
    });

  const onSubmit = () => {
    setConfirming(false);
    return run(async () => {
      const current = isDirty ? await save() : indication;
      const submitted = await api.post<Indication>(`/indications/${indication.id}/submit`, {
        version: current!.version,
      });
      queryClient.setQueryData(key, submitted);
      await queryClient.invalidateQueries({ queryKey: ['indications'] });
      notifications.show({ color: 'green', message: t('indications.editor.submitted') });
    });
  };

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('indications.editor.title')}
      </Title>
      {errors && errors.general.length > 0 && (
        <Alert color="red" role="alert">
          {errors.general.join(' ')}
        </Alert>
      )}
      <IcfItemsEditor items={items} onChange={setItems} errors={errors?.byItem ?? {}} />
      <Title order={2} size="h4" mt="md">
        {t('indications.editor.advice')}
      </Title>
      <Select
        label={t('indications.editor.advice')}
        clearable
        data={ADVICES.map((a) => ({ value: a, label: t(`indications.advices.${a}`) }))}
        value={advice}
        onChange={setAdvice}
        error={errors?.byField.advice}
      />
      <Textarea
        label={t('indications.editor.adviceMotivation')}
        autosize
        minRows={3}
        maxLength={4000}
        value={motivation}
        onChange={(e) => setMotivation(e.currentTarget.value)}
        error={errors?.byField.adviceMotivation}
      />
      <Group justify="flex-end">
        {isDirty && (
          <Badge color="orange" variant="light">
            {t('indications.editor.unsaved')}
          </Badge>
        )}
        <Button variant="default" onClick={onSave} loading={busy} disabled={!isDirty}>
          {t('indications.editor.save')}
        </Button>
        <Button leftSection={<IconSend size={16} />} onClick={() => setConfirming(true)} loading={busy}>
          {t('indications.editor.submit')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('indications.editor.submit')}>
        <Stack>
          <Text size="sm">{t('indications.editor.submitConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={onSubmit}>{t('indications.editor.submit')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
