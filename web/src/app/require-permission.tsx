import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useCan } from '../api/session';

/** Shows the nested pages only to users with the permission; others get a plain explanation, not a blank page. */
export function RequirePermission({ permission }: { permission: string }) {
  const can = useCan();
  const { t } = useTranslation();
  if (!can(permission)) {
    return (
      <Alert color="orange" title={t('errors.forbiddenTitle')} role="alert">
        {t('errors.forbiddenPage')}
      </Alert>
    );
  }
  return <Outlet />;
}
