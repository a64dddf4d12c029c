import { ActionIcon, Anchor, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ContactPerson, EmployerDetail } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState, Section } from '../../components/page';
import { ContactPersonEditDialog } from './contact-person-edit-dialog';

const fullName = (p: ContactPerson) => `${p.firstName} ${p.lastName}`;

/** The employer's contact persons: who may sign for it, and which of them has a login. */
export function ContactPersonsSection({ employer: e }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ContactPerson | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ContactPerson | null>(null);
  const canManage = e.abilities.manageContactPersons;
  return (
    <Section
      title={t('employerDesk.tabs.people')}
      actions={
        canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('employerDesk.people.add')}
          </Button>
        )
      }
    >
      {e.contactPersons.length === 0 ? (
        <EmptyState>{t('employerDesk.people.empty')}</EmptyState>
      ) : (
        <ContactPersonsTable
          people={e.contactPersons}
          actions={
            canManage
              ? (p) => (
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Tooltip label={t('employerDesk.people.edit', { name: fullName(p) })}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('employerDesk.people.edit', { name: fullName(p) })}
                        onClick={() => setEditing(p)}
                      >
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('employerDesk.people.delete', { name: fullName(p) })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('employerDesk.people.delete', { name: fullName(p) })}
                        onClick={() => setDeleting(p)}
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
        <ContactPersonEditDialog
          employerId={e.id}
          person={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('employerDesk.people.delete', { name: deleting ? fullName(deleting) : '' })}
        confirmLabel={t('employerDesk.people.deleteConfirmButton')}
        conflictKey={['employers', e.id]}
        onConfirm={async () => {
          await api.delete(`/employers/${e.id}/contact-persons/${deleting?.id}?version=${deleting?.version}`);
          await queryClient.invalidateQueries({ queryKey: ['employers', e.id] });
        }}
      >
        {t('employerDesk.people.deleteConfirm', { name: deleting ? fullName(deleting) : '' })}
      </ConfirmDialog>
    </Section>
  );
}

/** Contact persons as a table; employer contacts see the same list without actions. */
export function ContactPersonsTable({
  people,
  actions,
}: {
  people: ContactPerson[];
  actions?: (person: ContactPerson) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('employerDesk.tabs.people')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('employers.name')}</Table.Th>
            <Table.Th>{t('employerDesk.people.jobTitle')}</Table.Th>
            <Table.Th>{t('employerDesk.people.reach')}</Table.Th>
            <Table.Th>{t('employerDesk.people.login')}</Table.Th>
            {actions && (
              <Table.Th>
                <span className="visually-hidden">{t('employerDesk.joint.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Group gap="xs">
                  <Text size="sm">{fullName(p)}</Text>
                  {p.isLegalSignatory && <Badge color="violet">{t('employerDesk.people.signatory')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{p.jobTitle ?? '—'}</Table.Td>
              <Table.Td>
                {p.email && (
                  <Anchor href={`mailto:${p.email}`} size="sm" display="block">
                    {p.email}
                  </Anchor>
                )}
                {p.phone && <Text size="sm">{p.phone}</Text>}
                {!p.email && !p.phone && '—'}
              </Table.Td>
              <Table.Td>{p.user?.name ?? '—'}</Table.Td>
              {actions && <Table.Td>{actions(p)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
