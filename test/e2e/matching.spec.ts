import { expect, type Page, test } from '@playwright/test';
import { demoEmail, expectAccessible, login } from './fixtures';

/**
 * Matching and proposals in the browser (issue 5): a coach finds jobs for Pieter Deelnemer with why and why
 * not and proposes; an account manager works a proposal (a change meanwhile is not overwritten), sees a job's
 * candidates and carves a job; a network admin runs, reviews and publishes the network-wide proposal; Pieter
 * reads his proposal in plain Dutch and says no; the employer contact reads a proposal for their job.
 * The tests of this file run in order, on the demo network of a fresh server.
 */

const PIETER = 'Pieter Deelnemer';

/** Calls the API as the signed-in browser user (session cookie and CSRF token); fails on a refusal. */
async function apiAs(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const me = await (await page.request.get('/api/me')).json();
  const response = await page.request.fetch(`/api${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

async function pieterId(page: Page): Promise<string> {
  const found = await apiAs(page, 'GET', '/participants?q=Deelnemer');
  return found.items.find((p: { firstName: string }) => p.firstName === 'Pieter').id;
}

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: true });
}

test('a coach finds jobs for a participant with why and why not, and sends a proposal', async ({ page }) => {
  test.setTimeout(150_000);
  await login(page, demoEmail('coach'));
  await nav(page, 'Deelnemers').click();
  await page.getByRole('link', { name: /Deelnemer, Pieter/ }).click();
  await page.getByRole('tab', { name: 'Matching' }).click();
  const jobs = page.getByRole('table', { name: `Beste jobs voor ${PIETER}` });
  await expect(jobs).toBeVisible();
  // The demo proposed him a job already: that row says so and links to it.
  await expect(jobs.getByRole('link', { name: 'Voorgesteld' }).first()).toBeVisible();

  // Why: the score's parts, each in a sentence, and the comparison per dimension (he shares his profile).
  const rows = jobs.locator(':scope > tbody > tr');
  let index = 0;
  while (
    (await rows
      .nth(index)
      .getByRole('button', { name: / voorstellen$/ })
      .count()) === 0
  ) {
    index++;
  }
  const proposeButton = rows.nth(index).getByRole('button', { name: / voorstellen$/ });
  const jobTitle = (await proposeButton.getAttribute('aria-label'))!.replace(/ voorstellen$/, '');
  await rows
    .nth(index)
    .getByRole('button', { name: `Waarom: ${jobTitle}` })
    .click();
  const parts = page.getByRole('table', { name: 'Onderdelen van de score' });
  await expect(parts.getByRole('row', { name: /^Reistijd/ })).toContainText(/Woont op \d+ minuten/);
  await expect(parts.getByRole('row', { name: /^Uren/ })).toContainText(/Wil 30 uur werken; de job is/);
  await expect(parts.getByRole('row', { name: /^Nederlands/ })).toContainText(/Nederlands C2, gevraagd/);
  await expect(page.getByRole('table', { name: 'Vergelijking per dimensie' })).toBeVisible();
  await expectAccessible(page, 'participant-matching');
  await rows
    .nth(index)
    .getByRole('button', { name: `Verberg waarom: ${jobTitle}` })
    .click();

  // Why not: a work-like activity (AMA) does not fit his advice; proposing it anyway needs a motivation.
  await page.getByRole('combobox', { name: 'Open job' }).fill('Arbeidszorg');
  await page
    .getByRole('option', { name: /^Arbeidszorg/ })
    .first()
    .click();
  const why = page.getByRole('dialog', { name: /^Waarom Pieter Deelnemer voor Arbeidszorg/ });
  await expect(why.getByText('Waarom niet', { exact: true })).toBeVisible();
  await expect(why.getByText(/Het advies van de indicering laat dit soort job niet toe/)).toBeVisible();
  await expect(why.getByText('Uitgesloten', { exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'match-why-not');
  await why.getByRole('button', { name: 'Voorstellen', exact: true }).click();
  const override = page.getByRole('dialog', { name: 'Voorstel maken' });
  await override.getByText('Als suggestie bewaren').click();
  await override.getByRole('button', { name: 'Voorstel maken' }).click();
  // Without a motivation the server refuses; its message lands on the motivation field.
  await expect(override.getByText(/Geef een motivering/)).toBeVisible();
  await override
    .getByLabel(/^Motivering om toch voor te stellen/)
    .fill('Wil starten met arbeidszorg in de bakkerij; bespreken met GTB.');
  await override.getByRole('button', { name: 'Voorstel maken' }).click();
  await expect(page.getByText('Het voorstel is gemaakt.')).toBeVisible();
  await expect(why.getByRole('link', { name: 'Suggestie' })).toBeVisible();
  await why.getByRole('button', { name: 'Sluiten' }).click();

  // Propose one of his best jobs to him and the employer at once.
  await proposeButton.click();
  const dialog = page.getByRole('dialog', { name: 'Voorstel maken' });
  await expect(dialog.getByText(`${PIETER} voor ${jobTitle}`)).toBeVisible();
  await dialog.getByLabel(/^Notitie/).fill('Past bij zijn ervaring; graag snel een gesprek.');
  await expectAccessible(page, 'proposal-create');
  await dialog.getByRole('button', { name: 'Voorstel maken' }).click();
  await expect(dialog).toBeHidden();
  const state = rows.nth(index).getByRole('link', { name: 'Voorgesteld' });
  await expect(state).toBeVisible();
  await state.click();

  // The proposal: its course, the explanation, and the next steps the coach may take.
  await expect(page.getByRole('heading', { level: 1, name: `${PIETER} voor ${jobTitle}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Verloop' })).toContainText('Gemaakt als voorgesteld');
  await expect(page.getByRole('region', { name: 'Waarom deze match' })).toBeVisible();
  await page.getByRole('button', { name: 'Gesprek plannen' }).click();
  const interview = page.getByRole('dialog', { name: 'Sollicitatiegesprek plannen' });
  await interview.getByLabel(/^Datum van het gesprek/).fill('2027-01-12');
  await interview.getByRole('button', { name: 'Gesprek plannen' }).click();
  await expect(interview).toBeHidden();
  await expect(page.getByRole('region', { name: 'Verloop' })).toContainText(
    'Voorgesteld → Sollicitatiegesprek',
  );
  await expectAccessible(page, 'proposal-coach');
});

