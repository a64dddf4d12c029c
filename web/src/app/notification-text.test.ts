import dayjs from 'dayjs';
import 'dayjs/locale/nl-be';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { nlBE } from '../i18n/nl-BE';
import { notificationTarget, notificationText } from './notification-text';

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

  it('should word every step of a proposal with the participant and the job, in both languages', async () => {
    const steps = ['suggested', 'proposed', 'interview', 'accepted', 'declined'];
    for (const lng of ['nl-BE', 'en'] as const) {
      const t = await translator(lng);
      const texts = steps.map((step) =>
        notificationText(t, {
          kind: `proposal.${step}`,
          params: { participant: 'Pieter D.', job: 'Magazijnmedewerker' },
        }),
      );
      for (const text of texts) {
        expect(text).toContain('Pieter D.');
        expect(text).toContain('Magazijnmedewerker');
        expect(text).not.toMatch(/\{\{|notifications\./);
      }
      // Each step in its own words.
      expect(new Set(texts).size).toBe(steps.length);
    }
    const t = await translator('nl-BE');
    expect(
      notificationText(t, {
        kind: 'proposal.interview',
        params: { participant: 'Pieter D.', job: 'Magazijnmedewerker' },
      }),
    ).toBe('Sollicitatiegesprek gepland: Pieter D. voor Magazijnmedewerker.');
  });

  it('should count the suggestions a published network-wide run made for the reader, and lead to them', async () => {
    const t = await translator('nl-BE');
    expect(notificationText(t, { kind: 'matching_batch.published', params: { count: 12 } })).toBe(
      'Het netwerkvoorstel is gepubliceerd: 12 nieuwe suggesties voor jouw deelnemers of werkgevers.',
    );
    const en = await translator('en');
    expect(notificationText(en, { kind: 'matching_batch.published', params: { count: 1 } })).toContain(
      '1 new suggestion for',
    );
    expect(
      notificationTarget({
        kind: 'matching_batch.published',
        entityType: 'matching_batch',
        entityId: 'b1',
        params: { count: 12 },
      }),
    ).toBe('/proposals?batchId=b1&status=suggested');
  });

  it('should lead a proposal to its page, whoever reads it, and nowhere without a record', () => {
    const of = (entityType: string, entityId: string | null) =>
      notificationTarget({ kind: `${entityType}.step`, entityType, entityId, params: {} });
    expect(of('proposal', 'p1')).toBe('/proposals/p1');
    expect(of('referral', 'r1')).toBe('/referrals/r1');
    expect(of('proposal', null)).toBeNull();
    expect(of('something', 'x')).toBeNull();
  });

  it('should give a kind it does not know a general text rather than a translation key', async () => {
    const t = await translator('nl-BE');
    expect(notificationText(t, { kind: 'employer.unheard_of', params: {} })).toBe('Nieuwe melding.');
  });

  it('should word every employer desk notification in both languages, with its parameters filled in', async () => {
    const params = {
      employer: 'Bakkerij Verbeke',
      employerId: 'e-1',
      organisation: 'VDAB Regio Gent-Eeklo',
      service: 'Jobcarving',
      job: 'Inpakker',
      date: '2026-11-02',
    };
    const kinds = [
      'approach_request.filed',
      'approach_request.accepted',
      'approach_request.declined',
      'approach_request.taken_over',
      'employer.owner_assigned',
      'employer_contact.uncoordinated',
      'service_request.created',
      'service_request.done',
      'internship_sheet.ready',
      'internship_sheet.acceptance_reset',
      'internship_sheet.accepted',
    ];
    for (const lng of ['nl-BE', 'en'] as const) {
      const t = await translator(lng);
      const general = t('notifications.kinds.unknown');
      for (const kind of kinds) {
        const text = notificationText(t, { kind, params });
        expect(text, `${lng} ${kind}`).not.toBe(general);
        expect(text, `${lng} ${kind}`).not.toMatch(/\{\{|notifications\./);
      }
    }
    const nl = await translator('nl-BE');
    expect(notificationText(nl, { kind: 'employer_contact.uncoordinated', params })).toBe(
      'VDAB Regio Gent-Eeklo had op 02/11/2026 contact met Bakkerij Verbeke zonder afspraak met jullie als accountbeheerder.',
    );
  });

  it('should lead each notification to what it is about', () => {
    const at = (kind: string, entityType: string, params = {}) =>
      notificationTarget({ kind, entityType, entityId: 'x-1', params });
    expect(at('referral.reminder', 'referral')).toBe('/referrals/x-1');
    expect(at('approach_request.filed', 'approach_request')).toBe('/approach-requests/x-1');
    expect(at('employer.owner_assigned', 'employer')).toBe('/employers/x-1');
    expect(at('employer_contact.uncoordinated', 'employer_contact', { employerId: 'e-1' })).toBe(
      '/employers/e-1?tab=contacts',
    );
    expect(at('service_request.done', 'service_request')).toBe('/service-requests/x-1');
    expect(at('internship_sheet.ready', 'job')).toBe('/jobs/x-1?tab=internship');
    expect(at('something.else', 'unknown_thing')).toBeNull();
  });
});
