// Personale: the staff list with search, home residence and inactive filters, create/edit for users
// who may, a substitute's availability; and the Kompetencer tab.
import { Button, Group, Select, Switch, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCertificate, IconPlus, IconSearch, IconUsers } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../contract/areas/staff';
import { useCan } from '../../app/current-user';
import { LoadError } from '../../components/load-state';
import { PageLayout } from '../../components/page-layout';
import { useRpcQuery } from '../../rpc/use-rpc';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { AvailabilityModal } from './availability-modal';
import { CompetencesTab } from './competences-tab';
import { StaffModal } from './staff-modal';
import { StaffTable } from './staff-table';
import { useCompetenceOptions } from './use-competence-options';

type Tab = 'staff' | 'competences';

export function StaffPage() {
  const { t } = useTranslation();
  const canWrite = useCan('staff.write');
  const [tab, setTab] = useState<Tab>('staff');
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);

  return (
    <PageLayout
      title={t('staff.title')}
      description={t('staff.description')}
      actions={
        canWrite && tab === 'staff' ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('staff.create')}
          </Button>
        ) : null
      }
    >
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? 'staff')} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="staff" leftSection={<IconUsers size={16} stroke={1.6} />}>
            {t('rosterSetup.staffTabs.staff')}
          </Tabs.Tab>
          <Tabs.Tab value="competences" leftSection={<IconCertificate size={16} stroke={1.6} />}>
            {t('rosterSetup.staffTabs.competences')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="staff">
          <StaffList onEdit={canWrite ? setEditing : undefined} />
        </Tabs.Panel>
        <Tabs.Panel value="competences">
          <CompetencesTab />
        </Tabs.Panel>
      </Tabs>
      {canWrite ? <StaffModal member={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} /> : null}
    </PageLayout>
  );
}

function StaffList({ onEdit }: { onEdit?: (member: StaffMember) => void }) {
  const { t } = useTranslation();
  const canSeeRoster = useCan('roster.read');
  const residences = useResidenceOptions();
  const competences = useCompetenceOptions();
  const [search, setSearch] = useState('');
  const [residenceId, setResidenceId] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [availabilityOf, setAvailabilityOf] = useState<StaffMember | null>(null);
  const list = useRpcQuery('staff.list', { search: debounced || null, residenceId: residenceId ? Number(residenceId) : null, includeInactive }, { placeholderData: keepPreviousData });
  const rows = list.data ?? [];

  return (
    <>
      <Group justify="space-between" align="flex-end" gap="md" mb="md">
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
          onOpen={onEdit}
          onAvailability={canSeeRoster ? setAvailabilityOf : undefined}
          competenceName={competences.nameOf}
        />
      )}
      {canSeeRoster ? <AvailabilityModal member={availabilityOf} onClose={() => setAvailabilityOf(null)} /> : null}
    </>
  );
}
