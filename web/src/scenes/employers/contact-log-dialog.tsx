import { Alert, Button, Loader, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTACT_CHANNELS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { ContactChannel, ContactCheck, EmployerDetail, LoggedContact } from '../../api/types';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

/** Roles that log contacts for an organisation (the server decides; this only offers the choice). */
const CONTACT_ROLES = ['network_admin', 'org_admin', 'coach', 'account_manager'];

interface Values {
  organisationId: string | null;
  contactedOn: string;
  channel: ContactChannel | null;
  contactPersonId: string | null;
  summary: string;
  nextStep: string;
  nextStepDueOn: string;
}

/**
 * Logs a contact with the employer. Before anything is typed, the dry-run check says for which organisation it
 * is logged and whether that organisation may approach the employer: when it is neither the account owner nor in
 * a joint action, the warning is shown plainly (the contact is still recorded, but flagged, and the owner told),
 * with the way to ask the owner first.
 */
export function ContactLogDialog({
  employer,
  onClose,
  onRequestApproach,
}: {
  employer: EmployerDetail;
  onClose: () => void;
  onRequestApproach: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const organisations = [
    ...new Map(
      me.roles
        .filter((g) => CONTACT_ROLES.includes(g.role) && g.organisation)
        .map((g) => [g.organisation!.id, g.organisation!]),
    ).values(),
  ];
  const form = useForm<Values>({
    initialValues: {
      organisationId: null,
      contactedOn: dayjs().format('YYYY-MM-DD'),
      channel: null,
      contactPersonId: null,
      summary: '',
      nextStep: '',
      nextStepDueOn: '',
    },
  });
  const organisationId = form.getValues().organisationId;
  const check = useQuery({
    queryKey: ['employers', employer.id, 'contact-check', organisationId],
    queryFn: () =>
      api.get<ContactCheck>(`/employers/${employer.id}/contact-check`, {
        organisationId: organisationId ?? undefined,
      }),
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<LoggedContact>(`/employers/${employer.id}/contacts`, {
        contactedOn: v.contactedOn,
        channel: v.channel ?? undefined,
        summary: v.summary,
        nextStep: v.nextStep,
        nextStepDueOn: v.nextStepDueOn || null,
        contactPersonId: v.contactPersonId,
        organisationId: v.organisationId ?? check.data?.organisation?.id,
      }),
    onSuccess: async (logged) => {
      await queryClient.invalidateQueries({ queryKey: ['employers', employer.id, 'contacts'] });
      await queryClient.invalidateQueries({ queryKey: ['uncoordinated'] });
      await queryClient.invalidateQueries({ queryKey: ['my-work'] });
      if (logged.warning) {
        notifications.show({
          color: 'orange',
          title: t('employerDesk.contacts.loggedFlagged'),
          message: logged.warning.message,
          autoClose: 15_000,
        });
      } else {
        notifications.show({ color: 'green', message: t('employerDesk.contacts.logged') });
      }
      onClose();
    },
  });
  const data = check.data;
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('employerDesk.contacts.logTitle', { name: employer.name })}
      submitLabel={
        data?.isUncoordinated ? t('employerDesk.contacts.logAnyway') : t('employerDesk.contacts.log')
      }
      submitColor={data?.isUncoordinated ? 'red' : undefined}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      {check.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {data?.warning && (
        <Alert
          color="orange"
          role="alert"
          icon={<IconAlertTriangle size={20} />}
          title={t('employerDesk.contacts.warningTitle')}
        >
          <Stack gap="xs">
            <Text size="sm">{data.warning.message}</Text>
            {data.pendingApproachRequestId ? (
              <Text size="sm">
                {t('employerDesk.relation.pending')}{' '}
                <Link to={`/approach-requests/${data.pendingApproachRequestId}`}>
                  {t('employerDesk.approaches.open')}
                </Link>
              </Text>
            ) : (
              data.canRequestApproach && (
                <Button
                  variant="default"
                  w="fit-content"
                  onClick={() => {
                    onClose();
                    onRequestApproach();
                  }}
                >
                  {t('employerDesk.contacts.askFirst')}
                </Button>
              )
            )}
          </Stack>
        </Alert>
      )}
      {data && !data.isUncoordinated && data.coordination && (
        <Text size="sm" c="dimmed">
          {t(`employerDesk.contacts.coordinationHelp.${data.coordination}`, {
            organisation: data.organisation?.name ?? '',
          })}
        </Text>
      )}
      {organisations.length > 1 && (
        <Select
          label={t('employerDesk.contacts.forOrganisation')}
          description={t('employerDesk.contacts.forOrganisationHelp')}
          data={organisations.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={data?.organisation?.name}
          clearable
          {...form.getInputProps('organisationId')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('employerDesk.contacts.contactedOn')}
          type="date"
          required
          {...form.getInputProps('contactedOn')}
        />
        <Select
          label={t('employerDesk.contacts.channel')}
          required
          data={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`employerDesk.contacts.channels.${c}`) }))}
          {...form.getInputProps('channel')}
        />
      </SimpleGrid>
      <Select
        label={t('employerDesk.contacts.contactPerson')}
        clearable
        data={employer.contactPersons.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` }))}
        nothingFoundMessage={t('employerDesk.people.empty')}
        {...form.getInputProps('contactPersonId')}
      />
      <Textarea
        label={t('employerDesk.contacts.summary')}
        required
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('summary')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('employerDesk.contacts.nextStep')} {...form.getInputProps('nextStep')} />
        <TextInput
          label={t('employerDesk.contacts.nextStepDueOn')}
          type="date"
          {...form.getInputProps('nextStepDueOn')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
