import { expect, type Page, test } from '@playwright/test';
import { csrfHeaders, demoEmail, expectAccessible, login, nationalNumberFor, uniqueName } from './fixtures';

async function registerThroughDialog(
  page: Page,
  person: { nationalNumber: string; firstName: string; lastName: string; birthDate: string },
) {
  await page.getByRole('button', { name: 'Deelnemer registreren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deelnemer registreren' });
  await dialog.getByLabel(/^Rijksregisternummer/).fill(person.nationalNumber);
  await dialog.getByLabel(/^Geboortedatum/).fill(person.birthDate);
  await dialog.getByLabel(/^Voornaam/).fill(person.firstName);
  await dialog.getByLabel(/^Achternaam/).fill(person.lastName);
  await dialog.getByRole('button', { name: 'Deelnemer registreren' }).click();
  return dialog;
}

test('registering someone twice is caught: a known national number links to the file, a namesake needs confirming, and the pair can be merged', async ({
  page,
}) => {
  await login(page, demoEmail('org_admin'));
  await page.goto('/participants');
  await expectAccessible(page, 'participants');
  const lastName = uniqueName('Van Damme');
  const birthDate = '1993-08-05';
  const first = nationalNumberFor(birthDate);
  let dialog = await registerThroughDialog(page, {
    nationalNumber: first,
    firstName: 'Sara',
    lastName,
    birthDate,
  });
  await expect(page.getByRole('heading', { level: 1, name: `Sara ${lastName}` })).toBeVisible();
  const firstUrl = page.url();

  // The same national number again: refused on the field, with a link to the existing file.
  await page.goto('/participants');
  dialog = await registerThroughDialog(page, {
    nationalNumber: first,
    firstName: 'Sara',
    lastName,
    birthDate,
  });
  await expect(dialog.getByText('Dit rijksregisternummer is al gekend')).toBeVisible();
  await expectAccessible(page, 'participant-register-known');
  await dialog.getByRole('link', { name: 'Bestaand dossier openen' }).click();
  await expect(page).toHaveURL(firstUrl);

  // Another national number, same name and birth date: shown as a possible namesake until confirmed.
  await page.goto('/participants');
  let second = nationalNumberFor(birthDate);
  while (second === first) {
    second = nationalNumberFor(birthDate);
  }
  dialog = await registerThroughDialog(page, {
    nationalNumber: second,
    firstName: 'Sara',
    lastName,
    birthDate,
  });
  await expect(dialog.getByText('Mogelijk dezelfde persoon')).toBeVisible();
  await expect(dialog.getByText(/Maatwerkbedrijf De Leiewerf/)).toBeVisible();
  await expectAccessible(page, 'participant-register-namesake');
  await dialog.getByRole('button', { name: 'Dit is een andere persoon: toch registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Sara ${lastName}` })).toBeVisible();
  expect(page.url()).not.toBe(firstUrl);

  // The organisation admin reviews the pair and merges it; all history stays with the file kept.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Dubbele dossiers' })
    .click();
  const pair = page.getByRole('region', { name: `Mogelijk dubbel: Sara ${lastName}` });
  await expect(pair).toBeVisible();
  await expectAccessible(page, 'duplicates');
  await pair.getByRole('button', { name: /Samenvoegen/ }).click();
  const merge = page.getByRole('dialog', { name: 'Dossiers samenvoegen' });
  await expect(merge).toContainText('geen geschiedenis');
  await merge.getByRole('radio', { name: /Dossier B behouden/ }).check();
  await expectAccessible(page, 'participant-merge-dialog');
  await merge.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByText('De dossiers zijn samengevoegd.')).toBeVisible();
  await expect(pair).toHaveCount(0);
});

test('the file shows the record with its completeness; consents are recorded and withdrawn; the coach can be handed over', async ({
  page,
}) => {
  await login(page, demoEmail('coach'));
  const lastName = uniqueName('Desmet');
  const created = await page.request.post('/api/participants', {
    headers: await csrfHeaders(page),
    data: {
      nationalNumber: nationalNumberFor('1988-12-01'),
      firstName: 'Jonas',
      lastName,
      birthDate: '1988-12-01',
      municipalityNis: '44021',
      languages: ['nl', 'ar'],
    },
  });
  expect(created.status()).toBe(201);
  const participant = await created.json();
  await page.goto(`/participants/${participant.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Jonas ${lastName}` })).toBeVisible();
  const completeness = page.getByRole('region', { name: 'Volledigheid' });
  await expect(completeness).toContainText(/Profiel \d+% volledig/);
  await expect(completeness).toContainText('niveau Nederlands');
  await expectAccessible(page, 'participant-record');

  // Edit the record: the Dutch level is no longer missing.
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const edit = page.getByRole('dialog', { name: `Gegevens van Jonas ${lastName} wijzigen` });
  await edit.getByRole('combobox', { name: 'Niveau Nederlands (ERK)' }).click();
  await page.getByRole('option', { name: 'B1 – zelfstandig' }).click();
  await edit.getByLabel('Beroepsinteresses (ISCO-08)').fill('schoonmakers');
  await page.getByRole('option', { name: /^9112 Schoonmakers/ }).click();
  await edit.getByLabel('Uren per week').fill('30');
  await edit.getByRole('checkbox', { name: 'maandag' }).check();
  await expectAccessible(page, 'participant-edit');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(completeness).not.toContainText('niveau Nederlands');
  await expect(page.getByRole('region', { name: 'Talen en mobiliteit' })).toContainText('B1 – zelfstandig');
  await expect(page.getByRole('region', { name: 'Beroepsinteresses en opleiding' })).toContainText(
    '9112 Schoonmakers in hotels, kantoren e.d.',
  );

  // Consents: record one for the shared pool, then withdraw it; both are kept in the list.
  await page.getByRole('tab', { name: 'Toestemmingen' }).click();
  await expect(page.getByText('Er is nog geen toestemming geregistreerd.')).toBeVisible();
  await page.getByRole('button', { name: 'Toestemming registreren' }).click();
  const consent = page.getByRole('dialog', { name: 'Toestemming registreren' });
  await consent.getByRole('combobox', { name: 'Doel' }).click();
  await page.getByRole('option', { name: 'Gedeelde kandidatenpool van het netwerk' }).click();
  await expectAccessible(page, 'consent-record');
  await consent.getByRole('button', { name: 'Toestemming registreren' }).click();
  await expect(consent).toBeHidden();
  const consents = page.getByRole('table', { name: 'Toestemmingen' });
  await expect(consents).toContainText('Geldig');
  await expect(consents).toContainText('Charlotte Coach');
  await expectAccessible(page, 'participant-consents');
  await consents
    .getByRole('button', { name: 'Toestemming Gedeelde kandidatenpool van het netwerk intrekken' })
    .click();
  const withdraw = page.getByRole('dialog', { name: 'Toestemming intrekken' });
  await withdraw.getByLabel('Notitie bij de intrekking').fill('Wil niet meer in de pool.');
  await withdraw.getByRole('button', { name: 'Intrekken' }).click();
  await expect(withdraw).toBeHidden();
  await expect(consents).toContainText('Ingetrokken');
  await expect(consents).toContainText('Wil niet meer in de pool.');

  // Coach history and hand-over: the dialog says the previous coach keeps read access for 30 days.
  await page.getByRole('tab', { name: 'Jobcoaches' }).click();
  await expect(
    page.getByRole('table', { name: 'Geschiedenis van jobcoaches en organisaties' }),
  ).toBeVisible();
  await expectAccessible(page, 'participant-coaches');
  await page.getByRole('button', { name: 'Jobcoach of organisatie wijzigen' }).click();
  const change = page.getByRole('dialog', { name: 'Jobcoach of organisatie wijzigen' });
  await expect(change).toContainText('30 dagen leesrecht');
  await change.getByRole('combobox', { name: 'Nieuwe jobcoach' }).click();
  await page.getByRole('option', { name: 'Charlotte Coach' }).click();
  await change.getByLabel('Reden').fill('Charlotte neemt het over.');
  await expectAccessible(page, 'coach-change');
  await change.getByRole('button', { name: 'Opslaan' }).click();
  await expect(change).toBeHidden();
  const history = page.getByRole('table', { name: 'Geschiedenis van jobcoaches en organisaties' });
  await expect(history.getByRole('row').filter({ hasText: 'Charlotte neemt het over.' })).toContainText(
    'Charlotte Coach',
  );

  // Referrals tab: none yet, with a way to refer.
  await page.getByRole('tab', { name: 'Toeleidingen' }).click();
  await expect(page.getByText('Deze deelnemer werd nog niet toegeleid.')).toBeVisible();
  await expectAccessible(page, 'participant-referrals');
});

test('the participants list filters in the URL and has a one-click "no one gets lost" list', async ({
  page,
}) => {
  await login(page, demoEmail('coach'));
  await page.goto('/participants');
  await page.getByRole('button', { name: 'Wie raakt uit het oog?' }).click();
  await expect(page).toHaveURL(/needsAttention=lost/);
  await expect(page.getByText('Niemand uit het oog')).toBeVisible();
  const table = page.getByRole('table', { name: 'Deelnemers' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table.getByRole('progressbar').first()).toHaveAccessibleName(/Profiel \d+% volledig/);
  await expectAccessible(page, 'participants-lost');
  await page.getByRole('combobox', { name: 'Sorteren op' }).click();
  await page.getByRole('option', { name: 'Langst wachtend' }).click();
  await expect(page).toHaveURL(/sort=waiting/);
});

test('a network admin reviews duplicate files', async ({ page }) => {
  await login(page, demoEmail('network_admin'));
  await page.goto('/participants/duplicates');
  await expect(page.getByRole('heading', { level: 1, name: 'Dubbele dossiers' })).toBeVisible();
  await expectAccessible(page, 'duplicates-network');
});
