import { Badge, Box, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../api/types';
import { DIMENSION_GROUPS } from '../../components/dimensions';
import { formatHours } from '../../components/format';
import { EmptyState } from '../../components/page';

type ProfileDimension = Job['profile']['dimensions'][number];

/** A level 1–4 as four cells, filled up to the level (the level is also given in words beside it). */
export function LevelCells({ level }: { level: number }) {
  return (
    <Group gap={2} wrap="nowrap" aria-hidden>
      {[1, 2, 3, 4].map((cell) => (
        <Box
          key={cell}
          w={14}
          h={10}
          style={{
            borderRadius: 2,
            border: '1px solid var(--mantine-color-gray-6)',
            background:
              cell <= level ? `var(--mantine-color-${level >= 3 ? 'orange' : 'blue'}-7)` : 'transparent',
          }}
        />
      ))}
    </Group>
  );
}

function DimensionRow({ d }: { d: ProfileDimension }) {
  const { t } = useTranslation();
  const percent = Math.round(d.hoursShare * 100);
  return (
    <Table.Tr>
      <Table.Td w="28%">
        <Group gap="xs">
          <Text size="sm">{d.label}</Text>
          {d.isEssential && (
            <Badge color="red" variant="light" size="xs">
              {t('jobs.profile.essential')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td w={190}>
        <Group gap="xs" wrap="nowrap">
          <LevelCells level={d.level} />
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {t(`jobs.demandLevels.l${d.level}`)}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td w={250}>
        <Group gap="xs" wrap="nowrap">
          <Progress value={percent} w={64} size="sm" aria-hidden color="gray.7" />
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {t('jobs.profile.share', { percent, hours: formatHours(d.demandingHoursPerWeek) })}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {d.tasks
            .map((task) =>
              t('jobs.profile.taskLine', {
                name: task.name,
                level: task.level,
                hours: formatHours(task.hoursPerWeek),
              }),
            )
            .join(' · ')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The job's demand profile, derived from its tasks (never entered): per dimension the highest demand of any task,
 * which tasks demand it and their share of the task hours. A high level for a small share of the hours is where
 * job carving or an adaptation pays off.
 */
export function JobProfileCard({ job }: { job: Job }) {
  const { t } = useTranslation();
  const { profile } = job;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('jobs.profile.rule')}{' '}
        {t('jobs.profile.hours', {
          tasks: formatHours(profile.taskHoursPerWeek),
          job: formatHours(profile.jobHoursPerWeek),
        })}
      </Text>
      {profile.dimensions.length === 0 ? (
        <EmptyState>
          {job.tasks.length === 0 ? t('jobs.profile.noTasks') : t('jobs.profile.noDemands')}
        </EmptyState>
      ) : (
        <>
          {DIMENSION_GROUPS.filter((group) => profile.dimensions.some((d) => d.group === group)).map(
            (group) => (
              <Paper key={group} withBorder p="sm" component="section" aria-labelledby={`profile-${group}`}>
                <Title order={3} size="h5" mb="xs" id={`profile-${group}`}>
                  {t(`capabilities.groups.${group}`)}
                </Title>
                <Table.ScrollContainer minWidth={720}>
                  <Table aria-label={t(`capabilities.groups.${group}`)} verticalSpacing={6}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('capabilities.dimension')}</Table.Th>
                        <Table.Th>{t('jobs.profile.level')}</Table.Th>
                        <Table.Th>{t('jobs.profile.shareHeader')}</Table.Th>
                        <Table.Th>{t('jobs.profile.demandedBy')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {profile.dimensions
                        .filter((d) => d.group === group)
                        .map((d) => (
                          <DimensionRow key={d.dimension} d={d} />
                        ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            ),
          )}
          {DIMENSION_GROUPS.some((group) => !profile.dimensions.some((d) => d.group === group)) && (
            <Text size="sm" c="dimmed">
              {t('jobs.profile.nothingIn', {
                groups: DIMENSION_GROUPS.filter((group) => !profile.dimensions.some((d) => d.group === group))
                  .map((group) => t(`capabilities.groups.${group}`))
                  .join(', '),
              })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
