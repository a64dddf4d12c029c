import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../../server/src/db/schema';
import type { Organisation, OrganisationKind } from '../../api/types';
import { applyServerErrors } from '../../components/forms';
import { MunicipalityMultiSelect, MunicipalitySelect } from '../../components/municipality-select';

export interface OrganisationValues {
  name: string;
  kind: OrganisationKind;
  enterpriseNumber: string;
  email: string;
  phone: string;
  street: string;
  postcode: string;
  municipalityNis: string | null;
  municipalitiesServed: string[];
  hasIndicationCell: boolean;
  isActive: boolean;
}

export function organisationValues(org?: Organisation): OrganisationValues {
  return {
    name: org?.name ?? '',
    kind: org?.kind ?? 'coaching_organisation',
    enterpriseNumber: org?.enterpriseNumber ?? '',
    email: org?.email ?? '',
    phone: org?.phone ?? '',
    street: org?.street ?? '',
    postcode: org?.postcode ?? '',
    municipalityNis: org?.municipality?.nisCode ?? null,
    municipalitiesServed: org?.municipalitiesServed.map((m) => m.nisCode) ?? [],
    hasIndicationCell: org?.hasIndicationCell ?? false,
    isActive: org?.isActive ?? true,
  };
}

/**
 * Create or edit an organisation. Fields that place it in the network (kind, enterprise number, indication cell,
 * active) are editable by a network admin only; the server enforces the same rule.
 */
export function OrganisationForm({
  initial,
  mode,
  networkFields,
  disabled,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: OrganisationValues;
  mode: 'create' | 'edit';
  networkFields: boolean;
  disabled?: boolean;
  submitLabel: string;
  onSubmit: (values: OrganisationValues) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: initial });

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    setBusy(true);
    try {
      await onSubmit(values);
      form.resetDirty(values);
    } catch (error) {
      setMessage(applyServerErrors(form, error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('organisations.name')}
            required
            disabled={disabled}
            {...form.getInputProps('name')}
          />
          <Select
            label={t('organisations.kind')}
            required
            allowDeselect={false}
            disabled={disabled || !networkFields}
            data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('organisations.enterpriseNumber')}
            description={t('organisations.enterpriseNumberHelp')}
            required
            disabled={disabled || !networkFields}
            {...form.getInputProps('enterpriseNumber')}
          />
          <TextInput
            label={t('organisations.email')}
            type="email"
            disabled={disabled}
            {...form.getInputProps('email')}
          />
          <TextInput label={t('organisations.phone')} disabled={disabled} {...form.getInputProps('phone')} />
          <TextInput
            label={t('organisations.street')}
            disabled={disabled}
            {...form.getInputProps('street')}
          />
          <TextInput
            label={t('organisations.postcode')}
            disabled={disabled}
            {...form.getInputProps('postcode')}
          />
          <MunicipalitySelect
            label={t('organisations.municipality')}
            disabled={disabled}
            {...form.getInputProps('municipalityNis')}
          />
        </SimpleGrid>
        <MunicipalityMultiSelect
          label={t('organisations.municipalitiesServed')}
          description={t('organisations.municipalitiesServedHelp')}
          disabled={disabled}
          {...form.getInputProps('municipalitiesServed')}
        />
        <Group>
          <Checkbox
            label={t('organisations.hasIndicationCell')}
            disabled={disabled || !networkFields}
            {...form.getInputProps('hasIndicationCell', { type: 'checkbox' })}
          />
          {mode === 'edit' && (
            <Checkbox
              label={t('organisations.isActive')}
              disabled={disabled || !networkFields}
              {...form.getInputProps('isActive', { type: 'checkbox' })}
            />
          )}
        </Group>
        {!disabled && (
          <Group justify="flex-end">
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={busy} disabled={mode === 'edit' && !form.isDirty()}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The request body for the fields this user may send. */
export function organisationBody(
  values: OrganisationValues,
  networkFields: boolean,
  mode: 'create' | 'edit',
) {
  const body: Record<string, unknown> = {
    name: values.name,
    email: values.email,
    phone: values.phone || null,
    street: values.street || null,
    postcode: values.postcode,
    municipalityNis: values.municipalityNis,
    municipalitiesServed: values.municipalitiesServed,
  };
  if (networkFields) {
    body.kind = values.kind;
    body.enterpriseNumber = values.enterpriseNumber;
    body.hasIndicationCell = values.hasIndicationCell;
    if (mode === 'edit') {
      body.isActive = values.isActive;
    }
  }
  return body;
}