test('an account manager works a proposal, sees the candidates for a job and carves a job for a participant', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await login(page, demoEmail('account_manager'));
  await nav(page, 'Voorstellen').click();
  await page.getByRole('radiogroup', { name: 'Welke voorstellen' }).getByText('Mijn werkgevers').click();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Voorgesteld', exact: true }).click();
  await expect(page).toHaveURL(/box=employers/);
  const list = page.getByRole('table', { name: 'Voorstellen' });
  await expect(list.getByText('Voorgesteld').first()).toBeVisible();
  await expectAccessible(page, 'proposals');
  // Not Pieter's: the participant's test says no to his own later.
  await list.getByRole('row').filter({ hasNotText: 'Deelnemer, Pieter' }).getByRole('link').first().click();
  await expect(page.getByRole('button', { name: 'Afwijzen' })).toBeVisible();

  // Meanwhile the coach planned the interview: the decline made on the old version is not saved over it.
  const id = page.url().split('/').pop()!;
  const seen = await apiAs(page, 'GET', `/proposals/${id}`);
  await apiAs(page, 'POST', `/proposals/${id}/transition`, {
    version: seen.version,
    to: 'interview',
    interviewOn: '2027-01-20',
  });
  await page.getByRole('button', { name: 'Afwijzen' }).click();
  let decline = page.getByRole('dialog', { name: 'Voorstel afwijzen' });
  await decline.getByRole('combobox', { name: 'Wie wijst af?' }).click();
  await page.getByRole('option', { name: 'De werkgever' }).click();
  await decline.getByRole('combobox', { name: 'Reden' }).click();
  await page.getByRole('option', { name: 'Kandidaat past niet (werkgever)' }).click();
  await decline.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(page.getByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeVisible();
  await expect(page.getByText('Sollicitatiegesprek', { exact: true }).first()).toBeVisible();

  // On the current version it goes through, with the reason and who declined.
  await page.getByRole('button', { name: 'Afwijzen' }).click();
  decline = page.getByRole('dialog', { name: 'Voorstel afwijzen' });
  await decline.getByRole('combobox', { name: 'Wie wijst af?' }).click();
  await page.getByRole('option', { name: 'De werkgever' }).click();
  await decline.getByRole('combobox', { name: 'Reden' }).click();
  await page.getByRole('option', { name: 'Andere reden' }).click();
  await decline.getByRole('button', { name: 'Afwijzen' }).click();
  // "Other" needs a text: the server says so on the field.
  await expect(decline.getByText(/Toelichting/).last()).toBeVisible();
  await decline.getByLabel(/^Toelichting/).fill('De werkgever zoekt iemand met een rijbewijs C.');
  await decline.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(page.getByText('Het voorstel is afgewezen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gegevens' })).toContainText('Andere reden');
  await expectAccessible(page, 'proposal-declined');

  // The best people for one of their open jobs, on the job page, each with why.
  const mine = await apiAs(page, 'GET', '/jobs?mine=true&status=open&kind=regular_vacancy&pageSize=1');
  const job = mine.items[0];
  await page.goto(`/jobs/${job.id}`);
  await expect(page.getByRole('heading', { level: 1, name: job.title })).toBeVisible();
  await page.getByRole('tab', { name: 'Kandidaten' }).click();
  await expect(page).toHaveURL(/tab=candidates/);
  const candidates = page.getByRole('table', { name: `Kandidaten voor ${job.title}` });
  const first = candidates.getByRole('button', { name: /^Waarom: / }).first();
  await first.click();
  await expect(candidates.getByRole('table', { name: 'Onderdelen van de score' })).toBeVisible();
  await expectAccessible(page, 'job-candidates');

  // Carving: the tasks of an employer Pieter can do, reaching his 30 hours, become a carved job.
  const pieter = await pieterId(page);
  const best = await apiAs(page, 'GET', `/matching/participants/${pieter}/jobs`);
  let employer: { id: string; name: string } | null = null;
  for (const item of best.items as { job: { employer: { id: string; name: string } } }[]) {
    const s = await apiAs(
      page,
      'GET',
      `/matching/carving?participantId=${pieter}&employerId=${item.job.employer.id}`,
    );
    if (s.chosenHours > 0 && s.siteId) {
      employer = item.job.employer;
      break;
    }
  }
  expect(employer, 'an employer with tasks Pieter can do').not.toBeNull();
  await page.goto(`/participants/${pieter}?tab=matching`);
  // The best jobs load above the carving first (typing before would see the box pushed away from its list).
  await expect(page.getByRole('table', { name: `Beste jobs voor ${PIETER}` })).toBeVisible();
  await page.getByRole('combobox', { name: 'Werkgever voor job carving' }).fill(employer!.name);
  await page.getByRole('option', { name: employer!.name, exact: true }).click();
  const tasks = page.getByRole('table', { name: `Taken van ${employer!.name}` });
  await expect(tasks).toBeVisible();
  await expect(page.getByText(/^Gewenst: 30 uur per week$/)).toBeVisible();
  await expect(page.getByText(/^Gekozen: [\d,]+ uur per week$/)).toBeVisible();
  await expectAccessible(page, 'carving');
  await page.getByRole('button', { name: 'Aangepaste job maken' }).click();
  const carve = page.getByRole('dialog', { name: 'Aangepaste job maken' });
  await expect(carve.getByLabel(/^Titel van de job/)).toHaveValue(/^Aangepaste job: /);
  await carve.getByRole('button', { name: 'Aangepaste job maken' }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Aangepaste job: / })).toBeVisible();
});

