import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AftercareContact, Trajectory } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState } from '../../components/page';
import { AftercareRecordDialog } from './aftercare-record-dialog';

/** Aftercare contacts scheduled from the placement: due, done (with how it goes) or still to come. */
export function AftercareSection({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<AftercareContact | null>(null);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="aftercare">
      <Title order={2} size="h4" id="aftercare" mb="xs">
        {t('trajectories.aftercare.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {trajectory.placedOn
          ? t('trajectories.aftercare.help', { date: formatDate(trajectory.placedOn) })
          : t('trajectories.aftercare.notPlaced')}
      </Text>
      {trajectory.aftercare.length === 0 ? (
        trajectory.placedOn && <EmptyState>{t('trajectories.aftercare.empty')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('trajectories.aftercare.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trajectories.aftercare.when')}</Table.Th>
                <Table.Th>{t('trajectories.aftercare.dueOn')}</Table.Th>
                <Table.Th>{t('trajectories.aftercare.state')}</Table.Th>
                <Table.Th>{t('trajectories.aftercare.stillEmployed')}</Table.Th>
                <Table.Th>{t('trajectories.aftercare.howItGoes')}</Table.Th>
                <Table.Th>{t('trajectories.aftercare.supportNeeded')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trajectory.aftercare.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{t('trajectories.aftercare.monthsAfter', { count: c.monthsAfter })}</Table.Td>
                  <Table.Td>{formatDate(c.dueOn)}</Table.Td>
                  <Table.Td>
                    {c.contactedOn ? (
                      <Badge color="green" variant="light">
                        {t('trajectories.aftercare.done', { date: formatDate(c.contactedOn) })}
                      </Badge>
                    ) : c.isDue ? (
                      <Badge color="orange">{t('trajectories.aftercare.due')}</Badge>
                    ) : (
                      <Badge color="gray" variant="outline">
                        {t('trajectories.aftercare.later')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {c.isStillEmployed === null
                      ? '—'
                      : t(c.isStillEmployed ? 'trajectories.yes' : 'trajectories.no')}
                  </Table.Td>
                  <Table.Td>
                    {c.howItGoes === null ? '—' : t(`trajectories.aftercare.scale.${c.howItGoes}`)}
                    {c.howItGoesText && (
                      <Text size="xs" c="dimmed">
                        {c.howItGoesText}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.supportNeeded ?? '—'}</Table.Td>
                  <Table.Td>
                    {trajectory.abilities.recordAftercare && !c.contactedOn && (
                      <Button
                        size="xs"
                        variant={c.isDue ? 'filled' : 'default'}
                        onClick={() => setRecording(c)}
                        aria-label={t('trajectories.aftercare.recordNamed', { count: c.monthsAfter })}
                      >
                        {t('trajectories.aftercare.record')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {recording && (
        <AftercareRecordDialog
          key={`${recording.id}-${recording.version}`}
          trajectoryId={trajectory.id}
          contact={recording}
          opened
          onClose={() => setRecording(null)}
        />
      )}
    </Paper>
  );
}
