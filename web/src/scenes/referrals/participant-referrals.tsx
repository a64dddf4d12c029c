import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Page, Referral } from '../../api/types';
import { formatDate } from '../../components/format';
import { QueryView } from '../../components/page';
import { ReferralStatusBadge, WaitingDays } from './referral-status';

/** The referrals of one participant (every one the user's organisations may see), newest first. */
export function ParticipantReferrals({
  participantId,
  onRefer,
}: {
  participantId: string;
  onRefer?: () => void;
}) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['referrals', { participantId }],
    queryFn: () =>
      api.get<Page<Referral>>('/referrals', { participantId, box: 'all', sort: 'newest', pageSize: 100 }),
  });
  return (
    <Stack>
      {onRefer && (
        <Group justify="flex-end">
          <Button leftSection={<IconSend size={16} />} onClick={onRefer}>
            {t('referrals.participantSection.refer')}
          </Button>
        </Group>
      )}
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{t('referrals.participantSection.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped aria-label={t('referrals.participantSection.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('referrals.referredOn')}</Table.Th>
                    <Table.Th>{t('referrals.channel')}</Table.Th>
                    <Table.Th>{t('referrals.referrer')}</Table.Th>
                    <Table.Th>{t('referrals.target')}</Table.Th>
                    <Table.Th>{t('referrals.measure')}</Table.Th>
                    <Table.Th>{t('referrals.waiting')}</Table.Th>
                    <Table.Th>{t('referrals.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/referrals/${r.id}`}>
                          {formatDate(r.referredOn)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`referrals.channels.${r.channel}`)}</Table.Td>
                      <Table.Td>{r.referrerOrganisation?.name ?? r.referrerName ?? '—'}</Table.Td>
                      <Table.Td>{r.targetOrganisation.name}</Table.Td>
                      <Table.Td>{t(`measures.${r.measure}`)}</Table.Td>
                      <Table.Td>
                        <WaitingDays referral={r} />
                      </Table.Td>
                      <Table.Td>
                        <ReferralStatusBadge status={r.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
    </Stack>
  );
}
