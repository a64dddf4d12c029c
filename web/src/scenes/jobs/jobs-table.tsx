import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobItem } from '../../api/types';
import { formatHours } from '../../components/format';
import { JobKindBadge, JobStatusBadge } from '../employers/employer-labels';

/** Jobs with their place, kind, status and hours; the employer column is left out on an employer's page. */
export function JobsTable({
  jobs,
  label,
  showEmployer = true,
}: {
  jobs: JobItem[];
  label: string;
  showEmployer?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={showEmployer ? 1000 : 820}>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('jobs.title')}</Table.Th>
            {showEmployer && <Table.Th>{t('jobs.employer')}</Table.Th>}
            <Table.Th>{t('jobs.site')}</Table.Th>
            <Table.Th>{t('jobs.kind')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('jobs.hoursPerWeek')}</Table.Th>
            <Table.Th>{t('jobs.positions')}</Table.Th>
            <Table.Th>{t('jobs.tasksColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((j) => (
            <Table.Tr key={j.id}>
              <Table.Td>
                <Anchor component={Link} to={`/jobs/${j.id}`}>
                  {j.title}
                </Anchor>
                {j.occupation && (
                  <Text size="xs" c="dimmed">
                    {j.occupation.code} {j.occupation.title}
                  </Text>
                )}
              </Table.Td>
              {showEmployer && (
                <Table.Td>
                  <Anchor component={Link} to={`/employers/${j.employer.id}`} size="sm">
                    {j.employer.name}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{j.site.name}</Text>
                {j.site.municipality && (
                  <Text size="xs" c="dimmed">
                    {j.site.municipality.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <JobKindBadge kind={j.kind} />
              </Table.Td>
              <Table.Td>
                <JobStatusBadge status={j.status} />
              </Table.Td>
              <Table.Td>{formatHours(j.hoursPerWeek)}</Table.Td>
              <Table.Td>{j.positions}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('jobs.taskSummary', { count: j.taskCount, hours: formatHours(j.taskHoursPerWeek) })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
