import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ContactPerson, EmployerContactLogins } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

/**
 * Adds a contact person at the employer (`person` null) or edits one: name, function, e-mail, phone, whether they
 * may sign for the employer, and the employer_contact login that is theirs.
 */
export function ContactPersonEditDialog({
  employerId,
  person,
  opened,
  onClose,
}: {
  employerId: string;
  person: ContactPerson | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['employers', employerId];
  const logins = useQuery({
    queryKey: ['employers', employerId, 'contact-logins'],
    queryFn: () => api.get<EmployerContactLogins>(`/employers/${employerId}/contact-logins`),
  });
  const form = useForm({
    initialValues: {
      firstName: person?.firstName ?? '',
      lastName: person?.lastName ?? '',
      jobTitle: person?.jobTitle ?? '',
      email: person?.email ?? '',
      phone: person?.phone ?? '',
      isLegalSignatory: person?.isLegalSignatory ?? false,
      userId: person?.user?.id ?? null,
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      person
        ? api.patch<ContactPerson>(`/employers/${employerId}/contact-persons/${person.id}`, {
            version: person.version,
            data: v,
          })
        : api.post<ContactPerson>(`/employers/${employerId}/contact-persons`, v),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      notifications.show({ color: 'green', message: t('employerDesk.people.saved') });
      form.reset();
      onClose();
    },
    conflictKey: key,
    onConflict: onClose,
  });
  const loginOptions = (logins.data?.items ?? []).map((l) => ({
    value: l.id,
    label: `${l.name} (${l.email})`,
  }));
  if (person?.user && !loginOptions.some((o) => o.value === person.user?.id)) {
    loginOptions.unshift({ value: person.user.id, label: person.user.name });
  }
  const title = person
    ? t('employerDesk.people.editTitle', { name: `${person.firstName} ${person.lastName}` })
    : t('employerDesk.people.add');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={title}
      submitLabel={person ? t('common.save') : t('employerDesk.people.add')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('participantRecord.firstName')} required {...form.getInputProps('firstName')} />
        <TextInput label={t('participantRecord.lastName')} required {...form.getInputProps('lastName')} />
        <TextInput label={t('employerDesk.people.jobTitle')} {...form.getInputProps('jobTitle')} />
        <TextInput label={t('participants.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('participants.phone')} type="tel" {...form.getInputProps('phone')} />
        <Select
          label={t('employerDesk.people.login')}
          description={
            logins.isSuccess && loginOptions.length === 0
              ? t('employerDesk.people.noLogins')
              : t('employerDesk.people.loginHelp')
          }
          clearable
          data={loginOptions}
          disabled={logins.isSuccess && loginOptions.length === 0}
          {...form.getInputProps('userId')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('employerDesk.people.isLegalSignatory')}
        description={t('employerDesk.people.isLegalSignatoryHelp')}
        {...form.getInputProps('isLegalSignatory', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
