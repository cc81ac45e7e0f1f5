// Personale: the staff list with search, home residence and inactive filters, and create/edit for
// users who may; it says plainly that rosters come later.
import { Alert, Button, Group, Select, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendarTime, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../contract/areas/staff';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { PageLayout } from '../../components/page-layout';
import { useRpcQuery } from '../../rpc/use-rpc';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { StaffModal } from './staff-modal';
import { StaffTable } from './staff-table';

export function StaffPage() {
  const { t } = useTranslation();
  const canWrite = useCan('staff.write');
  const residences = useResidenceOptions();
  const [search, setSearch] = useState('');
  const [residenceId, setResidenceId] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const list = useRpcQuery('staff.list', { search: debounced || null, residenceId: residenceId ? Number(residenceId) : null, includeInactive }, { placeholderData: keepPreviousData });
  const rows = list.data ?? [];

  return (
    <PageLayout
      title={t('staff.title')}
      description={t('staff.description')}
      actions={
        canWrite ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('staff.create')}
          </Button>
        ) : null
      }
    >
      <Alert variant="light" color="petrol" icon={<IconCalendarTime size={18} />} title={t('staff.rostersLaterTitle')}>
        {t('staff.rostersLater')}
      </Alert>
      <Group justify="space-between" align="flex-end" gap="md">
        <Group align="flex-end" gap="lg">
          <TextInput label={t('staff.searchLabel')} placeholder={t('staff.searchPlaceholder')} leftSection={<IconSearch size={16} />} value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={280} type="search" />
          <Select label={t('staff.residence')} placeholder={t('staff.anyResidence')} data={residences.options} value={residenceId} onChange={setResidenceId} clearable searchable w={240} />
          <Switch label={t('staff.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} mb={8} />
        </Group>
        {list.data ? (
          <Text size="sm" c="dimmed" mb={8}>
            {t('staff.summary', { count: rows.length })}
          </Text>
        ) : null}
      </Group>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <StaffTable
          rows={rows}
          fetching={list.isFetching && !list.data}
          emptyText={debounced || residenceId ? t('staff.emptySearch') : t('staff.empty')}
          onOpen={canWrite ? (member) => setEditing(member) : undefined}
        />
      )}
      {canWrite ? <StaffModal member={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} /> : null}
    </PageLayout>
  );
}