test('a network admin runs the network-wide proposal, reviews optimal against greedy with a why, and publishes it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await login(page, demoEmail('network_admin'));
  await nav(page, 'Netwerkvoorstel').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netwerkvoorstel' })).toBeVisible();
  await expectAccessible(page, 'matching-batches');
  await page.getByLabel(/^Voorrang voor lang wachten/).fill('12');
  await page.getByRole('button', { name: 'Berekening starten' }).click();

  // The review page follows the run until it is ready.
  await expect(page).toHaveURL(/\/matching\/batches\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Klaar voor nazicht')).toBeVisible({ timeout: 60_000 });
  const comparison = page.getByRole('table', { name: 'Optimaal naast eerst-komt-eerst' });
  await expect(comparison.getByRole('row', { name: /^Toegewezen/ })).toBeVisible();
  await expect(comparison.getByRole('row', { name: /^Gemiddelde score/ })).toBeVisible();
  await expect(page.getByText(/^Optimaal plaatst|^Beide verdelingen/)).toBeVisible();
  await expect(page.getByText(/Voorrang voor lang wachten: 12 punten/)).toBeVisible();

  // Only where first come, first served chose differently, with its job beside.
  // Mantine lays the switch's input over its label: click the switch itself.
  await page.getByRole('switch', { name: 'Alleen waar eerst-komt-eerst anders kiest' }).click();
  await expect(page).toHaveURL(/onlyDifferent=true/);
  const pairs = page.getByRole('table', { name: 'Paren' });
  await expect(pairs.getByRole('columnheader', { name: 'Bij eerst-komt-eerst' })).toBeVisible();
  await expectAccessible(page, 'matching-batch-review');
  await pairs
    .getByRole('button', { name: /^Waarom / })
    .first()
    .click();
  const why = page.getByRole('dialog', { name: /^Waarom .+ voor .+\?$/ });
  await expect(why.getByRole('table', { name: 'Onderdelen van de score' })).toBeVisible();
  await expectAccessible(page, 'matching-batch-why');
  await why.getByRole('button', { name: 'Sluiten' }).click();

  await page.getByRole('button', { name: 'Publiceren' }).click();
  const confirm = page.getByRole('dialog', { name: 'Netwerkvoorstel publiceren?' });
  await expect(confirm).toContainText(/worden suggesties|wordt een suggestie/);
  await confirm.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByText(/^Gepubliceerd op .+ als suggestie/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publiceren' })).toBeHidden();
  await page.getByRole('link', { name: 'Voorstellen van deze berekening' }).click();
  await expect(page.getByRole('table', { name: 'Voorstellen' }).getByText('Suggestie').first()).toBeVisible();
});

test('the participant reads their proposal in plain Dutch and says no to one', async ({ page }) => {
  await login(page, demoEmail('participant'));
  await nav(page, 'Mijn voorstellen').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn voorstellen' })).toBeVisible();
  // The one the demo proposed him: at Janssens CV, still open (he said no to another there before).
  const card = page
    .getByRole('article')
    .filter({ hasText: 'Janssens CV' })
    .filter({ has: page.getByRole('button', { name: 'Nee, dit wil ik niet' }) });
  await expect(card.getByText('Waarom past dit bij jou?')).toBeVisible();
  await expect(card.getByText(/^Je bent er in ongeveer \d+ minuten/)).toBeVisible();
  await expect(card).not.toContainText(/niveau|dimensie|score/i);
  await expectAccessible(page, 'my-proposals');

  const refusals = page.getByRole('button', { name: 'Nee, dit wil ik niet' });
  const open = await refusals.count();
  await card.getByRole('button', { name: 'Nee, dit wil ik niet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nee, dit wil ik niet' });
  await dialog.getByRole('radio', { name: 'Het is te ver.' }).check();
  await expectAccessible(page, 'my-proposal-refuse');
  await dialog.getByRole('button', { name: 'Nee zeggen' }).click();
  await expect(page.getByText('Je antwoord is doorgegeven. Je jobcoach neemt contact op.')).toBeVisible();
  // It moved to the earlier ones, beside the one he declined before.
  await expect(refusals).toHaveCount(open - 1);
  await expect(page.getByText('Je zei nee tegen deze job.')).toHaveCount(2);

  // In English too.
  await page.getByRole('radiogroup', { name: 'Taal' }).getByText('EN').click();
  await expect(page.getByRole('heading', { level: 1, name: 'My proposals' })).toBeVisible();
  await expect(page.getByText('You said no to this job.').first()).toBeVisible();
});

test('the employer contact sees a proposal for their job, without score or profile', async ({ page }) => {
  await login(page, demoEmail('employer_contact'));
  await nav(page, 'Voorgestelde kandidaten').click();
  const table = page.getByRole('table', { name: 'Voorgestelde kandidaten' });
  await expect(table.getByRole('columnheader', { name: 'Nederlands' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Score/ })).toHaveCount(0);
  await expectAccessible(page, 'employer-proposals');
  await table.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: / voor / })).toBeVisible();
  await expect(page.getByText(/^Antwoorden gaat via de accountmanager: /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Waarom deze match' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Afwijzen' })).toHaveCount(0);
  await expectAccessible(page, 'employer-proposal');
});
