import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Duplicate, DuplicateRecord } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, PageHeader, QueryView } from '../../components/page';
import { ParticipantMergeDialog } from './participant-merge-dialog';

function Side({ letter, record }: { letter: string; record: DuplicateRecord }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Badge color="gray" variant="outline" w="fit-content">
        {t('duplicates.record', { letter })}
      </Badge>
      <Anchor component={Link} to={`/participants/${record.id}`} fw={600}>
        {record.firstName} {record.lastName}
      </Anchor>
      <Text size="sm">
        {formatDate(record.birthDate)} · {record.nationalNumberMasked}
      </Text>
      <Text size="sm" c="dimmed">
        {record.organisation?.name ?? '—'}
      </Text>
    </Stack>
  );
}

/** Likely duplicate registrations (same name and birth date) side by side, to check and merge. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const [merging, setMerging] = useState<Duplicate | null>(null);
  const query = useQuery({
    queryKey: ['participants', 'duplicates'],
    queryFn: () => api.get<Duplicate[]>('/participants/duplicates'),
  });
  return (
    <>
      <PageHeader title={t('duplicates.title')} description={t('duplicates.description')} />
      <QueryView query={query}>
        {(pairs) =>
          pairs.length === 0 ? (
            <EmptyState>{t('duplicates.empty')}</EmptyState>
          ) : (
            <Stack>
              {pairs.map((pair) => {
                const label = t('duplicates.pair', { name: `${pair.a.firstName} ${pair.a.lastName}` });
                return (
                  <Card key={`${pair.a.id}-${pair.b.id}`} withBorder component="section" aria-label={label}>
                    <Group justify="space-between" mb="sm">
                      <Title order={2} size="h5">
                        {label}
                      </Title>
                      <Button
                        size="xs"
                        leftSection={<IconGitMerge size={14} />}
                        aria-label={`${t('duplicates.merge')}: ${label}`}
                        onClick={() => setMerging(pair)}
                      >
                        {t('duplicates.merge')}
                      </Button>
                    </Group>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <Side letter="A" record={pair.a} />
                      <Side letter="B" record={pair.b} />
                    </SimpleGrid>
                  </Card>
                );
              })}
            </Stack>
          )
        }
      </QueryView>
      <ParticipantMergeDialog
        key={merging ? `${merging.a.id}${merging.b.id}` : 'none'}
        pair={merging}
        onClose={() => setMerging(null)}
      />
    </>
  );
}
