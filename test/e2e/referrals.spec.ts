import { type Browser, expect, type Page, test } from '@playwright/test';
import { csrfHeaders, demoEmail, expectAccessible, login, nationalNumberFor, uniqueName } from './fixtures';

const RECEIVER = 'Jobcoaching Scheldeland';

/** A staff member of another organisation (generated demo staff share the demo password), found by a network admin. */
async function userOf(browser: Browser, organisation: string, role: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, demoEmail('network_admin'));
  const orgs = await (
    await page.request.get(`/api/organisations?q=${encodeURIComponent(organisation)}`)
  ).json();
  const users = await (
    await page.request.get(`/api/users?organisationId=${orgs.items[0].id}&role=${role}&isActive=true`)
  ).json();
  await context.close();
  return users.items[0].email as string;
}

async function chooseOption(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a coach refers a new person to another organisation; it answers and starts them; the coach sees the outcome', async ({
  page,
  browser,
}) => {
  const lastName = uniqueName('Verhaeghe');
  const fullName = `Lotte ${lastName}`;
  await login(page, demoEmail('coach'));
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Toeleidingen' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toeleidingen' })).toBeVisible();
  await expectAccessible(page, 'referrals-inbox-coach');

  await page.getByRole('button', { name: 'Nieuwe toeleiding' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe toeleiding' });
  await dialog.getByText('Nieuwe persoon').click();
  await dialog.getByLabel(/^Rijksregisternummer/).fill(nationalNumberFor('1991-03-14'));
  await dialog.getByLabel(/^Geboortedatum/).fill('1991-03-14');
  await dialog.getByLabel(/^Voornaam/).fill('Lotte');
  await dialog.getByLabel(/^Achternaam/).fill(lastName);
  await dialog.getByRole('combobox', { name: 'Gemeente', exact: true }).fill('Lokeren');
  await page.getByRole('option', { name: 'Lokeren', exact: true }).click();
  await chooseOption(page, dialog, 'Kanaal', 'Andere verwijzer');
  await expect(dialog.getByRole('combobox', { name: 'Verwijzende organisatie' })).toHaveValue(
    'Maatwerkbedrijf De Leiewerf',
  );
  await chooseOption(page, dialog, 'Ontvangende organisatie', RECEIVER);
  await chooseOption(page, dialog, 'Maatregel', 'Doorstroomtraject');
  await dialog
    .getByLabel('Motivering')
    .fill('Klaar om door te stromen naar een gewone werkgever in de logistiek.');
  await expectAccessible(page, 'referral-create');
  await dialog.getByRole('button', { name: 'Toeleiding versturen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Toeleiding van ${fullName}` })).toBeVisible();
  const referralUrl = page.url();
  await expect(page.getByText('Wacht op contact').first()).toBeVisible();
  // The referring side may edit or withdraw, not act for the receiver.
  await expect(page.getByRole('button', { name: 'Intrekken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start registreren' })).toHaveCount(0);
  await expectAccessible(page, 'referral-detail-referrer');

  // The receiving organisation finds it in its inbox, oldest first, and answers it.
  const receiver = await userOf(browser, RECEIVER, 'org_admin');
  await page.context().clearCookies();
  await login(page, receiver);
  await page.goto('/referrals?status=open');
  const inbox = page.getByRole('table', { name: 'Toeleidingen' });
  const row = inbox.getByRole('row').filter({ hasText: lastName });
  await expect(row).toContainText('Maatwerkbedrijf De Leiewerf');
  await expect(row).toContainText('Wacht op contact');
  await expectAccessible(page, 'referrals-inbox-receiver');
  await row.getByRole('link', { name: `${lastName}, Lotte` }).click();
  await expect(page).toHaveURL(referralUrl);

  await page.getByRole('button', { name: 'Eerste contact registreren' }).click();
  const contact = page.getByRole('dialog', { name: 'Eerste contact registreren' });
  await expect(contact.getByLabel(/^Datum eerste contact/)).not.toHaveValue('');
  await expectAccessible(page, 'referral-contact-dialog');
  await contact.getByRole('button', { name: 'Eerste contact registreren' }).click();
  await expect(contact).toBeHidden();
  await expect(page.getByText('In contact').first()).toBeVisible();

  await page.getByRole('button', { name: 'Start registreren' }).click();
  const start = page.getByRole('dialog', { name: 'Start registreren' });
  await expect(start).toContainText('30 dagen leesrecht');
  await start.getByRole('combobox', { name: 'Jobcoach' }).click();
  const coach = (await page.getByRole('option').first().textContent())?.trim() ?? '';
  await page.getByRole('option').first().click();
  await expectAccessible(page, 'referral-start-dialog');
  await start.getByRole('button', { name: 'Start registreren' }).click();
  await expect(start).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const steps = page.getByRole('region', { name: 'Verloop' });
  await expect(steps).toContainText('Eerste contact');
  await expect(steps).toContainText(`De deelnemer ging over naar ${RECEIVER}`);
  await expectAccessible(page, 'referral-detail-started');

  // The participant moved to the receiving organisation, with the chosen coach in the history.
  await page.getByRole('link', { name: fullName }).click();
  await page.getByRole('tab', { name: 'Jobcoaches' }).click();
  const history = page.getByRole('table', { name: 'Geschiedenis van jobcoaches en organisaties' });
  await expect(history.getByRole('row').filter({ hasText: RECEIVER })).toContainText(coach);
  await expect(history).toContainText('Gestart na toeleiding');

  // The referrer sees the outcome in the sent referrals.
  await page.context().clearCookies();
  await login(page, demoEmail('coach'));
  await page.goto('/referrals');
  await page.getByRole('radiogroup', { name: 'Postvak' }).getByText('Verstuurd').click();
  await expect(page).toHaveURL(/box=outbox/);
  const sent = page
    .getByRole('table', { name: 'Toeleidingen' })
    .getByRole('row')
    .filter({ hasText: lastName });
  await expect(sent).toContainText('Gestart');
  await expect(sent).toContainText(RECEIVER);
  await expectAccessible(page, 'referrals-outbox');
});

test('the receiver records a no-start with a reason; "other" needs an explanation, named on its field', async ({
  page,
}) => {
  // Ines (VDAB) refers to the demo coach's maatwerkbedrijf, through the API.
  await login(page, demoEmail('indication_consultant'));
  const orgs = await (await page.request.get('/api/organisations?q=Leiewerf')).json();
  const lastName = uniqueName('Claeys');
  const created = await page.request.post('/api/referrals', {
    headers: await csrfHeaders(page),
    data: {
      participant: {
        nationalNumber: nationalNumberFor('1984-11-02'),
        firstName: 'Yusuf',
        lastName,
        birthDate: '1984-11-02',
        municipalityNis: '44021',
      },
      channel: 'vdab',
      measure: 'cmw',
      targetOrganisationId: orgs.items[0].id,
      referredOn: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10),
      motivation: 'Zoekt werk met structuur en begeleiding.',
    },
  });
  expect(created.status()).toBe(201);
  const referral = await created.json();

  await page.context().clearCookies();
  await login(page, demoEmail('coach'));
  await page.goto('/referrals?box=inbox&status=pending');
  const row = page
    .getByRole('table', { name: 'Toeleidingen' })
    .getByRole('row')
    .filter({ hasText: lastName });
  // Twenty days without a first contact: flagged, in words as well as colour.
  await expect(row).toContainText('20 dagen');
  await expect(row).toContainText('wacht langer dan 14 dagen op een eerste contact');
  await row.getByRole('link', { name: `${lastName}, Yusuf` }).click();
  await expect(page).toHaveURL(new RegExp(`/referrals/${referral.id}$`));

  await page.getByRole('button', { name: 'Niet gestart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Niet gestart registreren' });
  await chooseOption(page, dialog, 'Reden', 'Andere reden');
  await dialog.getByRole('button', { name: 'Niet gestart registreren' }).click();
  await expect(dialog.getByText(/Toelichting geen start is verplicht/)).toBeVisible();
  await expectAccessible(page, 'referral-no-start-error');
  await dialog.getByLabel(/^Toelichting/).fill('Koos voor een opleiding.');
  await dialog.getByRole('button', { name: 'Niet gestart registreren' }).click();
  await expect(dialog).toBeHidden();
  const steps = page.getByRole('region', { name: 'Verloop' });
  await expect(steps).toContainText('Niet gestart');
  await expect(steps).toContainText('Koos voor een opleiding.');
  await expect(page.getByRole('button', { name: 'Start registreren' })).toHaveCount(0);
});

test('a stale referral is not overwritten: the edit is refused and the page shows what is stored', async ({
  page,
}) => {
  await login(page, demoEmail('indication_consultant'));
  const orgs = await (await page.request.get('/api/organisations?q=Leiewerf')).json();
  const created = await page.request.post('/api/referrals', {
    headers: await csrfHeaders(page),
    data: {
      participant: {
        nationalNumber: nationalNumberFor('1979-06-21'),
        firstName: 'Mira',
        lastName: uniqueName('Peeters'),
        birthDate: '1979-06-21',
      },
      channel: 'vdab',
      measure: 'ama',
      targetOrganisationId: orgs.items[0].id,
      referredOn: new Date().toISOString().slice(0, 10),
      motivation: 'Eerste versie.',
    },
  });
  const referral = await created.json();
  await page.goto(`/referrals/${referral.id}`);
  await page.getByRole('button', { name: 'Wijzigen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Toeleiding wijzigen' });
  // Someone else saves first.
  const other = await page.request.patch(`/api/referrals/${referral.id}`, {
    headers: await csrfHeaders(page),
    data: { version: referral.version, data: { motivation: 'Tweede versie, door een collega.' } },
  });
  expect(other.status()).toBe(200);
  await dialog.getByLabel('Motivering').fill('Mijn versie.');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText(/intussen gewijzigd|door iemand anders/i).first()).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Motivering' })).toContainText(
    'Tweede versie, door een collega.',
  );
});

