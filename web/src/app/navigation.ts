import {
  IconAlertTriangle,
  IconArrowsRightLeft,
  IconArrowsShuffle,
  IconAward,
  IconBriefcase,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconBuildingStore,
  IconChartBar,
  IconChecklist,
  IconClipboardHeart,
  IconClockHour4,
  IconCopy,
  IconHandStop,
  IconHeartHandshake,
  IconHome,
  IconLifebuoy,
  IconListSearch,
  IconMailForward,
  IconMessageCircle,
  IconMoodSmile,
  IconReportAnalytics,
  IconTool,
  IconUserCheck,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Role } from '../api/types';

export interface NavItem {
  to: string;
  /** Translation key of the label (nav.<key>). */
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Permission(s) from /api/me the item needs (any of them); undefined for every signed-in user. */
  permission?: string | string[];
  /** Only for users holding this role (pages about one's own record, e.g. the participant's). */
  role?: Role;
  group: 'work' | 'network' | 'admin';
  /** Other paths (prefixes) where this entry is the current page: "my company" leads into /employers/… */
  alsoActiveOn?: string[];
}

/**
 * The navigation, by role: an entry shows when the user holds its permission. Modules add their entries here,
 * in their group, in one block.
 */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'myWork', icon: IconHome, group: 'work' },
  {
    to: '/participants',
    label: 'participants',
    icon: IconUsersGroup,
    permission: 'participant.read',
    group: 'work',
  },
  {
    to: '/indications',
    label: 'indications',
    icon: IconClipboardHeart,
    permission: ['indication.write', 'indication.validate'],
    group: 'work',
  },
  {
    to: '/my-indication',
    label: 'myIndication',
    icon: IconHeartHandshake,
    permission: 'indication.read',
    role: 'participant',
    group: 'work',
  },
  // Matching and proposals (issue 5). The staff's list is for those who make proposals (proposal.create: the
  // same roles as proposal.read without the participant and the employer contact, who have their own page).
  {
    to: '/proposals',
    label: 'proposals',
    icon: IconMailForward,
    permission: 'proposal.create',
    group: 'work',
  },
  {
    to: '/my-proposals',
    label: 'myProposals',
    icon: IconMailForward,
    permission: 'proposal.read',
    role: 'participant',
    group: 'work',
    alsoActiveOn: ['/proposals'],
  },
  {
    to: '/employer-proposals',
    label: 'employerProposals',
    icon: IconUserCheck,
    permission: 'proposal.read',
    role: 'employer_contact',
    group: 'work',
    alsoActiveOn: ['/proposals'],
  },
  {
    to: '/referrals',
    label: 'referrals',
    icon: IconArrowsRightLeft,
    permission: 'referral.read',
    group: 'work',
  },
  {
    to: '/referrals/lead-times',
    label: 'leadTimes',
    icon: IconClockHour4,
    permission: 'leadtime.read',
    group: 'network',
  },
  {
    to: '/monitoring',
    label: 'monitoring',
    icon: IconChartBar,
    permission: 'monitoring.read',
    group: 'network',
  },
  // Employer desk. Employer contacts hold employer.read for their own employer only: they get "my company",
  // and the network's register, jobs and catalogues are for staff (contact.read and the catalogue permissions).
  {
    to: '/my-employer',
    label: 'myEmployer',
    icon: IconBuildingStore,
    permission: 'employer.read',
    role: 'employer_contact',
    group: 'work',
    alsoActiveOn: ['/employers', '/jobs'],
  },
  {
    to: '/approach-requests',
    label: 'approachRequests',
    icon: IconHandStop,
    permission: 'approach.read',
    group: 'work',
  },
  {
    to: '/employers',
    label: 'employers',
    icon: IconBuildingFactory2,
    permission: 'contact.read',
    group: 'network',
  },
  { to: '/jobs', label: 'jobs', icon: IconBriefcase, permission: 'contact.read', group: 'network' },
  {
    to: '/employers/uncoordinated',
    label: 'uncoordinated',
    icon: IconAlertTriangle,
    permission: 'contact.read',
    group: 'network',
  },
  {
    to: '/network-services',
    label: 'networkServices',
    icon: IconLifebuoy,
    permission: 'service.read',
    group: 'network',
  },
  {
    to: '/workplace-adaptations',
    label: 'adaptations',
    icon: IconTool,
    permission: 'adaptation.read',
    group: 'network',
  },
  {
    to: '/matching/batches',
    label: 'matchingBatches',
    icon: IconArrowsShuffle,
    permission: 'matching.batch',
    group: 'network',
  },
  {
    to: '/organisations',
    label: 'organisations',
    icon: IconBuildingCommunity,
    permission: 'organisation.read',
    group: 'network',
  },
  // Quality (issue 8)
  {
    to: '/my-surveys',
    label: 'mySurveys',
    icon: IconMessageCircle,
    permission: 'survey.answer',
    group: 'work',
  },
  {
    to: '/quality/recognitions',
    label: 'recognitions',
    icon: IconAward,
    permission: 'recognition.read',
    group: 'network',
  },
  {
    to: '/quality/surveys',
    label: 'surveys',
    icon: IconMoodSmile,
    permission: 'survey_template.read',
    group: 'network',
  },
  {
    to: '/quality/reviews',
    label: 'scorecards',
    icon: IconChecklist,
    permission: 'quality_review.read',
    group: 'network',
  },
  {
    to: '/quality/member-survey',
    label: 'memberSurvey',
    icon: IconReportAnalytics,
    permission: 'member_survey.read',
    group: 'network',
  },
  { to: '/users', label: 'users', icon: IconUsers, permission: 'user.read', group: 'admin' },
  {
    to: '/participants/duplicates',
    label: 'duplicates',
    icon: IconCopy,
    permission: 'participant.merge',
    group: 'admin',
  },
  { to: '/audit', label: 'audit', icon: IconListSearch, permission: 'audit.read', group: 'admin' },
];

export const NAV_GROUPS = ['work', 'network', 'admin'] as const;
