import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { EmployerDetail } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { EmployerFields, employerBody, employerValues } from './employer-fields';

/** Edits the employer's record (owner organisation or network admin), with the version it was read at. */
export function EmployerEditDialog({
  employer,
  opened,
  onClose,
}: {
  employer: EmployerDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['employers', employer.id];
  const form = useForm({ initialValues: employerValues(employer) });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.patch<EmployerDetail>(`/employers/${employer.id}`, {
        version: employer.version,
        data: employerBody(v),
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: ['employers'] });
      notifications.show({ color: 'green', message: t('common.saved') });
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('employerDesk.edit.title')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      <EmployerFields form={form} />
    </FormDialog>
  );
}
