import { type Expression, type Insertable, type Kysely, type SqlBool, sql, type Updateable } from 'kysely';
import type { DB, ProposalStatus, ProposalsTable } from '../../db/schema';
import { activeConsentExists } from '../consents/consents.repository';
import type { ProposalQuery } from './proposals.schemas';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('proposals as pr')
    .innerJoin('participants as p', 'p.id', 'pr.participant_id')
    .leftJoin('ref_municipalities as pm', 'pm.nis_code', 'p.municipality_nis')
    .innerJoin('jobs as j', 'j.id', 'pr.job_id')
    .innerJoin('employer_sites as s', 's.id', 'j.site_id')
    .leftJoin('ref_municipalities as sm', 'sm.nis_code', 's.municipality_nis')
    .innerJoin('employers as e', 'e.id', 'pr.employer_id')
    .leftJoin('users as am', 'am.id', 'e.owner_user_id')
    .innerJoin('users as cb', 'cb.id', 'pr.created_by')
    .select([
      'pr.id',
      'pr.participant_id',
      'p.first_name',
      'p.last_name',
      'p.organisation_id as participant_organisation_id',
      'p.coach_user_id',
      'p.dutch_level',
      'p.hours_per_week as participant_hours',
      'pm.name_nl as participant_municipality',
      'pr.job_id',
      'j.title as job_title',
      'j.hours_per_week as job_hours',
      'j.kind as job_kind',
      'sm.name_nl as job_municipality',
      'pr.employer_id',
      'e.name as employer_name',
      'e.owner_organisation_id',
      'e.owner_user_id',
      'am.display_name as account_manager_name',
      'am.email as account_manager_email',
      'pr.status',
      'pr.score',
      'pr.batch_id',
      'pr.note',
      'pr.interview_on',
      'pr.decline_reason',
      'pr.decline_text',
      'pr.declined_by',
      'pr.created_by',
      'cb.display_name as created_by_name',
      'pr.created_at',
      'pr.proposed_at',
      'pr.decided_at',
      'pr.version',
    ]);
}

export type ProposalRecord = NonNullable<Awaited<ReturnType<typeof proposalsRepository.findById>>>;

/** Which proposals an actor's list may show, as conditions any of which admits a row. */
export interface ProposalScope {
  /** Everything (network admins). */
  isAll: boolean;
  /** Participants held by these organisations. */
  participantOrganisationIds: string[];
  /** Employers owned by, or in a joint action with, these organisations. */
  employerOrganisationIds: string[];
  /** The participant's own (once sent). */
  ownParticipantIds: string[];
  /** Employer contacts: their employers' proposals, once sent, with the participant's consent. */
  contactEmployerIds: string[];
}

export const proposalsRepository = {
  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db).where('pr.id', '=', id).executeTakeFirst();
  },

  async findMany(db: Kysely<DB>, scope: ProposalScope, f: ProposalQuery) {
    let q = baseQuery(db).where((eb) => {
      if (scope.isAll && f.box === 'all') {
        return sql<SqlBool>`true`;
      }
      const ors: Expression<SqlBool>[] = [];
      if (f.box !== 'employers' && scope.participantOrganisationIds.length) {
        ors.push(eb('p.organisation_id', 'in', scope.participantOrganisationIds));
      }
      if (f.box !== 'participants' && scope.employerOrganisationIds.length) {
        ors.push(eb('e.owner_organisation_id', 'in', scope.employerOrganisationIds));
        ors.push(
          eb.exists(
            eb
              .selectFrom('employer_joint_actions as ja')
              .select('ja.employer_id')
              .whereRef('ja.employer_id', '=', 'pr.employer_id')
              .where('ja.organisation_id', 'in', scope.employerOrganisationIds),
          ),
        );
      }
      if (f.box === 'all' && scope.ownParticipantIds.length) {
        ors.push(
          eb.and([
            eb('pr.participant_id', 'in', scope.ownParticipantIds),
            eb('pr.status', '<>', 'suggested'),
          ]),
        );
      }
      if (f.box === 'all' && scope.contactEmployerIds.length) {
        ors.push(
          eb.and([
            eb('pr.employer_id', 'in', scope.contactEmployerIds),
            eb('pr.status', '<>', 'suggested'),
            activeConsentExists('pr.participant_id', 'employer_proposals'),
          ]),
        );
      }
      return ors.length ? eb.or(ors) : sql<SqlBool>`false`;
    });
    if (f.status === 'open') {
      q = q.where('pr.status', 'in', ['suggested', 'proposed', 'interview']);
    } else if (f.status) {
      q = q.where('pr.status', '=', f.status);
    }
    if (f.participantId) {
      q = q.where('pr.participant_id', '=', f.participantId);
    }
    if (f.jobId) {
      q = q.where('pr.job_id', '=', f.jobId);
    }
    if (f.employerId) {
      q = q.where('pr.employer_id', '=', f.employerId);
    }
    if (f.batchId) {
      q = q.where('pr.batch_id', '=', f.batchId);
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy('pr.created_at', 'desc')
        .orderBy('pr.id')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  findEvents(db: Kysely<DB>, proposalId: string) {
    return db
      .selectFrom('proposal_events as ev')
      .leftJoin('users as u', 'u.id', 'ev.by_user_id')
      .select(['ev.from_status', 'ev.to_status', 'u.display_name as by_name', 'ev.at', 'ev.note'])
      .where('ev.proposal_id', '=', proposalId)
      .orderBy('ev.at')
      .execute();
  },

  async insert(db: Kysely<DB>, values: Insertable<ProposalsTable>) {
    return db.insertInto('proposals').values(values).returning('id').executeTakeFirstOrThrow();
  },

  async insertEvent(
    db: Kysely<DB>,
    values: {
      proposal_id: string;
      from_status: ProposalStatus | null;
      to_status: ProposalStatus;
      by_user_id: string;
      note: string | null;
    },
  ) {
    await db.insertInto('proposal_events').values(values).execute();
  },

  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    fromStatus: ProposalStatus,
    values: Updateable<ProposalsTable>,
  ) {
    return db
      .updateTable('proposals')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '=', fromStatus)
      .returning('id')
      .executeTakeFirst();
  },

  async hasEmployerProposalConsent(db: Kysely<DB>, participantId: string) {
    const row = await db
      .selectFrom('participant_consents')
      .select('id')
      .where('participant_id', '=', participantId)
      .where('purpose', '=', 'employer_proposals')
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return !!row;
  },

  /** Declines by reason and by whom (they inform later matching and the monitoring of why matches fail). */
  declineStats(db: Kysely<DB>) {
    return db
      .selectFrom('proposals')
      .select((eb) => ['decline_reason', 'declined_by', eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'declined')
      .groupBy(['decline_reason', 'declined_by'])
      .orderBy('decline_reason')
      .execute();
  },
};
