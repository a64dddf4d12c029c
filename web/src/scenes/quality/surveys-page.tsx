import { Badge, Button, Group, Select, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type {
  Employer,
  EmployerContactLogins,
  NewSurveyInvitation,
  Page,
  ParticipantItem,
  SurveyInvitation,
  SurveyResults,
  SurveyTemplate,
} from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { formatDate } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { EmptyState, PageHeader, Pager, QueryView, Section } from '../../components/page';
import { type Option, RemoteSelect } from '../../components/remote-select';
import { participantOption } from '../referrals/referral-create-dialog';
import { CountCell, ExportButtons } from './shared';

const STATUS_COLOR = { open: 'blue', answered: 'green', withdrawn: 'gray' } as const;

function useTemplates() {
  return useQuery({
    queryKey: ['survey-templates'],
    queryFn: () => api.get<{ items: SurveyTemplate[] }>('/survey-templates'),
    staleTime: 5 * 60_000,
  });
}

/** Satisfaction surveys: what was sent (senders), results per organisation (admins, analysts), the surveys. */
export function SurveysPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tabs = [
    ...(can('survey.send') ? ['invitations'] : []),
    ...(can('survey.results') ? ['results'] : []),
    'templates',
  ];
  const tab = params.get('tab') && tabs.includes(params.get('tab')!) ? params.get('tab')! : tabs[0]!;
  return (
    <>
      <PageHeader title={t('quality.surveys.title')} description={t('quality.surveys.description')} />
      <Tabs value={tab} onChange={(v) => setParams({ tab: v ?? tabs[0]! })} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`quality.surveys.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="invitations">
          <InvitationsTab />
        </Tabs.Panel>
        <Tabs.Panel value="results">
          <ResultsTab />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function InvitationsTab() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [sending, setSending] = useState(false);
  const query = useQuery({
    queryKey: ['survey-invitations', page],
    queryFn: () => api.get<Page<SurveyInvitation>>('/survey-invitations', { page, pageSize: 25 }),
  });
  const withdraw = async (i: SurveyInvitation) => {
    try {
      await api.post(`/survey-invitations/${i.id}/withdraw`, { version: i.version });
      notifications.show({ color: 'green', message: t('quality.surveys.withdrawn') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
    await queryClient.invalidateQueries({ queryKey: ['survey-invitations'] });
  };
  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setSending(true)}>{t('quality.surveys.send')}</Button>
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('quality.surveys.empty')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={800}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('quality.surveys.template')}</Table.Th>
                      <Table.Th>{t('quality.surveys.respondentName')}</Table.Th>
                      <Table.Th>{t('quality.surveys.organisation')}</Table.Th>
                      <Table.Th>{t('quality.surveys.sentAt')}</Table.Th>
                      <Table.Th>{t('quality.surveys.status')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>{i.template.title}</Table.Td>
                        <Table.Td>
                          {i.participant?.name ?? i.respondent.name}
                          {i.employer && (
                            <Text size="xs" c="dimmed">
                              {i.respondent.name} · {i.employer.name}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{i.organisation.name}</Table.Td>
                        <Table.Td>{formatDate(i.sentAt)}</Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLOR[i.status]} variant="light">
                            {t(`quality.surveys.statuses.${i.status}`)}
                          </Badge>
                          {i.answeredAt && (
                            <Text size="xs" c="dimmed">
                              {formatDate(i.answeredAt)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {i.status === 'open' && (
                            <Button size="xs" variant="subtle" color="red" onClick={() => withdraw(i)}>
                              {t('quality.surveys.withdraw')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager page={page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryView>
      {sending && <SendDialog onClose={() => setSending(false)} />}
    </Stack>
  );
}

interface SendValues {
  templateKey: string;
  participant: Option | null;
  employer: Option | null;
  respondentUserId: string | null;
}

function SendDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const templates = useTemplates();
  const form = useForm<SendValues>({
    initialValues: {
      templateKey: 'participant_satisfaction',
      participant: null,
      employer: null,
      respondentUserId: null,
    },
  });
  const template = templates.data?.items.find((x) => x.key === form.values.templateKey);
  const employerId = form.values.employer?.value ?? null;
  const logins = useQuery({
    queryKey: ['employers', employerId, 'contact-logins'],
    queryFn: () => api.get<EmployerContactLogins>(`/employers/${employerId}/contact-logins`),
    enabled: !!employerId,
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<SurveyInvitation>('/survey-invitations', {
        templateKey: v.templateKey,
        ...(template?.audience === 'employer'
          ? { employerId: v.employer?.value, respondentUserId: v.respondentUserId ?? undefined }
          : { participantId: v.participant?.value }),
      } satisfies NewSurveyInvitation),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('quality.surveys.sent') });
      await queryClient.invalidateQueries({ queryKey: ['survey-invitations'] });
      onClose();
    },
    fieldMap: { participantId: 'participant', employerId: 'employer' },
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('quality.surveys.send')}
      submitLabel={t('quality.surveys.send')}
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Select
        label={t('quality.surveys.template')}
        data={(templates.data?.items ?? []).map((x) => ({
          value: x.key,
          label: `${x.title} (${t(`quality.surveys.audience.${x.audience}`)})`,
        }))}
        allowDeselect={false}
        {...form.getInputProps('templateKey')}
      />
      {template?.audience === 'employer' ? (
        <>
          <RemoteSelect<Employer>
            path="/employers"
            label={t('quality.surveys.employer')}
            required
            toOption={(e) => ({ value: e.id, label: e.name })}
            value={form.values.employer?.value ?? null}
            selected={form.values.employer}
            onChange={(o) => {
              form.setFieldValue('employer', o);
              form.setFieldValue('respondentUserId', null);
            }}
            error={form.errors.employer}
          />
          <Select
            label={t('quality.surveys.respondent')}
            required
            disabled={!employerId}
            data={(logins.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.email})` }))}
            {...form.getInputProps('respondentUserId')}
          />
        </>
      ) : (
        <RemoteSelect<ParticipantItem>
          path="/participants"
          label={t('quality.surveys.participant')}
          required
          toOption={participantOption}
          value={form.values.participant?.value ?? null}
          selected={form.values.participant}
          onChange={(o) => form.setFieldValue('participant', o)}
          error={form.errors.participant}
        />
      )}
    </FormDialog>
  );
}

