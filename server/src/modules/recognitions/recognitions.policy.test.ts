import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../test/factories/actor.factory';
import {
  canManageRecognition,
  canReadRecognition,
  recognitionAbilities,
  recognitionStatus,
  warningsDue,
} from './recognitions.policy';

const TODAY = '2026-06-01';

describe('recognitionStatus', () => {
  const dates = (validFrom: string, validUntil: string | null, withdrawnOn: string | null = null) => ({
    validFrom,
    validUntil,
    withdrawnOn,
  });

  it('should be expiring within the horizon, active before it and on open-ended ones, expired after the last day', () => {
    expect(recognitionStatus(dates('2025-01-01', '2026-08-30'), TODAY, 90)).toBe('expiring');
    expect(recognitionStatus(dates('2025-01-01', '2026-08-31'), TODAY, 90)).toBe('active');
    expect(recognitionStatus(dates('2025-01-01', null), TODAY, 90)).toBe('active');
    expect(recognitionStatus(dates('2025-01-01', TODAY), TODAY, 90)).toBe('expiring');
    expect(recognitionStatus(dates('2025-01-01', '2026-05-31'), TODAY, 90)).toBe('expired');
  });

  it('should be upcoming before it starts and withdrawn whatever its dates', () => {
    expect(recognitionStatus(dates('2026-06-02', '2029-06-01'), TODAY, 90)).toBe('upcoming');
    expect(recognitionStatus(dates('2025-01-01', '2026-05-31', '2026-01-10'), TODAY, 90)).toBe('withdrawn');
  });
});

describe('canManageRecognition', () => {
  it('should let network admins manage all and org admins their own organisation only', () => {
    expect(canManageRecognition(buildActor([['network_admin', 'fed']]), 'org-a')).toBe(true);
    expect(canManageRecognition(buildActor([['org_admin', 'org-a']]), 'org-a')).toBe(true);
    expect(canManageRecognition(buildActor([['org_admin', 'org-b']]), 'org-a')).toBe(false);
    expect(canManageRecognition(buildActor([['coach', 'org-a']]), 'org-a')).toBe(false);
  });
});

describe('canReadRecognition', () => {
  const coach = buildActor([['coach', 'org-a']], { userId: 'coach-1' });

  it('should let a coach read their own and their organisation’s recognitions, not a colleague’s', () => {
    const own = { subjectKind: 'coach' as const, organisationId: 'org-a', coachUserId: 'coach-1' };
    expect(canReadRecognition(coach, own)).toBe(true);
    expect(canReadRecognition(coach, { ...own, coachUserId: 'coach-2' })).toBe(false);
    expect(
      canReadRecognition(coach, { subjectKind: 'organisation', organisationId: 'org-a', coachUserId: null }),
    ).toBe(true);
    expect(
      canReadRecognition(coach, { subjectKind: 'organisation', organisationId: 'org-b', coachUserId: null }),
    ).toBe(false);
  });

  it('should let an org admin read every recognition of their organisation', () => {
    const admin = buildActor([['org_admin', 'org-a']]);
    expect(
      canReadRecognition(admin, { subjectKind: 'coach', organisationId: 'org-a', coachUserId: 'coach-2' }),
    ).toBe(true);
  });
});

describe('recognitionAbilities', () => {
  it('should offer changes to managers of a recognition that is not withdrawn', () => {
    const subject = { subjectKind: 'organisation' as const, organisationId: 'org-a', coachUserId: null };
    const admin = buildActor([['org_admin', 'org-a']]);
    expect(recognitionAbilities(admin, { ...subject, isWithdrawn: false })).toEqual({
      update: true,
      withdraw: true,
    });
    expect(recognitionAbilities(admin, { ...subject, isWithdrawn: true })).toEqual({
      update: false,
      withdraw: false,
    });
    expect(
      recognitionAbilities(buildActor([['coach', 'org-a']]), { ...subject, isWithdrawn: false }),
    ).toEqual({
      update: false,
      withdraw: false,
    });
  });
});

describe('warningsDue', () => {
  const r = (validUntil: string | null, extra: { isRenewed?: boolean; withdrawnOn?: string } = {}) => ({
    validFrom: '2024-01-01',
    validUntil,
    withdrawnOn: extra.withdrawnOn ?? null,
    isRenewed: extra.isRenewed ?? false,
  });

  it('should give each threshold once it is reached, and not again', () => {
    expect(warningsDue(r('2026-08-31'), TODAY, [90, 30], [])).toEqual([]);
    expect(warningsDue(r('2026-08-30'), TODAY, [90, 30], [])).toEqual([90]);
    expect(warningsDue(r('2026-08-30'), TODAY, [90, 30], [90])).toEqual([]);
    expect(warningsDue(r('2026-06-20'), TODAY, [90, 30], [90])).toEqual([30]);
    // Found late (registered with 19 days left): both at once; the job then sends one notice.
    expect(warningsDue(r('2026-06-20'), TODAY, [90, 30], [])).toEqual([90, 30]);
  });

  it('should give none for an expired, withdrawn, renewed or open-ended recognition', () => {
    expect(warningsDue(r('2026-05-31'), TODAY, [90, 30], [])).toEqual([]);
    expect(warningsDue(r('2026-06-20', { withdrawnOn: '2026-05-01' }), TODAY, [90, 30], [])).toEqual([]);
    expect(warningsDue(r('2026-06-20', { isRenewed: true }), TODAY, [90, 30], [])).toEqual([]);
    expect(warningsDue(r(null), TODAY, [90, 30], [])).toEqual([]);
  });
});
