import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';

export function isLocked(user: User): boolean {
  return !!user.lockedUntil && new Date(user.lockedUntil) > new Date();
}

/** Active / inactive, locked out, waiting for first sign-in, two-step verification: as badges. */
export function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge color={user.isActive ? 'green' : 'gray'}>
        {user.isActive ? t('common.active') : t('common.inactive')}
      </Badge>
      {isLocked(user) && <Badge color="red">{t('users.locked')}</Badge>}
      {user.mustChangePassword && <Badge color="orange">{t('users.pendingFirstLogin')}</Badge>}
      {user.totpEnabled && <Badge color="teal">{t('users.totp')}</Badge>}
    </Group>
  );
}
