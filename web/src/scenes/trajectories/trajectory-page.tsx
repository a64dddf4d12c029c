import { Button, Group, Stack, Tabs } from '@mantine/core';
import { IconBriefcase, IconCircleCheck, IconEdit, IconUserCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Trajectory } from '../../api/types';
import { PageHeader, QueryView } from '../../components/page';
import { ActionPlanSection } from './action-plan-section';
import { AftercareSection } from './aftercare-section';
import { BudgetSection } from './budget-section';
import { CoachingLogSection } from './coaching-log-section';
import { InternshipSection } from './internship-section';
import { PhasesTimeline } from './phases-timeline';
import { MentorDialog, PlacementDialog } from './placement-dialogs';
import { TrajectoryCloseDialog } from './trajectory-close-dialog';
import { TrajectoryCorrectDialog } from './trajectory-correct-dialog';
import { TrajectoryDetails } from './trajectory-details';
import { OverdueMark, participantName, TrajectoryStatusBadge } from './trajectory-status';
import { trajectoryKey } from './use-trajectory-action';

const TABS = ['course', 'plan', 'coaching', 'budget', 'internship', 'aftercare'] as const;
type Tab = (typeof TABS)[number];

/**
 * One trajectory: who and what, then tabs for the phases (planned against actual, terms and extensions), the
 * action plan, the coaching log, the support budget, the internship (agreement and approvals) and aftercare. Actions follow the server's abilities for this user.
 */
export function TrajectoryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const [dialog, setDialog] = useState<'close' | 'correct' | 'placement' | 'mentor' | null>(null);
  const query = useQuery({
    queryKey: trajectoryKey(id),
    queryFn: () => api.get<Trajectory>(`/trajectories/${id}`),
  });
  const requested = search.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '') ? (requested as Tab) : 'course';
  const close = () => setDialog(null);

  return (
    <QueryView query={query}>
      {(tr) => {
        const a = tr.abilities;
        const tabs = TABS.filter(
          (name) =>
            (name !== 'coaching' || a.readSessions) &&
            (name !== 'budget' || a.manageBudget || a.readSessions),
        );
        return (
          <>
            <PageHeader
              title={t('trajectories.pageTitle', { name: participantName(tr) })}
              description={
                <Group gap="xs" component="span">
                  <TrajectoryStatusBadge trajectory={tr} />
                  <span>{tr.type.name}</span>
                  <span>· {tr.leadOrganisation.name}</span>
                  <OverdueMark trajectory={tr} />
                </Group>
              }
              actions={
                <>
                  {a.update && tr.status === 'open' && (
                    <Button
                      variant="default"
                      leftSection={<IconBriefcase size={16} />}
                      onClick={() => setDialog('placement')}
                    >
                      {t(tr.placedOn ? 'trajectories.placement.change' : 'trajectories.placement.title')}
                    </Button>
                  )}
                  {a.update && tr.status === 'open' && tr.employer && (
                    <Button
                      variant="default"
                      leftSection={<IconUserCheck size={16} />}
                      onClick={() => setDialog('mentor')}
                    >
                      {t('trajectories.mentorDialog.title')}
                    </Button>
                  )}
                  {a.close && tr.status === 'open' && (
                    <Button leftSection={<IconCircleCheck size={16} />} onClick={() => setDialog('close')}>
                      {t('trajectories.closeDialog.title')}
                    </Button>
                  )}
                  {a.correct && tr.status === 'closed' && (
                    <Button
                      variant="default"
                      leftSection={<IconEdit size={16} />}
                      onClick={() => setDialog('correct')}
                    >
                      {t('trajectories.correctDialog.title')}
                    </Button>
                  )}
                </>
              }
            />
            <Stack>
              <TrajectoryDetails trajectory={tr} />
              <Tabs
                value={tab}
                onChange={(value) => {
                  const next = new URLSearchParams(search);
                  if (value && value !== 'course') {
                    next.set('tab', value);
                  } else {
                    next.delete('tab');
                  }
                  setSearch(next, { replace: true });
                }}
                keepMounted={false}
              >
                <Tabs.List mb="md">
                  {tabs.map((name) => (
                    <Tabs.Tab key={name} value={name}>
                      {t(`trajectories.tabs.${name}`)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                <Tabs.Panel value="course">
                  <PhasesTimeline trajectory={tr} />
                </Tabs.Panel>
                <Tabs.Panel value="plan">
                  <ActionPlanSection trajectoryId={tr.id} />
                </Tabs.Panel>
                <Tabs.Panel value="coaching">
                  <CoachingLogSection trajectoryId={tr.id} canLog={a.logSession} />
                </Tabs.Panel>
                <Tabs.Panel value="budget">
                  <BudgetSection trajectoryId={tr.id} canManage={a.manageBudget} />
                </Tabs.Panel>
                <Tabs.Panel value="internship">
                  <InternshipSection trajectory={tr} />
                </Tabs.Panel>
                <Tabs.Panel value="aftercare">
                  <AftercareSection trajectory={tr} />
                </Tabs.Panel>
              </Tabs>
            </Stack>
            {a.update && tr.status === 'open' && (
              <PlacementDialog
                key={`p${tr.version}`}
                trajectory={tr}
                opened={dialog === 'placement'}
                onClose={close}
              />
            )}
            {a.update && tr.employer && (
              <MentorDialog
                key={`m${tr.version}`}
                trajectory={tr}
                opened={dialog === 'mentor'}
                onClose={close}
              />
            )}
            {a.close && (
              <TrajectoryCloseDialog
                key={`c${tr.version}`}
                trajectory={tr}
                opened={dialog === 'close'}
                onClose={close}
              />
            )}
            {a.correct && tr.status === 'closed' && (
              <TrajectoryCorrectDialog
                key={`k${tr.version}`}
                trajectory={tr}
                opened={dialog === 'correct'}
                onClose={close}
              />
            )}
          </>
        );
      }}
    </QueryView>
  );
}
