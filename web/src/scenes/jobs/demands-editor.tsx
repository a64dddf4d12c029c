import { Accordion, Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEMAND_LEVELS, DIMENSION_GROUPS, useDimensions } from '../../components/dimensions';
import { QueryView } from '../../components/page';

/**
 * A task's demand profile on the matching dimensions: per dimension a level 0–4 with the catalogue's anchor words
 * (0 not required … 4 very high), grouped as the capability profile is, so both sides read alike. Only levels
 * above 0 are demands.
 */
export function DemandsEditor({
  value,
  onChange,
  error,
}: {
  value: Record<string, number>;
  onChange: (value: Record<string, number>) => void;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const query = useDimensions();
  return (
    <QueryView query={query}>
      {(catalogue) => {
        const anchors = catalogue.levels.demand;
        return (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('jobs.tasks.demands')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('jobs.tasks.demandsHelp')}
            </Text>
            {error && (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {error}
              </Text>
            )}
            <Accordion multiple defaultValue={['physical']} variant="separated">
              {DIMENSION_GROUPS.map((group) => {
                const dimensions = catalogue.dimensions.filter((d) => d.group === group);
                const demanded = dimensions.filter((d) => (value[d.key] ?? 0) > 0).length;
                return (
                  <Accordion.Item key={group} value={group}>
                    <Accordion.Control>
                      <Group gap="xs">
                        <Text fw={600} size="sm">
                          {t(`capabilities.groups.${group}`)}
                        </Text>
                        {demanded > 0 && (
                          <Badge color="blue">{t('jobs.tasks.demandedCount', { count: demanded })}</Badge>
                        )}
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Stack gap={6}>
                        {dimensions.map((d) => (
                          <Group key={d.key} justify="space-between" wrap="wrap" gap="xs">
                            <Text size="sm" id={`dim-${d.key}`}>
                              {d.label}
                            </Text>
                            <SegmentedControl
                              size="xs"
                              aria-labelledby={`dim-${d.key}`}
                              value={String(value[d.key] ?? 0)}
                              onChange={(level) => {
                                const next = { ...value };
                                if (level === '0') {
                                  delete next[d.key];
                                } else {
                                  next[d.key] = Number(level);
                                }
                                onChange(next);
                              }}
                              data={DEMAND_LEVELS.map((level) => ({
                                value: String(level),
                                label: `${level} ${anchors[level] ?? ''}`.trim(),
                              }))}
                            />
                          </Group>
                        ))}
                      </Stack>
                    </Accordion.Panel>
                  </Accordion.Item>
                );
              })}
            </Accordion>
          </Stack>
        );
      }}
    </QueryView>
  );
}
