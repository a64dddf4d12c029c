import {
  Checkbox,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, CONTRACT_TYPES, JOB_KINDS, SHIFTS } from '../../../../server/src/db/schema';
import type { CefrLevel, ContractType, EmployerSite, Job, JobKind } from '../../api/types';
import { dimensionOptions, useDimensions } from '../../components/dimensions';
import { type OccupationOption, OccupationSelect } from '../../components/occupation-select';

type Shift = (typeof SHIFTS)[number];

/** What the employer can offer, as explicit marks on the job. */
export const OFFER_MARKS = [
  'canAdaptHours',
  'canAdaptPhysical',
  'canAdaptEnvironment',
  'canWorkWithLimitedDutch',
  'isOpenToWagePremium',
  'hasMentor',
] as const;
type OfferMark = (typeof OFFER_MARKS)[number];

export interface JobValues extends Record<OfferMark, boolean> {
  title: string;
  siteId: string | null;
  kind: JobKind;
  occupation: OccupationOption | null;
  description: string;
  hoursPerWeek: number | string;
  schedule: string;
  shifts: Shift[];
  contractType: ContractType | null;
  startDate: string;
  positions: number | string;
  dutchLevel: CefrLevel | null;
  dutchLevelWaivable: boolean;
  essentialDimensions: string[];
}

export function jobValues(job: Job | null, sites: EmployerSite[]): JobValues {
  return {
    title: job?.title ?? '',
    siteId: job?.site.id ?? (sites.find((s) => s.isMain) ?? sites[0])?.id ?? null,
    kind: job?.kind ?? 'regular_vacancy',
    occupation: job?.occupation ?? null,
    description: job?.description ?? '',
    hoursPerWeek: job?.hoursPerWeek ?? '',
    schedule: job?.schedule ?? '',
    shifts: job?.shifts ?? [],
    contractType: job?.contractType ?? null,
    startDate: job?.startDate ?? '',
    positions: job?.positions ?? 1,
    dutchLevel: job?.dutchLevel ?? null,
    dutchLevelWaivable: job?.dutchLevelWaivable ?? false,
    canAdaptHours: job?.canAdaptHours ?? false,
    canAdaptPhysical: job?.canAdaptPhysical ?? false,
    canAdaptEnvironment: job?.canAdaptEnvironment ?? false,
    canWorkWithLimitedDutch: job?.canWorkWithLimitedDutch ?? false,
    isOpenToWagePremium: job?.isOpenToWagePremium ?? false,
    hasMentor: job?.hasMentor ?? false,
    essentialDimensions: job?.essentialDimensions.map((d) => d.key) ?? [],
  };
}

/** A number input's value for the API: an empty field is left out, so the server says what is missing. */
export const numberOrUndefined = (value: number | string) => (value === '' ? undefined : Number(value));

/** The job's fields as the API takes them. */
export function jobBody(v: JobValues) {
  return {
    title: v.title,
    siteId: v.siteId ?? undefined,
    kind: v.kind,
    iscoCode: v.occupation?.code ?? null,
    description: v.description,
    hoursPerWeek: numberOrUndefined(v.hoursPerWeek),
    schedule: v.schedule,
    shifts: v.shifts,
    contractType: v.contractType,
    startDate: v.startDate || null,
    positions: numberOrUndefined(v.positions),
    dutchLevel: v.dutchLevel,
    dutchLevelWaivable: v.dutchLevelWaivable,
    canAdaptHours: v.canAdaptHours,
    canAdaptPhysical: v.canAdaptPhysical,
    canAdaptEnvironment: v.canAdaptEnvironment,
    canWorkWithLimitedDutch: v.canWorkWithLimitedDutch,
    isOpenToWagePremium: v.isOpenToWagePremium,
    hasMentor: v.hasMentor,
    essentialDimensions: v.essentialDimensions,
  };
}

/** The decimal separator of the UI language (19,5 in Dutch, 19.5 in English). */
export const decimalSeparator = (language: string) => (language === 'en' ? '.' : ',');

export const JOB_FIELD_MAP = { iscoCode: 'occupation' };

