import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, TARGET_METRICS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { MonitoringTarget, SuccessDefinition } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { EmptyState, QueryView } from '../../components/page';
import { CountCell } from '../../components/suppressed';
import { TableScroll } from '../../components/table-scroll';
import { PROVINCES } from './monitoring-page';
import { ExportLinks } from './monitoring-shared';

/** Dark enough for white text (WCAG AA); Mantine's orange is not, even at shade 9, hence a darker one. */
const STATUS_COLORS = {
  reached: 'teal.9',
  on_track: 'blue.9',
  behind: '#9c3d00',
  missed: 'red.9',
  not_started: 'gray.7',
} as const;

/** Yearly targets per measure and region, with their progress against what the year asks by today. */
export function TargetsView() {
  const { t } = useTranslation();
  const can = useCan();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const [editing, setEditing] = useState<MonitoringTarget | 'new' | null>(null);
  const [removing, setRemoving] = useState<MonitoringTarget | null>(null);
  const queryClient = useQueryClient();
  const query = { year };
  const targets = useQuery({
    queryKey: ['monitoring', 'targets', query],
    queryFn: () => api.get<MonitoringTarget[]>('/monitoring/targets', query),
    placeholderData: keepPreviousData,
  });
  const canManage = can('monitoring.manage');
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t('monitoring.targets.year')}
          value={year}
          allowDeselect={false}
          onChange={(v) => v && setYear(v)}
          data={Array.from({ length: 6 }, (_, k) => String(thisYear + 1 - k))}
          w={120}
        />
        <Group gap="xs">
          {canManage && (
            <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('monitoring.targets.add')}
            </Button>
          )}
          <ExportLinks path="/monitoring/targets" query={query} table={t('monitoring.targets.title')} />
        </Group>
      </Group>
      <QueryView query={targets}>
        {(data) =>
          data.length === 0 ? (
            <EmptyState>{t('monitoring.targets.empty')}</EmptyState>
          ) : (
            <Paper withBorder p="lg" component="section" aria-labelledby="targets-table">
              <Title order={2} size="h3" mb="md" id="targets-table">
                {t('monitoring.targets.tableLabel')}
              </Title>
              <TableScroll minWidth={900} label={t('monitoring.targets.tableLabel')}>
                <Table striped aria-labelledby="targets-table" verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('monitoring.targets.measure')}</Table.Th>
                      <Table.Th>{t('monitoring.targets.region')}</Table.Th>
                      <Table.Th>{t('monitoring.targets.metric')}</Table.Th>
                      <Table.Th ta="right">{t('monitoring.targets.target')}</Table.Th>
                      <Table.Th ta="right">{t('monitoring.targets.actual')}</Table.Th>
                      <Table.Th ta="right">{t('monitoring.targets.expected')}</Table.Th>
                      <Table.Th w={200}>{t('monitoring.targets.progress')}</Table.Th>
                      <Table.Th>{t('monitoring.targets.status')}</Table.Th>
                      {canManage && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.map((x) => (
                      <Table.Tr key={x.id}>
                        <Table.Th scope="row" fw={400}>
                          {t(`measures.${x.measure}`)}
                        </Table.Th>
                        <Table.Td>{x.provinceNis ? x.regionName : t('monitoring.targets.flanders')}</Table.Td>
                        <Table.Td>
                          {t(`monitoring.targets.metrics.${x.metric}`)}
                          {x.successDefinition && (
                            <Text size="xs" c="dimmed">
                              {x.successDefinition.name}
                            </Text>
                          )}
                          {x.note && (
                            <Text size="xs" c="dimmed">
                              {x.note}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{x.target.toLocaleString()}</Table.Td>
                        <Table.Td ta="right">
                          <CountCell value={x.progress.actual} minimum={5} />
                        </Table.Td>
                        <Table.Td ta="right">
                          {x.progress.expectedByNow.toLocaleString(undefined, { maximumFractionDigits: 0 })}
                        </Table.Td>
                        <Table.Td>
                          {x.progress.percent === null ? (
                            '—'
                          ) : (
                            <Progress
                              value={Math.min(100, x.progress.percent)}
                              color={STATUS_COLORS[x.progress.status]}
                              size="lg"
                              aria-label={t('monitoring.targets.progressLabel', {
                                actual: x.progress.actual,
                                target: x.target,
                                percent: `${x.progress.percent.toLocaleString()} %`,
                              })}
                            />
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="filled" color={STATUS_COLORS[x.progress.status]}>
                            {t(`monitoring.targets.statuses.${x.progress.status}`)}
                          </Badge>
                        </Table.Td>
                        {canManage && (
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <ActionIcon
                                variant="subtle"
                                onClick={() => setEditing(x)}
                                aria-label={`${t('monitoring.targets.edit')}: ${t(`measures.${x.measure}`)} ${x.regionName}`}
                              >
                                <IconEdit size={18} />
                              </ActionIcon>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                onClick={() => setRemoving(x)}
                                aria-label={`${t('monitoring.targets.remove')}: ${t(`measures.${x.measure}`)} ${x.regionName}`}
                              >
                                <IconTrash size={18} />
                              </ActionIcon>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </Paper>
          )
        }
      </QueryView>
      {editing !== null && (
        <TargetFormDialog
          target={editing === 'new' ? null : editing}
          year={Number(year)}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && (
        <ConfirmDialog
          opened
          title={t('monitoring.targets.removeTitle')}
          confirmLabel={t('monitoring.targets.remove')}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await api.delete(`/monitoring/targets/${removing.id}?version=${removing.version}`);
            await queryClient.invalidateQueries({ queryKey: ['monitoring', 'targets'] });
            setRemoving(null);
          }}
        >
          {t('monitoring.targets.removeText', {
            measure: t(`measures.${removing.measure}`),
            year: removing.year,
            region: removing.regionName,
          })}
        </ConfirmDialog>
      )}
    </Stack>
  );
}

interface Values {
  year: number;
  measure: string;
  provinceNis: string | null;
  metric: string;
  successDefinitionId: string | null;
  target: number | string;
  note: string;
}

function TargetFormDialog({
  target,
  year,
  onClose,
}: {
  target: MonitoringTarget | null;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const definitions = useQuery({
    queryKey: ['monitoring', 'success-definitions'],
    queryFn: () => api.get<SuccessDefinition[]>('/monitoring/success-definitions'),
  });
  const form = useForm<Values>({
    initialValues: {
      year: target?.year ?? year,
      measure: target?.measure ?? 'reintegration',
      provinceNis: target?.provinceNis ?? null,
      metric: target?.metric ?? 'trajectories_started',
      successDefinitionId: target?.successDefinition?.id ?? null,
      target: target?.target ?? '',
      note: target?.note ?? '',
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) => {
      const fields = {
        ...v,
        target: typeof v.target === 'number' ? v.target : Number(v.target) || 0,
        successDefinitionId: v.metric === 'trajectories_successful' ? v.successDefinitionId : null,
      };
      return target
        ? api.patch<MonitoringTarget>(`/monitoring/targets/${target.id}`, {
            version: target.version,
            data: fields,
          })
        : api.post<MonitoringTarget>('/monitoring/targets', fields);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['monitoring', 'targets'] });
      notifications.show({ color: 'green', message: t('monitoring.targets.saved') });
      onClose();
    },
    conflictKey: ['monitoring', 'targets'],
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={target ? t('monitoring.targets.edit') : t('monitoring.targets.add')}
      submitLabel={target ? t('common.save') : t('monitoring.targets.add')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('monitoring.targets.year')}
          required
          min={2000}
          max={2100}
          {...form.getInputProps('year')}
        />
        <Select
          label={t('monitoring.targets.measure')}
          required
          allowDeselect={false}
          data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
          {...form.getInputProps('measure')}
        />
        <Select
          label={t('monitoring.targets.region')}
          clearable
          placeholder={t('monitoring.targets.flanders')}
          data={PROVINCES.map((p) => ({ value: p, label: t(`monitoring.provinces.${p}`) }))}
          {...form.getInputProps('provinceNis')}
        />
        <Select
          label={t('monitoring.targets.metric')}
          required
          allowDeselect={false}
          data={TARGET_METRICS.map((m) => ({ value: m, label: t(`monitoring.targets.metrics.${m}`) }))}
          {...form.getInputProps('metric')}
        />
      </SimpleGrid>
      {form.values.metric === 'trajectories_successful' && (
        <Select
          label={t('monitoring.targets.successDefinition')}
          required
          data={(definitions.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          {...form.getInputProps('successDefinitionId')}
        />
      )}
      <NumberInput
        label={t('monitoring.targets.target')}
        required
        min={1}
        {...form.getInputProps('target')}
      />
      <Textarea label={t('monitoring.targets.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
