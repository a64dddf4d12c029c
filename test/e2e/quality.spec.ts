import { expect, type Page, test } from '@playwright/test';
import { demoEmail, expectAccessible, login } from './fixtures';

async function openNav(page: Page, label: string) {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: label }).click();
}

test('an org admin sees expiring recognitions, reports the member survey figures and reads the scorecard and survey results', async ({
  page,
}) => {
  await login(page, demoEmail('org_admin'));
  await expect(
    page.getByRole('link', { name: /erkenningen? verlo(open|pen) binnen 90 dagen/ }),
  ).toBeVisible();

  await openNav(page, 'Erkenningen');
  await expect(page.getByRole('heading', { level: 1, name: 'Erkenningsregister' })).toBeVisible();
  await expect(page.getByText(/erkenningen verlopen binnen 90 dagen/)).toBeVisible();
  await expect(page.getByText('Verloopt binnenkort').first()).toBeVisible();
  await expectAccessible(page, 'quality-recognitions');
  await page.getByRole('button', { name: 'Erkenning toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erkenning toevoegen' });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText(/is verplicht/).first()).toBeVisible();
  await expectAccessible(page, 'quality-recognition-dialog');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await page
    .getByRole('button', { name: /^Erkenning intrekken: / })
    .last()
    .click();
  const withdraw = page.getByRole('dialog', { name: 'Erkenning intrekken' });
  await withdraw.getByLabel(/^Reden/).fill('Opleiding niet verlengd.');
  await withdraw.getByRole('button', { name: 'Intrekken' }).click();
  await expect(withdraw).toBeHidden();
  await expect(page.getByRole('table').getByText('Ingetrokken', { exact: true })).toBeVisible();

  await openNav(page, 'Ledenbevraging');
  await expect(page.getByRole('heading', { level: 1, name: 'Ledenbevraging' })).toBeVisible();
  await expectAccessible(page, 'quality-member-survey');
  await page
    .getByRole('link', { name: /Ledenbevraging toeleidingen/ })
    .first()
    .click();
  const own = page.getByRole('row', { name: /Maatwerkbedrijf De Leiewerf/ });
  await own.getByRole('button', { name: 'Cijfers invullen' }).click();
  const figures = page.getByRole('dialog', { name: /Cijfers van/ });
  await figures.getByLabel(/^Ontvangen toeleidingen/).fill('12');
  await figures.getByLabel(/^Gestart/).fill('20');
  await figures.getByLabel(/^Niet gestart/).fill('2');
  await figures.getByRole('button', { name: 'Opslaan' }).click();
  await expect(figures.getByText(/Gestart mag hoogstens/)).toBeVisible();
  await figures.getByLabel(/^Gestart/).fill('8');
  await figures.getByLabel(/^Nog in intake/).fill('2');
  await figures.getByLabel(/^Wachtlijst/).fill('7');
  await figures.getByRole('button', { name: 'Opslaan' }).click();
  await expect(figures).toBeHidden();
  await expect(own.getByText(/Geantwoord op/)).toBeVisible();
  await expectAccessible(page, 'quality-member-survey-round');

  await openNav(page, 'Kwaliteitsreviews');
  await expect(page.getByRole('row')).toHaveCount(2);
  // Nothing still loading (a loader's aria-label is what axe would scan otherwise).
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  await expectAccessible(page, 'quality-reviews-org-admin');
  await page.getByRole('link', { name: 'Maatwerkbedrijf De Leiewerf' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Scorekaart Maatwerkbedrijf De Leiewerf/ }),
  ).toBeVisible();
  await expect(page.getByText('Geschiedenis')).toBeVisible();
  await expectAccessible(page, 'quality-scorecard');

  await openNav(page, 'Tevredenheid');
  await page.getByRole('tab', { name: 'Resultaten' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn coach luistert naar wat ik wil.' })).toBeVisible();
  const caw = page.getByRole('row', { name: /CAW Oost-Vlaanderen/ }).first();
  await expect(caw).toContainText('< 5');
  await expect(page.getByRole('link', { name: 'CSV downloaden' })).toBeVisible();
  await expectAccessible(page, 'quality-survey-results');
});