function ResultsTab() {
  const { t, i18n } = useTranslation();
  const templates = useTemplates();
  const [templateKey, setTemplateKey] = useState('participant_satisfaction');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = { templateKey, ...(from && { from }), ...(to && { to }) };
  const query = useQuery({
    queryKey: ['survey-results', filter],
    queryFn: () => api.get<SurveyResults>('/survey-results', filter),
  });
  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <Select
            label={t('quality.surveys.template')}
            w={320}
            data={(templates.data?.items ?? []).map((x) => ({ value: x.key, label: x.title }))}
            value={templateKey}
            onChange={(v) => v && setTemplateKey(v)}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('quality.surveys.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('quality.surveys.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </Group>
        <ExportButtons path="/survey-results" query={filter} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('quality.hiddenHelp')}
      </Text>
      <QueryView query={query}>
        {(data) =>
          data.respondents.length <= 1 ? (
            <EmptyState>{t('quality.surveys.noResults')}</EmptyState>
          ) : (
            <Stack gap="lg">
              {data.questions.map((q) => (
                <Section key={q.key} title={q.text}>
                  {q.kind === 'text' ? (
                    q.comments.length === 0 ? (
                      <Text c="dimmed">{t('quality.surveys.noComments')}</Text>
                    ) : (
                      <Stack gap={4}>
                        <Text size="sm" fw={500}>
                          {t('quality.surveys.comments')}
                        </Text>
                        {q.comments.map((c) => (
                          <Text key={`${c.answeredAt}-${c.organisation.id}-${c.text.slice(0, 20)}`} size="sm">
                            “{c.text}”{' '}
                            <Text span c="dimmed" size="xs">
                              — {c.organisation.name}, {formatDate(c.answeredAt)}
                            </Text>
                          </Text>
                        ))}
                      </Stack>
                    )
                  ) : (
                    <Table.ScrollContainer minWidth={600}>
                      <Table striped withTableBorder>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('quality.surveys.organisation')}</Table.Th>
                            {q.options.map((o) => (
                              <Table.Th key={o} ta="right">
                                {o}
                              </Table.Th>
                            ))}
                            <Table.Th ta="right">{t('quality.surveys.respondents')}</Table.Th>
                            {q.kind === 'scale' && (
                              <Table.Th ta="right">{t('quality.surveys.mean')}</Table.Th>
                            )}
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {q.rows.map((r) => (
                            <Table.Tr
                              key={r.organisation?.id ?? 'network'}
                              fw={r.organisation ? undefined : 700}
                            >
                              <Table.Td>{r.organisation?.name ?? t('quality.network')}</Table.Td>
                              {r.counts.map((c, i) => (
                                <Table.Td key={q.options[i]} ta="right">
                                  <CountCell value={c} />
                                </Table.Td>
                              ))}
                              <Table.Td ta="right">
                                <CountCell value={r.respondents} />
                              </Table.Td>
                              {q.kind === 'scale' && (
                                <Table.Td ta="right">
                                  {r.mean === null ? '–' : r.mean.toLocaleString(i18n.language)}
                                </Table.Td>
                              )}
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  )}
                </Section>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}

function TemplatesTab() {
  const { t } = useTranslation();
  const templates = useTemplates();
  return (
    <QueryView query={templates}>
      {(data) => (
        <Stack gap="lg">
          {data.items.map((tpl) => (
            <Section
              key={tpl.id}
              title={`${tpl.title} — ${t(`quality.surveys.audience.${tpl.audience}`)}, ${t(`quality.surveys.moment.${tpl.moment}`)} (${t('quality.surveys.version', { version: tpl.version })})`}
            >
              <Text size="sm" mb="sm">
                {tpl.intro}
              </Text>
              <Stack gap={6} component="ol" pl="md">
                {tpl.questions.map((q) => (
                  <Text component="li" key={q.id}>
                    {q.text}{' '}
                    <Text span size="xs" c="dimmed">
                      {q.kind === 'scale'
                        ? t('quality.surveys.scale', { low: q.anchorLow, high: q.anchorHigh })
                        : t(`quality.surveys.kinds.${q.kind}`)}
                      {!q.isRequired && ` · ${t('quality.surveys.optional')}`}
                    </Text>
                  </Text>
                ))}
              </Stack>
            </Section>
          ))}
        </Stack>
      )}
    </QueryView>
  );
}
