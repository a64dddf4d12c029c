import { Badge, Button, Group, List, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { SupportBudget } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/format';
import { EmptyState, QueryView } from '../../components/page';
import i18n from '../../i18n';
import { BudgetMoveDialog, BudgetPeriodDialog } from './budget-move-dialog';
import { formatRange } from './trajectory-status';
import { trajectoryKey } from './use-trajectory-action';

/** Hours in the UI language's notation: 1,5 (nl-BE) or 1.5 (en). */
export function formatHours(hours: number): string {
  return hours.toLocaleString(i18n.language || 'nl-BE', { maximumFractionDigits: 1 });
}

/** The support budget: per period the planned hours (after moves) against the hours used, and the moves made. */
export function BudgetSection({ trajectoryId, canManage }: { trajectoryId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'move' | 'period' | null>(null);
  const query = useQuery({
    queryKey: [...trajectoryKey(trajectoryId), 'budget'],
    queryFn: () => api.get<SupportBudget>(`/trajectories/${trajectoryId}/budget`),
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="support-budget">
      <QueryView query={query}>
        {(budget) => (
          <>
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4" id="support-budget">
                {t('trajectories.budget.title')}
              </Title>
              {canManage && (
                <Group gap="xs">
                  <Button
                    variant="default"
                    leftSection={<IconPlus size={16} />}
                    onClick={() => setDialog('period')}
                  >
                    {t('trajectories.budget.addPeriod')}
                  </Button>
                  {budget.periods.length > 1 && (
                    <Button
                      variant="light"
                      leftSection={<IconArrowsExchange size={16} />}
                      onClick={() => setDialog('move')}
                    >
                      {t('trajectories.budget.move')}
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            <Text size="sm" mb="md">
              {t('trajectories.budget.totals', {
                used: formatHours(budget.totals.usedHours),
                planned: formatHours(budget.totals.plannedHours),
              })}
            </Text>
            {budget.periods.length === 0 ? (
              <EmptyState>{t('trajectories.budget.empty')}</EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table aria-label={t('trajectories.budget.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('trajectories.budget.period')}</Table.Th>
                      <Table.Th ta="right">{t('trajectories.budget.planned')}</Table.Th>
                      <Table.Th ta="right">{t('trajectories.budget.used')}</Table.Th>
                      <Table.Th ta="right">{t('trajectories.budget.remaining')}</Table.Th>
                      <Table.Th w="30%">{t('trajectories.budget.usedVsPlanned')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {budget.periods.map((p) => {
                      const share = p.plannedHours > 0 ? (p.usedHours / p.plannedHours) * 100 : 0;
                      const over = p.usedHours > p.plannedHours;
                      return (
                        <Table.Tr key={p.id} fw={p.isCurrent ? 700 : undefined}>
                          <Table.Td>
                            <Group gap="xs">
                              {formatRange(p.startsOn, p.endsOn)}
                              {p.isCurrent && (
                                <Badge size="sm" variant="light">
                                  {t('trajectories.budget.current')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                          <Table.Td ta="right">
                            {formatHours(p.plannedHours)}
                            {p.plannedHours !== p.initialHours && (
                              <Text size="xs" c="dimmed">
                                {t('trajectories.budget.initially', { hours: formatHours(p.initialHours) })}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td ta="right">{formatHours(p.usedHours)}</Table.Td>
                          <Table.Td ta="right" c={p.remainingHours < 0 ? 'red.9' : undefined}>
                            {formatHours(p.remainingHours)}
                          </Table.Td>
                          <Table.Td>
                            <Progress
                              value={Math.min(share, 100)}
                              color={over ? 'red.8' : 'blue.8'}
                              aria-label={t('trajectories.budget.progress', {
                                used: formatHours(p.usedHours),
                                planned: formatHours(p.plannedHours),
                              })}
                            />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {budget.moves.length > 0 && (
              <>
                <Title order={3} size="h5" mt="md" mb="xs">
                  {t('trajectories.budget.moves')}
                </Title>
                <List size="sm" spacing={4}>
                  {budget.moves.map((m) => {
                    const from = budget.periods.find((p) => p.id === m.fromPeriodId);
                    const to = budget.periods.find((p) => p.id === m.toPeriodId);
                    return (
                      <List.Item key={m.id}>
                        {t('trajectories.budget.moveLine', {
                          hours: formatHours(m.hours),
                          from: formatDate(from?.startsOn),
                          to: formatDate(to?.startsOn),
                          reason: m.reason,
                          by: m.by,
                          at: formatDateTime(m.at),
                        })}
                      </List.Item>
                    );
                  })}
                </List>
              </>
            )}
            {canManage && (
              <>
                <BudgetMoveDialog
                  key={`m${budget.version}`}
                  trajectoryId={trajectoryId}
                  budget={budget}
                  opened={dialog === 'move'}
                  onClose={() => setDialog(null)}
                />
                <BudgetPeriodDialog
                  key={`p${budget.version}`}
                  trajectoryId={trajectoryId}
                  budget={budget}
                  opened={dialog === 'period'}
                  onClose={() => setDialog(null)}
                />
              </>
            )}
          </>
        )}
      </QueryView>
    </Paper>
  );
}
