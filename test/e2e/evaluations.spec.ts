import { expect, type Page, test } from '@playwright/test';
import { plainLanguageIssues } from '../../web/src/i18n/plain-language';
import { demoEmail, expectAccessible, login } from './fixtures';

/** The participant's page reads as plain Dutch (B1): short sentences, none of the jargon words. */
async function expectPlainLanguage(page: Page) {
  const text = await page.getByRole('main').innerText();
  expect(plainLanguageIssues(text)).toEqual({ longSentences: [], jargon: [] });
}

const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });

test('the whole transition evaluation: coach prepares, the participant gives their own view, conversation, deviating decision, sign-off by a colleague, summary', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // The coach finds the demo participant's evaluation on her own list.
  const coach = await (await browser.newContext()).newPage();
  await login(coach, demoEmail('coach'));
  await coach.getByRole('navigation').getByRole('link', { name: 'Evaluaties' }).click();
  await expect(coach.getByRole('table', { name: 'Doorstroomevaluaties' })).toBeVisible();
  await coach.goto('/evaluations?view=mine&state=in_progress');
  await expect(coach.getByRole('table', { name: 'Doorstroomevaluaties' })).toBeVisible();
  await expectAccessible(coach, 'evaluations-list');
  await coach.getByRole('link', { name: 'Pieter Deelnemer' }).click();
  await expect(coach.getByRole('heading', { name: 'Pieter Deelnemer', level: 1 })).toBeVisible();
  await expect(coach.getByText('Het voorstel verschijnt zodra elk criterium een score heeft.')).toBeVisible();
  // Beside: the profile (or why not) and the trajectory history.
  await expect(coach.getByRole('region', { name: 'Ernaast' })).toContainText('Trajectgeschiedenis');
  await expectAccessible(coach, 'evaluation-prepare');

  // The last criterion: a score without evidence is refused, naming the criterion; with evidence it is saved.
  const market = coach.getByRole('group', { name: 'Passende vacatures of jobs' });
  await market.getByRole('radio', { name: /^3 · Grotendeels/ }).check({ force: true });
  await coach.getByRole('button', { name: 'Scores opslaan' }).click();
  await expect(market.getByRole('alert')).toContainText('"Passende vacatures of jobs" vraagt bewijs');
  await market.getByRole('checkbox', { name: 'Arbeidsmarktscan' }).check({ force: true });
  await market
    .getByRole('textbox', { name: 'Bewijs' })
    .fill('Drie vacatures voor keukenhulp binnen 10 km (VDAB, deze maand).');
  await coach.getByRole('button', { name: 'Scores opslaan' }).click();
  await expect(coach.getByText('Scores opgeslagen.')).toBeVisible();
  const proposal = coach.getByRole('region', { name: 'Voorstel van de beslisregel' });
  await expect(proposal).toContainText('Naar IMW');

  // The participant gives his own view, in plain language, signed in himself.
  const participant = await (await browser.newContext()).newPage();
  await login(participant, demoEmail('participant'));
  await participant.getByRole('navigation').getByRole('link', { name: 'Mijn evaluatie' }).click();
  await expect(participant.getByRole('heading', { name: 'Jouw mening' })).toBeVisible();
  await expectAccessible(participant, 'evaluation-participant-form');
  await expectPlainLanguage(participant);
  await participant.getByRole('radio', { name: 'Goed', exact: true }).check({ force: true });
  await participant
    .getByLabel('Wat gaat goed?')
    .fill('Ik werk graag in de keuken. Mijn collega’s zijn fijn.');
  await participant.getByLabel('Wat is moeilijk?').fill('Als het heel druk is.');
  await participant.getByRole('radio', { name: 'Werken bij een gewone werkgever' }).check({ force: true });
  await participant.getByLabel('Welke hulp wil je?').fill('Hulp bij het zoeken naar een werkgever.');
  await participant.getByRole('button', { name: 'Versturen' }).click();
  await expect(participant.getByRole('status').filter({ hasText: 'Bedankt' })).toBeVisible();

  // The coach sees it (given by the participant himself), records the conversation and decides.
  await coach.reload();
  const view = coach.getByRole('region', { name: 'Kijk van de deelnemer' });
  await expect(view).toContainText('Zelf ingevuld door de deelnemer');
  await expect(view).toContainText('Werken bij een gewone werkgever');
  const talk = coach.getByRole('region', { name: 'Gesprek', exact: true });
  await talk.getByLabel('Datum van het gesprek').fill(today);
  await talk.getByLabel('Aanwezigen').fill('Charlotte Coach (jobcoach)\nPieter Deelnemer');
  await talk
    .getByLabel('Samenvatting')
    .fill('Scores en wens samen overlopen. Pieter wil graag naar een gewone werkgever.');
  await talk.getByRole('button', { name: 'Gesprek vastleggen' }).click();
  await expect(coach.getByText('Gesprek vastgelegd.')).toBeVisible();

  const decision = coach.getByRole('region', { name: 'Beslissing', exact: true });
  await expect(decision).toContainText('De beslisregel stelt voor: Naar IMW');
  await decision.getByRole('radio', { name: 'Doorstroomtraject starten' }).check({ force: true });
  await decision
    .getByLabel('Waarom (in eenvoudige taal, voor de deelnemer)')
    .fill('Je werkt zelfstandig. Je wil graag bij een gewone werkgever werken.');
  await decision
    .getByLabel('Wat gebeurt er nu (in eenvoudige taal)')
    .fill('Je coach zoekt met jou een stageplaats. Eerst maken we samen een plan.');
  await decision.getByRole('button', { name: 'Ter aftekening voorleggen' }).click();
  await expect(decision.getByRole('alert').filter({ hasText: 'motiveer' })).toContainText(
    'wijkt af van het voorstel van de beslisregel (naar IMW)',
  );
  await decision
    .getByLabel('Motivering van de afwijking')
    .fill('Een werkgever in de buurt biedt een mentor aan; IMW-begeleiding is niet nodig.');
  await decision.getByRole('button', { name: 'Ter aftekening voorleggen' }).click();
  await expect(coach.getByText('Beslissing voorgelegd ter aftekening.')).toBeVisible();
  await expect(coach.getByText('U stelde deze beslissing voor of bereidde de evaluatie voor')).toBeVisible();
  await expectAccessible(coach, 'evaluation-awaiting-sign-off');
  const evaluationUrl = coach.url();

  // A colleague (the organisation admin) signs off.
  const admin = await (await browser.newContext()).newPage();
  await login(admin, demoEmail('org_admin'));
  await admin.goto(evaluationUrl);
  const signOff = admin.getByRole('region', { name: 'Aftekening (vier ogen)' });
  await expect(admin.getByRole('region', { name: 'Beslissing', exact: true })).toContainText(
    'Wijkt af van het voorstel',
  );
  await signOff.getByRole('button', { name: 'Aftekenen' }).click();
  await expect(admin.getByText('Afgetekend: de evaluatie is beslist.')).toBeVisible();
  await expect(signOff).toContainText('Afgetekend door Olivier Organisatiebeheer');

  // The participant reads what was decided, in plain language, and can download it.
  await participant.reload();
  await participant.getByRole('link', { name: 'Lees wat er beslist is' }).click();
  await expect(participant.getByRole('heading', { name: 'Wat is beslist?', level: 1 })).toBeVisible();
  await expect(participant.getByRole('main')).toContainText(
    'Je gaat stap voor stap naar werk bij een gewone werkgever.',
  );
  await expect(participant.getByRole('main')).toContainText(
    'Jij zei: ik wil werken bij een gewone werkgever.',
  );
  await expectAccessible(participant, 'evaluation-participant-summary');
  await expectPlainLanguage(participant);
  const pdfHref = await participant.getByRole('link', { name: 'Download als PDF' }).getAttribute('href');
  const pdf = await participant.request.get(pdfHref!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the network sees the consistency report with outliers, and the template versions', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext()).newPage();
  await login(page, demoEmail('network_admin'));
  await page.getByRole('navigation').getByRole('link', { name: 'Consistentie evaluaties' }).click();
  const organisations = page.getByRole('table', { name: 'Per organisatie' });
  await expect(organisations.getByRole('row', { name: /Leiewerf/ })).toContainText('Wijkt vaak af');
  await expect(page.getByRole('table', { name: 'Per evaluator' })).toBeVisible();
  await expectAccessible(page, 'evaluation-consistency');
  await page.getByRole('navigation').getByRole('link', { name: 'Evaluatiesjablonen' }).click();
  await expect(page.getByRole('table', { name: 'Versie' })).toContainText('Uniforme doorstroomevaluatie');
  await expect(page.getByText('Taken uitvoeren — Voert de deelnemer')).toBeVisible();
  await expectAccessible(page, 'evaluation-templates');
});
