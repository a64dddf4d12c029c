import { Alert, Anchor, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useCan } from '../../api/session';
import type { Job, ProposalStatus, TopPersons } from '../../api/types';
import { EmptyState, QueryView } from '../../components/page';
import { ProposalCreateDialog, type ProposalTarget } from '../proposals/proposal-create-dialog';
import { ProposalStatusBadge } from '../proposals/proposal-status';
import { MatchExplanation, MatchScore } from './match-explanation';

/**
 * The best people in the network pool for one job (GET /matching/jobs/:id/participants), each with score,
 * organisation, waiting time and why, and the way to propose them. For the job page of users with
 * matching.read; the comparison per dimension shows only for people whose consent allows it.
 */
export function JobCandidatesSection({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  // The job page has it already (same key): its title and employer name the table and a proposal.
  const job = useQuery({ queryKey: ['jobs', jobId], queryFn: () => api.get<Job>(`/jobs/${jobId}`) });
  const jobTitle = job.data?.title ?? '';
  const employerName = job.data?.employer.name ?? '';
  const [openId, setOpenId] = useState<string | null>(null);
  const [proposing, setProposing] = useState<ProposalTarget | null>(null);
  const query = useQuery({
    queryKey: ['matching', 'job', jobId],
    queryFn: () => api.get<TopPersons>(`/matching/jobs/${jobId}/participants`, { limit: 20 }),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const isNotOpen = query.error instanceof ApiError && query.error.status === 409;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="job-candidates">
      <Title order={2} size="h4" id="job-candidates">
        {t('matching.candidates.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('matching.candidates.intro')}
      </Text>
      {isNotOpen ? (
        <Alert color="gray" role="status">
          {t('matching.candidates.notOpen')}
        </Alert>
      ) : (
        <QueryView query={query}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState>{t('matching.candidates.none')}</EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table
                  aria-label={t('matching.candidates.pageTitle', { job: jobTitle })}
                  verticalSpacing="xs"
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('matching.explanation.score')}</Table.Th>
                      <Table.Th>{t('matching.candidates.participant')}</Table.Th>
                      <Table.Th>{t('matching.candidates.organisation')}</Table.Th>
                      <Table.Th>{t('matching.candidates.municipality')}</Table.Th>
                      <Table.Th>{t('matching.candidates.waiting')}</Table.Th>
                      <Table.Th>{t('matching.tab.state')}</Table.Th>
                      <Table.Th>{t('matching.tab.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((m) => {
                      const name = `${m.participant.firstName} ${m.participant.lastName}`;
                      const isOpen = openId === m.participant.id;
                      const whyId = `candidate-${m.participant.id}`;
                      return (
                        <Fragment key={m.participant.id}>
                          <Table.Tr>
                            <Table.Td>
                              <MatchScore explanation={m.explanation} />
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm" fw={600}>
                                {name}
                              </Text>
                            </Table.Td>
                            <Table.Td>{m.participant.organisation?.name ?? '—'}</Table.Td>
                            <Table.Td>{m.participant.municipality ?? '—'}</Table.Td>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>
                              {t('matching.candidates.waitingDays', { count: m.participant.waitingDays })}
                            </Table.Td>
                            <Table.Td>
                              {m.openProposal ? (
                                <Anchor component={Link} to={`/proposals/${m.openProposal.id}`}>
                                  <ProposalStatusBadge status={m.openProposal.status as ProposalStatus} />
                                </Anchor>
                              ) : (
                                t('matching.tab.notProposed')
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Group gap="xs" wrap="nowrap">
                                <Button
                                  size="xs"
                                  variant="default"
                                  aria-expanded={isOpen}
                                  aria-controls={whyId}
                                  aria-label={t(
                                    isOpen ? 'matching.candidates.hideWhy' : 'matching.candidates.showWhy',
                                    { name },
                                  )}
                                  leftSection={
                                    isOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />
                                  }
                                  onClick={() => setOpenId(isOpen ? null : m.participant.id)}
                                >
                                  {t('matching.tab.why')}
                                </Button>
                                {can('proposal.create') && !m.openProposal && job.data && (
                                  <Button
                                    size="xs"
                                    leftSection={<IconSend size={14} />}
                                    aria-label={t('matching.candidates.proposePerson', { name })}
                                    onClick={() =>
                                      setProposing({
                                        participant: { id: m.participant.id, name },
                                        job: { id: jobId, title: jobTitle, employerName },
                                        explanation: m.explanation,
                                      })
                                    }
                                  >
                                    {t('matching.tab.propose')}
                                  </Button>
                                )}
                              </Group>
                            </Table.Td>
                          </Table.Tr>
                          {isOpen && (
                            <Table.Tr id={whyId}>
                              <Table.Td colSpan={7} bg="gray.0" p="md">
                                <MatchExplanation explanation={m.explanation} idPrefix={whyId} />
                              </Table.Td>
                            </Table.Tr>
                          )}
                        </Fragment>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryView>
      )}
      {proposing && <ProposalCreateDialog opened target={proposing} onClose={() => setProposing(null)} />}
    </Paper>
  );
}
