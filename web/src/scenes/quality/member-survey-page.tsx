import {
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { MemberSurveyRound, MemberSurveyRoundDetail } from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { formatDate } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { EmptyState, PageHeader, QueryView, Section } from '../../components/page';
import { CountCell, ExportButtons } from './shared';

const FIGURES = [
  'referralsReceived',
  'referralsStarted',
  'noStarts',
  'stillInIntake',
  'waitingList',
] as const;

/** The rounds of the member survey, newest first. */
export function MemberSurveyPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [opening, setOpening] = useState(false);
  const query = useQuery({
    queryKey: ['member-survey-rounds'],
    queryFn: () => api.get<{ items: MemberSurveyRound[] }>('/member-survey-rounds'),
  });
  return (
    <>
      <PageHeader
        title={t('quality.memberSurvey.title')}
        description={t('quality.memberSurvey.description')}
        actions={
          can('member_survey.manage') && (
            <Button onClick={() => setOpening(true)}>{t('quality.memberSurvey.open')}</Button>
          )
        }
      />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('quality.memberSurvey.empty')}</EmptyState>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('quality.memberSurvey.roundTitle')}</Table.Th>
                  <Table.Th>{t('quality.memberSurvey.period')}</Table.Th>
                  <Table.Th>{t('quality.memberSurvey.deadline')}</Table.Th>
                  <Table.Th>{t('quality.memberSurvey.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/quality/member-survey/${r.id}`}>
                        {r.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {formatDate(r.periodFrom)} – {formatDate(r.periodTo)}
                    </Table.Td>
                    <Table.Td>{formatDate(r.deadline)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Badge color={r.status === 'open' ? 'blue' : 'gray'} variant="light">
                          {t(`quality.memberSurvey.statuses.${r.status}`)}
                        </Badge>
                        <Text size="sm">
                          {t('quality.memberSurvey.answeredCount', {
                            answered: r.answered,
                            members: r.members,
                          })}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryView>
      {opening && <OpenRoundDialog onClose={() => setOpening(false)} />}
    </>
  );
}

function OpenRoundDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { title: '', periodFrom: '', periodTo: '', deadline: '' } });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) => api.post<MemberSurveyRoundDetail>('/member-survey-rounds', v),
    onSuccess: async (round) => {
      notifications.show({ color: 'green', message: t('quality.memberSurvey.opened') });
      await queryClient.invalidateQueries({ queryKey: ['member-survey-rounds'] });
      void navigate(`/quality/member-survey/${round.id}`);
    },
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('quality.memberSurvey.open')}
      submitLabel={t('quality.memberSurvey.open')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <TextInput label={t('quality.memberSurvey.roundTitle')} required {...form.getInputProps('title')} />
      <Group grow>
        <TextInput
          type="date"
          label={t('quality.memberSurvey.periodFrom')}
          required
          {...form.getInputProps('periodFrom')}
        />
        <TextInput
          type="date"
          label={t('quality.memberSurvey.periodTo')}
          required
          {...form.getInputProps('periodTo')}
        />
      </Group>
      <TextInput
        type="date"
        label={t('quality.memberSurvey.deadline')}
        required
        {...form.getInputProps('deadline')}
      />
    </FormDialog>
  );
}

