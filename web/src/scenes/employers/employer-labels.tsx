import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  ApproachRequestStatus,
  ContactCheck,
  Employer,
  JobKind,
  JobStatus,
  ServiceRequestStatus,
} from '../../api/types';

type Coordination = NonNullable<ContactCheck['coordination']>;

const APPROACH_COLOR: Record<ApproachRequestStatus, string> = {
  pending: 'orange',
  accepted: 'green',
  declined: 'red',
  taken_over: 'blue',
};
const SERVICE_COLOR: Record<ServiceRequestStatus, string> = {
  requested: 'orange',
  in_progress: 'blue',
  done: 'green',
  cancelled: 'gray',
};
const JOB_COLOR: Record<JobStatus, string> = { draft: 'gray', open: 'green', filled: 'blue', closed: 'dark' };
const KIND_COLOR: Record<JobKind, string> = {
  regular_vacancy: 'blue',
  carved_job: 'grape',
  internship_place: 'teal',
  ama_activity: 'orange',
  cmw_workplace: 'cyan',
};
const COORDINATION_COLOR: Record<Coordination, string> = {
  owner: 'green',
  joint: 'blue',
  unowned: 'gray',
  uncoordinated: 'orange',
};

export function ApproachStatusBadge({ status }: { status: ApproachRequestStatus }) {
  const { t } = useTranslation();
  return <Badge color={APPROACH_COLOR[status]}>{t(`employerDesk.approaches.statuses.${status}`)}</Badge>;
}

export function ServiceStatusBadge({ status }: { status: ServiceRequestStatus }) {
  const { t } = useTranslation();
  return <Badge color={SERVICE_COLOR[status]}>{t(`employerDesk.services.statuses.${status}`)}</Badge>;
}

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const { t } = useTranslation();
  return <Badge color={JOB_COLOR[status]}>{t(`jobs.statuses.${status}`)}</Badge>;
}

export function JobKindBadge({ kind }: { kind: JobKind }) {
  const { t } = useTranslation();
  // The dot variant keeps the text dark (readable on white); the dot's colour tells the kinds apart.
  return (
    <Badge color={KIND_COLOR[kind]} variant="dot">
      {t(`jobs.kinds.${kind}`)}
    </Badge>
  );
}

export function CoordinationBadge({ coordination }: { coordination: Coordination }) {
  const { t } = useTranslation();
  return (
    <Badge color={COORDINATION_COLOR[coordination]}>{t(`employerDesk.coordination.${coordination}`)}</Badge>
  );
}

/** "Street 1, 9000 Gent" from the parts that are known. */
export function formatAddress(place: Pick<Employer, 'street' | 'postcode' | 'municipality'>): string {
  return [place.street, [place.postcode, place.municipality?.name].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}
