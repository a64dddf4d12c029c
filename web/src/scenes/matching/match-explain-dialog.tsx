import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconSend, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { MatchPair, ProposalStatus } from '../../api/types';
import { QueryView } from '../../components/page';
import { ProposalCreateDialog } from '../proposals/proposal-create-dialog';
import { ProposalStatusBadge } from '../proposals/proposal-status';
import { formatNumber } from './explanation-text';
import { MatchExplanation, MatchScore } from './match-explanation';

/** Exclusions no motivation can lift: the proposal would be refused whatever the coach writes. */
const LIVE_EXCLUSIONS = ['no_pool_consent', 'not_in_pool', 'job_not_open', 'declined_before', 'no_location'];

export function useMatchPair(participantId: string | null, jobId: string | null) {
  return useQuery({
    queryKey: ['matching', 'explain', participantId, jobId],
    queryFn: () => api.get<MatchPair>('/matching/explain', { participantId, jobId }),
    enabled: !!participantId && !!jobId,
  });
}

/**
 * "Why" or "why not" one person for one job (GET /matching/explain), with every part and exclusion, and the way
 * to propose the pair (with a motivation when a constraint excludes it, never when consent or the job is missing).
 */
export function MatchExplainDialog({
  participantId,
  jobId,
  onClose,
  isProposable = true,
}: {
  participantId: string | null;
  jobId: string | null;
  onClose: () => void;
  /** Off where proposals are made otherwise (a network-wide run is published as a whole). */
  isProposable?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const query = useMatchPair(participantId, jobId);
  const [proposing, setProposing] = useState(false);
  const pair = query.data;
  const title = pair
    ? t('matching.explain.title', {
        participant: `${pair.participant.firstName} ${pair.participant.lastName}`,
        job: pair.job.title,
      })
    : t('common.loading');
  return (
    <>
      <Modal opened={!!participantId && !!jobId && !proposing} onClose={onClose} title={title} size="xl">
        <QueryView query={query}>
          {(p) => {
            const canPropose =
              isProposable &&
              can('proposal.create') &&
              !p.openProposal &&
              !p.explanation.excluded.some((r) => LIVE_EXCLUSIONS.includes(r));
            return (
              <Stack>
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text size="sm">
                      {t('matching.explain.job', {
                        employer: p.job.employer.name,
                        place: p.job.municipality ?? '—',
                        hours: formatNumber(p.job.hoursPerWeek, i18n.language),
                      })}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t(`jobs.kinds.${p.job.kind}`)}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    <MatchScore explanation={p.explanation} />
                    {p.openProposal && (
                      <Anchor component={Link} to={`/proposals/${p.openProposal.id}`} onClick={onClose}>
                        <ProposalStatusBadge status={p.openProposal.status as ProposalStatus} />
                      </Anchor>
                    )}
                  </Group>
                </Group>
                <MatchExplanation explanation={p.explanation} kind={p.job.kind} idPrefix="explain" />
                <Group justify="flex-end">
                  {can('matching.read') && (
                    <Button
                      component={Link}
                      to={`/jobs/${p.job.id}?tab=candidates`}
                      variant="default"
                      leftSection={<IconUsers size={16} />}
                      onClick={onClose}
                    >
                      {t('matching.explain.otherCandidates')}
                    </Button>
                  )}
                  {canPropose && (
                    <Button leftSection={<IconSend size={16} />} onClick={() => setProposing(true)}>
                      {t('matching.tab.propose')}
                    </Button>
                  )}
                </Group>
              </Stack>
            );
          }}
        </QueryView>
      </Modal>
      {pair && proposing && (
        <ProposalCreateDialog
          opened
          onClose={() => setProposing(false)}
          target={{
            participant: {
              id: pair.participant.id,
              name: `${pair.participant.firstName} ${pair.participant.lastName}`,
            },
            job: { id: pair.job.id, title: pair.job.title, employerName: pair.job.employer.name },
            explanation: pair.explanation,
          }}
        />
      )}
    </>
  );
}
