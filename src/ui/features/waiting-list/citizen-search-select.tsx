// Choosing a citizen by typing part of the name or the birth date: searches citizens.list on
// the server (the search is logged there), so it works for any number of citizens.
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/dates';
import { useRpcQuery } from '../../rpc/use-rpc';

export function CitizenSearchSelect(props: Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const results = useRpcQuery('citizens.list', { search: debounced || null, pageSize: 20 }, { enabled: debounced.length >= 2, placeholderData: keepPreviousData });
  const found = (debounced.length >= 2 ? (results.data?.rows ?? []) : []).map((row) => ({ value: String(row.id), label: `${row.name} (${formatDate(row.birthDate)})` }));
  // Keep the chosen citizen's label when the search moves on.
  const chosen = typeof props.value === 'string' && labels[props.value] && !found.some((item) => item.value === props.value) ? [{ value: props.value, label: labels[props.value]! }] : [];

  return (
    <Select
      {...props}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...chosen, ...found]}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= 2 ? t('common.nothingFound') : undefined}
      onChange={(value, option) => {
        if (value && option) setLabels((old) => ({ ...old, [value]: option.label }));
        props.onChange?.(value, option);
      }}
    />
  );
}
