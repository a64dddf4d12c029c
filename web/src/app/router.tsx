import { Center, Loader } from '@mantine/core';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { useMe } from '../api/session';
import { AccountPage } from '../scenes/account/account-page';
import { AuditPage } from '../scenes/audit/audit-page';
import { IndicationPage } from '../scenes/indications/indication-page';
import { IndicationsPage } from '../scenes/indications/indications-page';
import { MyIndicationPage } from '../scenes/indications/my-indication-page';
import { ChangePasswordRequiredPage } from '../scenes/login/change-password-required-page';
import { LoginPage } from '../scenes/login/login-page';
import { MyWorkPage } from '../scenes/my-work/my-work-page';
import { NotFoundPage } from '../scenes/not-found-page';
import { OrganisationDetailPage } from '../scenes/organisations/organisation-detail-page';
import { OrganisationsPage } from '../scenes/organisations/organisations-page';
import { DuplicatesPage } from '../scenes/participants/duplicates-page';
import { ParticipantDetailPage } from '../scenes/participants/participant-detail-page';
import { ParticipantsPage } from '../scenes/participants/participants-page';
import { LeadTimesPage } from '../scenes/referrals/lead-times-page';
import { ReferralDetailPage } from '../scenes/referrals/referral-detail-page';
import { ReferralsPage } from '../scenes/referrals/referrals-page';
import { UserDetailPage } from '../scenes/users/user-detail-page';
import { UsersPage } from '../scenes/users/users-page';
import { RequirePermission } from './require-permission';
import { Shell } from './shell';

function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loader aria-label="…" />
    </Center>
  );
}

/**
 * A page loaded on first use. The employer desk, jobs and catalogues are a world of their own (and employer
 * contacts use nothing else): keeping them out of the first bundle keeps that under the size limit.
 */
function lazyPage(load: () => Promise<ComponentType>) {
  return { lazy: async () => ({ Component: await load() }) };
}

/** Signed-in area: sends visitors to the login page (remembering where they were going). */
function RequireSession() {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  if (isPending) {
    return <FullPageLoader />;
  }
  if (!me) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.mustChangePassword) {
    return <ChangePasswordRequiredPage />;
  }
  return <Outlet />;
}

/**
 * The routes of the UI. Modules add their pages here; each page states the permission it needs, which only
 * decides what is offered: the server checks every call.
 */
