import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFoundTitle')} />
      <Text>
        {t('errors.notFoundPage')}{' '}
        <Anchor component={Link} to="/">
          {t('nav.myWork')}
        </Anchor>
      </Text>
    </>
  );
}