test('a participant answers his survey from the start page, in plain language', async ({ page }) => {
  await login(page, demoEmail('participant'));
  await page.getByRole('link', { name: '1 vragenlijst om in te vullen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn vragenlijsten' })).toBeVisible();
  await expectAccessible(page, 'quality-my-surveys');
  await page.getByRole('link', { name: 'Invullen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Hoe gaat het met je begeleiding?' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'quality-survey-answer');
  for (const question of [
    'Mijn coach luistert naar wat ik wil.',
    'Ik weet wat de volgende stap is.',
    'Ik krijg de hulp die ik nodig heb.',
    'Ik kan mijn coach bereiken als ik dat nodig heb.',
  ]) {
    await page.getByRole('radiogroup', { name: question }).getByRole('radio').nth(3).check();
  }
  await page.getByText('Ja', { exact: true }).click();
  await page
    .getByRole('textbox', { name: /Wat kunnen we beter doen/ })
    .fill('Meer uitleg over mijn uitkering.');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText(/Je vulde dit in op/)).toBeVisible();
  await expectAccessible(page, 'quality-survey-answered');
});

test('an employer contact finds his survey; a coach sends one; the reviewer finishes a review; the analyst sees aggregates', async ({
  browser,
}) => {
  const as = async (role: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, demoEmail(role));
    return page;
  };
  const contact = await as('employer_contact');
  await openNav(contact, 'Mijn vragenlijsten');
  await contact.getByRole('link', { name: 'Invullen' }).click();
  await expect(
    contact.getByRole('heading', { level: 1, name: 'Hoe verliep de samenwerking?' }),
  ).toBeVisible();
  await expectAccessible(contact, 'quality-employer-survey');
  await contact.context().close();

  const coach = await as('coach');
  await openNav(coach, 'Tevredenheid');
  await expect(coach.getByRole('tab', { name: 'Verstuurd' })).toBeVisible();
  await expect(coach.getByText('Wacht op antwoord').first()).toBeVisible();
  await expectAccessible(coach, 'quality-invitations');
  await coach.getByRole('button', { name: 'Vragenlijst versturen' }).click();
  await expect(coach.getByRole('dialog', { name: 'Vragenlijst versturen' })).toBeVisible();
  await expectAccessible(coach, 'quality-send-survey');
  await coach.context().close();

  const reviewer = await as('network_admin');
  await openNav(reviewer, 'Kwaliteitsreviews');
  await expectAccessible(reviewer, 'quality-reviews');
  await reviewer.getByRole('link', { name: 'Jobcoaching Scheldeland' }).click();
  await reviewer.getByRole('link', { name: 'Review verderzetten' }).click();
  await expect(
    reviewer.getByRole('heading', { level: 1, name: /Review van Jobcoaching Scheldeland/ }),
  ).toBeVisible();
  await expectAccessible(reviewer, 'quality-review-form');
  await reviewer.getByRole('button', { name: 'Afronden' }).click();
  await expect(reviewer.getByRole('alert')).toBeVisible();
  for (const item of [
    'Zoektocht op maat',
    'Jobontwikkeling met werkgevers',
    'Betaald werk bij gewone werkgevers',
    'Nazorg op de werkplek',
    'Begeleiding zonder vaste einddatum',
  ]) {
    await reviewer.getByRole('radiogroup', { name: item }).getByRole('radio').nth(3).check();
  }
  await reviewer.getByRole('button', { name: 'Afronden' }).click();
  await expect(
    reviewer.getByRole('heading', { level: 1, name: /Scorekaart Jobcoaching Scheldeland/ }),
  ).toBeVisible();
  await expect(reviewer.getByText('Verschil met vorige')).toBeVisible();
  await reviewer.context().close();

  const analyst = await as('analyst');
  await openNav(analyst, 'Ledenbevraging');
  await analyst
    .getByRole('link', { name: /Ledenbevraging toeleidingen/ })
    .last()
    .click();
  await expect(analyst.getByText('Totaal van de antwoorden')).toBeVisible();
  await expect(analyst.getByText('Status per organisatie')).toHaveCount(0);
  await expectAccessible(analyst, 'quality-member-survey-analyst');
  await analyst.context().close();
});
