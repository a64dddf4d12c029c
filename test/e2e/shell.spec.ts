import { expect, test } from '@playwright/test';
import { demoEmail, expectAccessible, login } from './fixtures';

/** What each role finds in the navigation: the shell offers only what the server will allow. */
const NAV_BY_ROLE: Record<string, { has: string[]; hasNot: string[] }> = {
  network_admin: {
    has: [
      'Mijn werk',
      'Deelnemers',
      'Werkgevers',
      'Organisaties',
      'Gebruikers',
      'Auditlog',
      'Netwerkvoorstel',
    ],
    hasNot: [],
  },
  org_admin: { has: ['Organisaties', 'Gebruikers', 'Auditlog'], hasNot: [] },
  coach: {
    has: ['Deelnemers', 'Werkgevers', 'Organisaties', 'Voorstellen'],
    hasNot: ['Gebruikers', 'Auditlog', 'Netwerkvoorstel'],
  },
  indication_consultant: { has: ['Deelnemers'], hasNot: ['Gebruikers', 'Auditlog'] },
  indication_validator: { has: ['Deelnemers'], hasNot: ['Gebruikers'] },
  account_manager: {
    has: ['Werkgevers', 'Jobs', 'Benaderingsaanvragen', 'Niet-afgestemde benaderingen', 'Voorstellen'],
    hasNot: ['Gebruikers', 'Auditlog', 'Mijn bedrijf'],
  },
  // An employer contact has their own company, not the network's register.
  employer_contact: {
    has: ['Mijn bedrijf', 'Voorgestelde kandidaten'],
    hasNot: ['Werkgevers', 'Jobs', 'Deelnemers', 'Organisaties', 'Gebruikers', 'Voorstellen'],
  },
  mentor: {
    has: ['Mijn werk'],
    hasNot: ['Deelnemers', 'Organisaties', 'Gebruikers', 'Auditlog', 'Voorstellen', 'Mijn voorstellen'],
  },
  participant: {
    has: ['Mijn werk', 'Mijn voorstellen'],
    hasNot: ['Deelnemers', 'Werkgevers', 'Organisaties', 'Gebruikers', 'Voorstellen'],
  },
  analyst: { has: ['Organisaties'], hasNot: ['Deelnemers', 'Gebruikers', 'Auditlog'] },
};

test('the login page lists the demo accounts per role and is accessible', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Demo-accounts' })).toBeVisible();
  for (const role of Object.keys(NAV_BY_ROLE)) {
    await expect(page.getByRole('button', { name: demoEmail(role) })).toBeVisible();
  }
  await expectAccessible(page, 'login');
});

test('a wrong password is refused with a message, and choosing a demo account fills the form', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByRole('button', { name: demoEmail('coach') }).click();
  await expect(page.getByLabel('E-mailadres')).toHaveValue(demoEmail('coach'));
  await page.getByLabel(/^Wachtwoord/).fill('not-the-password');
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/e-mailadres of wachtwoord/i);
});

for (const [role, nav] of Object.entries(NAV_BY_ROLE)) {
  test(`${role}: my work and navigation by role`, async ({ page }) => {
    await login(page, demoEmail(role));
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
    const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    for (const label of nav.has) {
      await expect(navigation.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    for (const label of nav.hasNot) {
      await expect(navigation.getByRole('link', { name: label, exact: true })).toHaveCount(0);
    }
    await expectAccessible(page, `my-work-${role}`);
  });
}

test('a page the role may not use explains itself, and the API refuses it too', async ({ page }) => {
  await login(page, demoEmail('coach'));
  await page.goto('/users');
  await expect(page.getByRole('alert')).toContainText('Geen toegang');
  const response = await page.request.get('/api/users');
  expect(response.status()).toBe(403);
});

test('switching to English translates the shell; signing out returns to the login page', async ({ page }) => {
  await login(page, demoEmail('org_admin'));
  await page.getByRole('radiogroup', { name: 'Taal' }).getByText('EN').click();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});
