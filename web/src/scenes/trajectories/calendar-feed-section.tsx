import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CalendarFeed, NewCalendarFeed } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { errorMessage } from '../../components/forms';
import { QueryView } from '../../components/page';

const KEY = ['me', 'calendar-feed'];

/**
 * A coach's calendar feed (aftercare contacts, phase terms, internship dates) at a secret address, shown once;
 * a new address replaces the old one, and it can be revoked.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: KEY, queryFn: () => api.get<CalendarFeed>('/calendar/feed') });
  const [created, setCreated] = useState<NewCalendarFeed | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (send: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await send();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: KEY });
    }
  };
  return (
    <QueryView query={query}>
      {(feed) => (
        <Stack>
          <Text size="sm">{t('calendarFeed.help')}</Text>
          {created && (
            <Alert color="green" title={t('calendarFeed.createdTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('calendarFeed.createdHelp')}</Text>
                <Code block>{created.url}</Code>
                <CopyButton value={created.url}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy} w="fit-content">
                      {copied ? t('common.copied') : t('common.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Stack>
            </Alert>
          )}
          <Text size="sm">
            {feed.isActive
              ? t('calendarFeed.active', {
                  prefix: feed.prefix ?? '',
                  created: formatDateTime(feed.createdAt),
                  used: feed.lastUsedAt ? formatDateTime(feed.lastUsedAt) : t('calendarFeed.never'),
                })
              : t('calendarFeed.none')}
          </Text>
          <Group>
            <Button
              leftSection={<IconCalendarEvent size={16} />}
              loading={busy}
              onClick={() =>
                void act(async () => setCreated(await api.post<NewCalendarFeed>('/calendar/feed', {})))
              }
            >
              {feed.isActive ? t('calendarFeed.renew') : t('calendarFeed.create')}
            </Button>
            {feed.isActive && (
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} />}
                loading={busy}
                onClick={() =>
                  void act(async () => {
                    await api.delete('/calendar/feed');
                    setCreated(null);
                  })
                }
              >
                {t('calendarFeed.revoke')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </QueryView>
  );
}
