import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { useCan } from '../../api/session';
import type {
  EvaluationScheduleRule,
  EvaluationTemplateDetail,
  EvaluationTemplateSummary,
} from '../../api/types';
import { handleConflict } from '../../components/conflict';
import { formatDateTime } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { PageHeader, QueryView, Section } from '../../components/page';

/**
 * Template versions (network admins publish a new one; evaluations keep theirs), the current version's criteria
 * and decision rule, and when evaluations fall due per measure.
 */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const isAdmin = can('evaluation_template.manage');
  const list = useQuery({
    queryKey: ['evaluation-templates'],
    queryFn: () => api.get<{ items: EvaluationTemplateSummary[] }>('/evaluation-templates'),
  });
  const [selected, setSelected] = useState<string | null>(null);
  const currentId = selected ?? list.data?.items[0]?.id;
  const detail = useQuery({
    queryKey: ['evaluation-templates', currentId],
    queryFn: () => api.get<EvaluationTemplateDetail>(`/evaluation-templates/${currentId}`),
    enabled: !!currentId,
  });
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <>
      <PageHeader
        title={t('evaluations.templates.title')}
        description={t('evaluations.templates.description')}
      />
      <Stack gap="lg">
        <Section title={t('evaluations.templates.version')}>
          <QueryView query={list}>
            {(data) => (
              <Table aria-label={t('evaluations.templates.version')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('evaluations.templates.version')}</Table.Th>
                    <Table.Th>{t('evaluations.templates.publishedAt')}</Table.Th>
                    <Table.Th>{t('evaluations.templates.note')}</Table.Th>
                    <Table.Th>{t('evaluations.templates.evaluations')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>
                        <Anchor component="button" onClick={() => setSelected(v.id)}>
                          v{v.version} · {v.name}
                        </Anchor>
                        {v.isCurrent && (
                          <Badge ml="xs" variant="light" color="green">
                            {t('evaluations.templates.current')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {formatDateTime(v.publishedAt)}
                        {v.publishedBy ? ` · ${v.publishedBy.name}` : ''}
                      </Table.Td>
                      <Table.Td>{v.note ?? '—'}</Table.Td>
                      <Table.Td>{v.evaluations}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </QueryView>
        </Section>
        {detail.data && (
          <Section title={`v${detail.data.version} · ${detail.data.name}`}>
            <Stack gap="md">
              {detail.data.definition.themes.map((th) => (
                <div key={th.key}>
                  <Title order={3} size="h5">
                    {th.name[lang]}
                  </Title>
                  {detail.data.definition.criteria
                    .filter((c) => c.theme === th.key)
                    .map((c) => (
                      <Stack key={c.key} gap={2} mt={4} ml="sm">
                        <Text fw={600} size="sm">
                          {c.name[lang]} — {c.question[lang]}
                        </Text>
                        <List size="sm" spacing={0}>
                          {c.levels.map((l) => (
                            <List.Item key={l.value}>
                              {l.value} · {l.label[lang]}: {l.description[lang]}
                            </List.Item>
                          ))}
                        </List>
                        <Text size="xs" c="dimmed">
                          {c.requiredEvidence.map((k) => t(`evaluations.evidenceKinds.${k}`)).join(', ')}
                        </Text>
                      </Stack>
                    ))}
                </div>
              ))}
              <Title order={3} size="h5">
                {t('evaluations.templates.rule')}
              </Title>
              <List type="ordered" size="sm">
                {detail.data.definition.rule.rules.map((r) => (
                  <List.Item key={r.key}>
                    <b>{t(`evaluations.outcomes.${r.outcome}`)}</b>: {r.explanation[lang]}
                  </List.Item>
                ))}
              </List>
              <Text size="sm">
                {t('evaluations.templates.ruleFallback', {
                  outcome: t(`evaluations.outcomes.${detail.data.definition.rule.fallback.outcome}`),
                })}
              </Text>
              {isAdmin && <PublishForm current={detail.data} onPublished={(id) => setSelected(id)} />}
            </Stack>
          </Section>
        )}
        <ScheduleSection isAdmin={isAdmin} />
      </Stack>
    </>
  );
}

function PublishForm({
  current,
  onPublished,
}: {
  current: EvaluationTemplateDetail;
  onPublished: (id: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [nameNl, setNameNl] = useState(current.nameNl);
  const [nameEn, setNameEn] = useState(current.nameEn);
  const [note, setNote] = useState('');
  const [json, setJson] = useState(() => JSON.stringify(current.definition, null, 2));
  const [error, setError] = useState<string | null>(null);
  const publish = async () => {
    setError(null);
    let definition: unknown;
    try {
      definition = JSON.parse(json);
    } catch {
      setError(t('evaluations.templates.invalidJson'));
      return;
    }
    try {
      const created = await api.post<EvaluationTemplateDetail>('/evaluation-templates', {
        nameNl,
        nameEn,
        note,
        definition,
      });
      notifications.show({
        color: 'green',
        message: t('evaluations.templates.published', { version: created.version }),
      });
      await queryClient.invalidateQueries({ queryKey: ['evaluation-templates'] });
      onPublished(created.id);
    } catch (e) {
      setError(
        e instanceof ApiError && e.errors.length ? e.errors.map((x) => x.message).join(' ') : errorMessage(e),
      );
    }
  };
  return (
    <Stack gap="sm" mt="md">
      <Title order={3} size="h5">
        {t('evaluations.templates.publish')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('evaluations.templates.publishHelp')}
      </Text>
      <Group grow>
        <TextInput
          label={t('evaluations.templates.nameNl')}
          value={nameNl}
          onChange={(e) => setNameNl(e.currentTarget.value)}
        />
        <TextInput
          label={t('evaluations.templates.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
        />
      </Group>
      <TextInput
        label={t('evaluations.templates.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Textarea
        label={t('evaluations.templates.definition')}
        value={json}
        onChange={(e) => setJson(e.currentTarget.value)}
        autosize
        minRows={8}
        maxRows={24}
        ff="monospace"
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Button onClick={publish} w="fit-content">
        {t('evaluations.templates.publish')}
      </Button>
    </Stack>
  );
}

function ScheduleSection({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['evaluation-schedule'],
    queryFn: () => api.get<{ items: EvaluationScheduleRule[] }>('/evaluation-schedule'),
  });
  const run = async () => {
    const res = await api.post<{ planned: number }>('/evaluation-schedule/run');
    notifications.show({
      color: 'green',
      message: t('evaluations.templates.planned', { count: res.planned }),
    });
  };
  return (
    <Section
      title={t('evaluations.templates.schedule')}
      actions={
        isAdmin && (
          <Button variant="default" onClick={run}>
            {t('evaluations.templates.runNow')}
          </Button>
        )
      }
    >
      <QueryView query={query}>
        {(data) => (
          <Stack gap="xs">
            {data.items.map((r) => (
              <RuleRow
                key={`${r.measure}-${r.version}`}
                rule={r}
                isAdmin={isAdmin}
                onSaved={() => queryClient.invalidateQueries({ queryKey: ['evaluation-schedule'] })}
              />
            ))}
          </Stack>
        )}
      </QueryView>
    </Section>
  );
}

function RuleRow({
  rule,
  isAdmin,
  onSaved,
}: {
  rule: EvaluationScheduleRule;
  isAdmin: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [isEditing, setEditing] = useState(false);
  const [interval, setInterval] = useState<number | string>(rule.intervalMonths);
  const [atPhaseEnd, setAtPhaseEnd] = useState(rule.atPhaseEnd);
  const [lead, setLead] = useState<number | string>(rule.leadDays);
  const [error, setError] = useState<string | null>(null);
  const summary = `${t(`evaluations.measures.${rule.measure}`)}: ${t('evaluations.templates.intervalMonths', { count: rule.intervalMonths })}${rule.atPhaseEnd ? ` ${t('evaluations.templates.atPhaseEnd')}` : ''}, ${t('evaluations.templates.leadDays', { count: rule.leadDays })}`;
  if (!isEditing) {
    return (
      <Group gap="sm">
        <Text>{summary}</Text>
        {isAdmin && (
          <Anchor
            component="button"
            onClick={() => setEditing(true)}
            aria-label={`${t('evaluations.templates.edit')} ${t(`evaluations.measures.${rule.measure}`)}`}
          >
            {t('evaluations.templates.edit')}
          </Anchor>
        )}
      </Group>
    );
  }
  const save = async () => {
    setError(null);
    try {
      await api.put(`/evaluation-schedule/${rule.measure}`, {
        intervalMonths: Number(interval),
        atPhaseEnd,
        leadDays: Number(lead),
        version: rule.version,
      });
      setEditing(false);
      onSaved();
    } catch (e) {
      if (!(await handleConflict(e, queryClient, ['evaluation-schedule']))) {
        setError(errorMessage(e));
      }
    }
  };
  return (
    <Group align="flex-end" gap="sm">
      <Text fw={600}>{t(`evaluations.measures.${rule.measure}`)}</Text>
      <NumberInput
        label={t('evaluations.templates.interval')}
        value={interval}
        onChange={setInterval}
        min={1}
        max={60}
        w={160}
      />
      <NumberInput
        label={t('evaluations.templates.lead')}
        value={lead}
        onChange={setLead}
        min={0}
        max={180}
        w={160}
      />
      <Checkbox
        label={t('evaluations.templates.phaseEnd')}
        checked={atPhaseEnd}
        onChange={(e) => setAtPhaseEnd(e.currentTarget.checked)}
        mb={8}
      />
      <Button onClick={save}>{t('evaluations.templates.saveRule')}</Button>
      {error && (
        <Text c="red.9" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
