import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { demoEmail, expectAccessible, login, uniqueName } from './fixtures';

const OWNER_ORGANISATION = 'Maatwerkbedrijf De Leiewerf';

/** Calls the API as the signed-in browser user (session cookie and CSRF token); fails on a refusal. */
async function apiAs(page: Page, method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) {
  const me = await (await page.request.get('/api/me')).json();
  const response = await page.request.fetch(`/api${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

/** A valid enterprise number (KBO) no other test or demo employer uses: 0 + 7 random digits + mod-97 check. */
function freshEnterpriseNumber(): string {
  const base = `0${String(Math.floor(Math.random() * 9_999_999)).padStart(7, '0')}`;
  const check = String(97 - (Number(base) % 97)).padStart(2, '0');
  return `${base.slice(0, 4)}.${base.slice(4, 7)}.${base.slice(7)}${check}`;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

/** An account manager of another organisation than the demo one (demo staff share the demo password). */
async function otherAccountManager(browser: Browser): Promise<{ email: string; organisation: string }> {
  const admin = await signedIn(browser, demoEmail('network_admin'));
  const users = await apiAs(admin, 'GET', '/users?role=account_manager&isActive=true&pageSize=100');
  await admin.context().close();
  const other = users.items.find(
    (u: { organisation: { name: string } | null }) =>
      u.organisation && u.organisation.name !== OWNER_ORGANISATION,
  );
  return { email: other.email, organisation: other.organisation.name };
}

async function chooseOption(page: Page, scope: Locator | Page, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** Sets a dimension's demand level in the task dialog's demand profile editor. */
async function demand(dialog: Locator, dimension: string, level: string) {
  await dialog
    .getByRole('radiogroup', { name: dimension, exact: true })
    .getByText(level, { exact: true })
    .click();
}

test('an account manager registers an employer, adds a job with tasks and demands, and carves a job from tasks', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const name = uniqueName('Bakkerij Testdeeg');
  const carvedTitle = uniqueName('Winkel- en inpakmedewerker');
  const enterpriseNumber = freshEnterpriseNumber();
  await login(page, demoEmail('account_manager'));
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Werkgevers' })
    .click();
  await expect(page.getByRole('table', { name: 'Werkgevers' })).toBeVisible();
  await expectAccessible(page, 'employers');

  // Register: the server's KBO check lands on the field.
  await page.getByRole('button', { name: 'Werkgever registreren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Werkgever registreren' });
  await dialog.getByLabel(/^Ondernemingsnummer/).fill('0123.456.788');
  await dialog.getByLabel(/^Naam/).fill(name);
  await dialog.getByRole('button', { name: 'Registreren' }).click();
  await expect(dialog.getByText(/Ondernemingsnummer is geen geldig ondernemingsnummer/)).toBeVisible();
  await dialog.getByLabel(/^Ondernemingsnummer/).fill(enterpriseNumber);
  await dialog.getByLabel(/^Sector/).fill('10.71');
  await chooseOption(page, dialog, 'Grootte', '10-49 werknemers');
  await dialog.getByLabel('Straat en nummer').fill('Kouter 12');
  await dialog.getByLabel(/^Postcode/).fill('9000');
  await dialog.getByRole('combobox', { name: 'Gemeente', exact: true }).fill('Gent');
  await page.getByRole('option', { name: 'Gent', exact: true }).click();
  await expectAccessible(page, 'employer-create');
  await dialog.getByRole('button', { name: 'Registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const employerUrl = page.url();
  await expect(page.getByText('Jouw organisatie is accountbeheerder')).toBeVisible();
  const owner = page.getByRole('region', { name: 'Accountbeheer' });
  await expect(owner).toContainText(OWNER_ORGANISATION);
  await expect(owner).toContainText('Arne Accountbeheer');
  await expectAccessible(page, 'employer-overview');
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  const edit = page.getByRole('dialog', { name: 'Gegevens wijzigen' });
  await edit.getByLabel('Website').fill('https://www.testdeeg.example');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('link', { name: 'https://www.testdeeg.example' })).toBeVisible();
  await owner.getByRole('button', { name: 'Accountbeheer overdragen' }).click();
  const handOver = page.getByRole('dialog', { name: 'Accountbeheer overdragen' });
  await expect(handOver.getByRole('combobox', { name: 'Accountmanager (aanspreekpunt)' })).toHaveValue(
    /Arne Accountbeheer/,
  );
  await expectAccessible(page, 'owner-assign');
  await handOver.getByRole('button', { name: 'Annuleren' }).click();

  // The same KBO number again: the register already has it, with a link to it.
  await page.goto('/employers');
  await page.getByRole('button', { name: 'Werkgever registreren' }).click();
  await dialog.getByLabel(/^Ondernemingsnummer/).fill(enterpriseNumber);
  await dialog.getByLabel(/^Naam/).fill(`${name} bis`);
  await dialog.getByRole('button', { name: 'Registreren' }).click();
  await expect(dialog.getByText('Deze werkgever staat al in het register')).toBeVisible();
  await dialog.getByRole('link', { name: `Open ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // The address gave it a main site; add a second one and a contact person who may sign.
  await page.getByRole('tab', { name: 'Vestigingen' }).click();
  await expect(page.getByRole('table', { name: 'Vestigingen' })).toContainText('Hoofdvestiging');
  await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  const siteDialog = page.getByRole('dialog', { name: 'Vestiging toevoegen' });
  await siteDialog.getByLabel(/^Naam van de vestiging/).fill('Atelier Drongen');
  await siteDialog.getByLabel(/^Postcode/).fill('9031');
  await siteDialog.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  await expect(page.getByRole('table', { name: 'Vestigingen' })).toContainText('Atelier Drongen');
  await expectAccessible(page, 'employer-sites');
  await page.getByRole('tab', { name: 'Contactpersonen' }).click();
  await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  const personDialog = page.getByRole('dialog', { name: 'Contactpersoon toevoegen' });
  await personDialog.getByLabel(/^Voornaam/).fill('Els');
  await personDialog.getByLabel(/^Achternaam/).fill('Verbeke');
  await personDialog.getByLabel('Functie').fill('Zaakvoerder');
  await personDialog.getByLabel('E-mailadres').fill('els@testdeeg.example');
  await personDialog.getByLabel('Tekenbevoegd').check();
  await expectAccessible(page, 'contact-person-dialog');
  await personDialog.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  const people = page.getByRole('table', { name: 'Contactpersonen' });
  await expect(people.getByRole('row', { name: /Els Verbeke/ })).toContainText('Tekenbevoegd');
  await expectAccessible(page, 'employer-people');

  // A job with three tasks; the tasks may not take more hours than the job.
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await page.getByRole('button', { name: 'Job toevoegen' }).click();
  const jobDialog = page.getByRole('dialog', { name: `Nieuwe job bij ${name}` });
  await jobDialog.getByLabel(/^Titel/).fill('Bakkerijmedewerker');
  await jobDialog.getByLabel(/^Uren per week/).fill('30');
  await jobDialog.getByLabel('Interne mentor beschikbaar').check();
  await jobDialog.getByLabel('Kan de werkuren aanpassen').check();
  await expectAccessible(page, 'job-create');
  await jobDialog.getByRole('button', { name: 'Job aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bakkerijmedewerker' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Taken/, selected: true })).toBeVisible();

  const tasks: [string, string, [string, string][]][] = [
    [
      'Deeg kneden en afwegen',
      '12',
      [
        ['Tillen', '3 hoog'],
        ['Lang staan', '2 gemiddeld'],
      ],
    ],
    ['Brood snijden en inpakken', '10', [['Fijne handvaardigheid', '2 gemiddeld']]],
    ['Winkel en kassa', '12', [['Lang staan', '1 licht']]],
  ];
  for (const [taskName, hours, demands] of tasks) {
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    const taskDialog = page.getByRole('dialog', { name: 'Taak toevoegen' });
    await taskDialog.getByLabel(/^Taak/).fill(taskName);
    await taskDialog.getByLabel(/^Uren per week/).fill(hours);
    for (const [dimension, level] of demands) {
      await demand(taskDialog, dimension, level);
    }
    if (taskName === 'Winkel en kassa') {
      await taskDialog.getByRole('button', { name: /^Communicatie/ }).click();
      await demand(taskDialog, 'Nederlands spreken', '3 hoog');
      await expectAccessible(page, 'task-dialog');
      // 12 + 10 + 12 > 30: refused on the hours field, then fitted.
      await taskDialog.getByRole('button', { name: 'Taak toevoegen' }).click();
      await expect(taskDialog.getByText(/mogen niet meer uren tellen dan de functie/)).toBeVisible();
      await taskDialog.getByLabel(/^Uren per week/).fill('8');
    }
    await taskDialog.getByRole('button', { name: 'Taak toevoegen' }).click();
    await expect(taskDialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Taken' })).toContainText(taskName);
  }
  await expect(page.getByText('Taken: 30 van 30 uur per week')).toBeVisible();
  await expectAccessible(page, 'job-tasks');

  // The profile is derived: per dimension the highest demand, with the tasks and their share of the hours.
  await page.getByRole('tab', { name: 'Eisenprofiel' }).click();
  const physical = page.getByRole('table', { name: 'Fysiek' });
  await expect(physical.getByRole('row', { name: /Tillen/ })).toContainText('3 · hoog');
  await expect(physical.getByRole('row', { name: /Lang staan/ })).toContainText('2 · gemiddeld');
  await expect(physical.getByRole('row', { name: /Lang staan/ })).toContainText('67% (20 u)');
  await expectAccessible(page, 'job-profile');
  await page.getByRole('tab', { name: 'Gegevens' }).click();
  await expectAccessible(page, 'job-record');
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await page.getByRole('menuitem', { name: 'Openzetten' }).click();
  await expect(page.getByText('De job staat nu op "Open".')).toBeVisible();

  // Carving: two tasks without the heavy lifting make a job of their own.
  await page.goto(`${employerUrl}?tab=jobs`);
  await page.getByRole('link', { name: 'Job op maat samenstellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Job op maat samenstellen' })).toBeVisible();
  await page.getByLabel('Brood snijden en inpakken (10 u)').check();
  await page.getByLabel('Winkel en kassa (8 u)').check();
  await expect(page.getByText('2 taken gekozen, samen 18 u/week')).toBeVisible();
  await page.getByLabel(/^Uren per week van de nieuwe job/).fill('16');
  await expect(page.getByText(/Meer dan de 16 u die de job krijgt/)).toBeVisible();
  await page.getByLabel(/^Uren per week van de nieuwe job/).fill('20');
  await page.getByLabel(/^Titel/).fill(carvedTitle);
  await chooseOption(page, page, 'Vestiging', 'Atelier Drongen');
  await expectAccessible(page, 'job-carving');
  await page.getByRole('button', { name: 'Job op maat aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: carvedTitle })).toBeVisible();
  await expect(page.getByText('Job op maat (jobcarving)').first()).toBeVisible();
  const carved = page.getByRole('table', { name: 'Taken' });
  await expect(
    carved.getByRole('link', { name: 'Brood snijden en inpakken (Bakkerijmedewerker)' }),
  ).toBeVisible();
  await expect(carved.getByRole('link', { name: 'Winkel en kassa (Bakkerijmedewerker)' })).toBeVisible();
  await expectAccessible(page, 'carved-job');

  // Both jobs are in the network's job list, filtered by title words.
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Jobs' }).click();
  await page.getByLabel('Zoeken').fill(carvedTitle.split(' ').pop() ?? '');
  await expect(
    page.getByRole('table', { name: 'Jobs' }).getByRole('link', { name: carvedTitle }),
  ).toBeVisible();
  await expectAccessible(page, 'jobs');
});

test("another organisation's contact is warned and flagged, its approach request is accepted, and the uncoordinated list shows both", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const name = uniqueName('Drukkerij Samenwerking');
  await login(page, demoEmail('account_manager'));
  const employer = await apiAs(page, 'POST', '/employers', {
    enterpriseNumber: freshEnterpriseNumber(),
    name,
    naceCode: '18.12',
    postcode: '9000',
  });
  const other = await otherAccountManager(browser);
  const outsider = await signedIn(browser, other.email);

  // The other organisation sees whose employer it is, and is warned before it logs a contact.
  await outsider.goto(`/employers/${employer.id}`);
  await expect(outsider.getByText('Deze werkgever heeft al een aanspreekpunt')).toBeVisible();
  await expectAccessible(outsider, 'employer-other-owner');
  await outsider.getByRole('button', { name: 'Contactmoment registreren' }).first().click();
  const contactDialog = outsider.getByRole('dialog', { name: `Contactmoment met ${name}` });
  const warning = contactDialog.getByRole('alert');
  await expect(warning).toContainText('Let op: deze werkgever heeft een ander aanspreekpunt');
  await expect(warning).toContainText(
    `${name} wordt opgevolgd door ${OWNER_ORGANISATION} (Arne Accountbeheer)`,
  );
  await expectAccessible(outsider, 'contact-log-warning');
  await chooseOption(outsider, contactDialog, 'Kanaal', 'Telefoon');
  await contactDialog
    .getByLabel(/^Wat werd er besproken/)
    .fill('Werkgever belde zelf over een vacature voor drukkersassistent.');
  await contactDialog.getByRole('button', { name: 'Toch registreren' }).click();
  await expect(outsider.getByText('Geregistreerd als niet-afgestemd contact')).toBeVisible();
  await outsider.getByRole('tab', { name: 'Contactmomenten' }).click();
  await expect(outsider.getByRole('list', { name: 'Contactmomenten' })).toContainText('Niet afgestemd');
  await expectAccessible(outsider, 'employer-contacts');

  // It asks the owner for leave to approach the employer.
  await outsider.getByRole('button', { name: 'Vragen om te benaderen' }).first().click();
  const requestDialog = outsider.getByRole('dialog', { name: `Vragen om ${name} te benaderen` });
  await requestDialog
    .getByLabel(/^Motivering/)
    .fill('Wij hebben twee kandidaten met drukkerijervaring uit onze pool.');
  await expectAccessible(outsider, 'approach-request-create');
  await requestDialog.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(outsider.getByText(`Je aanvraag is verstuurd naar ${OWNER_ORGANISATION}.`)).toBeVisible();

  // The owner logs its own contact (no warning) and accepts the request from its inbox.
  await page.goto(`/employers/${employer.id}`);
  await page.getByRole('button', { name: 'Contactmoment registreren' }).first().click();
  const ownContact = page.getByRole('dialog', { name: `Contactmoment met ${name}` });
  await expect(ownContact.getByText(/de accountbeheerder\.$/)).toBeVisible();
  await expect(ownContact.getByRole('alert')).toHaveCount(0);
  await chooseOption(page, ownContact, 'Kanaal', 'Bezoek');
  await ownContact.getByLabel(/^Wat werd er besproken/).fill('Kennismaking op de werkvloer.');
  await ownContact
    .getByLabel('Volgende stap', { exact: true })
    .fill('Takenlijst van de drukkersassistent opvragen');
  await ownContact.getByRole('button', { name: 'Contactmoment registreren' }).click();
  await expect(page.getByText('Het contactmoment is geregistreerd.')).toBeVisible();

  // The owner was told: the notification leads to the request.
  await page.getByRole('button', { name: /^Meldingen, \d+ ongelezen/ }).click();
  await page.getByRole('button', { name: new RegExp(`vraagt om ${name} te mogen benaderen`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Benaderingsaanvraag: ${name}` })).toBeVisible();
  await expect(
    page.getByText('Wij hebben twee kandidaten met drukkerijervaring uit onze pool.'),
  ).toBeVisible();
  await expectAccessible(page, 'approach-request');
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Benaderingsaanvragen' })
    .click();
  const inbox = page.getByRole('table', { name: 'Te beslissen' });
  const row = inbox.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(other.organisation);
  await expect(row).toContainText('Wacht op beslissing');
  await expectAccessible(page, 'approach-requests');
  await row.getByRole('button', { name: 'Beslissen' }).click();
  const decide = page.getByRole('dialog', { name: `Beslissen over de aanvraag voor ${name}` });
  await expect(decide).toContainText('twee kandidaten met drukkerijervaring');
  await expectAccessible(page, 'approach-decide');
  await decide.getByRole('button', { name: 'Aanvaarden' }).click();
  await expect(
    page.getByText(`Aanvaard: ${other.organisation} werkt nu mee in een gezamenlijke actie.`),
  ).toBeVisible();

  // The requester now works with the employer in a joint action, and logs without a warning.
  await outsider.goto(`/employers/${employer.id}`);
  await expect(outsider.getByText('Gezamenlijke actie met jouw organisatie')).toBeVisible();
  await expect(outsider.getByRole('table', { name: 'Gezamenlijke acties' })).toContainText(
    other.organisation,
  );
  await outsider.getByRole('tab', { name: 'Benaderingsaanvragen' }).click();
  await expect(outsider.getByRole('table', { name: 'Benaderingsaanvragen' })).toContainText('Aanvaard');
  await expectAccessible(outsider, 'employer-approaches');

  // Two organisations contacted the employer within 90 days: it is on the list, with how each stands today.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Niet-afgestemde benaderingen' })
    .click();
  // Narrowed to the other organisation's cases; newest contacts first, so it is on the first pages.
  await chooseOption(page, page, 'Organisatie', other.organisation);
  const cases = page.getByRole('list', { name: 'Niet-afgestemde benaderingen' });
  await expect(cases).toBeVisible();
  const found = page.getByRole('region', { name });
  for (let turn = 0; turn < 5 && !(await found.isVisible()); turn++) {
    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await expect(page).toHaveURL(new RegExp(`page=${turn + 2}`));
    await page.waitForLoadState('networkidle');
  }
  await expect(found).toContainText('2 organisaties');
  await expect(found).toContainText('1 niet afgestemd');
  const byOrganisation = found.getByRole('table');
  await expect(byOrganisation.getByRole('row', { name: new RegExp(OWNER_ORGANISATION) })).toContainText(
    'Accountbeheerder',
  );
  await expect(byOrganisation.getByRole('row', { name: new RegExp(other.organisation) })).toContainText(
    'Gezamenlijke actie',
  );
  await expectAccessible(page, 'uncoordinated');
  await outsider.context().close();
});

test('the employer contact sees their own employer, reads the internship sheet and accepts it (a changed sheet reloads first)', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = uniqueName('Stage logistiek');
  await login(page, demoEmail('employer_contact'));
  const me = await apiAs(page, 'GET', '/me');
  const employerId = me.roles.find((g: { role: string }) => g.role === 'employer_contact').employer
    .id as string;

  // The network sets up an internship place with its sheet at that employer (a network admin may, whoever owns it).
  const admin = await signedIn(browser, demoEmail('network_admin'));
  let employer = await apiAs(admin, 'GET', `/employers/${employerId}`);
  if (!employer.owner) {
    const leiewerf = (await apiAs(admin, 'GET', '/organisations?q=Leiewerf')).items[0];
    const managers = await apiAs(admin, 'GET', `/organisations/${leiewerf.id}/account-managers`);
    employer = await apiAs(admin, 'PUT', `/employers/${employerId}/owner`, {
      version: employer.version,
      ownerOrganisationId: leiewerf.id,
      ownerUserId: managers.find((m: { name: string }) => m.name === 'Arne Accountbeheer').id,
    });
  }
  const site =
    employer.sites[0] ??
    (await apiAs(admin, 'POST', `/employers/${employerId}/sites`, { name: 'Hoofdzetel', postcode: '9000' }));
  const job = await apiAs(admin, 'POST', `/employers/${employerId}/jobs`, {
    title,
    siteId: site.id,
    hoursPerWeek: 19,
    kind: 'internship_place',
    hasMentor: true,
  });
  await admin.goto(`/jobs/${job.id}?tab=internship`);
  await expect(admin.getByText('Er is nog geen stageblad voor deze stageplaats.')).toBeVisible();
  await admin.getByRole('button', { name: 'Stageblad opstellen' }).click();
  const write = admin.getByRole('dialog', { name: 'Stageblad opstellen' });
  await write.getByRole('button', { name: 'Kost toevoegen' }).click();
  await write.getByLabel(/^Kost 1\s*\*?$/).fill('Werkkledij en veiligheidsschoenen');
  await chooseOption(admin, write, 'Betaald door', 'Werkgever');
  await write.getByLabel('Bedrag').fill('120');
  await write
    .getByLabel(/^Verzekering/)
    .fill('Arbeidsongevallen en burgerlijke aansprakelijkheid via VDAB (IBO).');
  await write.getByLabel(/^Tijd van de mentor/).fill('2');
  await write.getByLabel(/^Leerdoel 1\s*\*?$/).fill('Orderpicking met scanner');
  await write.getByRole('button', { name: 'Leerdoel toevoegen' }).click();
  await write.getByLabel(/^Leerdoel 2\s*\*?$/).fill('Veilig werken met de transpallet');
  await write
    .getByLabel(/^Verwachtingen/)
    .fill('Een vaste mentor, een wekelijks kort overleg met de jobcoach.');
  await expectAccessible(admin, 'internship-sheet-edit');
  await write.getByRole('button', { name: 'Opslaan' }).click();
  await expect(admin.getByText('De werkgever heeft dit stageblad nog niet aanvaard.')).toBeVisible();
  await expectAccessible(admin, 'internship-sheet-staff');
  const sheet = await apiAs(admin, 'GET', `/jobs/${job.id}/internship-sheet`);

  // Their start page says a sheet waits for them; their navigation is their own company, not the register.
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: /stagebla(d|den) (wacht|wachten) op je aanvaarding/ }),
  ).toBeVisible();
  await expectAccessible(page, 'my-work-employer-contact');
  const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(navigation.getByRole('link', { name: 'Werkgevers' })).toHaveCount(0);
  await navigation.getByRole('link', { name: 'Mijn bedrijf' }).click();
  await expect(page.getByRole('heading', { level: 1, name: employer.name })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Mijn bedrijf' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const contact = page.getByRole('region', { name: 'Je aanspreekpunt in het netwerk' });
  await expect(contact).toContainText(employer.owner.organisation.name);
  if (employer.owner.accountManager) {
    await expect(contact.getByRole('link', { name: employer.owner.accountManager.email })).toBeVisible();
  }
  await expect(page.getByRole('tab', { name: 'Contactmomenten' })).toHaveCount(0);
  await expectAccessible(page, 'employer-portal');

  await page.getByRole('tab', { name: 'Stageplaatsen' }).click();
  const place = page
    .getByRole('table', { name: 'Stageplaatsen' })
    .getByRole('row', { name: new RegExp(title) });
  await expect(place).toContainText('Te aanvaarden');
  await expectAccessible(page, 'employer-portal-internships');
  await place.getByRole('link', { name: 'Lezen en aanvaarden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kosten: wie betaalt wat' })).toContainText(
    'Werkkledij en veiligheidsschoenen',
  );
  await expect(page.getByText('Orderpicking met scanner')).toBeVisible();
  await expectAccessible(page, 'internship-sheet-employer');

  // Meanwhile the network changes the sheet: accepting the version shown is refused and the new one is shown.
  await apiAs(admin, 'PATCH', `/jobs/${job.id}/internship-sheet`, {
    version: sheet.version,
    data: { mentorHoursPerWeek: 3 },
  });
  await page.getByRole('button', { name: 'Stageblad aanvaarden' }).click();
  const confirm = page.getByRole('dialog', { name: `Stageblad voor ${title} aanvaarden` });
  await expect(confirm).toContainText('versie 1');
  await confirm.getByRole('button', { name: 'Stageblad aanvaarden' }).click();
  await expect(page.getByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('3 u/week')).toBeVisible();
  await page.getByRole('button', { name: 'Stageblad aanvaarden' }).click();
  await expect(confirm).toContainText('versie 2');
  await confirm.getByRole('button', { name: 'Stageblad aanvaarden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Aanvaard door' })).toContainText('versie 2');
  await expectAccessible(page, 'internship-sheet-accepted');

  // Another employer is not theirs to see.
  const elsewhere = (await apiAs(admin, 'GET', '/employers?pageSize=5')).items.find(
    (e: { id: string }) => e.id !== employerId,
  );
  await page.goto(`/employers/${elsewhere.id}`);
  await expect(page.getByRole('alert')).toContainText('Niet gevonden');
  await admin.context().close();
});

test('a network admin sets the providers of a service; an account manager requests it and the provider marks it done', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await login(page, demoEmail('network_admin'));
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Dienstencatalogus' })
    .click();
  const service = page.getByRole('region', { name: 'Opleiding voor interne mentoren' });
  await service.getByRole('button', { name: 'Aanbieders' }).click();
  const providers = page.getByRole('dialog', { name: 'Aanbieders van Opleiding voor interne mentoren' });
  const chosen = providers.getByRole('combobox', { name: 'Aangeboden door' });
  await expect(chosen).toBeVisible();
  if (!(await providers.getByText(OWNER_ORGANISATION).isVisible())) {
    await chosen.click();
    await page.getByRole('option', { name: OWNER_ORGANISATION }).click();
    // Close the list of organisations (a click beside it), as a user would before saving.
    await providers.getByText('De organisaties die deze dienst uitvoeren').click();
  }
  await expectAccessible(page, 'service-providers');
  await providers.getByRole('button', { name: 'Opslaan' }).click();
  await expect(service).toContainText(OWNER_ORGANISATION);
  await expectAccessible(page, 'network-services');

  // The workplace adaptations that close a gap in lifting, those closing most first.
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Aanpassingen werkplek' })
    .click();
  await page.getByRole('combobox', { name: 'Tekorten' }).fill('Tillen');
  await page.getByRole('option', { name: 'Tillen', exact: true }).click();
  await page.keyboard.press('Escape');
  const adaptations = page.getByRole('table', { name: 'Aanpassingen van de werkplek' });
  await expect(adaptations.getByRole('row', { name: /Tilhulp/ })).toContainText(
    'Vangt 1 van de 1 gekozen tekorten op',
  );
  await expectAccessible(page, 'workplace-adaptations');
  await page.getByRole('button', { name: 'Aanpassing toevoegen' }).click();
  const adaptation = page.getByRole('dialog', { name: 'Aanpassing toevoegen' });
  const key = `test_${Math.random().toString(36).slice(2, 8)}`;
  await adaptation.getByLabel(/^Sleutel/).fill(key);
  await adaptation.getByLabel(/^Naam \(Nederlands\)/).fill(`Kniebeschermers ${key}`);
  await adaptation.getByLabel(/^Naam \(Engels\)/).fill(`Knee pads ${key}`);
  await adaptation.getByRole('combobox', { name: 'Vangt tekorten op bij' }).fill('Bukken');
  await page.getByRole('option', { name: 'Bukken en knielen' }).click();
  await adaptation.getByRole('heading', { name: 'Aanpassing toevoegen' }).click();
  await chooseOption(page, adaptation, 'Kostprijs', 'Laag (minder dan € 500)');
  await expectAccessible(page, 'adaptation-edit');
  await adaptation.getByRole('button', { name: 'Aanpassing toevoegen' }).click();
  await expect(adaptation).toBeHidden();
  // Found by its name once the gap filter is off.
  await page.goto(`/workplace-adaptations?q=${key}`);
  await expect(adaptations.getByRole('row', { name: new RegExp(key) })).toContainText('Bukken en knielen');

  // The service requests the network admin's organisations are part of.
  await page.goto('/network-services?tab=requests');
  await expect(page.getByRole('radiogroup', { name: 'Welke aanvragen' })).toBeVisible();
  await expectAccessible(page, 'service-requests');

  // A network admin registers an employer without an account owner; an account manager takes the account.
  const employer = await apiAs(page, 'POST', '/employers', {
    enterpriseNumber: freshEnterpriseNumber(),
    name: uniqueName('Logistiek Mentorschap'),
  });
  expect(employer.owner).toBeNull();
  const manager = await signedIn(browser, demoEmail('account_manager'));
  await manager.goto(`/employers/${employer.id}`);
  await expect(manager.getByText('Geen accountbeheerder').first()).toBeVisible();
  await manager.getByRole('button', { name: 'Accountbeheer opnemen' }).click();
  const claim = manager.getByRole('dialog', { name: 'Accountbeheer opnemen' });
  await expect(claim.getByRole('combobox', { name: 'Organisatie' })).toHaveValue(OWNER_ORGANISATION);
  await expectAccessible(manager, 'owner-claim');
  await claim.getByRole('button', { name: 'Accountbeheer opnemen' }).click();
  await expect(manager.getByText('Jouw organisatie is accountbeheerder')).toBeVisible();
  await manager.getByRole('tab', { name: 'Dienstverlening' }).click();
  await manager.getByRole('button', { name: 'Dienst aanvragen' }).click();
  const request = manager.getByRole('dialog', { name: 'Dienst aanvragen' });
  await chooseOption(manager, request, 'Dienst', 'Opleiding voor interne mentoren');
  // A service with one provider has it chosen already; with several, the user picks one.
  const handling = request.getByRole('combobox', { name: 'Uitgevoerd door' });
  if ((await handling.inputValue()) !== OWNER_ORGANISATION) {
    await chooseOption(manager, request, 'Uitgevoerd door', OWNER_ORGANISATION);
  }
  await expect(handling).toHaveValue(OWNER_ORGANISATION);
  await request.getByLabel('Notitie').fill('Twee ploegleiders worden mentor.');
  await expectAccessible(manager, 'service-request-create');
  await request.getByRole('button', { name: 'Dienst aanvragen' }).click();
  const requests = manager.getByRole('table', { name: 'Dienstverlening' });
  await expect(requests).toContainText('Aangevraagd');
  await requests.getByRole('button', { name: 'Status wijzigen' }).click();
  const status = manager.getByRole('dialog', { name: 'Status van Opleiding voor interne mentoren' });
  await status.getByLabel('Afgerond').check();
  await status.getByRole('button', { name: 'Opslaan' }).click();
  await expect(requests).toContainText('Afgerond');
  await expectAccessible(manager, 'employer-services');
  await requests.getByRole('link', { name: 'Opleiding voor interne mentoren' }).click();
  await expect(
    manager.getByRole('heading', { level: 1, name: /Opleiding voor interne mentoren/ }),
  ).toBeVisible();
  await expectAccessible(manager, 'service-request');
  await manager.context().close();
});
