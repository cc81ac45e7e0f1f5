// The vikarmappe's telefonliste: rows of who and number, added, removed and moved up or down (the
// printed order is the order here).
import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { phoneRowKey, type BriefingValues } from './briefing-values';

const MAX_ROWS = 40;

export function PhoneListField({ form }: { form: UseFormReturnType<BriefingValues> }) {
  const { t } = useTranslation();
  const rows = form.getValues().phoneNumbers;
  const listError = form.errors.phoneNumbers;
  const name = (index: number) => rows[index]?.label.trim() || t('statusReport.briefing.rowFallback', { index: index + 1 });

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('statusReport.briefing.phonesTitle')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('statusReport.briefing.phonesEmpty')}
        </Text>
      ) : null}
      {rows.map((row, index) => (
        <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="phone-row">
          <TextInput
            style={{ flex: 3 }}
            label={t('statusReport.briefing.phoneLabel')}
            labelProps={index === 0 ? undefined : { style: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } }}
            placeholder={t('statusReport.briefing.phoneLabelPlaceholder')}
            {...form.getInputProps(`phoneNumbers.${index}.label`)}
          />
          <TextInput
            style={{ flex: 2 }}
            label={t('statusReport.briefing.phoneNumber')}
            labelProps={index === 0 ? undefined : { style: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } }}
            inputMode="tel"
            {...form.getInputProps(`phoneNumbers.${index}.phone`)}
          />
          <Group gap={2} wrap="nowrap" mt={index === 0 ? 26 : 4}>
            <ActionIcon variant="subtle" color="gray" aria-label={t('statusReport.briefing.moveUp', { label: name(index) })} disabled={index === 0} onClick={() => form.reorderListItem('phoneNumbers', { from: index, to: index - 1 })}>
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="gray" aria-label={t('statusReport.briefing.moveDown', { label: name(index) })} disabled={index === rows.length - 1} onClick={() => form.reorderListItem('phoneNumbers', { from: index, to: index + 1 })}>
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={t('statusReport.briefing.removePhone', { label: name(index) })} onClick={() => form.removeListItem('phoneNumbers', index)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
      ))}
      {typeof listError === 'string' ? (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={rows.length >= MAX_ROWS}
          onClick={() => form.insertListItem('phoneNumbers', { key: phoneRowKey(), label: '', phone: '' })}
        >
          {t('statusReport.briefing.addPhone')}
        </Button>
      </Group>
    </Stack>
  );
}
