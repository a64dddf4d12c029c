/**
 * Response and request types of the API, inferred from the server's Zod schemas (type-only imports: nothing of
 * the server ends up in the browser bundle). One source of truth for validation, OpenAPI and the UI's types.
 */
import type { z } from 'zod';
import type {
  ActionPlanSchema,
  ActionSchema,
  CreateActionBody,
  CreateGoalBody,
  GoalSchema,
} from '../../../server/src/modules/action-plans/action-plans.schemas';
import type {
  AdaptationQuery,
  CreateAdaptationBody,
  WorkplaceAdaptationSchema,
} from '../../../server/src/modules/adaptations/adaptations.schemas';
import type {
  ApiTokenSchema,
  CreatedApiToken,
} from '../../../server/src/modules/api-tokens/api-tokens.schemas';
import type {
  ApproachRequestSchema,
  CreateApproachRequestBody,
  DecideApproachRequestBody,
} from '../../../server/src/modules/approaches/approaches.schemas';
import type { AuditEventSchema, AuditPage } from '../../../server/src/modules/audit/audit.schemas';
import type {
  DemoAccountsResponse,
  GrantSchema,
  MeSchema,
  TotpSetupResponse,
} from '../../../server/src/modules/auth/auth.schemas';
import type {
  CalendarFeedCreated,
  CalendarFeedStatus,
} from '../../../server/src/modules/calendar-feed/calendar-feed.schemas';
import type { CapabilityProfileSchema } from '../../../server/src/modules/capabilities/capabilities.schemas';
import type {
  BudgetSchema,
  CoachingSessionSchema,
  CreateSessionBody,
  MoveBudgetBody,
} from '../../../server/src/modules/coaching/coaching.schemas';
import type { ConsentSchema, RecordConsentBody } from '../../../server/src/modules/consents/consents.schemas';
import type {
  ContactCheckResponse,
  EmployerContactSchema,
  LogContactBody,
  LoggedContactResponse,
  UncoordinatedCaseSchema,
  UncoordinatedResponse,
} from '../../../server/src/modules/contacts/contacts.schemas';
import type {
  AssignOwnerBody,
  ContactLoginList,
  ContactPersonSchema,
  CreateContactPersonBody,
  CreateEmployerBody,
  CreateSiteBody,
  EmployerDetail as EmployerDetailSchema,
  EmployerSchema,
  EmployerSiteSchema,
  JointActionSchema,
} from '../../../server/src/modules/employers/employers.schemas';
import type {
  ConsistencyReport as ConsistencyReportSchema,
  Background as EvaluationBackgroundSchema,
  EvaluationDetail as EvaluationDetailSchema,
  EvaluationListItem as EvaluationListItemSchema,
  Summary as EvaluationSummarySchema,
  OwnEvaluation as OwnEvaluationSchema,
  ScheduleRule as ScheduleRuleSchema,
  TemplateDetail as TemplateDetailSchema,
  TemplateSummary as TemplateSummarySchema,
} from '../../../server/src/modules/evaluations/evaluations.schemas';
import type {
  IndicationDetail,
  IndicationListItem,
} from '../../../server/src/modules/indications/indications.schemas';
import type {
  CreateInternshipSheetBody,
  InternshipSheetSchema,
} from '../../../server/src/modules/internship-sheets/internship-sheets.schemas';
import type {
  EvaluateInternshipBody,
  InternshipSchema,
} from '../../../server/src/modules/internships/internships.schemas';
import type {
  CarveJobBody,
  CreateJobBody,
  CreateTaskBody,
  JobDetail as JobDetailSchema,
  JobListItem,
  JobProfileSchema,
  JobTaskSchema,
} from '../../../server/src/modules/jobs/jobs.schemas';
import type {
  BatchPairPage,
  BatchPairSchema,
  BatchSchema,
  CarvingSuggestionSchema,
  ExplanationSchema,
  MatchJobSchema,
  MatchPersonSchema,
  PairResponse,
  StartBatchBody,
  TopJobsResponse,
  TopPersonsResponse,
} from '../../../server/src/modules/matching/matching.schemas';
import type {
  FunnelResponse,
  LeadTimeSeriesResponse,
  MapResponse,
  OutcomesResponse,
  SuccessDefinitionSchema,
  TargetSchema,
} from '../../../server/src/modules/monitoring/monitoring.schemas';
import type { MyWorkResponse } from '../../../server/src/modules/my-work/my-work.schemas';
import type {
  CreateServiceRequestBody,
  NetworkServiceSchema,
  ServiceRequestSchema,
} from '../../../server/src/modules/network-services/network-services.schemas';
import type {
  NotificationList,
  NotificationSchema,
} from '../../../server/src/modules/notifications/notifications.schemas';
import type {
  OrganisationAccountManagerSchema,
  OrganisationCoachSchema,
  OrganisationSchema,
} from '../../../server/src/modules/organisations/organisations.schemas';
import type {
  CoachAssignment,
  CreateParticipantBody,
  DuplicateCandidate,
  DuplicatePair,
  ParticipantDetail,
  ParticipantListItem,
  ParticipantPage as ParticipantPageSchema,
  UpdateParticipantBody,
} from '../../../server/src/modules/participants/participants.schemas';
import type {
  CreateProposalBody,
  ProposalDetail as ProposalDetailSchema,
  ProposalSchema,
  TransitionProposalBody,
} from '../../../server/src/modules/proposals/proposals.schemas';
import type {
  DimensionCatalogueSchema,
  IcfCategorySchema,
  IcfSuggestedSchema,
  MunicipalitySchema,
  OccupationSchema,
} from '../../../server/src/modules/reference/reference.schemas';
import type {
  CreateReferralBody,
  LeadTimeResponse,
  NoStartReasonsResponse,
  ReferralSchema,
} from '../../../server/src/modules/referrals/referrals.schemas';
import type {
  AftercareContactSchema,
  CloseTrajectoryBody,
  CorrectTrajectoryBody,
  CreateTrajectoryBody,
  PhaseSchema,
  RecordAftercareBody,
  TrajectoryDetail as TrajectoryDetailSchema,
  TrajectoryListItem,
} from '../../../server/src/modules/trajectories/trajectories.schemas';
import type {
  CreateTrajectoryTypeBody,
  TrajectoryTypeSchema,
} from '../../../server/src/modules/trajectory-types/trajectory-types.schemas';
import type {
  RoleGrantInput,
  UserSchema,
  UserWithPassword,
} from '../../../server/src/modules/users/users.schemas';
import type {
  WorkfloorList,
  WorkfloorViewSchema,
} from '../../../server/src/modules/workfloor/workfloor.schemas';

