// "Medarbejdere borgeren ikke må have" (citizens.excludedStaff): who and why; with citizens.write
// add one (citizens.excludeStaff) or remove one with an optional note (citizens.removeExcludedStaff).
import { Button, Modal, Paper, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../contract';
import type { ExcludedStaff } from '../../../contract/areas/roster-setup';
import { useCan } from '../../app/current-user';
import { useServerSubmit } from '../../components/form-errors';
import { FormFooter } from '../../components/form-footer';
import { LoadError } from '../../components/load-state';
import { notifySuccess } from '../../components/notify';
import { SectionHeader } from '../../components/section-header';
import { formatDate } from '../../format/dates';
import { useRpcMutation, useRpcQuery } from '../../rpc/use-rpc';
import { useStaffOptions } from '../lookups/use-staff-options';

export function ExcludedStaffSection({ citizenId }: { citizenId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('citizens.write');
  const list = useRpcQuery('citizens.excludedStaff', { citizenId });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ExcludedStaff | null>(null);
  const rows = list.data ?? [];

  return (
    <Paper p="lg" radius="md">
      <SectionHeader
        title={t('rosterSetup.excluded.title')}
        description={t('rosterSetup.excluded.description')}
        action={
          canWrite ? (
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
              {t('rosterSetup.excluded.add')}
            </Button>
          ) : null
        }
      />
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {list.isPending ? t('common.loading') : t('rosterSetup.excluded.empty')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={t('rosterSetup.excluded.title')}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td w={220}>
                  <Text size="sm" fw={500}>
                    {row.staffName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('rosterSetup.excluded.since', { date: formatDate(row.createdAt) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {row.reason}
                  </Text>
                </Table.Td>
                {canWrite ? (
                  <Table.Td w={110} ta="right">
                    <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setRemoving(row)} aria-label={t('rosterSetup.excluded.removeNamed', { name: row.staffName })}>
                      {t('rosterSetup.excluded.remove')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite ? (
        <>
          <Modal opened={adding} onClose={() => setAdding(false)} title={t('rosterSetup.excluded.addTitle')}>
            {adding ? <ExcludeForm citizenId={citizenId} taken={rows.map((row) => row.staffId)} onClose={() => setAdding(false)} /> : null}
          </Modal>
          <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={removing ? t('rosterSetup.excluded.removeTitle', { name: removing.staffName }) : ''}>
            {removing ? <RemoveForm entry={removing} onClose={() => setRemoving(null)} /> : null}
          </Modal>
        </>
      ) : null}
    </Paper>
  );
}

const excludeSchema = contract['citizens.excludeStaff'].input;

function ExcludeForm({ citizenId, taken, onClose }: { citizenId: number; taken: number[]; onClose: () => void }) {
  const { t } = useTranslation();
  const staff = useStaffOptions();
  const exclude = useRpcMutation('citizens.excludeStaff');
  const resolver = schemaResolver(excludeSchema, { sync: true });
  const toRaw = (values: { staffId: string | null; reason: string }) => ({ citizenId, staffId: values.staffId ? Number(values.staffId) : null, reason: values.reason });
  const form = useForm<{ staffId: string | null; reason: string }>({ initialValues: { staffId: null, reason: '' }, validate: (values) => resolver(toRaw(values)) });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    const saved = await exclude.mutateAsync(excludeSchema.parse(toRaw(values)));
    notifySuccess(t('rosterSetup.excluded.added', { name: saved.staffName }));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('rosterSetup.excluded.staff')}
          placeholder={t('rosterSetup.excluded.chooseStaff')}
          withAsterisk
          searchable
          data-autofocus
          nothingFoundMessage={t('common.nothingFound')}
          data={staff.options.filter((option) => !taken.includes(Number(option.value)))}
          {...form.getInputProps('staffId')}
        />
        <Textarea label={t('rosterSetup.excluded.reason')} withAsterisk autosize minRows={2} maxRows={5} {...form.getInputProps('reason')} />
        <FormFooter problem={problem} saving={exclude.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function RemoveForm({ entry, onClose }: { entry: ExcludedStaff; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useRpcMutation('citizens.removeExcludedStaff');
  const form = useForm({ initialValues: { note: '' } });
  const { submit, problem } = useServerSubmit(form, async (values) => {
    await remove.mutateAsync({ id: entry.id, note: values.note });
    notifySuccess(t('rosterSetup.excluded.removed', { name: entry.staffName }));
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea label={t('rosterSetup.excluded.note')} description={t('rosterSetup.excluded.noteHint')} autosize minRows={2} maxRows={5} data-autofocus {...form.getInputProps('note')} />
        <FormFooter problem={problem} saving={remove.isPending} submitLabel={t('rosterSetup.excluded.remove')} submitColor="red" onCancel={onClose} />
      </Stack>
    </form>
  );
}
