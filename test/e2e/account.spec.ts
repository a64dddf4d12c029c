import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { demoEmail, expectAccessible, login } from './fixtures';

test('a personal API token is shown once, works as a bearer token, and stops working when revoked', async ({
  page,
  playwright,
}) => {
  await login(page, demoEmail('analyst'));
  await page.getByRole('button', { name: 'Accountmenu' }).click();
  await page.getByRole('menuitem', { name: 'Mijn account' }).click();
  await expectAccessible(page, 'account');
  await page.getByRole('tab', { name: 'API-tokens' }).click();
  await page.getByLabel('Naam van het token').fill('Rapportering');
  await page.getByRole('button', { name: 'Token maken' }).click();
  const token = (await page.getByTestId('new-token').textContent())?.trim() ?? '';
  expect(token).toMatch(/^wb_/);
  await expectAccessible(page, 'account-tokens');

  const client = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const ok = await client.get('/api/me', { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).email).toBe(demoEmail('analyst'));

  await page.getByRole('button', { name: 'Token Rapportering intrekken' }).click();
  await expect(page.getByText('Ingetrokken', { exact: true })).toBeVisible();
  const refused = await client.get('/api/me', { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  await client.dispose();
});

test('two-step verification: set up with the QR secret, then sign-in asks for the code', async ({ page }) => {
  await login(page, demoEmail('indication_validator'));
  await page.goto('/account');
  await page.getByRole('tab', { name: 'Verificatie in twee stappen' }).click();
  await page.getByRole('button', { name: 'Instellen' }).click();
  await expect(page.getByRole('img', { name: 'QR-code voor je authenticator-app' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
  await expectAccessible(page, 'account-totp-setup');
  await page.getByLabel('Code uit de app').fill('000000');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(
    page
      .getByText(/code/i)
      .filter({ hasText: /ongeldig|onjuist|klopt niet/i })
      .first(),
  ).toBeVisible();
  await page.getByLabel('Code uit de app').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByText('Verificatie in twee stappen staat aan voor je account.')).toBeVisible();

  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(demoEmail('indication_validator'));
  await page.getByLabel(/^Wachtwoord/).fill('werkbrug-demo');
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page.getByLabel('Code uit je authenticator-app')).toBeVisible();
  await expectAccessible(page, 'login-totp');
  await page.getByLabel('Code uit je authenticator-app').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();

  // Turn it off again so the demo account stays usable for other specs.
  await page.goto('/account');
  await page.getByRole('tab', { name: 'Verificatie in twee stappen' }).click();
  await page.getByLabel('Huidig wachtwoord').fill('werkbrug-demo');
  await page.getByRole('button', { name: 'Uitzetten' }).click();
  await expect(page.getByRole('button', { name: 'Instellen' })).toBeVisible();
});

test('a coach browses participants and employers; a participant file shows the full national number', async ({
  page,
}) => {
  await login(page, demoEmail('coach'));
  await page.getByRole('navigation').getByRole('link', { name: 'Deelnemers' }).click();
  const table = page.getByRole('table', { name: 'Deelnemers' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table.locator('tbody tr td:nth-child(2)').first()).toContainText('***');
  await expectAccessible(page, 'participants');
  await page.getByRole('combobox', { name: 'Jobcoach' }).click();
  await page.getByRole('option', { name: 'Mijn deelnemers' }).click();
  await expect(page).toHaveURL(/coach=me/);
  await table.locator('tbody tr a').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Identiteit en contact' })).toBeVisible();
  await expectAccessible(page, 'participant-detail');

  await page.getByRole('navigation').getByRole('link', { name: 'Werkgevers' }).click();
  await expect(page.getByRole('table', { name: 'Werkgevers' }).locator('tbody tr')).toHaveCount(25);
  await expectAccessible(page, 'employers');
  await page.getByRole('table', { name: 'Werkgevers' }).locator('tbody tr a').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Gegevens' })).toBeVisible();
  await expectAccessible(page, 'employer-detail');
});
