import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../../api/session';
import { EmptyState, PageHeader } from '../../components/page';

/** "My company" for an employer contact: the page of the employer their login belongs to. */
export function MyEmployerPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const employer = me.roles.find((g) => g.role === 'employer_contact' && g.employer)?.employer;
  if (employer) {
    return <Navigate to={`/employers/${employer.id}`} replace />;
  }
  return (
    <>
      <PageHeader title={t('nav.myEmployer')} />
      <EmptyState>{t('employerDesk.portal.noEmployer')}</EmptyState>
    </>
  );
}
