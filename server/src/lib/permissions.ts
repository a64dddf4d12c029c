/**
 * Route-level permissions: which roles may call a route at all. Every /api route declares one (or `public`);
 * the authorization hook refuses routes without a declaration at start-up. Record-level checks (which
 * organisation, which participant) are made by each module's service on top of this.
 */
import type { Role } from '../db/schema';
import { type Actor, hasAnyRole } from './actor';

const STAFF: readonly Role[] = [
  'network_admin',
  'org_admin',
  'coach',
  'indication_consultant',
  'indication_validator',
  'account_manager',
  'analyst',
];
const CASEWORK: readonly Role[] = [
  'network_admin',
  'org_admin',
  'coach',
  'indication_consultant',
  'indication_validator',
  'account_manager',
];
const ADMINS: readonly Role[] = ['network_admin', 'org_admin'];
/** Who acts for an organisation towards employers: registers them, holds the account, files approach requests. */
const DESK: readonly Role[] = ['network_admin', 'org_admin', 'account_manager'];

export const PERMISSIONS = {
  /** Any signed-in user, for their own account (me, password, second factor, API tokens, my work). */
  self: [
    'network_admin',
    'org_admin',
    'coach',
    'indication_consultant',
    'indication_validator',
    'account_manager',
    'employer_contact',
    'mentor',
    'participant',
    'analyst',
  ],
  'reference.read': STAFF,
  'organisation.read': STAFF,
  'organisation.create': ['network_admin'],
  'organisation.update': ADMINS,
  'user.read': ADMINS,
  'user.manage': ADMINS,
  'audit.read': ADMINS,
  'participant.read': CASEWORK,
  'employer.read': [...CASEWORK, 'employer_contact'],
  'docs.read': STAFF,
  // Referral and indication (issue 3). Record-level rules (organisation, consent, four eyes) are in the services.
  'participant.create': ['network_admin', 'org_admin', 'coach', 'indication_consultant'],
  'participant.update': ['network_admin', 'org_admin', 'coach', 'indication_consultant'],
  'participant.merge': ADMINS,
  'consent.read': [...CASEWORK, 'participant'],
  'consent.manage': ['org_admin', 'coach', 'indication_consultant', 'participant'],
  'referral.read': CASEWORK,
  'referral.write': ['network_admin', 'org_admin', 'coach', 'indication_consultant'],
  'indication.read': ['org_admin', 'coach', 'indication_consultant', 'indication_validator', 'participant'],
  'indication.write': ['indication_consultant'],
  'indication.validate': ['indication_validator'],
  'capability.adjust': ['org_admin', 'coach'],
  'leadtime.read': ['network_admin', 'org_admin', 'analyst', 'indication_validator'],
  // Employer desk and jobs (issue 4). Record-level rules (account owner, joint action, the employer contact's own
  // employer) are in the services; `employer.read` covers the register, sites, contact persons, jobs, service
  // requests and internship sheets, where employer contacts see only their own employer.
  'employer.write': DESK,
  'contact.read': CASEWORK,
  'contact.write': ['network_admin', 'org_admin', 'coach', 'account_manager'],
  'approach.read': DESK,
  'approach.write': DESK,
  'service.read': STAFF,
  'service.manage': ['network_admin'],
  'service_request.read': CASEWORK,
  'service_request.write': ['network_admin', 'org_admin', 'account_manager', 'coach'],
  'job.write': DESK,
  'internship_sheet.accept': ['employer_contact'],
  'adaptation.read': STAFF,
  'adaptation.manage': ['network_admin'],
  // Matching (issue 5): the participant's organisation and the employers' desks match; network admins run and
  // publish the network-wide batch; proposals are also read by the participant and the employer contact.
  'matching.read': ['network_admin', 'org_admin', 'coach', 'account_manager'],
  'matching.batch': ['network_admin'],
  'proposal.read': [
    'network_admin',
    'org_admin',
    'coach',
    'account_manager',
    'participant',
    'employer_contact',
  ],
  'proposal.write': ['network_admin', 'org_admin', 'coach', 'account_manager', 'participant'],
  'proposal.create': ['network_admin', 'org_admin', 'coach', 'account_manager'],
  'proposal.stats': ['network_admin', 'analyst'],
  // Trajectories (issue 6). Record-level rules are in the services: the lead organisation's coaches and admins
  // work on a trajectory; network admins read it without the coaching log (need-to-know); the participant reads
  // their action plan and internship; an employer contact reads the internship they sign; a mentor login reaches
  // only the work-floor view of the trajectories it is the mentor of, through the routes named workfloor/mentor.
  'trajectory_type.read': STAFF,
  'trajectory_type.manage': ['network_admin'],
  'trajectory.read': ['network_admin', 'org_admin', 'coach'],
  'trajectory.write': ['org_admin', 'coach'],
  'action_plan.read': ['network_admin', 'org_admin', 'coach', 'participant'],
  'action.status': ['org_admin', 'coach', 'participant', 'mentor'],
  'action_plan.comment': ['org_admin', 'coach', 'participant'],
  'coaching.read': ['org_admin', 'coach'],
  'coaching.write': ['org_admin', 'coach', 'mentor'],
  'internship.read': ['network_admin', 'org_admin', 'coach', 'participant', 'employer_contact'],
  'internship.approve': ['org_admin', 'coach', 'participant', 'employer_contact'],
  'internship.evaluate': ['mentor'],
  'workfloor.read': ['mentor'],
  'calendar.feed': ['org_admin', 'coach'],
  // Monitoring (issue 8): aggregated figures only, small cells hidden; every export audited.
  'monitoring.read': ['network_admin', 'org_admin', 'analyst'],
  // Transition evaluation (issue 7). Record-level rules (the evaluating organisation, the participant's own, the
  // four-eyes sign-off) are in the service; the report is aggregated with small cells hidden.
  'evaluation_template.read': STAFF,
  'evaluation_template.manage': ['network_admin'],
  'evaluation.read': ['network_admin', 'org_admin', 'coach'],
  'evaluation.write': ['org_admin', 'coach'],
  'evaluation.participant_view': ['org_admin', 'coach', 'participant'],
  'evaluation.summary': ['org_admin', 'coach', 'participant'],
  'evaluation.own': ['participant'],
  'evaluation.report': ['network_admin', 'analyst'],
  'monitoring.manage': ['network_admin'],
  // Quality (issue 8). Record-level rules (own organisation, own recognition, the sending organisation, the
  // respondent's own invitation) are in the services. Analysts read aggregates and organisation-level reviews,
  // never an invitation or an individual answer.
  'recognition.read': ['network_admin', 'org_admin', 'coach'],
  'recognition.manage': ADMINS,
  'survey_template.read': ['network_admin', 'org_admin', 'coach', 'analyst'],
  'survey_template.manage': ['network_admin'],
  'survey.send': ['org_admin', 'coach'],
  'survey.results': ['network_admin', 'org_admin', 'analyst'],
  'survey.answer': ['participant', 'employer_contact'],
  'quality_review.read': ['network_admin', 'org_admin', 'analyst'],
  'quality_review.write': ['network_admin'],
  'member_survey.read': ['network_admin', 'org_admin', 'analyst'],
  'member_survey.manage': ['network_admin'],
  'member_survey.answer': ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor, permission: Permission): boolean {
  return hasAnyRole(actor, PERMISSIONS[permission]);
}

/** The permissions the UI may show entries for; the server still checks every call. */
export function permissionsOf(actor: Actor): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(actor, p));
}
