import { Badge, Button, Group, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { IndicationItem, Page } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { IndicationCreateDialog } from './indication-create-dialog';
import { INDICATION_BOXES, INDICATION_STATUS_COLOR } from './indication-labels';

const STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;

/** Work lists of indications: the validators' queue, the consultant's own and their cell's. No health data. */
export function IndicationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { params, update, page } = useFilters();
  const isValidator = can('indication.validate');
  const isConsultant = can('indication.write');
  const boxes = INDICATION_BOXES.filter((b) =>
    b === 'review' ? isValidator : b === 'all' ? true : isConsultant,
  );
  const box = params.get('box') ?? boxes[0] ?? 'all';
  const status = params.get('status');
  const [creating, setCreating] = useState(false);
  const query = useQuery({
    queryKey: ['indications', { box, status, page }],
    queryFn: () => api.get<Page<IndicationItem>>('/indications', { box, status, page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('indications.title')}
        description={t('indications.description')}
        actions={
          isConsultant && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('indications.new')}
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end">
        <SegmentedControl
          aria-label={t('indications.title')}
          value={box}
          onChange={(v) => update({ box: v })}
          data={boxes.map((b) => ({ value: b, label: t(`indications.boxes.${b}`) }))}
        />
        {box !== 'review' && (
          <Select
            label={t('indications.status')}
            clearable
            value={status}
            onChange={(v) => update({ status: v })}
            data={STATUSES.map((s) => ({ value: s, label: t(`indications.statuses.${s}`) }))}
          />
        )}
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('indications.none')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover aria-label={t(`indications.boxes.${box}`)}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('indications.participant')}</Table.Th>
                      <Table.Th>{t('indications.channel')}</Table.Th>
                      <Table.Th>{t('indications.consultant')}</Table.Th>
                      <Table.Th>{t('indications.status')}</Table.Th>
                      <Table.Th>{t('indications.items')}</Table.Th>
                      <Table.Th>{t('indications.startedAt')}</Table.Th>
                      <Table.Th>{t('indications.submittedAt')}</Table.Th>
                      <Table.Th>{t('indications.validUntil')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>
                          <Link to={`/indications/${i.id}`}>
                            {i.participant.lastName}, {i.participant.firstName}
                          </Link>
                        </Table.Td>
                        <Table.Td>{t(`indications.channels.${i.channel}`)}</Table.Td>
                        <Table.Td>{i.consultant.name}</Table.Td>
                        <Table.Td>
                          <Badge color={INDICATION_STATUS_COLOR[i.status]}>
                            {t(`indications.statuses.${i.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{i.itemCount}</Table.Td>
                        <Table.Td>{formatDate(i.startedAt)}</Table.Td>
                        <Table.Td>
                          {formatDate(i.submittedAt)}
                          {i.daysWaitingForValidation !== null && (
                            <Text size="xs" c={i.daysWaitingForValidation > 14 ? 'red.9' : 'dimmed'}>
                              {t('indications.waitingDays', { count: i.daysWaitingForValidation })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {formatDate(i.validUntil)}
                          {i.isExpired && (
                            <Badge color="red" variant="light" ml="xs">
                              {t('indications.expired')}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={(p) => update({ page: String(p) })}
              />
            </>
          )
        }
      </QueryView>
      <IndicationCreateDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
