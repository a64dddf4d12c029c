import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, login } from './fixtures';

test('an analyst reads the funnel, the lead times and the map, and exports a table as a Belgian CSV', async ({
  page,
}) => {
  await login(page, demoEmail('analyst'));
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Monitoring' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring' })).toBeVisible();

  // The funnel per measure, with its total row; small cells read "< 5" (and say so to screen readers).
  const funnel = page.getByRole('table', { name: 'Trechter van toeleiding tot start' });
  await expect(funnel.getByRole('rowheader', { name: 'Totaal' })).toBeVisible();
  await expect(funnel.getByRole('columnheader', { name: 'Gevalideerd' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Waarom mensen niet startten' })).toBeVisible();
  await expectAccessible(page, 'monitoring-funnel');

  // Per channel instead: the rows become the channels.
  await page.getByRole('combobox', { name: 'Per', exact: true }).click();
  await page.getByRole('option', { name: 'Kanaal', exact: true }).click();
  await expect(funnel.getByRole('rowheader', { name: 'VDAB' })).toBeVisible();

  // The export is a semicolon-separated file with the same table, and it is audited.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Trechter van toeleiding tot start als CSV downloaden' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text.split('\n')[0]).toContain('Toegeleid;Eerste contact');
  expect(text).toContain('VDAB;');

  await page.getByRole('tab', { name: 'Doorlooptijden' }).click();
  await expect(page.getByRole('table', { name: 'Doorlooptijden per kanaal' })).toBeVisible();
  await expectAccessible(page, 'monitoring-lead-times');

  await page.getByRole('tab', { name: 'Kaart en regio’s' }).click();
  const map = page.getByRole('img', { name: /Kaart van de Vlaamse gemeenten/ });
  await expect(map).toBeVisible();
  // Every Flemish municipality is drawn (285 since the 2025 mergers), without any online tile service.
  await expect(map.locator('path')).toHaveCount(285);
  await expect(page.getByRole('table', { name: 'Per provincie' })).toContainText('Oost-Vlaanderen');
  await page.getByLabel('Gemeente zoeken').fill('Aalst');
  await expect(
    page.getByRole('table', { name: 'Per gemeente' }).getByRole('rowheader', { name: 'Aalst' }),
  ).toBeVisible();
  await expectAccessible(page, 'monitoring-map');
});

test('a coach has no monitoring: the page and the API refuse', async ({ page }) => {
  await login(page, demoEmail('coach'));
  await expect(
    page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Monitoring' }),
  ).toHaveCount(0);
  const response = await page.request.get('/api/monitoring/funnel');
  expect(response.status()).toBe(403);
});

test('a network admin sets a yearly target and follows it; outcomes name their success definitions', async ({
  page,
}) => {
  await login(page, demoEmail('network_admin'));
  await page.goto('/monitoring?view=targets');
  const targets = page.getByRole('table', { name: 'Doelstellingen en voortgang' });
  await expect(targets.getByRole('rowheader', { name: 'Collectief maatwerk (CMW)' }).first()).toBeVisible();
  await expectAccessible(page, 'monitoring-targets');

  await page.getByRole('button', { name: 'Doelstelling toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Doelstelling toevoegen' });
  await dialog.getByRole('combobox', { name: 'Maatregel' }).click();
  await page.getByRole('option', { name: 'Arbeidszorg (AMA)', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Wat telt' }).click();
  await page.getByRole('option', { name: 'Gestarte toeleidingen', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Doel' }).fill('20');
  await dialog.getByRole('button', { name: 'Doelstelling toevoegen' }).click();
  await expect(dialog).toBeHidden();
  const row = targets.getByRole('row').filter({ hasText: 'Arbeidszorg (AMA)' });
  await expect(row).toContainText('Gestarte toeleidingen');
  await expect(row).toContainText('20');

  // The same target twice is refused, naming the field.
  await page.getByRole('button', { name: 'Doelstelling toevoegen' }).click();
  await dialog.getByRole('combobox', { name: 'Maatregel' }).click();
  await page.getByRole('option', { name: 'Arbeidszorg (AMA)', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Wat telt' }).click();
  await page.getByRole('option', { name: 'Gestarte toeleidingen', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Doel' }).fill('25');
  await dialog.getByRole('button', { name: 'Doelstelling toevoegen' }).click();
  await expect(dialog.getByText('Er is al een doelstelling')).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  await page.getByRole('tab', { name: 'Uitkomsten' }).click();
  await expect(page.getByText('Elk succescijfer noemt de definitie die het gebruikt.')).toBeVisible();
  await expectAccessible(page, 'monitoring-outcomes');
  await page.getByRole('button', { name: 'Definities beheren' }).click();
  await expect(page.getByRole('dialog', { name: 'Succesdefinities' })).toContainText(
    'Duurzaam regulier werk: minstens 6 maanden binnen 12 maanden',
  );
});