const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <Shell />,
        children: [
          { index: true, element: <MyWorkPage /> },
          { path: 'account', element: <AccountPage /> },
          {
            element: <RequirePermission permission="organisation.read" />,
            children: [
              { path: 'organisations', element: <OrganisationsPage /> },
              { path: 'organisations/:id', element: <OrganisationDetailPage /> },
            ],
          },
          {
            element: <RequirePermission permission="user.read" />,
            children: [
              { path: 'users', element: <UsersPage /> },
              { path: 'users/:id', element: <UserDetailPage /> },
            ],
          },
          {
            element: <RequirePermission permission="audit.read" />,
            children: [{ path: 'audit', element: <AuditPage /> }],
          },
          {
            element: <RequirePermission permission="participant.read" />,
            children: [
              { path: 'participants', element: <ParticipantsPage /> },
              { path: 'participants/:id', element: <ParticipantDetailPage /> },
              {
                element: <RequirePermission permission="participant.merge" />,
                children: [{ path: 'participants/duplicates', element: <DuplicatesPage /> }],
              },
            ],
          },
          {
            element: <RequirePermission permission="referral.read" />,
            children: [
              { path: 'referrals', element: <ReferralsPage /> },
              { path: 'referrals/:id', element: <ReferralDetailPage /> },
            ],
          },
          {
            element: <RequirePermission permission="leadtime.read" />,
            children: [{ path: 'referrals/lead-times', element: <LeadTimesPage /> }],
          },
          {
            element: <RequirePermission permission="monitoring.read" />,
            children: [
              {
                path: 'monitoring',
                ...lazyPage(() =>
                  import('../scenes/monitoring/monitoring-page').then((m) => m.MonitoringPage),
                ),
              },
            ],
          },
          {
            element: <RequirePermission permission="employer.read" />,
            children: [
              {
                path: 'employers',
                ...lazyPage(() => import('../scenes/employers/employers-page').then((m) => m.EmployersPage)),
              },
              {
                path: 'employers/:id',
                ...lazyPage(() =>
                  import('../scenes/employers/employer-detail-page').then((m) => m.EmployerDetailPage),
                ),
              },
              {
                path: 'my-employer',
                ...lazyPage(() =>
                  import('../scenes/employers/my-employer-page').then((m) => m.MyEmployerPage),
                ),
              },
              { path: 'jobs', ...lazyPage(() => import('../scenes/jobs/jobs-page').then((m) => m.JobsPage)) },
              {
                path: 'jobs/:id',
                ...lazyPage(() => import('../scenes/jobs/job-detail-page').then((m) => m.JobDetailPage)),
              },
              {
                path: 'service-requests/:id',
                ...lazyPage(() =>
                  import('../scenes/employers/service-request-page').then((m) => m.ServiceRequestPage),
                ),
              },
              {
                element: <RequirePermission permission="job.write" />,
                children: [
                  {
                    path: 'employers/:id/carve',
                    ...lazyPage(() =>
                      import('../scenes/jobs/job-carving-page').then((m) => m.JobCarvingPage),
                    ),
                  },
                ],
              },
            ],
          },
          {
            element: <RequirePermission permission="contact.read" />,
            children: [
              {
                path: 'employers/uncoordinated',
                ...lazyPage(() =>
                  import('../scenes/employers/uncoordinated-page').then((m) => m.UncoordinatedPage),
                ),
              },
            ],
          },
          {
            element: <RequirePermission permission="approach.read" />,
            children: [
              {
                path: 'approach-requests',
                ...lazyPage(() =>
                  import('../scenes/employers/approach-requests-page').then((m) => m.ApproachRequestsPage),
                ),
              },
              {
                path: 'approach-requests/:id',
                ...lazyPage(() =>
                  import('../scenes/employers/approach-request-page').then((m) => m.ApproachRequestPage),
                ),
              },
            ],
          },
          {
            element: <RequirePermission permission="service.read" />,
            children: [
              {
                path: 'network-services',
                ...lazyPage(() =>
                  import('../scenes/catalogues/network-services-page').then((m) => m.NetworkServicesPage),
                ),
              },
            ],
          },
          {
            element: <RequirePermission permission="adaptation.read" />,
            children: [
              {
                path: 'workplace-adaptations',
                ...lazyPage(() =>
                  import('../scenes/catalogues/adaptations-page').then((m) => m.AdaptationsPage),
                ),
              },
            ],
          },
          {
            element: <RequirePermission permission="proposal.read" />,
            children: [
              {
                path: 'proposals',
                ...lazyPage(() => import('../scenes/proposals/proposals-page').then((m) => m.ProposalsPage)),
              },
              {
                path: 'proposals/:id',
                ...lazyPage(() => import('../scenes/proposals/proposal-page').then((m) => m.ProposalPage)),
              },
              {
                path: 'my-proposals',
                ...lazyPage(() =>
                  import('../scenes/proposals/my-proposals-page').then((m) => m.MyProposalsPage),
                ),
              },
              {
                path: 'employer-proposals',
                ...lazyPage(() =>
                  import('../scenes/proposals/employer-proposals-page').then((m) => m.EmployerProposalsPage),
                ),
              },
            ],
          },
          {
            element: <RequirePermission permission="matching.batch" />,
            children: [
              {
                path: 'matching/batches',
                ...lazyPage(() => import('../scenes/matching/batches-page').then((m) => m.BatchesPage)),
              },
              {
                path: 'matching/batches/:id',
                ...lazyPage(() => import('../scenes/matching/batch-page').then((m) => m.BatchPage)),
              },
            ],
          },
          {
            element: <RequirePermission permission="indication.read" />,
            children: [
              { path: 'indications', element: <IndicationsPage /> },
              { path: 'indications/:id', element: <IndicationPage /> },
              { path: 'my-indication', element: <MyIndicationPage /> },
            ],
          },
          // Quality (issue 8): loaded on first use.
          {
            element: <RequirePermission permission="recognition.read" />,
            children: [
              {
                path: 'quality/recognitions',
                ...lazyPage(() =>
                  import('../scenes/quality/recognitions-page').then((m) => m.RecognitionsPage),
                ),
              },
            ],
          },
          {
            element: <RequirePermission permission="survey_template.read" />,
            children: [
              {
                path: 'quality/surveys',
                ...lazyPage(() => import('../scenes/quality/surveys-page').then((m) => m.SurveysPage)),
              },
            ],
          },
          {
            element: <RequirePermission permission="survey.answer" />,
            children: [
              {
                path: 'my-surveys',
                ...lazyPage(() => import('../scenes/quality/my-surveys-page').then((m) => m.MySurveysPage)),
              },
              {
                path: 'my-surveys/:id',
                ...lazyPage(() => import('../scenes/quality/my-surveys-page').then((m) => m.MySurveyPage)),
              },
            ],
          },
          {
            element: <RequirePermission permission="quality_review.read" />,
            children: [
              {
                path: 'quality/reviews',
                ...lazyPage(() => import('../scenes/quality/reviews-page').then((m) => m.ReviewsPage)),
              },
              {
                path: 'quality/reviews/:organisationId',
                ...lazyPage(() => import('../scenes/quality/reviews-page').then((m) => m.ScorecardPage)),
              },
              {
                element: <RequirePermission permission="quality_review.write" />,
                children: [
                  {
                    path: 'quality/reviews/edit/:id',
                    ...lazyPage(() => import('../scenes/quality/reviews-page').then((m) => m.ReviewFormPage)),
                  },
                ],
              },
            ],
          },
          {
            element: <RequirePermission permission="member_survey.read" />,
            children: [
              {
                path: 'quality/member-survey',
                ...lazyPage(() =>
                  import('../scenes/quality/member-survey-page').then((m) => m.MemberSurveyPage),
                ),
              },
              {
                path: 'quality/member-survey/:id',
                ...lazyPage(() =>
                  import('../scenes/quality/member-survey-page').then((m) => m.MemberSurveyRoundPage),
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