/** A valid enterprise number (KBO): 0 and seven random digits, then the mod-97 check digits. */
function enterpriseNumber(): string {
  const base = `0${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
}

test('a network admin sees lead times per channel with small cells hidden, and the no-start reasons', async ({
  page,
}) => {
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  // A receiving organisation of this test's own, so that the figures are exactly its referrals.
  await login(page, demoEmail('network_admin'));
  const receiverName = uniqueName('Maatwerkbedrijf Doorlooptijd');
  const org = await page.request.post('/api/organisations', {
    headers: await csrfHeaders(page),
    data: { name: receiverName, kind: 'maatwerkbedrijf', enterpriseNumber: enterpriseNumber() },
  });
  expect(org.status(), await org.text()).toBe(201);
  const receiverId = (await org.json()).id as string;

  // Ines (VDAB) refers six people who consented to statistics; VDAB keeps their files.
  await page.context().clearCookies();
  await login(page, demoEmail('indication_consultant'));
  let headers = await csrfHeaders(page);
  const referrals: { id: string; version: number }[] = [];
  for (let i = 0; i < 6; i++) {
    const birthDate = `198${i}-02-1${i}`;
    const res = await page.request.post('/api/referrals', {
      headers,
      data: {
        participant: {
          nationalNumber: nationalNumberFor(birthDate),
          firstName: 'Statistiek',
          lastName: uniqueName('Doorlooptijd'),
          birthDate,
        },
        channel: 'vdab',
        measure: 'cmw',
        targetOrganisationId: receiverId,
        referredOn: day(30),
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    const referral = await res.json();
    referrals.push(referral);
    const consent = await page.request.post(`/api/participants/${referral.participant.id}/consents`, {
      headers,
      data: { purpose: 'statistics', basis: 'signed_form', givenOn: day(30) },
    });
    expect(consent.status(), await consent.text()).toBe(201);
  }
  // Five are answered after three days, three of them start (fewer than five: that figure stays hidden); the
  // sixth person moved away.
  await page.context().clearCookies();
  await login(page, demoEmail('network_admin'));
  headers = await csrfHeaders(page);
  for (const [i, referral] of referrals.slice(0, 5).entries()) {
    const contacted = await page.request.post(`/api/referrals/${referral.id}/contact`, {
      headers,
      data: { version: referral.version, firstContactOn: day(27) },
    });
    expect(contacted.status()).toBe(200);
    if (i < 3) {
      const started = await page.request.post(`/api/referrals/${referral.id}/start`, {
        headers,
        data: { version: (await contacted.json()).version, startedOn: day(20) },
      });
      expect(started.status()).toBe(200);
    }
  }
  const moved = await page.request.post(`/api/referrals/${referrals[5]!.id}/no-start`, {
    headers,
    data: { version: referrals[5]!.version, noStartReason: 'moved' },
  });
  expect(moved.status()).toBe(200);

  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Doorlooptijden' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Doorlooptijden' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Ontvangende organisatie' }).fill(receiverName);
  await page.getByRole('option', { name: receiverName }).click();
  await expect(page).toHaveURL(new RegExp(`targetOrganisationId=${receiverId}`));
  await expect(page.getByRole('table', { name: /^Doorlooptijden / })).toHaveCount(1);
  const counts = page.getByRole('region', { name: 'VDAB' });
  await expect(counts).toContainText(/Toeleidingen\s*6/);
  await expect(counts).toContainText(/Gestart\s*3/);
  await expect(counts).toContainText(/Niet gestart\s*1/);
  await expect(counts).toContainText(/Open\s*2/);
  const vdab = page.getByRole('table', { name: 'Doorlooptijden VDAB' });
  await expect(vdab.getByRole('row', { name: /Toeleiding → eerste contact/ }).getByRole('cell')).toHaveText([
    '5',
    '3',
    '3',
  ]);
  await expect(vdab.getByRole('row', { name: /Toeleiding → start/ })).toContainText('< 5');
  await expect(page.getByText(/zodat niemand herkenbaar is/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();
  const reasons = page.getByRole('table', { name: 'Redenen van niet starten per kanaal' });
  await expect(reasons.getByRole('row', { name: /Verhuisd/ })).toContainText('< 5');
  await expectAccessible(page, 'lead-times');
});

test('my work shows the open referrals of the inbox and links to them; the bell opens the notifications', async ({
  page,
}) => {
  await login(page, demoEmail('org_admin'));
  const section = page.getByRole('region', { name: 'Toeleidingen' });
  await expect(section).toBeVisible();
  await section.getByRole('link', { name: /in de inbox/ }).click();
  await expect(page).toHaveURL(/\/referrals\?box=inbox&status=open/);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('Open (wacht of in contact)');

  await page.getByRole('button', { name: /^Meldingen/ }).click();
  await expect(page.getByRole('dialog', { name: 'Meldingen' })).toBeVisible();
  await expectAccessible(page, 'notifications-menu');
});

test('the referral pages read in English too', async ({ page }) => {
  await login(page, demoEmail('coach'));
  await page.goto('/referrals?box=outbox');
  await page.getByRole('radiogroup', { name: 'Taal' }).getByText('EN').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  await expect(
    page.getByRole('radiogroup', { name: 'Mailbox' }).getByRole('radio', { name: 'Sent' }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'New referral' }).click();
  const dialog = page.getByRole('dialog', { name: 'New referral' });
  await expect(dialog.getByRole('combobox', { name: 'Receiving organisation' })).toBeVisible();
  await expectAccessible(page, 'referral-create-en');
  await dialog.getByRole('button', { name: 'Send referral' }).click();
  // The server answers in the UI language, naming the fields.
  await expect(dialog.getByText('Receiving organisation is required.')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('NL').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toeleidingen' })).toBeVisible();
});
