import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconScissors } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { CarvingSuggestion, Employer, Participant } from '../../api/types';
import { EmptyState, QueryView } from '../../components/page';
import { type Option, RemoteSelect } from '../../components/remote-select';
import { CarvedJobCreateDialog } from './carved-job-create-dialog';
import { formatNumber } from './explanation-text';

const employerOption = (e: Employer): Option => ({ value: e.id, label: e.name });

/**
 * Job carving for a participant: pick an employer, and Werkbrug suggests the tasks of its jobs this person can
 * do, reaching their wanted hours where possible. The choice can be changed; an account manager (job.write)
 * turns it into a carved job.
 */
export function CarvingSection({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const [employer, setEmployer] = useState<Option | null>(null);
  const query = useQuery({
    queryKey: ['matching', 'carving', participant.id, employer?.value],
    queryFn: () =>
      api.get<CarvingSuggestion>('/matching/carving', {
        participantId: participant.id,
        employerId: employer!.value,
      }),
    enabled: !!employer,
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="carving">
      <Title order={2} size="h4" id="carving">
        {t('matching.carving.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('matching.carving.intro')}
      </Text>
      <div style={{ maxWidth: 420 }}>
        <RemoteSelect<Employer>
          path="/employers"
          label={t('matching.carving.employer')}
          toOption={employerOption}
          value={employer?.value ?? null}
          selected={employer}
          onChange={setEmployer}
        />
      </div>
      {employer && (
        <Stack mt="md">
          <QueryView query={query}>
            {(suggestion) => (
              <CarvingTasks
                key={`${employer.value}-${query.dataUpdatedAt}`}
                suggestion={suggestion}
                employer={employer}
              />
            )}
          </QueryView>
        </Stack>
      )}
    </Paper>
  );
}

function CarvingTasks({ suggestion: s, employer }: { suggestion: CarvingSuggestion; employer: Option }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [chosen, setChosen] = useState(() => new Set(s.tasks.filter((x) => x.isChosen).map((x) => x.id)));
  const [creating, setCreating] = useState(false);
  const n = (value: number) => formatNumber(value, i18n.language);
  if (s.tasks.length === 0) {
    return <EmptyState>{t('matching.carving.noTasks')}</EmptyState>;
  }
  const chosenTasks = s.tasks.filter((x) => chosen.has(x.id));
  const hours = chosenTasks.reduce((sum, x) => sum + x.hoursPerWeek, 0);
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      return next;
    });
  return (
    <>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4} style={{ flex: 1, minWidth: 260, maxWidth: 520 }}>
          <Group gap="lg">
            <Text fw={600}>{t('matching.carving.target', { hours: n(s.targetHours) })}</Text>
            <Text fw={600} aria-live="polite">
              {t('matching.carving.chosen', { hours: n(hours) })}
            </Text>
          </Group>
          <Progress
            value={Math.min(100, (hours / Math.max(1, s.targetHours)) * 100)}
            color={hours > s.targetHours ? 'orange' : 'green'}
            aria-label={t('matching.carving.chosen', { hours: n(hours) })}
          />
        </Stack>
        {can('job.write') && (
          <Button
            leftSection={<IconScissors size={16} />}
            disabled={chosenTasks.length === 0}
            onClick={() => setCreating(true)}
          >
            {t('matching.carving.create')}
          </Button>
        )}
      </Group>
      {hours > s.targetHours && (
        <Alert color="orange" role="status">
          {t('matching.carving.hoursWarning')}
        </Alert>
      )}
      {!s.tasks.some((x) => x.isDoable) && (
        <Alert color="gray" role="status">
          {t('matching.carving.noneDoable')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={820}>
        <Table aria-label={t('matching.carving.tasks', { employer: employer.label })} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('matching.carving.choose')}</Table.Th>
              <Table.Th>{t('matching.carving.task')}</Table.Th>
              <Table.Th>{t('matching.carving.job')}</Table.Th>
              <Table.Th>{t('matching.carving.hours')}</Table.Th>
              <Table.Th>{t('matching.carving.doable')}</Table.Th>
              <Table.Th>{t('matching.carving.gaps')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.tasks.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>
                  <Checkbox
                    checked={chosen.has(task.id)}
                    onChange={() => toggle(task.id)}
                    aria-label={t('matching.carving.chooseTask', { task: task.name })}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {task.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{task.job.title}</Text>
                </Table.Td>
                <Table.Td>{n(task.hoursPerWeek)}</Table.Td>
                <Table.Td>
                  <Badge color={task.isDoable ? 'green' : 'orange'}>
                    {task.isDoable ? t('matching.carving.yes') : t('matching.carving.no')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <TaskGaps task={task} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {creating && (
        <CarvedJobCreateDialog
          opened
          onClose={() => setCreating(false)}
          employer={employer}
          tasks={chosenTasks}
          suggestedSiteId={s.siteId}
        />
      )}
    </>
  );
}

function TaskGaps({ task }: { task: CarvingSuggestion['tasks'][number] }) {
  const { t } = useTranslation();
  if (task.gaps === null) {
    return task.openGaps > 0 ? (
      <Text size="sm">{t('matching.carving.openGaps', { count: task.openGaps })}</Text>
    ) : (
      <Text size="sm" c="dimmed">
        {t('matching.carving.noGaps')}
      </Text>
    );
  }
  if (task.gaps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('matching.carving.noGaps')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={0}>
      {task.gaps.map((g) => (
        <List.Item key={g.dimension}>
          {t('matching.carving.gapLine', {
            dimension: g.label,
            count: g.gap,
            closedBy: g.closedBy
              ? t('matching.explanation.closedBy', {
                  support: t(`matching.explanation.supports.${g.closedBy}`),
                }).toLowerCase()
              : t('matching.carving.gapOpen'),
          })}
        </List.Item>
      ))}
    </List>
  );
}
