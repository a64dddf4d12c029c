/**
 * UI translations: Dutch (nl-BE) first, English second. The Dutch catalogue is the reference; the English one
 * is typed against it, and web/src/i18n/catalogues.test.ts checks every key used in the code exists in both.
 */
import dayjs from 'dayjs';
import 'dayjs/locale/nl-be';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nlBE } from './nl-BE';

export const UI_LOCALES = ['nl-BE', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
const STORAGE_KEY = 'werkbrug.locale';

function initialLocale(): UiLocale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'nl-BE') {
    return stored;
  }
  return 'nl-BE';
}

/** Switches the UI language, remembers it on this device, and sets the document language for screen readers. */
export async function setUiLocale(locale: UiLocale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  dayjs.locale(lng === 'en' ? 'en' : 'nl-be');
});

void i18n.use(initReactI18next).init({
  resources: { 'nl-BE': { translation: nlBE }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: 'nl-BE',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
