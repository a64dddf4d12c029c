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
  // A toast after saving lies over the header while it fades in and out, which axe reads as the header's contrast:
  // scan once it has closed by itself (they close after a few seconds).
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  // A dialog or menu fading in has not reached its colours yet: scan once CSS transitions have finished.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  );
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

/** The CSRF header of the page's signed-in session, for state-changing `page.request` calls. */
export async function csrfHeaders(page: Page): Promise<Record<string, string>> {
  const me = await (await page.request.get('/api/me')).json();
  return { 'x-csrf-token': me.csrfToken };
}

/**
 * A valid, unused-looking Belgian national number (INSZ) for a birth date in the 1900s: YYMMDD, a random serial
 * and the mod-97 check digits, so tests never collide with each other or the demo network.
 */
export function nationalNumberFor(birthDate: string): string {
  const [year, month, day] = birthDate.split('-');
  const serial = String(1 + Math.floor(Math.random() * 997)).padStart(3, '0');
  const base = `${year!.slice(2)}${month}${day}${serial}`;
  const check = 97 - (Number(base) % 97);
  return `${base}${String(check).padStart(2, '0')}`;
}

/** A unique surname for a test's person, so parallel tests and reruns find their own rows. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 7)}`;
}
