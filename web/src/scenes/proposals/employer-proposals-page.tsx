import { Anchor, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Page, Proposal } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';
import { useFilters } from '../../components/use-filters';
import { formatNumber } from '../matching/explanation-text';
import { ProposalStatusBadge } from './proposal-status';

/**
 * The employer contact's proposals: candidates sent for their jobs with the participant's consent, with place,
 * Dutch level, wanted hours, status and interview date; no score or profile. Read-only: they answer through the
 * account manager named on each proposal.
 */
export function EmployerProposalsPage() {
  const { t, i18n } = useTranslation();
  const { update, page } = useFilters();
  const query = useQuery({
    queryKey: ['proposals', { employerContact: true, page }],
    queryFn: () => api.get<Page<Proposal>>('/proposals', { page, pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader title={t('employerProposals.title')} description={t('employerProposals.description')} />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('employerProposals.empty')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={980}>
                <Table striped aria-label={t('employerProposals.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('employerProposals.candidate')}</Table.Th>
                      <Table.Th>{t('employerProposals.job')}</Table.Th>
                      <Table.Th>{t('employerProposals.livesIn')}</Table.Th>
                      <Table.Th>{t('employerProposals.dutch')}</Table.Th>
                      <Table.Th>{t('employerProposals.hours')}</Table.Th>
                      <Table.Th>{t('employerProposals.status')}</Table.Th>
                      <Table.Th>{t('employerProposals.interview')}</Table.Th>
                      <Table.Th>{t('employerProposals.accountManager')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/proposals/${p.id}`}>
                            {p.participant.firstName} {p.participant.lastName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{p.job.title}</Table.Td>
                        <Table.Td>{p.participant.municipality ?? '—'}</Table.Td>
                        <Table.Td>{p.participant.dutchLevel ?? '—'}</Table.Td>
                        <Table.Td>
                          {p.participant.hoursPerWeek
                            ? t('employerProposals.hoursValue', {
                                hours: formatNumber(p.participant.hoursPerWeek, i18n.language),
                              })
                            : '—'}
                        </Table.Td>
                        <Table.Td>
                          <ProposalStatusBadge status={p.status} />
                        </Table.Td>
                        <Table.Td>{p.interviewOn ? formatDate(p.interviewOn) : '—'}</Table.Td>
                        <Table.Td>
                          {p.accountManager ? (
                            <>
                              <Text size="sm">{p.accountManager.name}</Text>
                              <Anchor
                                size="sm"
                                href={`mailto:${p.accountManager.email}`}
                                style={{ overflowWrap: 'anywhere' }}
                              >
                                {p.accountManager.email}
                              </Anchor>
                            </>
                          ) : (
                            '—'
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
    </>
  );
}