export type {
  ActionAssignee,
  ActionStatus,
  AdaptationFunder,
  ApproachRequestStatus,
  BatchStatus,
  CefrLevel,
  ConsentBasis,
  ConsentPurpose,
  ContactChannel,
  ContractType,
  CostBand,
  CostPayer,
  CostPeriod,
  DeclinedBy,
  DeclineReason,
  EducationLevel,
  JobKind,
  JobStatus,
  Locale,
  Measure,
  NoStartReason,
  OrganisationKind,
  ParticipantStatus,
  ProposalStatus,
  ReferralChannel,
  ReferralStatus,
  Role,
  ServiceRequestStatus,
  SizeClass,
} from '../../../server/src/db/schema';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type Me = z.infer<typeof MeSchema>;
export type Grant = z.infer<typeof GrantSchema>;
export type DemoAccounts = z.infer<typeof DemoAccountsResponse>;
export type TotpSetup = z.infer<typeof TotpSetupResponse>;
export type MyWork = z.infer<typeof MyWorkResponse>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type User = z.infer<typeof UserSchema>;
export type CreatedUser = z.infer<typeof UserWithPassword>;
export type RoleGrant = z.input<typeof RoleGrantInput>;
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditEventPage = z.infer<typeof AuditPage>;
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type NewApiToken = z.infer<typeof CreatedApiToken>;
export type Municipality = z.infer<typeof MunicipalitySchema>;
export type ParticipantItem = z.infer<typeof ParticipantListItem>;
export type Participant = z.infer<typeof ParticipantDetail>;
export type Employer = z.infer<typeof EmployerSchema>;
export type IndicationItem = z.infer<typeof IndicationListItem>;
export type Indication = z.infer<typeof IndicationDetail>;
export type CapabilityProfile = z.infer<typeof CapabilityProfileSchema>;
export type IcfCategory = z.infer<typeof IcfCategorySchema>;
export type IcfSuggested = z.infer<typeof IcfSuggestedSchema>;
export type ParticipantInput = z.input<typeof CreateParticipantBody>;
export type ParticipantChanges = z.input<typeof UpdateParticipantBody>['data'];
export type CoachHistoryEntry = z.infer<typeof CoachAssignment>;
export type DuplicateRecord = z.infer<typeof DuplicateCandidate>;
export type Duplicate = z.infer<typeof DuplicatePair>;
export type Occupation = z.infer<typeof OccupationSchema>;
export type OrganisationCoach = z.infer<typeof OrganisationCoachSchema>;
export type Consent = z.infer<typeof ConsentSchema>;
export type ConsentInput = z.input<typeof RecordConsentBody>;
export type Referral = z.infer<typeof ReferralSchema>;
export type ReferralInput = z.input<typeof CreateReferralBody>;
export type LeadTimes = z.infer<typeof LeadTimeResponse>;
export type Funnel = z.infer<typeof FunnelResponse>;
export type LeadTimeSeries = z.infer<typeof LeadTimeSeriesResponse>;
export type MonitoringMap = z.infer<typeof MapResponse>;
export type MonitoringOutcomes = z.infer<typeof OutcomesResponse>;
export type SuccessDefinition = z.infer<typeof SuccessDefinitionSchema>;
export type MonitoringTarget = z.infer<typeof TargetSchema>;
export type NoStartReasons = z.infer<typeof NoStartReasonsResponse>;
export type Notification = z.infer<typeof NotificationSchema>;
export type Notifications = z.infer<typeof NotificationList>;
export type ParticipantPage = z.infer<typeof ParticipantPageSchema>;

