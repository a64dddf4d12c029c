import { describe, expect, it } from 'vitest';
import { call, login, type Session, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createJob } from '../../../test/factories/job.factory';
import { createOrganisation } from '../../../test/factories/organisation.factory';
import { createUser } from '../../../test/factories/user.factory';
import { enterpriseNumberCheck } from '../../lib/checksums';

/** A valid enterprise number that no other test uses. */
function freshEnterpriseNumber(): string {
  const base = `0${String(Math.floor(Math.random() * 9_999_999)).padStart(7, '0')}`;
  return `${base}${enterpriseNumberCheck(base)}`;
}

describe('employers API', () => {
  const t = useTestApp();

  /** An organisation with an account manager (signed in), and an account manager of another organisation. */
  async function desk() {
    const org = await createOrganisation(t.database.db);
    const other = await createOrganisation(t.database.db);
    const manager = await createUser(t.database.db, { organisationId: org.id, roles: ['account_manager'] });
    const otherManager = await createUser(t.database.db, {
      organisationId: other.id,
      roles: ['account_manager'],
    });
    return {
      org,
      other,
      manager,
      otherManager,
      session: await login(t.app, manager.email),
      otherSession: await login(t.app, otherManager.email),
    };
  }

  const auditOf = (entityId: string) =>
    t.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome', 'details'])
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();

  it('should answer 401 on the employer routes without a session', async () => {
    const employer = await createEmployer(t.database.db);
    for (const [method, url] of [
      ['GET', '/api/employers'],
      ['POST', '/api/employers'],
      ['GET', `/api/employers/${employer.id}`],
      ['PATCH', `/api/employers/${employer.id}`],
      ['PUT', `/api/employers/${employer.id}/owner`],
      ['POST', `/api/employers/${employer.id}/sites`],
      ['POST', `/api/employers/${employer.id}/contact-persons`],
    ] as const) {
      expect((await call(t.app, null, method, url, method === 'GET' ? undefined : {})).statusCode).toBe(401);
    }
  });

  it('should refuse an invalid enterprise number naming the field, in Dutch and English, and store nothing', async () => {
    const d = await desk();
    const body = { enterpriseNumber: '0403.170.702', name: 'Bakkerij Ongeldig' };
    const nl = await call(t.app, d.session, 'POST', '/api/employers', body);
    expect(nl.statusCode).toBe(400);
    expect(nl.json().errors).toEqual([
      {
        field: 'enterpriseNumber',
        code: 'enterprise_number_checksum',
        message: 'Ondernemingsnummer is geen geldig ondernemingsnummer (10 cijfers, controlegetal mod 97).',
      },
    ]);
    const en = await call(t.app, d.session, 'POST', '/api/employers', body, { 'accept-language': 'en' });
    expect(en.json().errors[0].message).toBe(
      'Enterprise number is not a valid enterprise number (10 digits, mod 97 check digits).',
    );
    const nace = await call(t.app, d.session, 'POST', '/api/employers', {
      enterpriseNumber: freshEnterpriseNumber(),
      name: 'Bakkerij Nace',
      naceCode: 'bakery',
    });
    expect(nace.json().errors[0]).toMatchObject({ field: 'naceCode', code: 'nace_code_format' });
    const place = await call(t.app, d.session, 'POST', '/api/employers', {
      enterpriseNumber: freshEnterpriseNumber(),
      name: 'Bakkerij Plaats',
      postcode: '2000',
      municipalityNis: '44021',
    });
    expect(place.json().errors[0]).toMatchObject({ field: 'postcode', code: 'postcode_not_in_municipality' });
    const stored = await t.database.db
      .selectFrom('employers')
      .select('id')
      .where('name', 'like', 'Bakkerij %')
      .execute();
    expect(stored).toEqual([]);
  });

  it('should register an employer with the registering organisation as owner and a main site, audited', async () => {
    const d = await desk();
    const enterpriseNumber = freshEnterpriseNumber();
    const res = await call(t.app, d.session, 'POST', '/api/employers', {
      enterpriseNumber,
      name: 'Groenonderhoud Verbeke',
      naceCode: '81.30',
      sizeClass: '10-49',
      street: 'Kortrijksesteenweg 12',
      postcode: '9000',
    });
    expect(res.statusCode, res.body).toBe(201);
    const employer = res.json();
    expect(employer).toMatchObject({
      name: 'Groenonderhoud Verbeke',
      municipality: { nisCode: '44021', name: 'Gent' },
      owner: {
        organisation: { id: d.org.id },
        accountManager: { id: d.manager.id, email: d.manager.email },
      },
      sites: [{ name: 'Groenonderhoud Verbeke', isMain: true, municipality: { nisCode: '44021' } }],
      relation: { isOwner: true, isInJointAction: false, pendingApproachRequestId: null },
      abilities: {
        update: true,
        assignOwner: true,
        createJob: true,
        logContact: true,
        requestApproach: false,
      },
      version: 1,
    });
    expect(await auditOf(employer.id)).toEqual([
      expect.objectContaining({ action: 'employer.created', outcome: 'success' }),
    ]);

    // The same enterprise number again, in another notation: 409 on the field, with the existing employer.
    const formatted = `BE ${enterpriseNumber.slice(0, 4)}.${enterpriseNumber.slice(4, 7)}.${enterpriseNumber.slice(7)}`;
    const duplicate = await call(t.app, d.otherSession, 'POST', '/api/employers', {
      enterpriseNumber: formatted,
      name: 'Verbeke bis',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      errors: [
        { field: 'enterpriseNumber', code: 'duplicate', message: 'Ondernemingsnummer is al in gebruik.' },
      ],
      existing: { id: employer.id, name: 'Groenonderhoud Verbeke' },
    });

    // Another organisation sees it, may ask to approach it, but not change it.
    const seen = (await call(t.app, d.otherSession, 'GET', `/api/employers/${employer.id}`)).json();
    expect(seen).toMatchObject({
      relation: { isOwner: false },
      abilities: { update: false, createJob: false, requestApproach: true, logContact: true },
    });
  });

  it('should refuse registration by a coach (permission) and an owner organisation the actor does not work for', async () => {
    const coach = await createUser(t.database.db, { roles: ['coach'] });
    const coachSession = await login(t.app, coach.email);
    const body = { enterpriseNumber: freshEnterpriseNumber(), name: 'Drukkerij Peeters' };
    expect((await call(t.app, coachSession, 'POST', '/api/employers', body)).statusCode).toBe(403);
    const d = await desk();
    const foreign = await call(t.app, d.session, 'POST', '/api/employers', {
      ...body,
      ownerOrganisationId: d.other.id,
    });
    expect(foreign.json().errors[0]).toMatchObject({
      field: 'ownerOrganisationId',
      code: 'unknown_reference',
    });
  });

  it('should let the owner organisation edit the record with versions, and refuse others (403, audited)', async () => {
    const d = await desk();
    const employer = await createEmployer(t.database.db, {
      owner: { organisationId: d.org.id, userId: d.manager.id },
    });
    const url = `/api/employers/${employer.id}`;
    const ok = await call(t.app, d.session, 'PATCH', url, {
      version: 1,
      data: { name: 'Restaurant De Vork', website: 'https://devork.be' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Restaurant De Vork', version: 2 });
    const stale = await call(t.app, d.session, 'PATCH', url, { version: 1, data: { name: 'Oud' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { name: 'Restaurant De Vork', version: 2 },
    });
    const foreign = await call(t.app, d.otherSession, 'PATCH', url, {
      version: 2,
      data: { name: 'Overname' },
    });
    expect(foreign.statusCode).toBe(403);
    const bad = await call(t.app, d.session, 'PATCH', url, { version: 2, data: { sizeClass: 'huge' } });
    expect(bad.json().errors[0]).toMatchObject({ field: 'data.sizeClass', code: 'invalid_option' });
    const audit = await auditOf(employer.id);
    expect(audit.map((a) => `${a.action}:${a.outcome}`)).toEqual([
      'employer.updated:success',
      'employer.updated:denied',
    ]);
    expect(audit[0]!.details).toMatchObject({ changes: { name: { to: 'Restaurant De Vork' } } });
  });

  it('should filter the register by owner organisation, NACE prefix, municipality, "mine" and ownership', async () => {
    const d = await desk();
    const bakery = await createEmployer(t.database.db, {
      naceCode: '10.71',
      owner: { organisationId: d.org.id },
    });
    const hotel = await createEmployer(t.database.db, { naceCode: '55.10', municipalityNis: '44083' });
    const ids = async (query: string) =>
      (await call(t.app, d.session, 'GET', `/api/employers?pageSize=200&${query}`))
        .json()
        .items.map((e: { id: string }) => e.id);
    expect(await ids('mine=true')).toEqual([bakery.id]);
    expect(await ids(`ownerOrganisationId=${d.org.id}`)).toEqual([bakery.id]);
    expect(await ids('nace=10.7')).toContain(bakery.id);
    expect(await ids('nace=10.7')).not.toContain(hotel.id);
    expect(await ids('municipalityNis=44083')).toContain(hotel.id);
    expect(await ids('municipalityNis=44083')).not.toContain(bakery.id);
    expect(await ids('hasOwner=false')).toContain(hotel.id);
    expect(await ids('hasOwner=false')).not.toContain(bakery.id);
    const bad = await call(t.app, d.session, 'GET', '/api/employers?nace=bakkerij');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'nace' });
  });

  it('should assign the owner: only to an account manager of the organisation, and the previous owner keeps a joint action', async () => {
    const d = await desk();
    const colleague = await createUser(t.database.db, {
      organisationId: d.org.id,
      roles: ['account_manager'],
    });
    const coachThere = await createUser(t.database.db, { organisationId: d.other.id, roles: ['coach'] });
    const employer = await createEmployer(t.database.db);
    const url = `/api/employers/${employer.id}/owner`;

    // Without an owner, a desk takes the account for its own organisation, never for another.
    const foreign = await call(t.app, d.session, 'PUT', url, {
      version: 1,
      ownerOrganisationId: d.other.id,
      ownerUserId: d.otherManager.id,
    });
    expect(foreign.statusCode).toBe(403);
    const taken = await call(t.app, d.session, 'PUT', url, {
      version: 1,
      ownerOrganisationId: d.org.id,
      ownerUserId: d.manager.id,
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ owner: { organisation: { id: d.org.id } }, version: 2 });

    // The other organisation cannot take it now; the owner hands it to a colleague, then to the other organisation.
    expect(
      (
        await call(t.app, d.otherSession, 'PUT', url, {
          version: 2,
          ownerOrganisationId: d.other.id,
          ownerUserId: d.otherManager.id,
        })
      ).statusCode,
    ).toBe(403);
    const notManager = await call(t.app, d.session, 'PUT', url, {
      version: 2,
      ownerOrganisationId: d.other.id,
      ownerUserId: coachThere.id,
    });
    expect(notManager.json().errors[0]).toMatchObject({ field: 'ownerUserId', code: 'not_account_manager' });
    const handed = await call(t.app, d.session, 'PUT', url, {
      version: 2,
      ownerOrganisationId: d.org.id,
      ownerUserId: colleague.id,
    });
    expect(handed.json()).toMatchObject({
      owner: { accountManager: { id: colleague.id } },
      jointActions: [],
    });
    const moved = await call(t.app, d.session, 'PUT', url, {
      version: 3,
      ownerOrganisationId: d.other.id,
      ownerUserId: d.otherManager.id,
    });
    expect(moved.json()).toMatchObject({
      owner: { organisation: { id: d.other.id } },
      jointActions: [{ organisation: { id: d.org.id }, reason: 'previous_owner' }],
      relation: { isOwner: false, isInJointAction: true },
    });
    const stale = await call(t.app, d.otherSession, 'PUT', url, {
      version: 3,
      ownerOrganisationId: d.other.id,
      ownerUserId: d.otherManager.id,
    });
    expect(stale.statusCode).toBe(409);
    const notices = await t.database.db
      .selectFrom('notifications')
      .select(['user_id', 'kind'])
      .where('entity_id', '=', employer.id)
      .execute();
    expect(notices).toEqual(
      expect.arrayContaining([
        { user_id: colleague.id, kind: 'employer.owner_assigned' },
        { user_id: d.otherManager.id, kind: 'employer.owner_assigned' },
      ]),
    );
  });

  it('should show an employer contact their own employer, its owner and contact details, and nothing else', async () => {
    const d = await desk();
    const own = await createEmployer(t.database.db, {
      owner: { organisationId: d.org.id, userId: d.manager.id },
      jointOrganisationIds: [d.other.id],
    });
    const other = await createEmployer(t.database.db);
    const contact = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: own.id }],
    });
    const session = await login(t.app, contact.email);
    const list = (await call(t.app, session, 'GET', '/api/employers')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([own.id]);
    const detail = (await call(t.app, session, 'GET', `/api/employers/${own.id}`)).json();
    expect(detail).toMatchObject({
      owner: { accountManager: { id: d.manager.id, email: d.manager.email }, organisation: { id: d.org.id } },
      jointActions: [],
      abilities: { update: false, logContact: false, readContacts: false, createJob: false },
    });
    for (const url of [
      `/api/employers/${other.id}`,
      `/api/employers/${other.id}/sites`,
      `/api/employers/${other.id}/contact-persons`,
    ]) {
      expect((await call(t.app, session, 'GET', url)).statusCode).toBe(404);
    }
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('actor_user_id', '=', contact.id)
      .where('entity_id', '=', other.id)
      .execute();
    expect(denied).toHaveLength(3);
    expect(denied[0]).toEqual({ action: 'employer.read', outcome: 'denied' });
    expect((await call(t.app, session, 'GET', `/api/employers/${own.id}/contacts`)).statusCode).toBe(403);
  });

  it('should keep one main site, refuse a stale version and a site with jobs', async () => {
    const d = await desk();
    const employer = await createEmployer(t.database.db, { owner: { organisationId: d.org.id } });
    const base = `/api/employers/${employer.id}/sites`;
    const first = await call(t.app, d.session, 'POST', base, { name: 'Hoofdzetel', postcode: '9000' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ isMain: true, municipality: { nisCode: '44021' } });
    const second = await call(t.app, d.session, 'POST', base, {
      name: 'Depot Deinze',
      municipalityNis: '44083',
      isMain: true,
    });
    expect(second.json().isMain).toBe(true);
    const sites = (await call(t.app, d.session, 'GET', base)).json().items;
    expect(sites.map((s: { name: string; isMain: boolean }) => [s.name, s.isMain])).toEqual([
      ['Depot Deinze', true],
      ['Hoofdzetel', false],
    ]);
    const hoofdzetel = sites[1];
    const noName = await call(t.app, d.session, 'POST', base, { name: ' ' });
    expect(noName.json().errors[0]).toMatchObject({
      field: 'name',
      code: 'required',
      message: 'Naam is verplicht.',
    });
    const renamed = await call(t.app, d.session, 'PATCH', `${base}/${hoofdzetel.id}`, {
      version: hoofdzetel.version,
      data: { name: 'Zetel Gent' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Zetel Gent', version: hoofdzetel.version + 1 });
    const stale = await call(t.app, d.session, 'PATCH', `${base}/${hoofdzetel.id}`, {
      version: hoofdzetel.version,
      data: { name: 'Weer anders' },
    });
    expect(stale.statusCode).toBe(409);
    const mismatch = await call(t.app, d.session, 'PATCH', `${base}/${hoofdzetel.id}`, {
      version: hoofdzetel.version + 1,
      data: { postcode: '2000', municipalityNis: '44021' },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors[0]).toMatchObject({
      field: 'postcode',
      code: 'postcode_not_in_municipality',
    });
    await createJob(t.database.db, { siteId: second.json().id });
    const withJobs = await call(t.app, d.session, 'DELETE', `${base}/${second.json().id}?version=1`);
    expect(withJobs.statusCode).toBe(409);
    expect(withJobs.json().errors[0]).toMatchObject({ code: 'site_has_jobs' });
    const deleted = await call(
      t.app,
      d.session,
      'DELETE',
      `${base}/${hoofdzetel.id}?version=${hoofdzetel.version + 1}`,
    );
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(deleted.json().items.map((s: { name: string }) => s.name)).toEqual(['Depot Deinze']);
    expect((await call(t.app, d.otherSession, 'POST', base, { name: 'Elders' })).statusCode).toBe(403);
  });

  it('should keep contact persons, linking only an employer_contact login of this employer', async () => {
    const d = await desk();
    const employer = await createEmployer(t.database.db, { owner: { organisationId: d.org.id } });
    const login1 = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: employer.id }],
    });
    const stranger = await createUser(t.database.db, { roles: ['coach'] });
    const base = `/api/employers/${employer.id}/contact-persons`;
    expect(
      (await call(t.app, d.otherSession, 'POST', base, { firstName: 'X', lastName: 'Y' })).statusCode,
    ).toBe(403);
    const wrongLogin = await call(t.app, d.session, 'POST', base, {
      firstName: 'Els',
      lastName: 'Claes',
      userId: stranger.id,
    });
    expect(wrongLogin.json().errors[0]).toMatchObject({ field: 'userId', code: 'not_employer_contact' });
    const badMail = await call(t.app, d.session, 'POST', base, {
      firstName: 'Els',
      lastName: 'Claes',
      email: 'els',
    });
    expect(badMail.json().errors[0]).toMatchObject({ field: 'email', code: 'invalid_email' });
    const created = await call(t.app, d.session, 'POST', base, {
      firstName: 'Els',
      lastName: 'Claes',
      jobTitle: 'Zaakvoerder',
      email: 'els@verbeke.be',
      isLegalSignatory: true,
      userId: login1.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ isLegalSignatory: true, user: { id: login1.id }, version: 1 });
    const person = created.json();
    const updated = await call(t.app, d.session, 'PATCH', `${base}/${person.id}`, {
      version: 1,
      data: { phone: '09 222 33 44' },
    });
    expect(updated.json()).toMatchObject({ phone: '09 222 33 44', version: 2 });
    expect(
      (await call(t.app, d.session, 'PATCH', `${base}/${person.id}`, { version: 1, data: { phone: 'x' } }))
        .statusCode,
    ).toBe(409);
    // The employer contact reads their contact persons; the audit holds no contact details.
    const contactSession: Session = await login(t.app, login1.email);
    expect((await call(t.app, contactSession, 'GET', base)).json().items).toHaveLength(1);
    const audit = await auditOf(person.id);
    expect(JSON.stringify(audit)).not.toContain('els@verbeke.be');
    expect(audit.map((a) => a.action)).toEqual([
      'employer_contact_person.created',
      'employer_contact_person.updated',
    ]);
    expect((await call(t.app, d.session, 'DELETE', `${base}/${person.id}?version=2`)).json().items).toEqual(
      [],
    );
  });

  it("should list the employer's contact logins for linking, to its desks only", async () => {
    const d = await desk();
    const employer = await createEmployer(t.database.db, { owner: { organisationId: d.org.id } });
    const elsewhere = await createEmployer(t.database.db, { owner: { organisationId: d.org.id } });
    const eva = await createUser(t.database.db, {
      organisationId: null,
      displayName: 'Eva Verbeke',
      roles: [{ role: 'employer_contact', employerId: employer.id }],
    });
    await createUser(t.database.db, {
      organisationId: null,
      displayName: 'Ivo Inactief',
      isActive: false,
      roles: [{ role: 'employer_contact', employerId: employer.id }],
    });
    await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'employer_contact', employerId: elsewhere.id }],
    });
    const url = `/api/employers/${employer.id}/contact-logins`;
    expect((await call(t.app, null, 'GET', url)).statusCode).toBe(401);
    expect((await call(t.app, d.session, 'GET', '/api/employers/nope/contact-logins')).statusCode).toBe(400);
    const res = await call(t.app, d.session, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ items: [{ id: eva.id, name: 'Eva Verbeke', email: eva.email }] });
    // Another organisation's desk does not manage its contact persons; an employer contact has no such route.
    expect((await call(t.app, d.otherSession, 'GET', url)).statusCode).toBe(403);
    const contact = await login(t.app, eva.email);
    expect((await call(t.app, contact, 'GET', url)).statusCode).toBe(403);
  });
});
