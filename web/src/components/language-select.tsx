import { MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Languages often spoken by participants in Flanders (ISO 639-1); any other code already chosen stays shown. */
const COMMON_LANGUAGES = [
  'nl',
  'fr',
  'en',
  'de',
  'ar',
  'tr',
  'ru',
  'uk',
  'pl',
  'ro',
  'bg',
  'es',
  'it',
  'pt',
  'sq',
  'sr',
  'bs',
  'so',
  'ti',
  'am',
  'fa',
  'ps',
  'ku',
  'ur',
  'hi',
  'bn',
  'ne',
  'zh',
  'vi',
  'th',
  'ln',
  'sw',
  'ff',
  'wo',
  'ha',
  'yo',
  'hu',
  'sk',
  'cs',
  'lt',
  'el',
  'hy',
  'ka',
];

/** The name of a language in the UI language ("Arabisch" / "Arabic"). */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function LanguageMultiSelect({
  label,
  description,
  value = [],
  onChange,
  error,
}: {
  label: string;
  description?: ReactNode;
  value?: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const codes = [...new Set([...COMMON_LANGUAGES, ...value])];
  const data = codes
    .map((code) => ({ value: code, label: languageName(code, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return (
    <MultiSelect
      label={label}
      description={description}
      searchable
      clearable
      hidePickedOptions
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}