/** A round: status per organisation, the own organisation's figures to fill in, and the aggregated figures. */
export function MemberSurveyRoundPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  const [answering, setAnswering] = useState<MemberSurveyRoundDetail['organisations'][number] | null>(null);
  const query = useQuery({
    queryKey: ['member-survey-rounds', id],
    queryFn: () => api.get<MemberSurveyRoundDetail>(`/member-survey-rounds/${id}`),
  });
  const close = async (round: MemberSurveyRoundDetail) => {
    try {
      await api.post(`/member-survey-rounds/${round.id}/close`, { version: round.version });
      notifications.show({ color: 'green', message: t('quality.memberSurvey.closed') });
    } catch (error) {
      if (!(await handleConflict(error, queryClient, ['member-survey-rounds', id]))) {
        notifications.show({ color: 'red', message: errorMessage(error) });
      }
    }
    await queryClient.invalidateQueries({ queryKey: ['member-survey-rounds'] });
  };
  return (
    <QueryView query={query}>
      {(round) => (
        <>
          <PageHeader
            title={round.title}
            description={`${formatDate(round.periodFrom)} – ${formatDate(round.periodTo)} · ${t('quality.memberSurvey.deadline')}: ${formatDate(round.deadline)} · ${t(`quality.memberSurvey.statuses.${round.status}`)}`}
            actions={
              can('member_survey.manage') &&
              round.status === 'open' && (
                <Button variant="default" onClick={() => close(round)}>
                  {t('quality.memberSurvey.close')}
                </Button>
              )
            }
          />
          <Stack gap="lg">
            <Anchor component={Link} to="/quality/member-survey">
              {t('quality.memberSurvey.title')}
            </Anchor>
            {round.organisations.length > 0 && (
              <Section title={t('quality.memberSurvey.perOrganisation')}>
                <Table.ScrollContainer minWidth={700}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('quality.surveys.organisation')}</Table.Th>
                        <Table.Th>{t('quality.memberSurvey.status')}</Table.Th>
                        {FIGURES.map((f) => (
                          <Table.Th key={f} ta="right">
                            {t(`quality.memberSurvey.figures.${f}`)}
                          </Table.Th>
                        ))}
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {round.organisations.map((o) => (
                        <Table.Tr key={o.organisation.id}>
                          <Table.Td>{o.organisation.name}</Table.Td>
                          <Table.Td>
                            {o.status === 'answered' ? (
                              <Text size="sm" c="teal.9">
                                {t('quality.memberSurvey.answeredOn', { date: formatDate(o.answeredAt) })}
                              </Text>
                            ) : (
                              <Text size="sm" c="red.9">
                                {t('quality.memberSurvey.missing')}
                              </Text>
                            )}
                          </Table.Td>
                          {FIGURES.map((f) => (
                            <Table.Td key={f} ta="right">
                              {o.figures?.[f] ?? '–'}
                            </Table.Td>
                          ))}
                          <Table.Td>
                            {o.canAnswer && (
                              <Button size="xs" variant="light" onClick={() => setAnswering(o)}>
                                {o.figures
                                  ? t('quality.memberSurvey.correct')
                                  : t('quality.memberSurvey.answer')}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Section>
            )}
            <Section
              title={t('quality.memberSurvey.totals')}
              actions={<ExportButtons path={`/member-survey-rounds/${round.id}/export`} />}
            >
              <SimpleGrid cols={{ base: 2, md: 5 }}>
                {FIGURES.map((f) => (
                  <Stack key={f} gap={2}>
                    <Text size="sm" c="dimmed">
                      {t(`quality.memberSurvey.figures.${f}`)}
                    </Text>
                    <Text size="xl" fw={700}>
                      <CountCell value={round.totals[f]} />
                    </Text>
                  </Stack>
                ))}
              </SimpleGrid>
              <Text size="sm" c="dimmed" mt="sm">
                {t('quality.memberSurvey.answeredCount', {
                  answered: round.answered,
                  members: round.members,
                })}
              </Text>
            </Section>
            {round.table.length > 0 && (
              <Section title={t('quality.memberSurvey.table')}>
                <Text size="sm" c="dimmed" mb="sm">
                  {t('quality.hiddenHelp')}
                </Text>
                <Table.ScrollContainer minWidth={700}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('quality.surveys.organisation')}</Table.Th>
                        {FIGURES.map((f) => (
                          <Table.Th key={f} ta="right">
                            {t(`quality.memberSurvey.figures.${f}`)}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {round.table.map((r) => (
                        <Table.Tr key={r.organisation.id}>
                          <Table.Td>{r.organisation.name}</Table.Td>
                          {r.figures.map((v, i) => (
                            <Table.Td key={FIGURES[i]} ta="right">
                              <CountCell value={v} />
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Section>
            )}
          </Stack>
          {answering && (
            <AnswerDialog roundId={round.id} member={answering} onClose={() => setAnswering(null)} />
          )}
        </>
      )}
    </QueryView>
  );
}

function AnswerDialog({
  roundId,
  member,
  onClose,
}: {
  roundId: string;
  member: MemberSurveyRoundDetail['organisations'][number];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const f = member.figures;
  const form = useForm({
    initialValues: {
      referralsReceived: f?.referralsReceived ?? 0,
      referralsStarted: f?.referralsStarted ?? 0,
      noStarts: f?.noStarts ?? 0,
      stillInIntake: f?.stillInIntake ?? 0,
      waitingList: f?.waitingList ?? 0,
      note: f?.note ?? '',
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.put(`/member-survey-rounds/${roundId}/answers/${member.organisation.id}`, {
        ...v,
        note: v.note || null,
        ...(f && { version: f.version }),
      }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('quality.memberSurvey.saved') });
      await queryClient.invalidateQueries({ queryKey: ['member-survey-rounds'] });
      onClose();
    },
    conflictKey: ['member-survey-rounds', roundId],
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('quality.memberSurvey.answerTitle', { organisation: member.organisation.name })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      {FIGURES.map((k) => (
        <NumberInput
          key={k}
          label={t(`quality.memberSurvey.figures.${k}`)}
          min={0}
          allowDecimal={false}
          required
          {...form.getInputProps(k)}
        />
      ))}
      <Textarea label={t('quality.memberSurvey.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
