import type { FastifyPluginAsync } from 'fastify';
import adaptationRoutes from './adaptations/adaptations.routes';
import apiTokenRoutes from './api-tokens/api-tokens.routes';
import approachRoutes from './approaches/approaches.routes';
import auditRoutes from './audit/audit.routes';
import authRoutes from './auth/auth.routes';
import capabilityRoutes from './capabilities/capabilities.routes';
import coachingRoutes from './coaching/coaching.routes';
import consentRoutes from './consents/consents.routes';
import contactRoutes from './contacts/contacts.routes';
import employerRoutes from './employers/employers.routes';
import indicationRoutes from './indications/indications.routes';
import internshipSheetRoutes from './internship-sheets/internship-sheets.routes';
import jobRoutes from './jobs/jobs.routes';
import matchingRoutes from './matching/matching.routes';
import memberSurveyRoutes from './member-surveys/member-surveys.routes';
import monitoringRoutes from './monitoring/monitoring.routes';
import myWorkRoutes from './my-work/my-work.routes';
import networkServiceRoutes from './network-services/network-services.routes';
import notificationRoutes from './notifications/notifications.routes';
import organisationRoutes from './organisations/organisations.routes';
import participantRoutes from './participants/participants.routes';
import proposalRoutes from './proposals/proposals.routes';
import qualityReviewRoutes from './quality-reviews/quality-reviews.routes';
import recognitionRoutes from './recognitions/recognitions.routes';
import referenceRoutes from './reference/reference.routes';
import referralRoutes from './referrals/referrals.routes';
import surveyRoutes from './surveys/surveys.routes';
import trajectoryRoutes from './trajectories/trajectories.routes';
import trajectoryTypeRoutes from './trajectory-types/trajectory-types.routes';
import userRoutes from './users/users.routes';

/** Every module's routes, mounted under /api. A new module adds its line here. */
export const API_MODULES: FastifyPluginAsync[] = [
  authRoutes,
  apiTokenRoutes,
  myWorkRoutes,
  referenceRoutes,
  organisationRoutes,
  userRoutes,
  auditRoutes,
  participantRoutes,
  employerRoutes,
  // Referral and indication (issue 3)
  consentRoutes,
  referralRoutes,
  notificationRoutes,
  indicationRoutes,
  capabilityRoutes,
  // Employer desk and jobs (issue 4)
  approachRoutes,
  contactRoutes,
  networkServiceRoutes,
  jobRoutes,
  internshipSheetRoutes,
  adaptationRoutes,
  // Matching (issue 5)
  matchingRoutes,
  proposalRoutes,
  // Trajectories (issue 6)
  trajectoryTypeRoutes,
  trajectoryRoutes,
  coachingRoutes,
  // Monitoring (issue 8)
  monitoringRoutes,
  // Quality (issue 8)
  recognitionRoutes,
  surveyRoutes,
  qualityReviewRoutes,
  memberSurveyRoutes,
];
