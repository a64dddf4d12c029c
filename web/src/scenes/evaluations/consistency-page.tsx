import { Badge, Box, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ConsistencyReport } from '../../api/types';
import { PageHeader, QueryView, Section } from '../../components/page';
import { useFilters } from '../../components/use-filters';

type ReportGroup = ConsistencyReport['organisations'][number];
const OUTCOMES = ['stay', 'transition', 'imw', 'other_measure', 're_evaluate'] as const;

/**
 * The network's consistency report: per organisation and per evaluator the outcomes, deviations from the rule,
 * lead time and the mean score per criterion; what lies far from the rest of the network is highlighted, groups
 * and cells under five are hidden by the server.
 */
export function ConsistencyPage() {
  const { t } = useTranslation();
  const { params, update } = useFilters();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const query = useQuery({
    queryKey: ['evaluations', 'consistency', { from, to }],
    queryFn: () => api.get<ConsistencyReport>('/evaluations/consistency', { from, to }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('evaluations.consistency.title')}
        description={t('evaluations.consistency.description', { z: 2 })}
      />
      <Group mb="md" gap="sm">
        <TextInput
          type="date"
          label={t('evaluations.consistency.from')}
          value={from ?? ''}
          onChange={(e) => update({ from: e.currentTarget.value || null })}
        />
        <TextInput
          type="date"
          label={t('evaluations.consistency.to')}
          value={to ?? ''}
          onChange={(e) => update({ to: e.currentTarget.value || null })}
        />
      </Group>
      <QueryView query={query}>
        {(r) => (
          <Stack gap="lg">
            <GroupTable
              title={t('evaluations.consistency.organisations')}
              report={r}
              groups={r.organisations}
            />
            <ScoreTable title={t('evaluations.consistency.scores')} report={r} groups={r.organisations} />
            <GroupTable
              title={t('evaluations.consistency.evaluators')}
              report={r}
              groups={r.evaluators}
              showOrganisation
            />
          </Stack>
        )}
      </QueryView>
    </>
  );
}

/** A wide table scrolls sideways in a box keyboard users can focus (and so scroll). */
function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0} data-table={label}>
      <Box miw={900}>{children}</Box>
    </Box>
  );
}

function Cell({
  value,
  isOutlier,
  suffix = '',
}: {
  value: number | null;
  isOutlier?: boolean;
  suffix?: string;
}) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <Text span c="dimmed" size="sm">
        {t('evaluations.consistency.hidden')}
      </Text>
    );
  }
  return isOutlier ? (
    <Badge color="red" variant="light" title={t('evaluations.consistency.outlier')}>
      {value}
      {suffix} ⚑
    </Badge>
  ) : (
    <>
      {value}
      {suffix}
    </>
  );
}

function GroupTable({
  title,
  report,
  groups,
  showOrganisation = false,
}: {
  title: string;
  report: ConsistencyReport;
  groups: ReportGroup[];
  showOrganisation?: boolean;
}) {
  const { t } = useTranslation();
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return (
    <Section title={title}>
      <ScrollBox label={title}>
        <Table striped aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{showOrganisation ? t('evaluations.coach') : t('evaluations.organisation')}</Table.Th>
              {showOrganisation && <Table.Th>{t('evaluations.organisation')}</Table.Th>}
              <Table.Th>{t('evaluations.consistency.decided')}</Table.Th>
              {OUTCOMES.map((o) => (
                <Table.Th key={o}>{t(`evaluations.outcomes.${o}`)}</Table.Th>
              ))}
              <Table.Th>{t('evaluations.consistency.deviationRate')}</Table.Th>
              <Table.Th>{t('evaluations.consistency.leadDays')}</Table.Th>
              <Table.Th>{t('evaluations.consistency.outliers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr fw={600}>
              <Table.Td>{t('evaluations.consistency.network')}</Table.Td>
              {showOrganisation && <Table.Td />}
              <Table.Td>
                <Cell value={report.network.decided} />
              </Table.Td>
              {OUTCOMES.map((o) => (
                <Table.Td key={o}>
                  <Cell value={report.network.outcomes[o] ?? null} />
                </Table.Td>
              ))}
              <Table.Td>
                <Cell value={pct(report.network.deviationRate)} suffix="%" />
              </Table.Td>
              <Table.Td>
                <Cell value={report.network.meanLeadDays} />
              </Table.Td>
              <Table.Td />
            </Table.Tr>
            {groups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>{g.name}</Table.Td>
                {showOrganisation && <Table.Td>{g.organisation}</Table.Td>}
                {g.isSuppressed ? (
                  <Table.Td colSpan={OUTCOMES.length + 4}>
                    <Text size="sm" c="dimmed">
                      {t('evaluations.consistency.suppressed')}
                    </Text>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td>{g.decided}</Table.Td>
                    {OUTCOMES.map((o) => (
                      <Table.Td key={o}>
                        <Cell value={g.outcomes[o] ?? null} />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Cell
                        value={pct(g.deviationRate)}
                        suffix="%"
                        isOutlier={g.outliers.includes('deviation')}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Cell value={g.meanLeadDays} isOutlier={g.outliers.includes('lead_time')} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {g.outliers.map((o) => (
                          <Badge key={o} color="red" variant="light" size="sm">
                            {o === 'deviation' || o === 'lead_time'
                              ? t(`evaluations.consistency.outlierKinds.${o}`)
                              : (report.criteria.find((c) => c.key === o)?.name ?? o)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollBox>
    </Section>
  );
}

function ScoreTable({
  title,
  report,
  groups,
}: {
  title: string;
  report: ConsistencyReport;
  groups: ReportGroup[];
}) {
  const { t } = useTranslation();
  return (
    <Section title={title}>
      <ScrollBox label={title}>
        <Table striped aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluations.organisation')}</Table.Th>
              {report.criteria.map((c) => (
                <Table.Th key={c.key}>{c.name}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr fw={600}>
              <Table.Td>{t('evaluations.consistency.network')}</Table.Td>
              {report.criteria.map((c) => (
                <Table.Td key={c.key}>
                  <Cell value={report.network.criteria[c.key]?.mean ?? null} />
                </Table.Td>
              ))}
            </Table.Tr>
            {groups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>{g.name}</Table.Td>
                {report.criteria.map((c) => {
                  const figures = g.criteria[c.key];
                  return (
                    <Table.Td
                      key={c.key}
                      title={figures?.levels.map((n, i) => `${c.levels[i]}: ${n ?? '–'}`).join(' · ')}
                    >
                      <Cell value={figures?.mean ?? null} isOutlier={g.outliers.includes(c.key)} />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollBox>
    </Section>
  );
}
