import { type Browser, expect, type Page, test } from '@playwright/test';
import { csrfHeaders, demoEmail, expectAccessible, login, uniqueName } from './fixtures';

const DAY = 86_400_000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

/**
 * A trajectory of the demo coach to work on, opened through the API for a participant in the coach's caseload
 * without an open one, started today (so it heads the list of running trajectories), with its first phase
 * planned and started 100 days ago so that its term has passed.
 */
async function openTrajectory(page: Page) {
  const headers = await csrfHeaders(page);
  const types = (await (await page.request.get('/api/trajectory-types')).json()).items as {
    id: string;
    key: string;
  }[];
  const transition = types.find((t) => t.key === 'transition')!;
  const people = (await (await page.request.get('/api/participants?coachId=me&pageSize=100')).json())
    .items as { id: string; firstName: string; lastName: string }[];
  for (const person of people) {
    const open = await (
      await page.request.get(`/api/trajectories?participantId=${person.id}&status=open`)
    ).json();
    if (open.total > 0) {
      continue;
    }
    const created = await page.request.post('/api/trajectories', {
      headers,
      data: { participantId: person.id, typeId: transition.id, startedOn: isoDaysAgo(0) },
    });
    if (!created.ok()) {
      continue;
    }
    const trajectory = await created.json();
    // The first phase started with the trajectory: unstart it, move its term into the past, start it again.
    const phaseUrl = `/api/trajectories/${trajectory.id}/phases/${trajectory.phases[0].id}`;
    let phase = trajectory.phases[0];
    for (const data of [
      { actualStartOn: null },
      { plannedStartOn: isoDaysAgo(100), plannedEndOn: isoDaysAgo(10) },
      { actualStartOn: isoDaysAgo(100) },
    ]) {
      const response = await page.request.patch(phaseUrl, {
        headers,
        data: { version: phase.version, data },
      });
      expect(response.ok(), await response.text()).toBe(true);
      phase = (await response.json()).phases[0];
    }
    expect(phase.isOverdue).toBe(true);
    return { id: trajectory.id as string, person, phase: phase.name as string };
  }
  throw new Error('no participant of the demo coach without an open trajectory');
}

/** An internship at an internship place whose employer has a legal signatory (set up through the API). */
async function setUpInternship(page: Page, trajectoryId: string) {
  const headers = await csrfHeaders(page);
  const jobs = (await (await page.request.get('/api/jobs?kind=internship_place&pageSize=50')).json())
    .items as {
    id: string;
    employer: { id: string };
  }[];
  for (const job of jobs) {
    const people = (
      await (await page.request.get(`/api/employers/${job.employer.id}/contact-persons`)).json()
    ).items as { id: string; isLegalSignatory: boolean }[];
    const signatory = people.find((p) => p.isLegalSignatory);
    if (!signatory) {
      continue;
    }
    const response = await page.request.post(`/api/trajectories/${trajectoryId}/internships`, {
      headers,
      data: {
        jobId: job.id,
        mentorContactPersonId: (people.find((p) => p.id !== signatory.id) ?? signatory).id,
        legalSignatoryContactPersonId: signatory.id,
        startsOn: isoDaysAgo(-7),
        endsOn: isoDaysAgo(-60),
        weeklySchedule: [
          { day: 'mon', from: '09:00', to: '15:00' },
          { day: 'tue', from: '09:00', to: '15:00' },
        ],
        learningGoals: ['Zelfstandig de kassa openen'],
      },
    });
    if (response.ok()) {
      return;
    }
  }
  throw new Error('no internship place to set up an internship at');
}

