import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalStatus } from '../../api/types';

export const PROPOSAL_STATUS_COLOR: Record<ProposalStatus, string> = {
  suggested: 'gray',
  proposed: 'blue',
  interview: 'violet',
  accepted: 'green',
  declined: 'red',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return <Badge color={PROPOSAL_STATUS_COLOR[status]}>{t(`proposals.statuses.${status}`)}</Badge>;
}
