import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, login } from './fixtures';

test.describe('network admin', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, demoEmail('network_admin'));
  });

  test('creates an organisation: a wrong enterprise number is named, a valid one is saved', async ({
    page,
  }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await expect(page.getByRole('table', { name: 'Organisaties' }).getByRole('row')).toHaveCount(11);
    await expectAccessible(page, 'organisations');

    await page.getByRole('button', { name: 'Nieuwe organisatie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe organisatie' });
    await dialog.getByLabel('Naam').fill('Jobcoaching Waasland');
    await dialog.getByLabel(/^Ondernemingsnummer/).fill('0123.456.788');
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await expect(
      dialog
        .getByText(/Ondernemingsnummer/)
        .filter({ hasText: /controle|geldig/i })
        .first(),
    ).toBeVisible();
    await expectAccessible(page, 'organisation-create-error');

    await dialog.getByLabel(/^Ondernemingsnummer/).fill('0123.456.749');
    await dialog.getByRole('combobox', { name: 'Gemeente', exact: true }).fill('Sint-Niklaas');
    await page.getByRole('option', { name: 'Sint-Niklaas' }).click();
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jobcoaching Waasland' })).toBeVisible();
    await expectAccessible(page, 'organisation-detail');
  });

  test('an edit based on a stale version is refused and the form reloads, nothing is overwritten', async ({
    page,
  }) => {
    await page.goto('/organisations');
    await page.getByRole('link', { name: 'CAW Oost-Vlaanderen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'CAW Oost-Vlaanderen' })).toBeVisible();
    const id = page.url().split('/').pop();
    // Someone else saves first, through the API.
    const current = await (await page.request.get(`/api/organisations/${id}`)).json();
    const me = await (await page.request.get('/api/me')).json();
    const other = await page.request.patch(`/api/organisations/${id}`, {
      data: { version: current.version, data: { phone: '09 111 22 33' } },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(other.status()).toBe(200);
    // This user still has the old version in the form.
    await page.getByLabel('Telefoon').fill('09 999 99 99');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText(/intussen gewijzigd|door iemand anders/i).first()).toBeVisible();
    await expect(page.getByLabel('Telefoon')).toHaveValue('09 111 22 33');
  });

  test('creates a user with a role, sees the temporary password once, and finds it in the audit log', async ({
    page,
  }) => {
    await page.goto('/users');
    await expectAccessible(page, 'users');
    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe gebruiker' });
    await dialog.getByLabel('Naam').fill('Tom Testcoach');
    await dialog.getByLabel('E-mailadres').fill('tom.testcoach@example.test');
    await dialog.getByRole('combobox', { name: 'Eigen organisatie' }).click();
    await page.getByRole('option', { name: 'CAW Oost-Vlaanderen' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Rol' })).toHaveValue('Jobcoach');
    await expectAccessible(page, 'user-create');
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    const password = page.getByTestId('temporary-password');
    await expect(password).toHaveText(/\S{12,}/);
    const temporary = (await password.textContent())?.trim() ?? '';
    await page
      .getByRole('dialog', { name: 'Tijdelijk wachtwoord' })
      .getByRole('button', { name: 'Sluiten' })
      .last()
      .click();

    await page.getByLabel('Zoeken').fill('Testcoach');
    await page.getByRole('link', { name: 'Tom Testcoach' }).click();
    await expect(page.getByText('Wacht op eerste aanmelding')).toBeVisible();
    await expectAccessible(page, 'user-detail');

    await page.goto('/audit?action=user.created');
    await expect(page.getByRole('table', { name: 'Auditlog' })).toContainText('user.created');
    await expectAccessible(page, 'audit');

    // The new user must choose a password before anything else.
    await page.context().clearCookies();
    await login(page, 'tom.testcoach@example.test', temporary);
    await expect(page.getByRole('heading', { name: 'Kies een eigen wachtwoord' })).toBeVisible();
    await expectAccessible(page, 'must-change-password');
    await page.getByLabel('Huidig wachtwoord').fill(temporary);
    await page.getByLabel('Nieuw wachtwoord').fill('een lange nieuwe zin');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een lange nieuwe zin');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
  });
});

test('an organisation admin manages only their own users and grants roles in their own organisation', async ({
  page,
}) => {
  await login(page, demoEmail('org_admin'));
  await page.goto('/users');
  const table = page.getByRole('table', { name: 'Gebruikers' });
  await expect(table).toBeVisible();
  const organisations = await table.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(new Set(organisations).size).toBe(1);
  await page.getByRole('link', { name: 'Charlotte Coach' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rollen' })).toBeVisible();
  await page.getByRole('button', { name: 'Rol toevoegen' }).click();
  await page.getByRole('combobox', { name: 'Rol' }).last().click();
  await page.getByRole('option', { name: 'Accountmanager' }).click();
  await page.getByRole('button', { name: 'Rollen opslaan' }).click();
  await expect(page.getByText('Rollen opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'user-roles-org-admin');
});
