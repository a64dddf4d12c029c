import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useCan } from '../../api/session';
import type { NewRecognition, Recognition, RecognitionList } from '../../api/types';
import { CoachSelect } from '../../components/coach-select';
import { FormDialog, useServerSubmit } from '../../components/form-dialog';
import { formatDate } from '../../components/format';
import { OrganisationSelect } from '../../components/organisation-select';
import { EmptyState, PageHeader, Pager, QueryView } from '../../components/page';

const STATUS_COLOR = {
  upcoming: 'gray',
  active: 'green',
  expiring: 'orange',
  expired: 'red',
  withdrawn: 'gray',
} as const;
const STATUSES = ['upcoming', 'active', 'expiring', 'expired', 'withdrawn'] as const;

/** The recognition register: every recognition with its validity, warnings for those ending soon or ended. */
export function RecognitionsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Recognition | 'new' | null>(null);
  const [withdrawing, setWithdrawing] = useState<Recognition | null>(null);
  const query = useQuery({
    queryKey: ['recognitions', status, page],
    queryFn: () => api.get<RecognitionList>('/recognitions', { status, page, pageSize: 25 }),
  });
  const expiring = useQuery({
    queryKey: ['recognitions', 'expiring-count'],
    queryFn: () => api.get<RecognitionList>('/recognitions', { status: 'expiring', pageSize: 1 }),
  });
  const expired = useQuery({
    queryKey: ['recognitions', 'expired-count'],
    queryFn: () => api.get<RecognitionList>('/recognitions', { status: 'expired', pageSize: 1 }),
  });

  return (
    <>
      <PageHeader
        title={t('quality.recognitions.title')}
        description={t('quality.recognitions.description')}
        actions={
          can('recognition.manage') && (
            <Button onClick={() => setEditing('new')}>{t('quality.recognitions.add')}</Button>
          )
        }
      />
      <Stack gap="sm" mb="md">
        {(expiring.data?.total ?? 0) > 0 && (
          <Alert color="orange" role="status">
            <Group justify="space-between">
              <Text>
                {t('quality.recognitions.expiringAlert', {
                  count: expiring.data!.total,
                  days: expiring.data!.expiringWithinDays,
                })}
              </Text>
              <Anchor
                component="button"
                onClick={() => setParams({ status: 'expiring' })}
                c="dark"
                underline="always"
              >
                {t('quality.recognitions.statuses.expiring')}
              </Anchor>
            </Group>
          </Alert>
        )}
        {(expired.data?.total ?? 0) > 0 && (
          <Alert color="red" role="status">
            <Text>{t('quality.recognitions.expiredAlert', { count: expired.data!.total })}</Text>
          </Alert>
        )}
        <Select
          label={t('quality.recognitions.status')}
          w={240}
          data={[
            { value: '', label: t('quality.recognitions.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: t(`quality.recognitions.statuses.${s}`) })),
          ]}
          value={status}
          onChange={(v) => {
            setPage(1);
            setParams(v ? { status: v } : {});
          }}
          allowDeselect={false}
        />
      </Stack>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('quality.recognitions.empty')}</EmptyState>
          ) : (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('quality.recognitions.subject')}</Table.Th>
                      <Table.Th>{t('quality.recognitions.scheme')}</Table.Th>
                      <Table.Th>{t('quality.recognitions.authority')}</Table.Th>
                      <Table.Th>{t('quality.recognitions.validFrom')}</Table.Th>
                      <Table.Th>{t('quality.recognitions.validUntil')}</Table.Th>
                      <Table.Th>{t('quality.recognitions.status')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>
                          <Text fw={500}>{r.coach?.name ?? r.organisation.name}</Text>
                          <Text size="xs" c="dimmed">
                            {r.coach
                              ? `${t('quality.recognitions.subjectKinds.coach')} · ${r.organisation.name}`
                              : t('quality.recognitions.subjectKinds.organisation')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {r.scheme}
                          <Text size="xs" c="dimmed">
                            {r.referenceNumber}
                          </Text>
                        </Table.Td>
                        <Table.Td>{r.authority}</Table.Td>
                        <Table.Td>{formatDate(r.validFrom)}</Table.Td>
                        <Table.Td>
                          {r.validUntil ? formatDate(r.validUntil) : t('quality.recognitions.noEnd')}
                          {r.daysLeft !== null && r.status !== 'withdrawn' && (
                            <Text
                              size="xs"
                              c={r.daysLeft < 0 || r.status === 'expiring' ? 'red.9' : 'dimmed'}
                              fw={r.status === 'expiring' ? 600 : undefined}
                            >
                              {r.daysLeft < 0
                                ? t('quality.recognitions.expiredDays', { count: -r.daysLeft })
                                : t('quality.recognitions.daysLeft', { count: r.daysLeft })}
                            </Text>
                          )}
                          {r.renewedBy && (
                            <Text size="xs" c="teal.9">
                              {t('quality.recognitions.renewed', { date: formatDate(r.renewedBy.validFrom) })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLOR[r.status]} variant="light">
                            {t(`quality.recognitions.statuses.${r.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {r.abilities.update && (
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setEditing(r)}
                              aria-label={`${t('quality.recognitions.edit')}: ${r.coach?.name ?? r.organisation.name}, ${r.scheme}`}
                            >
                              {t('quality.recognitions.change')}
                            </Button>
                          )}
                          {r.abilities.withdraw && r.status !== 'withdrawn' && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setWithdrawing(r)}
                              aria-label={`${t('quality.recognitions.withdraw')}: ${r.coach?.name ?? r.organisation.name}, ${r.scheme}`}
                            >
                              {t('quality.recognitions.withdrawShort')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager page={page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </>
          )
        }
      </QueryView>
      {editing && (
        <RecognitionDialog
          recognition={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {withdrawing && <WithdrawDialog recognition={withdrawing} onClose={() => setWithdrawing(null)} />}
    </>
  );
}

interface FormValues {
  subjectKind: 'organisation' | 'coach';
  organisationId: string;
  coachUserId: string | null;
  scheme: string;
  authority: string;
  referenceNumber: string;
  validFrom: string;
  validUntil: string;
  documentReference: string;
  note: string;
}

function RecognitionDialog({
  recognition,
  onClose,
}: {
  recognition: Recognition | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<FormValues>({
    initialValues: {
      subjectKind: recognition?.subjectKind ?? 'organisation',
      organisationId: recognition?.organisation.id ?? '',
      coachUserId: recognition?.coach?.id ?? null,
      scheme: recognition?.scheme ?? '',
      authority: recognition?.authority ?? '',
      referenceNumber: recognition?.referenceNumber ?? '',
      validFrom: recognition?.validFrom ?? '',
      validUntil: recognition?.validUntil ?? '',
      documentReference: recognition?.documentReference ?? '',
      note: recognition?.note ?? '',
    },
  });
  const fields = (v: FormValues) => ({
    scheme: v.scheme,
    authority: v.authority,
    referenceNumber: v.referenceNumber,
    validFrom: v.validFrom,
    validUntil: v.validUntil || null,
    documentReference: v.documentReference || null,
    note: v.note || null,
  });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      recognition
        ? api.patch<Recognition>(`/recognitions/${recognition.id}`, {
            version: recognition.version,
            data: fields(v),
          })
        : api.post<Recognition>('/recognitions', {
            ...fields(v),
            subjectKind: v.subjectKind,
            organisationId: v.organisationId,
            ...(v.subjectKind === 'coach' && v.coachUserId ? { coachUserId: v.coachUserId } : {}),
          } satisfies NewRecognition),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('quality.recognitions.saved') });
      await queryClient.invalidateQueries({ queryKey: ['recognitions'] });
      onClose();
    },
    conflictKey: ['recognitions'],
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={recognition ? t('quality.recognitions.edit') : t('quality.recognitions.add')}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={busy}
      message={message}
      size="lg"
    >
      {!recognition && (
        <>
          <Select
            label={t('quality.recognitions.subjectKind')}
            data={(['organisation', 'coach'] as const).map((k) => ({
              value: k,
              label: t(`quality.recognitions.subjectKinds.${k}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('subjectKind')}
          />
          <OrganisationSelect
            label={t('quality.recognitions.organisation')}
            required
            {...form.getInputProps('organisationId')}
          />
          {form.values.subjectKind === 'coach' && (
            <CoachSelect
              organisationId={form.values.organisationId || null}
              label={t('quality.recognitions.coach')}
              emptyMessage={t('quality.recognitions.noCoaches')}
              {...form.getInputProps('coachUserId')}
            />
          )}
        </>
      )}
      <TextInput label={t('quality.recognitions.scheme')} required {...form.getInputProps('scheme')} />
      <TextInput label={t('quality.recognitions.authority')} required {...form.getInputProps('authority')} />
      <TextInput
        label={t('quality.recognitions.referenceNumber')}
        required
        {...form.getInputProps('referenceNumber')}
      />
      <Group grow>
        <TextInput
          type="date"
          label={t('quality.recognitions.validFrom')}
          required
          {...form.getInputProps('validFrom')}
        />
        <TextInput
          type="date"
          label={t('quality.recognitions.validUntil')}
          {...form.getInputProps('validUntil')}
        />
      </Group>
      <TextInput
        label={t('quality.recognitions.documentReference')}
        {...form.getInputProps('documentReference')}
      />
      <Textarea label={t('quality.recognitions.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormDialog>
  );
}

function WithdrawDialog({ recognition, onClose }: { recognition: Recognition; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { withdrawnOn: '', reason: '' } });
  const { submit, message, busy } = useServerSubmit(form, {
    send: (v) =>
      api.post<Recognition>(`/recognitions/${recognition.id}/withdraw`, {
        version: recognition.version,
        reason: v.reason,
        ...(v.withdrawnOn && { withdrawnOn: v.withdrawnOn }),
      }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('quality.recognitions.withdrawn') });
      await queryClient.invalidateQueries({ queryKey: ['recognitions'] });
      onClose();
    },
    conflictKey: ['recognitions'],
    onConflict: onClose,
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('quality.recognitions.withdraw')}
      submitLabel={t('quality.recognitions.withdrawShort')}
      submitColor="red"
      onSubmit={submit}
      busy={busy}
      message={message}
    >
      <Text>
        {recognition.coach?.name ?? recognition.organisation.name} · {recognition.scheme}
      </Text>
      <TextInput
        type="date"
        label={t('quality.recognitions.withdrawnOn')}
        {...form.getInputProps('withdrawnOn')}
      />
      <Textarea
        label={t('quality.recognitions.reason')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
