import { Alert, Anchor, Button, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconUserCheck, IconUserShare } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { EmployerDetail, JointAction } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../components/format';
import { Section } from '../../components/page';
import { Field } from '../participants/participant-record';
import { formatAddress } from './employer-labels';
import { OwnerAssignDialog } from './owner-assign-dialog';

/** The account owner: the organisation, its account manager (the one point of contact) and since when. */
export function OwnerDetails({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  if (!e.owner) {
    return <Text c="dimmed">{t('employerDesk.owner.noneHelp')}</Text>;
  }
  const { organisation, accountManager } = e.owner;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Field label={t('employerDesk.owner.organisation')}>
        <Text>{organisation.name}</Text>
        {organisation.email && (
          <Anchor href={`mailto:${organisation.email}`} size="sm">
            {organisation.email}
          </Anchor>
        )}
        {organisation.phone && <Text size="sm">{organisation.phone}</Text>}
      </Field>
      <Field label={t('employerDesk.owner.accountManager')}>
        {accountManager ? (
          <>
            <Text>{accountManager.name}</Text>
            <Anchor href={`mailto:${accountManager.email}`} size="sm">
              {accountManager.email}
            </Anchor>
          </>
        ) : (
          t('employerDesk.owner.noAccountManager')
        )}
      </Field>
      <Field label={t('employerDesk.owner.since')}>{formatDate(e.owner.since)}</Field>
    </SimpleGrid>
  );
}

/** The overview tab: the employer's record, its account owner, the joint actions, and the user's place in them. */
export function EmployerOverview({
  employer: e,
  onRequestApproach,
}: {
  employer: EmployerDetail;
  onRequestApproach: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<JointAction | null>(null);
  const key = ['employers', e.id];
  const isOutsider = !!e.owner && !e.relation.isOwner && !e.relation.isInJointAction;
  return (
    <Stack>
      {isOutsider && e.owner && (
        <Alert color="orange" role="status" title={t('employerDesk.relation.otherTitle')}>
          <Stack gap="xs">
            <Text size="sm">
              {t('employerDesk.relation.otherHelp', {
                organisation: e.owner.organisation.name,
                name: e.owner.accountManager?.name ?? e.owner.organisation.name,
              })}
            </Text>
            {e.relation.pendingApproachRequestId ? (
              <Text size="sm" fw={600}>
                {t('employerDesk.relation.pending')}{' '}
                <Anchor
                  component={Link}
                  to={`/approach-requests/${e.relation.pendingApproachRequestId}`}
                  c="blue.9"
                  underline="always"
                >
                  {t('employerDesk.approaches.open')}
                </Anchor>
              </Text>
            ) : (
              e.abilities.requestApproach && (
                <Button variant="default" w="fit-content" onClick={onRequestApproach}>
                  {t('employerDesk.approaches.request')}
                </Button>
              )
            )}
          </Stack>
        </Alert>
      )}
      <Section
        title={t('employerDesk.owner.title')}
        actions={
          e.abilities.assignOwner && (
            <Button
              variant={e.owner ? 'default' : 'filled'}
              leftSection={e.owner ? <IconUserShare size={16} /> : <IconUserCheck size={16} />}
              onClick={() => setAssigning(true)}
            >
              {e.owner ? t('employerDesk.owner.assign') : t('employerDesk.owner.claim')}
            </Button>
          )
        }
      >
        <OwnerDetails employer={e} />
      </Section>
      <Section title={t('employers.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Field label={t('employers.enterpriseNumber')}>{e.enterpriseNumber}</Field>
          <Field label={t('employers.sector')}>{e.naceCode}</Field>
          <Field label={t('employers.sizeClass')}>
            {e.sizeClass && t('employerDesk.fields.sizeClassValue', { size: e.sizeClass })}
          </Field>
          <Field label={t('employers.address')}>{formatAddress(e)}</Field>
          <Field label={t('employers.website')}>
            {e.website && (
              <Anchor href={e.website} target="_blank" rel="noreferrer">
                {e.website}
              </Anchor>
            )}
          </Field>
          <Field label={t('employerDesk.fields.registeredOn')}>{formatDate(e.createdAt)}</Field>
        </SimpleGrid>
      </Section>
      <Section title={t('employerDesk.joint.title')}>
        {e.jointActions.length === 0 ? (
          <Text c="dimmed">{t('employerDesk.joint.none')}</Text>
        ) : (
          <Table aria-label={t('employerDesk.joint.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('employerDesk.joint.organisation')}</Table.Th>
                <Table.Th>{t('employerDesk.joint.since')}</Table.Th>
                <Table.Th>{t('employerDesk.joint.reason')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('employerDesk.joint.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {e.jointActions.map((j) => (
                <Table.Tr key={j.organisation.id}>
                  <Table.Td>{j.organisation.name}</Table.Td>
                  <Table.Td>{formatDate(j.since)}</Table.Td>
                  <Table.Td>
                    {j.approachRequestId ? (
                      <Anchor component={Link} to={`/approach-requests/${j.approachRequestId}`}>
                        {t(`employerDesk.joint.reasons.${j.reason}`)}
                      </Anchor>
                    ) : (
                      t(`employerDesk.joint.reasons.${j.reason}`)
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {j.canEnd && (
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => setEnding(j)}>
                        {t('employerDesk.joint.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      {e.abilities.assignOwner && (
        <OwnerAssignDialog
          key={e.version}
          employer={e}
          isClaim={!e.owner}
          opened={assigning}
          onClose={() => setAssigning(false)}
        />
      )}
      <ConfirmDialog
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={t('employerDesk.joint.endTitle')}
        confirmLabel={t('employerDesk.joint.end')}
        conflictKey={key}
        onConfirm={async () => {
          const saved = await api.delete<EmployerDetail>(
            `/employers/${e.id}/joint-actions/${ending?.organisation.id}`,
          );
          queryClient.setQueryData(key, saved);
          await queryClient.invalidateQueries({ queryKey: ['employers'] });
        }}
      >
        {t('employerDesk.joint.endConfirm', { organisation: ending?.organisation.name ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
