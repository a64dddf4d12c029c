import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartBar, IconPlus, IconTemplate } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { EvaluationListItem, Page } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { EvaluationCreateDialog } from './evaluation-create-dialog';
import { EvaluationStatusBadge } from './evaluation-status';

const STATES = ['open', 'overdue', 'due', 'in_progress', 'awaiting_sign_off', 'decided', 'all'] as const;
const VIEWS = ['mine', 'organisation'] as const;

/**
 * The evaluations of the user's organisation (or their own as coach): what falls due, what is overdue, what is
 * under way, what waits for sign-off and what was decided. Filters live in the URL, so "my work" links here.
 */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { params, update, page } = useFilters();
  const [creating, { open, close }] = useDisclosure(false);
  const view = (VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? params.get('view')!
    : 'organisation';
  const state = (STATES as readonly string[]).includes(params.get('state') ?? '')
    ? params.get('state')!
    : 'open';
  const query = useQuery({
    queryKey: ['evaluations', { view, state, page }],
    queryFn: () => api.get<Page<EvaluationListItem>>('/evaluations', { view, state, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('evaluations.title')}
        description={t('evaluations.description')}
        actions={
          <>
            {can('evaluation.report') && (
              <Button
                component={Link}
                to="/evaluations/consistency"
                variant="default"
                leftSection={<IconChartBar size={16} />}
              >
                {t('nav.evaluationConsistency')}
              </Button>
            )}
            {can('evaluation.write') && (
              <Button leftSection={<IconPlus size={16} />} onClick={open}>
                {t('evaluations.newEvaluation')}
              </Button>
            )}
            {can('evaluation_template.read') && (
              <Button
                component={Link}
                to="/evaluations/templates"
                variant="default"
                leftSection={<IconTemplate size={16} />}
              >
                {t('nav.evaluationTemplates')}
              </Button>
            )}
          </>
        }
      />
      <EvaluationCreateDialog opened={creating} onClose={close} />
      <Stack gap="sm" mb="md">
        <SegmentedControl
          aria-label={t('evaluations.views.organisation')}
          w="fit-content"
          value={view}
          onChange={(v) => update({ view: v === 'organisation' ? null : v })}
          data={VIEWS.map((v) => ({ value: v, label: t(`evaluations.views.${v}`) }))}
        />
        <SegmentedControl
          aria-label={t('evaluations.status')}
          w="fit-content"
          value={state}
          onChange={(v) => update({ state: v === 'open' ? null : v })}
          data={STATES.map((s) => ({ value: s, label: t(`evaluations.states.${s}`) }))}
        />
      </Stack>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('evaluations.none')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover aria-label={t('evaluations.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('evaluations.participant')}</Table.Th>
                      <Table.Th>{t('evaluations.organisation')}</Table.Th>
                      <Table.Th>{t('evaluations.coach')}</Table.Th>
                      <Table.Th>{t('evaluations.measure')}</Table.Th>
                      <Table.Th>{t('evaluations.reason')}</Table.Th>
                      <Table.Th>{t('evaluations.dueOn')}</Table.Th>
                      <Table.Th>{t('evaluations.status')}</Table.Th>
                      <Table.Th>{t('evaluations.outcome')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/evaluations/${e.id}`}>
                            {e.participant.firstName} {e.participant.lastName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{e.organisation.name}</Table.Td>
                        <Table.Td>{e.coach?.name ?? '—'}</Table.Td>
                        <Table.Td>{t(`evaluations.measures.${e.measure}`)}</Table.Td>
                        <Table.Td>{t(`evaluations.reasons.${e.reason}`)}</Table.Td>
                        <Table.Td>{formatDate(e.dueOn)}</Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <EvaluationStatusBadge status={e.status} isOverdue={e.isOverdue} />
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          {e.outcome ? <Text size="sm">{t(`evaluations.outcomes.${e.outcome}`)}</Text> : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager
                page={page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={(p) => update({ page: String(p) })}
              />
            </>
          )
        }
      </QueryView>
    </>
  );
}
