import dayjs from 'dayjs';
import 'dayjs/locale/nl-be';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { nlBE } from '../i18n/nl-BE';
import { notificationText } from './notification-text';

/** A translator as the UI sets it up (i18n/index.ts), without the browser: dates follow the language too. */
async function translator(lng: 'nl-BE' | 'en') {
  dayjs.locale(lng === 'en' ? 'en' : 'nl-be');
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { 'nl-BE': { translation: nlBE }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe(notificationText.name, () => {
  it('should word a reminder with the participant, the measure in words and the referral date', async () => {
    const t = await translator('nl-BE');
    const text = notificationText(t, {
      kind: 'referral.reminder',
      params: { participant: 'Jonas D.', referredOn: '2026-11-02', measure: 'cmw' },
    });
    expect(text).toBe(
      'Herinnering: de toeleiding van Jonas D. (Collectief maatwerk (CMW), toegeleid op 02/11/2026) wacht nog op een eerste contact.',
    );
  });

  it('should word a referral closed without answer, in English too', async () => {
    const t = await translator('en');
    const text = notificationText(t, {
      kind: 'referral.no_answer',
      params: { participant: 'Jonas D.', referredOn: '2026-09-01', days: 60 },
    });
    expect(text).toContain('Jonas D.');
    expect(text).toContain('after 60 days');
    expect(text).not.toMatch(/\{\{|notifications\./);
  });

  it('should give a kind it does not know a general text rather than a translation key', async () => {
    const t = await translator('nl-BE');
    expect(notificationText(t, { kind: 'employer.proposal', params: {} })).toBe('Nieuwe melding.');
  });
});
