// The citizen list's search and filters: free text (name, birth date, CPR), residence, status and
// acting municipality; every one labelled.
import { Button, Grid, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CITIZEN_STATUSES } from '../../../contract/areas/citizens';
import { useCan } from '../../app/current-user';
import { useMunicipalityOptions } from '../lookups/use-municipality-options';
import { useResidenceOptions } from '../lookups/use-residence-options';
import { hasFilters, INITIAL_LIST_STATE, type CitizenListState, type StatusFilter } from './citizen-filters';

interface CitizenFilterBarProps {
  value: CitizenListState;
  onChange: (patch: Partial<CitizenListState>) => void;
}

export function CitizenFilterBar({ value, onChange }: CitizenFilterBarProps) {
  const { t } = useTranslation();
  // Searching by a whole CPR number needs CPR access; others search by name or birth date.
  const canSearchCpr = useCan('citizens.cpr');
  const residences = useResidenceOptions();
  const municipalities = useMunicipalityOptions();
  const statusOptions = [...CITIZEN_STATUSES, 'all' as const].map((status) => ({
    value: status,
    label: status === 'all' ? t('citizens.filters.all') : t(`citizens.status.${status}`),
  }));

  return (
    <Grid gap="sm" align="flex-end">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <TextInput
          label={t('citizens.searchLabel')}
          placeholder={canSearchCpr ? t('citizens.searchPlaceholder') : t('citizens.searchPlaceholderNoCpr')}
          description={t('citizens.searchHint')}
          leftSection={<IconSearch size={16} />}
          value={value.search}
          onChange={(event) => onChange({ search: event.currentTarget.value })}
          type="search"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4, md: 2 }}>
        <Select
          label={t('citizens.filters.residence')}
          placeholder={t('citizens.filters.anyResidence')}
          data={residences.options}
          value={value.residenceId}
          onChange={(next) => onChange({ residenceId: next })}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4, md: 2 }}>
        <Select
          label={t('citizens.filters.status')}
          data={statusOptions}
          value={value.status}
          onChange={(next) => onChange({ status: (next ?? 'all') as StatusFilter })}
          allowDeselect={false}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4, md: 3 }}>
        <Select
          label={t('citizens.filters.municipality')}
          placeholder={t('citizens.filters.anyMunicipality')}
          data={municipalities.options}
          value={value.municipalityCode}
          onChange={(next) => onChange({ municipalityCode: next })}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 1 }}>
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange({ ...INITIAL_LIST_STATE, sort: value.sort, descending: value.descending })}
          disabled={!hasFilters(value)}
          fullWidth
          px={4}
        >
          {t('citizens.filters.clear')}
        </Button>
      </Grid.Col>
    </Grid>
  );
}