// Employer desk and jobs (issue 4)
export type EmployerDetail = z.infer<typeof EmployerDetailSchema>;
export type EmployerSite = z.infer<typeof EmployerSiteSchema>;
export type ContactPerson = z.infer<typeof ContactPersonSchema>;
export type JointAction = z.infer<typeof JointActionSchema>;
export type NewEmployer = z.input<typeof CreateEmployerBody>;
export type NewSite = z.input<typeof CreateSiteBody>;
export type NewContactPerson = z.input<typeof CreateContactPersonBody>;
export type OwnerAssignment = z.input<typeof AssignOwnerBody>;
export type ApproachRequest = z.infer<typeof ApproachRequestSchema>;
export type NewApproachRequest = z.input<typeof CreateApproachRequestBody>;
export type ApproachDecision = z.input<typeof DecideApproachRequestBody>;
export type EmployerContact = z.infer<typeof EmployerContactSchema>;
export type NewEmployerContact = z.input<typeof LogContactBody>;
export type LoggedContact = z.infer<typeof LoggedContactResponse>;
export type ContactCheck = z.infer<typeof ContactCheckResponse>;
export type UncoordinatedCase = z.infer<typeof UncoordinatedCaseSchema>;
export type UncoordinatedList = z.infer<typeof UncoordinatedResponse>;
export type NetworkService = z.infer<typeof NetworkServiceSchema>;
export type ServiceRequest = z.infer<typeof ServiceRequestSchema>;
export type NewServiceRequest = z.input<typeof CreateServiceRequestBody>;
export type JobItem = z.infer<typeof JobListItem>;
export type Job = z.infer<typeof JobDetailSchema>;
export type JobTask = z.infer<typeof JobTaskSchema>;
export type JobProfile = z.infer<typeof JobProfileSchema>;
export type NewJob = z.input<typeof CreateJobBody>;
export type NewTask = z.input<typeof CreateTaskBody>;
export type CarvedJobRequest = z.input<typeof CarveJobBody>;
export type InternshipSheet = z.infer<typeof InternshipSheetSchema>;
export type NewInternshipSheet = z.input<typeof CreateInternshipSheetBody>;
export type WorkplaceAdaptation = z.infer<typeof WorkplaceAdaptationSchema>;
export type NewWorkplaceAdaptation = z.input<typeof CreateAdaptationBody>;
export type WorkplaceAdaptationFilter = z.input<typeof AdaptationQuery>;
export type DimensionCatalogue = z.infer<typeof DimensionCatalogueSchema>;

// Trajectories (issue 6)
export type TrajectoryItem = z.infer<typeof TrajectoryListItem>;
export type Trajectory = z.infer<typeof TrajectoryDetailSchema>;
export type TrajectoryPhase = z.infer<typeof PhaseSchema>;
export type AftercareContact = z.infer<typeof AftercareContactSchema>;
export type NewTrajectory = z.input<typeof CreateTrajectoryBody>;
export type TrajectoryClosing = z.input<typeof CloseTrajectoryBody>;
export type TrajectoryCorrection = z.input<typeof CorrectTrajectoryBody>;
export type AftercareRecord = z.input<typeof RecordAftercareBody>;
export type TrajectoryType = z.infer<typeof TrajectoryTypeSchema>;
export type NewTrajectoryType = z.input<typeof CreateTrajectoryTypeBody>;
export type CoachingSession = z.infer<typeof CoachingSessionSchema>;
export type NewCoachingSession = z.input<typeof CreateSessionBody>;
export type SupportBudget = z.infer<typeof BudgetSchema>;
export type BudgetMove = z.input<typeof MoveBudgetBody>;
export type ActionPlan = z.infer<typeof ActionPlanSchema>;
export type PlanGoal = z.infer<typeof GoalSchema>;
export type PlanAction = z.infer<typeof ActionSchema>;
export type NewPlanGoal = z.input<typeof CreateGoalBody>;
export type NewPlanAction = z.input<typeof CreateActionBody>;
export type Internship = z.infer<typeof InternshipSchema>;
export type InternshipEvaluation = z.input<typeof EvaluateInternshipBody>;
export type WorkfloorView = z.infer<typeof WorkfloorViewSchema>;
export type WorkfloorItems = z.infer<typeof WorkfloorList>;
export type CalendarFeed = z.infer<typeof CalendarFeedStatus>;
export type NewCalendarFeed = z.infer<typeof CalendarFeedCreated>;
export type OrganisationAccountManager = z.infer<typeof OrganisationAccountManagerSchema>;
export type EmployerContactLogins = z.infer<typeof ContactLoginList>;

