import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'werkbrug-demo';
export const demoEmail = (role: string) => `${role}@demo.werkbrug.test`;

/** Signs in through the login form, as a user would. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/^(E-mailadres|Email address)/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Aanmelden|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Scans the page with axe (WCAG 2.1 A and AA) and fails on serious or critical violations, naming each with
 * the elements involved. Also keeps a screenshot of the page for people to look at.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  await page.screenshot({ path: `.tmp/screenshots/e2e-${name}.png`, fullPage: true });
  expect(report, `accessibility violations on ${name}`).toEqual([]);
}
