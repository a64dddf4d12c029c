import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import type { Notifications } from '../api/types';
import { formatDateTime } from '../components/format';
import { notificationText, notificationTarget as target } from './notification-text';

const KEY = ['notifications'];

/**
 * The bell in the header: the unread count (in its name for screen readers), and a panel with the latest
 * notifications, each one opening what it is about and marking it read.
 */
export function NotificationsMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<Notifications>('/notifications', { limit: 20 }),
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: (id: string) => api.post<{ unread: number }>(`/notifications/${id}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const markAll = useMutation({
    mutationFn: () => api.post<{ unread: number }>('/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  return (
    <Popover position="bottom-end" width={380} withinPortal shadow="md" opened={opened} onChange={setOpened}>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={label}
          onClick={() => setOpened((o) => !o)}
        >
          <Indicator label={unread} size={16} disabled={unread === 0} color="red" offset={-2}>
            <IconBell size={20} aria-hidden />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p={0} aria-label={t('notifications.bell')}>
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={700} size="sm">
            {t('notifications.bell')}
          </Text>
          {unread > 0 && (
            <Button
              variant="subtle"
              size="compact-xs"
              onClick={() => markAll.mutate()}
              loading={markAll.isPending}
            >
              {t('notifications.markAllRead')}
            </Button>
          )}
        </Group>
        <Divider />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="md">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <ul className="plain-list">
              {items.map((n) => (
                <li key={n.id}>
                  <UnstyledButton
                    className="notification-item"
                    data-unread={n.isRead ? undefined : true}
                    w="100%"
                    px="sm"
                    py="xs"
                    onClick={() => {
                      if (!n.isRead) {
                        markRead.mutate(n.id);
                      }
                      const to = target(n);
                      setOpened(false);
                      if (to) {
                        void navigate(to);
                      }
                    }}
                  >
                    <Text size="sm" fw={n.isRead ? 400 : 600}>
                      {!n.isRead && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                      {notificationText(t, n)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(n.createdAt)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </ul>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
