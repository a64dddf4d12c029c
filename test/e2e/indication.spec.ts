import { faker } from '@faker-js/faker';
import { expect, type Page, test } from '@playwright/test';
import { buildNationalNumber } from '../../server/src/demo/builders';
import { demoEmail, expectAccessible, login } from './fixtures';

/** Calls the API as the signed-in browser user (session cookie and CSRF token). */
async function apiAs(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const me = await (await page.request.get('/api/me')).json();
  const response = await page.request.fetch(`/api${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

test('a consultant records an indication, a validator approves it, the receiving organisation sees the participant', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const lastName = `Indicatietest ${faker.string.alpha(5)}`;

  // The VDAB consultant refers a new person to Maatwerkbedrijf De Leiewerf (through the API: the referral UI
  // has its own test), with consent to share the profile with De Leiewerf.
  const consultant = await (await browser.newContext()).newPage();
  await login(consultant, demoEmail('indication_consultant'));
  const organisations = await apiAs(consultant, 'GET', '/organisations?q=Leiewerf');
  const leiewerf = organisations.items[0];
  const referral = await apiAs(consultant, 'POST', '/referrals', {
    participant: {
      nationalNumber: buildNationalNumber(faker, '1991-03-12', 'female'),
      firstName: 'Sofie',
      lastName,
      birthDate: '1991-03-12',
      municipalityNis: '44021',
    },
    channel: 'vdab',
    measure: 'cmw',
    targetOrganisationId: leiewerf.id,
    referredOn: new Date().toISOString().slice(0, 10),
  });
  const participantId = referral.participant.id;
  await apiAs(consultant, 'POST', `/participants/${participantId}/consents`, {
    purpose: 'share_profile',
    organisationId: leiewerf.id,
    basis: 'signed_form',
    givenOn: new Date().toISOString().slice(0, 10),
  });

  // The consultant starts the indication from the participant's page and fills it in the editor.
  await consultant.goto(`/participants/${participantId}`);
  await consultant.getByRole('tab', { name: 'Indicering en profiel' }).click();
  await consultant.getByRole('button', { name: 'Indicering starten' }).click();
  await consultant.getByRole('dialog').getByRole('button', { name: 'Indicering starten' }).click();
  await expect(consultant.getByRole('heading', { level: 1, name: new RegExp(lastName) })).toBeVisible();
  await consultant.getByRole('button', { name: 'Voorgestelde werkset toevoegen' }).click();
  await expect(consultant.getByText(/^40 categorieën \(bij/)).toBeVisible();
  await consultant.getByRole('combobox', { name: 'Kwalificatie voor d430' }).click();
  await consultant.getByRole('option', { name: '3 – ernstig probleem' }).click();
  await consultant.getByRole('button', { name: 'd4551 verwijderen' }).click();
  // Add one by words.
  await consultant.getByRole('combobox', { name: 'ICF-categorie toevoegen' }).fill('slaap');
  await consultant.getByRole('option', { name: /b134 Slaap/ }).click();
  await expect(consultant.getByText(/^40 categorieën \(bij/)).toBeVisible();
  await consultant.getByRole('combobox', { name: 'Advies' }).click();
  await consultant.getByRole('option', { name: 'Collectief maatwerk (CMW)' }).click();
  await consultant
    .getByLabel('Motivering van het advies')
    .fill('Tillen is ernstig beperkt; met aangepast tempo en begeleiding haalbaar in een maatwerkbedrijf.');
  await expectAccessible(consultant, 'indication-editor');
  await consultant.getByRole('button', { name: 'Indienen voor validatie' }).click();
  await consultant.getByRole('dialog').getByRole('button', { name: 'Indienen voor validatie' }).click();
  await expect(consultant.getByText('Ingediend', { exact: true }).first()).toBeVisible();
  const indicationUrl = consultant.url();

  // The validator finds it in the queue and approves it (never the author: four eyes).
  const validator = await (await browser.newContext()).newPage();
  await login(validator, demoEmail('indication_validator'));
  await validator.getByRole('navigation').getByRole('link', { name: 'Indiceringen' }).click();
  await expect(validator.getByRole('table', { name: 'Te valideren' })).toBeVisible();
  await expectAccessible(validator, 'indication-queue');
  await validator.goto(indicationUrl);
  await expect(validator.getByText('d430').first()).toBeVisible();
  await validator.getByRole('button', { name: 'Goedkeuren' }).click();
  await validator.getByRole('dialog').getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(validator.getByText('Goedgekeurd', { exact: true }).first()).toBeVisible();
  await expectAccessible(validator, 'indication-approved');

  // The receiving organisation's coach sees the participant and, with consent, the capability profile.
  const coach = await (await browser.newContext()).newPage();
  await login(coach, demoEmail('coach'));
  await coach.goto(`/participants/${participantId}?tab=indication`);
  await expect(coach.getByRole('heading', { level: 1, name: new RegExp(lastName) })).toBeVisible();
  await expect(coach.getByRole('table', { name: 'Fysiek' })).toBeVisible();
  const lifting = coach.getByRole('table', { name: 'Fysiek' }).getByRole('row', { name: /Tillen/ });
  await expect(lifting).toContainText('1 – zeer beperkt');
  await expectAccessible(coach, 'participant-capability-profile');
});

test('the participant reads their own indication in plain language', async ({ page }) => {
  await login(page, demoEmail('participant'));
  await page.getByRole('navigation').getByRole('link', { name: 'Mijn indicatie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn indicatie' })).toBeVisible();
  await expectAccessible(page, 'my-indication');
});
