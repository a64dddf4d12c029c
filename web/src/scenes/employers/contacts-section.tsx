import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_CHANNELS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { EmployerContact, EmployerDetail, Page } from '../../api/types';
import { formatDate } from '../../components/format';
import { EmptyState, Pager, QueryView, Section } from '../../components/page';

/**
 * The employer's contact timeline, newest first, as every network organisation sees it: who contacted the
 * employer, how, what was said and the next step. Contacts logged without coordination are marked.
 */
export function ContactsSection({ employer: e, onLog }: { employer: EmployerDetail; onLog: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [channel, setChannel] = useState<string | null>(null);
  const [onlyUncoordinated, setOnlyUncoordinated] = useState(false);
  const filters = { channel, isUncoordinated: onlyUncoordinated ? 'true' : null };
  const query = useQuery({
    queryKey: ['employers', e.id, 'contacts', { ...filters, page }],
    queryFn: () =>
      api.get<Page<EmployerContact>>(`/employers/${e.id}/contacts`, { ...filters, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  return (
    <Section
      title={t('employerDesk.tabs.contacts')}
      actions={
        e.abilities.logContact && (
          <Button leftSection={<IconMessagePlus size={16} />} onClick={onLog}>
            {t('employerDesk.contacts.log')}
          </Button>
        )
      }
    >
      <Group mb="md" align="flex-end" gap="sm">
        <Select
          label={t('employerDesk.contacts.channel')}
          clearable
          value={channel}
          onChange={(v) => {
            setChannel(v);
            setPage(1);
          }}
          data={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`employerDesk.contacts.channels.${c}`) }))}
          w={200}
        />
        <Checkbox
          label={t('employerDesk.contacts.onlyUncoordinated')}
          checked={onlyUncoordinated}
          onChange={(event) => {
            setOnlyUncoordinated(event.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('employerDesk.contacts.empty')}</EmptyState>
          ) : (
            <>
              <Stack
                component="ol"
                className="plain-list"
                gap="sm"
                aria-label={t('employerDesk.tabs.contacts')}
              >
                {data.items.map((c) => (
                  <li key={c.id}>
                    <ContactItem contact={c} />
                  </li>
                ))}
              </Stack>
              <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryView>
    </Section>
  );
}

function ContactItem({ contact: c }: { contact: EmployerContact }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="sm"
      style={c.isUncoordinated ? { borderLeft: '4px solid var(--mantine-color-orange-8)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {formatDate(c.contactedOn)} · {t(`employerDesk.contacts.channels.${c.channel}`)} ·{' '}
            {c.organisation.name}
          </Text>
          <Text size="xs" c="dimmed">
            {c.contactPerson
              ? t('employerDesk.contacts.byWith', { user: c.user.name, person: c.contactPerson.name })
              : t('employerDesk.contacts.by', { user: c.user.name })}
          </Text>
        </Stack>
        {c.isUncoordinated && <Badge color="orange">{t('employerDesk.contacts.uncoordinated')}</Badge>}
      </Group>
      <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
        {c.summary}
      </Text>
      {c.nextStep && (
        <Text size="sm" mt="xs">
          <Text span fw={600}>
            {t('employerDesk.contacts.nextStep')}:
          </Text>{' '}
          {c.nextStep}
          {c.nextStepDueOn && (
            <Text span c="dimmed" size="sm">
              {' '}
              ({t('employerDesk.contacts.dueOn', { date: formatDate(c.nextStepDueOn) })})
            </Text>
          )}
        </Text>
      )}
    </Paper>
  );
}
