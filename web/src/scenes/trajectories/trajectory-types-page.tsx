import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryType } from '../../api/types';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { Field } from '../participants/participant-record';
import { TrajectoryTypeDialog } from './trajectory-type-dialog';
import { useTrajectoryTypes } from './use-trajectory-types';

/**
 * The network's trajectory types (network admins): phases with their default terms, the whole term, who takes
 * part, which outcomes count as success, aftercare months and the support budget. An edit makes a new version;
 * running trajectories keep the phases they were opened with.
 */
export function TrajectoryTypesPage() {
  const { t } = useTranslation();
  const query = useTrajectoryTypes(true);
  const [editing, setEditing] = useState<TrajectoryType | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('trajectoryTypes.title')}
        description={t('trajectoryTypes.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('trajectoryTypes.new')}
          </Button>
        }
      />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('trajectoryTypes.empty')}</EmptyState>
          ) : (
            <Stack>
              {data.items.map((type) => (
                <Paper
                  key={type.id}
                  withBorder
                  p="lg"
                  component="section"
                  aria-labelledby={`type-${type.id}`}
                >
                  <Group justify="space-between" mb="sm">
                    <Group gap="sm">
                      <Title order={2} size="h4" id={`type-${type.id}`}>
                        {type.name}
                      </Title>
                      <Badge variant="light">{t(`measures.${type.measure}`)}</Badge>
                      {!type.isActive && <Badge color="gray">{t('common.inactive')}</Badge>}
                      <Text size="xs" c="dimmed">
                        {t('trajectoryTypes.version', { version: type.version })}
                      </Text>
                    </Group>
                    {type.abilities.update && (
                      <Button
                        variant="default"
                        size="xs"
                        leftSection={<IconEdit size={14} />}
                        onClick={() => setEditing(type)}
                        aria-label={t('trajectoryTypes.editNamed', { name: type.name })}
                      >
                        {t('trajectoryTypes.edit')}
                      </Button>
                    )}
                  </Group>
                  <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
                    <Field label={t('trajectoryTypes.phases')}>
                      <List size="sm" type="ordered">
                        {type.phases.map((p) => (
                          <List.Item key={p.key}>
                            {t('trajectoryTypes.phaseLine', { name: p.name, days: p.defaultTermDays })}
                          </List.Item>
                        ))}
                      </List>
                      <Text size="sm" mt={4}>
                        {t('trajectoryTypes.totalTerm', { days: type.totalTermDays })}
                      </Text>
                    </Field>
                    <Stack gap="sm">
                      <Field label={t('trajectoryTypes.roles')}>
                        {type.participatingRoles.map((r) => t(`roles.${r}`)).join(', ')}
                      </Field>
                      <Field label={t('trajectoryTypes.successOutcomes')}>
                        {type.successOutcomes.map((o) => t(`trajectories.outcomes.${o}`)).join(', ')}
                      </Field>
                    </Stack>
                    <Stack gap="sm">
                      <Field label={t('trajectoryTypes.aftercareMonths')}>
                        {type.aftercareMonths.length > 0
                          ? type.aftercareMonths.map((m) => `+${m}`).join(', ')
                          : t('trajectoryTypes.noAftercare')}
                      </Field>
                      <Field label={t('trajectoryTypes.budget')}>
                        {t('trajectoryTypes.budgetValue', {
                          hours: type.budgetHoursPerPeriod,
                          count: type.budgetPeriodMonths,
                        })}
                      </Field>
                    </Stack>
                  </SimpleGrid>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryView>
      {editing && (
        <TrajectoryTypeDialog
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          type={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