// Transition evaluation (issue 7)
export type EvaluationListItem = z.infer<typeof EvaluationListItemSchema>;
export type EvaluationDetail = z.infer<typeof EvaluationDetailSchema>;
export type EvaluationBackground = z.infer<typeof EvaluationBackgroundSchema>;
export type OwnEvaluation = z.infer<typeof OwnEvaluationSchema>;
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;
export type ConsistencyReport = z.infer<typeof ConsistencyReportSchema>;
export type EvaluationTemplateSummary = z.infer<typeof TemplateSummarySchema>;
export type EvaluationTemplateDetail = z.infer<typeof TemplateDetailSchema>;
export type EvaluationScheduleRule = z.infer<typeof ScheduleRuleSchema>;
export type EvaluationOutcome = EvaluationDetail['outcome'] & string;
export type EvaluationStatus = EvaluationDetail['status'];
// Matching and proposals (issue 5)
export type MatchExplanation = z.infer<typeof ExplanationSchema>;
export type MatchExclusion = MatchExplanation['excluded'][number];
export type MatchJob = z.infer<typeof MatchJobSchema>;
export type MatchPerson = z.infer<typeof MatchPersonSchema>;
export type TopJobs = z.infer<typeof TopJobsResponse>;
export type TopPersons = z.infer<typeof TopPersonsResponse>;
export type MatchPair = z.infer<typeof PairResponse>;
export type CarvingSuggestion = z.infer<typeof CarvingSuggestionSchema>;
export type MatchingBatch = z.infer<typeof BatchSchema>;
export type MatchingBatchPair = z.infer<typeof BatchPairSchema>;
export type MatchingBatchPairPage = z.infer<typeof BatchPairPage>;
export type NewMatchingBatch = z.input<typeof StartBatchBody>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalDetail = z.infer<typeof ProposalDetailSchema>;
export type NewProposal = z.input<typeof CreateProposalBody>;
export type ProposalTransition = z.input<typeof TransitionProposalBody>;
// Quality (issue 8)
export type Recognition = z.infer<
  typeof import('../../../server/src/modules/recognitions/recognitions.schemas').RecognitionSchema
>;
export type RecognitionList = z.infer<
  typeof import('../../../server/src/modules/recognitions/recognitions.schemas').RecognitionPage
>;
export type NewRecognition = z.input<
  typeof import('../../../server/src/modules/recognitions/recognitions.schemas').CreateRecognitionBody
>;
export type SurveyTemplate = z.infer<
  typeof import('../../../server/src/modules/surveys/surveys.schemas').SurveyTemplateSchema
>;
export type SurveyInvitation = z.infer<
  typeof import('../../../server/src/modules/surveys/surveys.schemas').SurveyInvitationSchema
>;
export type NewSurveyInvitation = z.input<
  typeof import('../../../server/src/modules/surveys/surveys.schemas').CreateSurveyInvitationBody
>;
export type MySurvey = z.infer<
  typeof import('../../../server/src/modules/surveys/surveys.schemas').MySurveySchema
>;
export type MySurveyListItem = Omit<MySurvey, 'answers'>;
export type SurveyResults = z.infer<
  typeof import('../../../server/src/modules/surveys/surveys.schemas').SurveyResultsSchema
>;
export type ReviewScale = z.infer<
  typeof import('../../../server/src/modules/quality-reviews/quality-reviews.schemas').ReviewScaleSchema
>;
export type QualityReview = z.infer<
  typeof import('../../../server/src/modules/quality-reviews/quality-reviews.schemas').QualityReviewSchema
>;
export type Scorecard = z.infer<
  typeof import('../../../server/src/modules/quality-reviews/quality-reviews.schemas').ScorecardSchema
>;
export type ScorecardOverview = z.infer<
  typeof import('../../../server/src/modules/quality-reviews/quality-reviews.schemas').ScorecardOverview
>;
export type MemberSurveyRound = z.infer<
  typeof import('../../../server/src/modules/member-surveys/member-surveys.schemas').MemberSurveyRoundSchema
>;
export type MemberSurveyRoundDetail = z.infer<
  typeof import('../../../server/src/modules/member-surveys/member-surveys.schemas').MemberSurveyRoundDetail
>;
