import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SIZE_CLASSES } from '../../../../server/src/db/schema';
import type { EmployerDetail, SizeClass } from '../../api/types';
import { MunicipalitySelect } from '../../components/municipality-select';

export interface EmployerValues {
  enterpriseNumber: string;
  name: string;
  naceCode: string;
  sizeClass: SizeClass | null;
  street: string;
  postcode: string;
  municipalityNis: string | null;
  website: string;
}

export function employerValues(e?: EmployerDetail): EmployerValues {
  return {
    enterpriseNumber: e?.enterpriseNumber ?? '',
    name: e?.name ?? '',
    naceCode: e?.naceCode ?? '',
    sizeClass: (e?.sizeClass as SizeClass | null) ?? null,
    street: e?.street ?? '',
    postcode: e?.postcode ?? '',
    municipalityNis: e?.municipality?.nisCode ?? null,
    website: e?.website ?? '',
  };
}

/** The body fields of an employer as the API takes them (empty texts become null). */
export function employerBody(v: EmployerValues) {
  return {
    enterpriseNumber: v.enterpriseNumber,
    name: v.name,
    naceCode: v.naceCode.trim() === '' ? null : v.naceCode,
    sizeClass: v.sizeClass,
    street: v.street,
    postcode: v.postcode,
    municipalityNis: v.municipalityNis,
    website: v.website,
  };
}

/** Enterprise number, name, sector, size and address of an employer (register and edit). */
export function EmployerFields<V extends EmployerValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const input = (name: keyof EmployerValues) => form.getInputProps(name as never);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('employers.enterpriseNumber')}
          description={t('employerDesk.fields.enterpriseNumberHelp')}
          required
          {...input('enterpriseNumber')}
        />
        <TextInput label={t('employers.name')} required {...input('name')} />
        <TextInput
          label={t('employers.sector')}
          description={t('employerDesk.fields.naceHelp')}
          {...input('naceCode')}
        />
        <Select
          label={t('employers.sizeClass')}
          description={t('employerDesk.fields.sizeClassHelp')}
          clearable
          data={SIZE_CLASSES.map((s) => ({
            value: s,
            label: t('employerDesk.fields.sizeClassValue', { size: s }),
          }))}
          {...input('sizeClass')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('employerDesk.fields.street')} {...input('street')} />
        <TextInput
          label={t('employerDesk.fields.postcode')}
          description={t('employerDesk.fields.postcodeHelp')}
          {...input('postcode')}
        />
        <MunicipalitySelect label={t('employers.municipality')} {...input('municipalityNis')} />
      </SimpleGrid>
      <TextInput label={t('employers.website')} placeholder="https://" {...input('website')} />
    </>
  );
}