test('a coach opens a trajectory from the list, logs a session, extends an overdue term and sees the internship approvals', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await login(page, demoEmail('coach'));
  const { id, person, phase } = await openTrajectory(page);
  const name = `${person.firstName} ${person.lastName}`;

  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Trajecten' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trajecten' })).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Trajecten' })
    .getByRole('row')
    .filter({ hasText: `${person.lastName}, ${person.firstName}` });
  await expect(row).toContainText('1 fase te laat');
  await expectAccessible(page, 'trajectories-list');
  await row.getByRole('link', { name: `${person.lastName}, ${person.firstName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/trajectories/${id}`));
  await expect(page.getByRole('heading', { level: 1, name: `Traject van ${name}` })).toBeVisible();

  // The phases: the first one is past its term, in words.
  const first = page.getByRole('article', { name: phase });
  await expect(first).toContainText('dagen te laat');
  await expectAccessible(page, 'trajectory-phases');

  // Extend the overdue term with a reason: it is recorded under the phase.
  await first.getByRole('button', { name: `Termijn van ${phase} verlengen` }).click();
  const extend = page.getByRole('dialog', { name: `Termijn van ${phase} verlengen` });
  await extend.getByLabel(/^Nieuwe einddatum/).fill(isoDaysAgo(-30));
  await expectAccessible(page, 'trajectory-extend-dialog');
  // Without a reason the server refuses it, naming the field.
  await extend.getByRole('button', { name: 'Verlengen' }).click();
  await expect(extend.getByLabel(/^Reden van de verlenging/)).toHaveAttribute('aria-invalid', 'true');
  await extend.getByLabel(/^Reden van de verlenging/).fill('Wacht op een vrije stageplaats in de buurt.');
  await extend.getByRole('button', { name: 'Verlengen' }).click();
  await expect(extend).toBeHidden();
  await expect(first).toContainText('Wacht op een vrije stageplaats in de buurt.');
  await expect(first).not.toContainText('te laat');

  // Log a coaching session with a confidential part.
  await page.getByRole('tab', { name: 'Coachinglogboek' }).click();
  await page.getByRole('button', { name: 'Sessie registreren' }).click();
  const log = page.getByRole('dialog', { name: 'Sessie registreren' });
  await log.getByLabel(/^Duur/).fill('45');
  await log.getByRole('combobox', { name: 'Waar' }).click();
  await page.getByRole('option', { name: 'Op de werkplek' }).click();
  await log.getByRole('combobox', { name: 'Onderwerpen' }).click();
  await page.getByRole('option', { name: 'Werkhouding' }).click();
  // Close the options list (it covers the fields below) by clicking beside it.
  await log.getByText('Telt mee in het gebruikte ondersteuningsbudget.').click();
  await expect(page.getByRole('option', { name: 'Werkhouding' })).toBeHidden();
  await log.getByLabel(/^Verslag/).fill('Eerste week op de werkvloer overlopen.');
  await log.getByLabel(/^Vertrouwelijk deel/).fill('Slaapt slecht door de zorg voor een familielid.');
  await expectAccessible(page, 'trajectory-session-dialog');
  await log.getByRole('button', { name: 'Registreren' }).click();
  await expect(log).toBeHidden();
  const logbook = page.getByRole('region', { name: 'Coachinglogboek' });
  await expect(logbook).toContainText('45 minuten');
  await expect(logbook).toContainText('Op de werkplek');
  await expect(logbook).toContainText('Eerste week op de werkvloer overlopen.');
  await expect(logbook).toContainText('Slaapt slecht door de zorg voor een familielid.');
  await expectAccessible(page, 'trajectory-coaching-log');

  // The session counts in the support budget.
  await page.getByRole('tab', { name: 'Ondersteuningsbudget' }).click();
  await expect(page.getByRole('region', { name: 'Ondersteuningsbudget' })).toContainText('Gebruikt 0,8 van');
  await expectAccessible(page, 'trajectory-budget');

  // The internship: each party's approval, and the coach approves for the organisation.
  await setUpInternship(page, id);
  await page.getByRole('tab', { name: 'Stage' }).click();
  const approvals = page.getByRole('table', { name: 'Goedkeuring van de overeenkomst' });
  await expect(approvals.getByRole('row')).toHaveCount(4);
  await expect(approvals.getByRole('row').filter({ hasText: 'Deelnemer' })).toContainText('Wacht');
  await expect(page.getByRole('link', { name: 'Stageovereenkomst (PDF)' })).toHaveAttribute(
    'href',
    /agreement\.pdf$/,
  );
  await expectAccessible(page, 'trajectory-internship');
  await page.getByRole('button', { name: 'Goedkeuren als Begeleidende organisatie' }).click();
  await expect(approvals.getByRole('row').filter({ hasText: 'Begeleidende organisatie' })).toContainText(
    'Goedgekeurd',
  );
  await expect(approvals.getByRole('row').filter({ hasText: 'Werkgever' })).toContainText('Wacht');

  // The participant's file lists the trajectory and opens it.
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('tab', { name: 'Trajecten' }).click();
  const list = page.getByRole('table', { name: 'Trajecten van de deelnemer' });
  await expect(list.getByRole('row').filter({ hasText: 'Doorstroomtraject' })).toContainText('Lopend');
  await expectAccessible(page, 'participant-trajectories');
  await list.getByRole('link', { name: 'Traject openen' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/trajectories/${id}`));
});

/** Signs a fresh page of its own context in (for a second person in one test). */
async function asUser(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email);
  return page;
}

test('the mentor sees only the work floor of their participant and logs a session there', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The demo mentor's login and employer, found by a network admin.
  const admin = await asUser(browser, demoEmail('network_admin'));
  const mentors = (await (await admin.request.get('/api/users?role=mentor&pageSize=50')).json()).items as {
    id: string;
    email: string;
  }[];
  const mentor = mentors.find((u) => u.email === demoEmail('mentor'))!;
  const grants = (await (await admin.request.get(`/api/users/${mentor.id}`)).json()).roles as {
    role: string;
    employer: { id: string } | null;
  }[];
  const employerId = grants.find((g) => g.role === 'mentor')!.employer!.id;
  await admin.context().close();

  // The coach places a participant there and names the mentor, with an action for the work floor.
  await login(page, demoEmail('coach'));
  const { id, person } = await openTrajectory(page);
  const headers = await csrfHeaders(page);
  const employer = await (await page.request.get(`/api/employers/${employerId}`)).json();
  let trajectory = await (await page.request.get(`/api/trajectories/${id}`)).json();
  let response = await page.request.put(`/api/trajectories/${id}/placement`, {
    headers,
    data: { version: trajectory.version, siteId: employer.sites[0].id, placedOn: isoDaysAgo(0) },
  });
  expect(response.ok(), await response.text()).toBe(true);
  trajectory = await response.json();
  response = await page.request.put(`/api/trajectories/${id}/mentor`, {
    headers,
    data: { version: trajectory.version, contactPersonId: employer.contactPersons[0].id, userId: mentor.id },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const plan = await (
    await page.request.post(`/api/trajectories/${id}/goals`, {
      headers,
      data: { title: 'Zelfstandig starten' },
    })
  ).json();
  await page.request.post(`/api/trajectories/${id}/goals/${plan.goals[0].id}/actions`, {
    headers,
    data: { title: 'Elke ochtend de checklist overlopen', assignee: 'mentor', dueOn: isoDaysAgo(-14) },
  });
  await page.request.post(`/api/trajectories/${id}/sessions`, {
    headers,
    data: {
      sessionOn: isoDaysAgo(0),
      durationMinutes: 30,
      location: 'elsewhere',
      notes: 'Notities van de jobcoach.',
      confidentialNotes: 'Alleen voor de jobcoach.',
    },
  });

  const floor = await asUser(browser, demoEmail('mentor'));
  const nav = floor.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(nav.getByRole('link', { name: 'Trajecten' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Deelnemers' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Werkvloer' }).click();
  await expectAccessible(floor, 'workfloor-list');
  await floor.getByRole('link', { name: `${person.firstName} ${person.lastName}` }).click();
  await expect(
    floor.getByRole('heading', { level: 1, name: `${person.firstName} ${person.lastName} op de werkvloer` }),
  ).toBeVisible();
  await expect(floor.getByRole('table', { name: 'Afspraken voor de werkvloer' })).toContainText(
    'Elke ochtend de checklist overlopen',
  );
  // Nothing of the coach's log, nor the coach's trajectory page.
  await expect(floor.getByText('Notities van de jobcoach.')).toHaveCount(0);
  await expect(floor.getByText('Alleen voor de jobcoach.')).toHaveCount(0);
  await expectAccessible(floor, 'workfloor-page');

  await floor.getByRole('button', { name: 'Sessie registreren' }).click();
  const log = floor.getByRole('dialog', { name: 'Sessie registreren' });
  await expect(log.getByLabel(/^Vertrouwelijk deel/)).toHaveCount(0);
  await log.getByLabel(/^Duur/).fill('20');
  await log.getByRole('combobox', { name: 'Waar' }).click();
  await floor.getByRole('option', { name: 'Op de werkplek' }).click();
  await log.getByLabel(/^Verslag/).fill('Eerste dag vlot verlopen.');
  await log.getByRole('button', { name: 'Registreren' }).click();
  await expect(log).toBeHidden();
  await expect(floor.getByRole('region', { name: 'Mijn begeleidingsmomenten' })).toContainText(
    'Eerste dag vlot verlopen.',
  );
  await floor.goto(`/trajectories/${id}`);
  await expect(floor.getByRole('alert')).toContainText('Geen toegang');
  await floor.context().close();
});

test('the participant reads their plan in plain words, marks their action done and writes to the coach', async ({
  page,
  browser,
}) => {
  const participant = await asUser(browser, demoEmail('participant'));
  const me = await (await participant.request.get('/api/me')).json();
  const participantId = me.roles.find((g: { role: string }) => g.role === 'participant').participantId;

  // The coach holds this participant: their running trajectory, or a new one, gets a goal with two actions.
  await login(page, demoEmail('coach'));
  const headers = await csrfHeaders(page);
  const list = await (
    await page.request.get(`/api/trajectories?participantId=${participantId}&status=open`)
  ).json();
  let id = list.items[0]?.id as string | undefined;
  if (!id) {
    const types = (await (await page.request.get('/api/trajectory-types')).json()).items as {
      id: string;
      key: string;
    }[];
    const created = await page.request.post('/api/trajectories', {
      headers,
      data: {
        participantId,
        typeId: types.find((t) => t.key === 'transition')!.id,
        startedOn: isoDaysAgo(0),
      },
    });
    expect(created.ok(), await created.text()).toBe(true);
    id = (await created.json()).id as string;
  }
  const goal = uniqueName('Werk vinden in een magazijn');
  const plan = await (
    await page.request.post(`/api/trajectories/${id}/goals`, { headers, data: { title: goal } })
  ).json();
  const goalId = plan.goals.find((g: { title: string }) => g.title === goal).id;
  for (const [title, assignee] of [
    ['Je cv afmaken', 'participant'],
    ['Drie magazijnen bellen', 'coach'],
  ]) {
    const response = await page.request.post(`/api/trajectories/${id}/goals/${goalId}/actions`, {
      headers,
      data: { title, assignee, dueOn: isoDaysAgo(-7) },
    });
    expect(response.ok(), await response.text()).toBe(true);
  }

  await participant.goto(`/my-trajectory/${id}`);
  await expect(participant.getByRole('heading', { level: 1, name: 'Mijn plan' })).toBeVisible();
  const section = participant.getByRole('region', { name: goal });
  await expect(section).toContainText('Dit doe jij');
  await expect(section).toContainText('Dit doet je jobcoach');
  await expectAccessible(participant, 'my-plan');
  // Only their own action has a status to change.
  await expect(section.getByRole('combobox', { name: 'Hoe ver sta je?' })).toHaveCount(1);
  await section.getByRole('combobox', { name: 'Hoe ver sta je?' }).click();
  await participant.getByRole('option', { name: 'Klaar' }).click();
  await expect(section.getByRole('combobox', { name: 'Hoe ver sta je?' })).toHaveValue('Klaar');
  await participant.getByLabel('Schrijf een bericht aan je jobcoach').fill('Mijn cv is klaar.');
  await participant.getByRole('button', { name: 'Versturen' }).click();
  await expect(participant.getByText('Je bericht is verstuurd.')).toBeVisible();

  // The coach sees both on the trajectory's action plan.
  await page.goto(`/trajectories/${id}?tab=plan`);
  const goalCard = page.getByRole('article', { name: goal });
  await expect(goalCard.getByRole('combobox', { name: 'Stand van Je cv afmaken' })).toHaveValue('Gedaan');
  await expect(page.getByRole('region', { name: 'Opmerkingen' })).toContainText('Mijn cv is klaar.');
  await expectAccessible(page, 'trajectory-action-plan');
  await participant.context().close();
});
