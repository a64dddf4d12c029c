import { describe, expect, it } from 'vitest';
import { call, login, type Session, useTestApp } from '../../../test/app';
import { createEmployer } from '../../../test/factories/employer.factory';
import { createUser } from '../../../test/factories/user.factory';
import { ICF_SUGGESTED_SET } from '../indications/icf-suggested-set';
import { DIMENSION_KEYS } from '../profiles/dimensions';

describe('reference API: occupations and ICF', () => {
  const t = useTestApp();
  const consultant = async (): Promise<Session> =>
    login(t.app, (await createUser(t.database.db, { roles: ['indication_consultant'] })).email);

  it('should refuse anonymous callers and roles outside the network staff', async () => {
    expect((await call(t.app, null, 'GET', '/api/reference/icf?q=lopen')).statusCode).toBe(401);
    const employer = await createEmployer(t.database.db);
    const mentor = await createUser(t.database.db, {
      organisationId: null,
      roles: [{ role: 'mentor', employerId: employer.id }],
    });
    const session = await login(t.app, mentor.email);
    expect((await call(t.app, session, 'GET', '/api/reference/icf?q=lopen')).statusCode).toBe(403);
  });

  it('should list the matching dimensions with labels in the reader’s language and the level anchors', async () => {
    const session = await consultant();
    const nl = (await call(t.app, session, 'GET', '/api/reference/dimensions')).json();
    expect(nl.dimensions).toHaveLength(DIMENSION_KEYS.length);
    expect(nl.dimensions[0]).toMatchObject({
      key: 'lifting',
      group: 'physical',
      label: 'Tillen',
      labelEn: 'Lifting',
    });
    expect(nl.levels.demand).toEqual(['niet nodig', 'licht', 'gemiddeld', 'hoog', 'zeer hoog']);
    const en = (
      await call(t.app, session, 'GET', '/api/reference/dimensions', undefined, { 'accept-language': 'en' })
    ).json();
    expect(en.dimensions[0].label).toBe('Lifting');
    expect(en.levels.capability[4]).toBe('fully');
  });

  it('should find ICF categories by code prefix and by Dutch or English words, Dutch titles first', async () => {
    const session = await consultant();
    const byCode = (await call(t.app, session, 'GET', '/api/reference/icf?q=d45')).json();
    expect(byCode.map((c: { code: string }) => c.code)).toContain('d450');
    expect(byCode.every((c: { code: string }) => c.code.startsWith('d45'))).toBe(true);

    const dutch = (await call(t.app, session, 'GET', '/api/reference/icf?q=staand')).json();
    expect(dutch[0]).toMatchObject({ code: 'd4154', title: 'Staand blijven', hasDutchTitle: true });

    const english = await call(t.app, session, 'GET', '/api/reference/icf?q=walking', undefined, {
      'accept-language': 'en',
    });
    expect(english.json().map((c: { code: string }) => c.code)).toContain('d450');
    expect(english.json()[0].title).toMatch(/walk/i);
  });

  it('should never offer body structures or chapters, which are not rated in an indication', async () => {
    const session = await consultant();
    const rows = (await call(t.app, session, 'GET', '/api/reference/icf?q=s7')).json();
    expect(rows).toEqual([]);
    const chapters = (await call(t.app, session, 'GET', '/api/reference/icf?codes=d4,d450')).json();
    expect(chapters.map((c: { code: string }) => c.code)).toEqual(['d450']);
  });

  it('should give the suggested set with a title and a reason for every category', async () => {
    const session = await consultant();
    const rows = (await call(t.app, session, 'GET', '/api/reference/icf/suggested')).json();
    expect(rows).toHaveLength(ICF_SUGGESTED_SET.length);
    for (const row of rows) {
      expect(row.title).not.toBe('');
      expect(row.rationale).not.toBe('');
    }
  });

  it('should find ISCO-08 occupations by code and by words, and name a bad limit', async () => {
    const session = await consultant();
    const byWord = (await call(t.app, session, 'GET', '/api/reference/occupations?q=schoonma')).json();
    expect(byWord.length).toBeGreaterThan(0);
    const byCode = (await call(t.app, session, 'GET', '/api/reference/occupations?q=9112&level=4')).json();
    expect(byCode).toEqual([expect.objectContaining({ code: '9112', level: 4 })]);
    const bad = await call(t.app, session, 'GET', '/api/reference/occupations?limit=1000');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('limit');
  });
});
