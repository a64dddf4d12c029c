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
