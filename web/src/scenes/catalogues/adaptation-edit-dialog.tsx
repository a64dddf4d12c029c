import { Checkbox, MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ADAPTATION_FUNDERS, COST_BANDS } from '../../../../server/src/db/schema';
import { api } from '../../api/client';
import type { AdaptationFunder, CostBand, WorkplaceAdaptation } from '../../api/types';
import { dimensionOptions, useDimensions } from '../../components/dimensions';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';

interface Values {
  key: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  costBand: CostBand | null;
  funders: AdaptationFunder[];
  dimensions: string[];
  isActive: boolean;
}

/**
 * A network admin adds a workplace adaptation (`adaptation` null) or edits one: names and descriptions in both
 * languages, the dimensions whose gap it can close, its typical cost and who can fund it; deactivating keeps it
 * out of new advice.
 */
export function AdaptationEditDialog({
  adaptation,
  onClose,
}: {
  adaptation: WorkplaceAdaptation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const dimensions = useDimensions();
  const form = useForm<Values>({
    initialValues: {
      key: adaptation?.key ?? '',
      nameNl: adaptation?.nameNl ?? '',
      nameEn: adaptation?.nameEn ?? '',
      descriptionNl: adaptation?.descriptionNl ?? '',
      descriptionEn: adaptation?.descriptionEn ?? '',
      costBand: adaptation?.costBand ?? null,
      funders: adaptation?.funders ?? [],
      dimensions: adaptation?.dimensions.map((d) => d.key) ?? [],
      isActive: adaptation?.isActive ?? true,
    },
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: ({ key, isActive, costBand, ...v }) =>
      adaptation
        ? api.patch<WorkplaceAdaptation>(`/workplace-adaptations/${adaptation.id}`, {
            version: adaptation.version,
            data: { ...v, costBand: costBand ?? undefined, isActive },
          })
        : api.post<WorkplaceAdaptation>('/workplace-adaptations', {
            key,
            ...v,
            costBand: costBand ?? undefined,
          }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['workplace-adaptations'] });
      notifications.show({ color: 'green', message: t('common.saved') });
      onClose();
    },
    conflictKey: ['workplace-adaptations'],
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={
        adaptation
          ? t('catalogues.adaptations.editTitle', { name: adaptation.name })
          : t('catalogues.adaptations.add')
      }
      submitLabel={adaptation ? t('common.save') : t('catalogues.adaptations.add')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="xl"
    >
      {!adaptation && (
        <TextInput
          label={t('catalogues.key')}
          description={t('catalogues.keyHelp')}
          required
          {...form.getInputProps('key')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('catalogues.nameNl')} required {...form.getInputProps('nameNl')} />
        <TextInput label={t('catalogues.nameEn')} required {...form.getInputProps('nameEn')} />
        <Textarea
          label={t('catalogues.descriptionNl')}
          autosize
          minRows={2}
          {...form.getInputProps('descriptionNl')}
        />
        <Textarea
          label={t('catalogues.descriptionEn')}
          autosize
          minRows={2}
          {...form.getInputProps('descriptionEn')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('catalogues.adaptations.dimensions')}
        description={t('catalogues.adaptations.dimensionsHelp')}
        required
        searchable
        data={dimensionOptions(dimensions.data, (g) => t(`capabilities.groups.${g}`))}
        nothingFoundMessage={t('common.nothingFound')}
        {...form.getInputProps('dimensions')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('catalogues.adaptations.costBand')}
          required
          data={COST_BANDS.map((b) => ({ value: b, label: t(`catalogues.adaptations.costBands.${b}`) }))}
          {...form.getInputProps('costBand')}
        />
        <MultiSelect
          label={t('catalogues.adaptations.funders')}
          data={ADAPTATION_FUNDERS.map((f) => ({
            value: f,
            label: t(`catalogues.adaptations.funderNames.${f}`),
          }))}
          {...form.getInputProps('funders')}
        />
      </SimpleGrid>
      {adaptation && (
        <Checkbox
          label={t('catalogues.isActive')}
          description={t('catalogues.adaptations.isActiveHelp')}
          {...form.getInputProps('isActive', { type: 'checkbox' })}
        />
      )}
    </FormDialog>
  );
}
