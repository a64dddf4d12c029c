import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS } from '../../../../server/src/db/schema';
import type { CefrLevel } from '../../api/types';
import { LanguageMultiSelect } from '../../components/language-select';
import { MunicipalitySelect } from '../../components/municipality-select';

/** Who a new participant is: what registration (and a referral of a new person) asks. */
export interface PersonValues {
  nationalNumber: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string;
  phone: string;
  street: string;
  postcode: string;
  municipalityNis: string | null;
  languages: string[];
  dutchLevel: CefrLevel | null;
}

export const PERSON_FIELDS = [
  'nationalNumber',
  'firstName',
  'lastName',
  'birthDate',
  'email',
  'phone',
  'street',
  'postcode',
  'municipalityNis',
  'languages',
  'dutchLevel',
] as const satisfies readonly (keyof PersonValues)[];

export function emptyPerson(): PersonValues {
  return {
    nationalNumber: '',
    firstName: '',
    lastName: '',
    birthDate: '',
    email: '',
    phone: '',
    street: '',
    postcode: '',
    municipalityNis: null,
    languages: [],
    dutchLevel: null,
  };
}

/** The request body of a person; empty optional fields are left out, the server validates the rest. */
export function personBody(person: PersonValues) {
  return {
    nationalNumber: person.nationalNumber,
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: person.birthDate,
    email: person.email,
    phone: person.phone,
    street: person.street,
    postcode: person.postcode,
    municipalityNis: person.municipalityNis,
    languages: person.languages,
    dutchLevel: person.dutchLevel,
  };
}

/**
 * Server error paths of a person (`participant.firstName` from the schema, `nationalNumber` from the service's
 * checks) mapped to the form's `person.*` fields.
 */
export function personFieldMap(requestPrefix: string): Record<string, string> {
  return Object.fromEntries(
    PERSON_FIELDS.flatMap((f) => [
      [`${requestPrefix}${f}`, `person.${f}`],
      [f, `person.${f}`],
    ]),
  );
}

/** The fields of a person, for a form that keeps them under `person`. */
export function PersonFields({ field }: { field: (name: keyof PersonValues) => GetInputPropsReturnType }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('participants.nationalNumber')}
          description={t('participantRecord.nationalNumberHelp')}
          required
          autoComplete="off"
          {...field('nationalNumber')}
        />
        <TextInput label={t('participants.birthDate')} type="date" required {...field('birthDate')} />
        <TextInput label={t('participantRecord.firstName')} required {...field('firstName')} />
        <TextInput label={t('participantRecord.lastName')} required {...field('lastName')} />
        <TextInput label={t('participants.email')} type="email" {...field('email')} />
        <TextInput label={t('participants.phone')} type="tel" {...field('phone')} />
        <TextInput label={t('participantRecord.street')} {...field('street')} />
        <TextInput label={t('participantRecord.postcode')} inputMode="numeric" {...field('postcode')} />
        <MunicipalitySelect label={t('participants.municipality')} {...field('municipalityNis')} />
        <Select
          label={t('participantRecord.dutchLevel')}
          clearable
          data={CEFR_LEVELS.map((level) => ({
            value: level,
            label: t(`participantRecord.dutchLevels.${level}`),
          }))}
          {...field('dutchLevel')}
        />
      </SimpleGrid>
      <LanguageMultiSelect
        label={t('participantRecord.languages')}
        description={t('participantRecord.languagesHelp')}
        {...field('languages')}
      />
    </>
  );
}
