import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { EmployerDetail, EmployerSite } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState, Section } from '../../components/page';
import { formatAddress } from './employer-labels';
import { SiteEditDialog } from './site-edit-dialog';

/** The employer's sites (where its jobs are), with add, edit and delete for those who work with the employer. */
export function SitesSection({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<EmployerSite | 'new' | null>(null);
  const [deleting, setDeleting] = useState<EmployerSite | null>(null);
  const canManage = e.abilities.manageSites;
  return (
    <Section
      title={t('employerDesk.tabs.sites')}
      actions={
        canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('employerDesk.sites.add')}
          </Button>
        )
      }
    >
      {e.sites.length === 0 ? (
        <EmptyState>{t('employerDesk.sites.empty')}</EmptyState>
      ) : (
        <SitesTable
          sites={e.sites}
          actions={
            canManage
              ? (site) => (
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Tooltip label={t('employerDesk.sites.edit', { name: site.name })}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('employerDesk.sites.edit', { name: site.name })}
                        onClick={() => setEditing(site)}
                      >
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip
                      label={
                        site.jobCount > 0
                          ? t('employerDesk.sites.hasJobs')
                          : t('employerDesk.sites.delete', { name: site.name })
                      }
                    >
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('employerDesk.sites.delete', { name: site.name })}
                        disabled={site.jobCount > 0}
                        onClick={() => setDeleting(site)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                )
              : undefined
          }
        />
      )}
      {canManage && editing !== null && (
        <SiteEditDialog
          employerId={e.id}
          site={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('employerDesk.sites.delete', { name: deleting?.name ?? '' })}
        confirmLabel={t('employerDesk.sites.deleteConfirmButton')}
        conflictKey={['employers', e.id]}
        onConfirm={async () => {
          await api.delete(`/employers/${e.id}/sites/${deleting?.id}?version=${deleting?.version}`);
          await queryClient.invalidateQueries({ queryKey: ['employers', e.id] });
        }}
      >
        {t('employerDesk.sites.deleteConfirm', { name: deleting?.name ?? '' })}
      </ConfirmDialog>
    </Section>
  );
}

/** Sites as a table; employer contacts see the same list without actions. */
export function SitesTable({
  sites,
  actions,
}: {
  sites: EmployerSite[];
  actions?: (site: EmployerSite) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('employerDesk.tabs.sites')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('employerDesk.sites.name')}</Table.Th>
            <Table.Th>{t('employers.address')}</Table.Th>
            <Table.Th>{t('employerDesk.sites.jobs')}</Table.Th>
            {actions && (
              <Table.Th>
                <span className="visually-hidden">{t('employerDesk.joint.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sites.map((site) => (
            <Table.Tr key={site.id}>
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm">{site.name}</Text>
                  {site.isMain && <Badge color="blue">{t('employerDesk.sites.main')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{formatAddress(site) || '—'}</Table.Td>
              <Table.Td>{site.jobCount}</Table.Td>
              {actions && <Table.Td>{actions(site)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