/**
 * The fields of a job: what it is (title, occupation, kind, site), its terms (hours, schedule, shifts, contract,
 * start, positions), language, what the employer can offer, and the dimensions where a gap excludes a person.
 * `withPlace` false leaves out site and kind (carving decides those).
 */
export function JobFields<V extends JobValues>({
  form,
  sites,
  isCarved = false,
  withPlace = true,
}: {
  form: UseFormReturnType<V>;
  sites: EmployerSite[];
  isCarved?: boolean;
  withPlace?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const dimensions = useDimensions();
  const input = (name: keyof JobValues, options?: { type: 'checkbox' }) =>
    form.getInputProps(name as never, options);
  const values = form.getValues();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('jobs.title')} required {...input('title')} />
        <OccupationSelect
          label={t('jobs.occupation')}
          description={t('jobs.occupationHelp')}
          value={values.occupation}
          onChange={(value) => form.setFieldValue('occupation' as never, value as never)}
          error={form.errors.occupation}
        />
        {withPlace && (
          <>
            <Select
              label={t('jobs.site')}
              required
              data={sites.map((s) => ({
                value: s.id,
                label: s.municipality ? `${s.name} (${s.municipality.name})` : s.name,
              }))}
              {...input('siteId')}
            />
            <Select
              label={t('jobs.kind')}
              required
              allowDeselect={false}
              disabled={isCarved}
              data={JOB_KINDS.filter((k) => isCarved || k !== 'carved_job').map((k) => ({
                value: k,
                label: t(`jobs.kinds.${k}`),
              }))}
              {...input('kind')}
            />
          </>
        )}
      </SimpleGrid>
      <Textarea label={t('jobs.description')} autosize minRows={2} maxRows={8} {...input('description')} />
      <Title order={3} size="h5">
        {t('jobs.sections.terms')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={t('jobs.hoursPerWeek')}
          description={t('jobs.hoursHelp')}
          required={withPlace}
          min={0.5}
          max={50}
          step={0.5}
          decimalScale={1}
          decimalSeparator={decimalSeparator(i18n.language)}
          {...input('hoursPerWeek')}
        />
        <NumberInput
          label={t('jobs.positions')}
          required
          min={1}
          max={999}
          step={1}
          {...input('positions')}
        />
        <TextInput label={t('jobs.startDate')} type="date" {...input('startDate')} />
        <Select
          label={t('jobs.contractType')}
          clearable
          data={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`jobs.contractTypes.${c}`) }))}
          {...input('contractType')}
        />
        <TextInput label={t('jobs.schedule')} description={t('jobs.scheduleHelp')} {...input('schedule')} />
        <MultiSelect
          label={t('participantRecord.shifts')}
          data={SHIFTS.map((s) => ({ value: s, label: t(`participantRecord.shiftNames.${s}`) }))}
          {...input('shifts')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('jobs.dutchLevel')}
          clearable
          data={CEFR_LEVELS.map((l) => ({ value: l, label: t(`participantRecord.dutchLevels.${l}`) }))}
          {...input('dutchLevel')}
        />
        <Checkbox
          label={t('jobs.dutchLevelWaivable')}
          description={t('jobs.dutchLevelWaivableHelp')}
          mt={{ sm: 'xl' }}
          {...input('dutchLevelWaivable', { type: 'checkbox' })}
        />
      </SimpleGrid>
      <Title order={3} size="h5">
        {t('jobs.sections.offer')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {OFFER_MARKS.map((mark) => (
          <Checkbox key={mark} label={t(`jobs.offer.${mark}`)} {...input(mark, { type: 'checkbox' })} />
        ))}
      </SimpleGrid>
      <MultiSelect
        label={t('jobs.essentialDimensions')}
        description={t('jobs.essentialDimensionsHelp')}
        searchable
        clearable
        data={dimensionOptions(dimensions.data, (g) => t(`capabilities.groups.${g}`))}
        nothingFoundMessage={t('common.nothingFound')}
        {...input('essentialDimensions')}
      />
    </Stack>
  );
}
