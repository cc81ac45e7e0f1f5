// The log's filters: period, user, action, citizen and free text; every one labelled.
import { Button, Grid, NumberInput, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction } from '../../../contract/areas/audit';
import { useCan } from '../../app/current-user';
import { DATE_PICKER_DEFAULTS } from '../../format/dates';
import { sortDanish } from '../../format/danish-sort';
import { useRpcQuery } from '../../rpc/use-rpc';
import { hasFilters, NO_FILTERS, type AuditFilterValues } from './audit-filters';

interface AuditFilterBarProps {
  value: AuditFilterValues;
  onChange: (next: AuditFilterValues) => void;
}

export function AuditFilterBar({ value, onChange }: AuditFilterBarProps) {
  const { t } = useTranslation();
  const canListUsers = useCan('users.manage');
  const users = useRpcQuery('users.list', {}, { enabled: canListUsers });
  const set = <K extends keyof AuditFilterValues>(key: K, next: AuditFilterValues[K]) => onChange({ ...value, [key]: next });

  const userOptions = sortDanish(users.data ?? [], (user) => user.displayName).map((user) => ({ value: String(user.id), label: `${user.displayName} (${user.username})` }));
  const actionOptions = AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }));
  const dateProps = { ...DATE_PICKER_DEFAULTS, clearable: true, leftSection: <IconCalendar size={16} />, placeholder: t('audit.filters.datePlaceholder') } as const;

  return (
    <Grid gap="sm" align="flex-end">
      <Grid.Col span={{ base: 6, md: 2 }}>
        <DatePickerInput label={t('audit.filters.from')} value={value.from} onChange={(next) => set('from', next)} maxDate={value.to ?? undefined} {...dateProps} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 2 }}>
        <DatePickerInput label={t('audit.filters.to')} value={value.to} onChange={(next) => set('to', next)} minDate={value.from ?? undefined} {...dateProps} />
      </Grid.Col>
      {canListUsers ? (
        <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
          <Select label={t('audit.filters.user')} placeholder={t('audit.filters.anyUser')} data={userOptions} value={value.userId} onChange={(next) => set('userId', next)} clearable searchable nothingFoundMessage={t('common.nothingFound')} />
        </Grid.Col>
      ) : null}
      <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
        <Select label={t('audit.filters.action')} placeholder={t('audit.filters.anyAction')} data={actionOptions} value={value.action} onChange={(next) => set('action', next as AuditAction | null)} clearable />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 1 }}>
        <NumberInput label={t('audit.filters.citizenId')} value={value.citizenId} onChange={(next) => set('citizenId', next)} min={1} allowDecimal={false} allowNegative={false} hideControls />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 2 }}>
        <TextInput label={t('audit.filters.text')} leftSection={<IconSearch size={16} />} value={value.text} onChange={(event) => set('text', event.currentTarget.value)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 1 }}>
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange(NO_FILTERS)} disabled={!hasFilters(value)} fullWidth px={4}>
          {t('audit.filters.clear')}
        </Button>
      </Grid.Col>
    </Grid>
  );
}
