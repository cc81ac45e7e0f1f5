// A date input as every Kerne form has it: dd-mm-åååå, week numbers, a calendar icon, ISO value;
// a hint sits under the field, so dates side by side stay aligned.
import { DatePickerInput, type DatePickerInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DATE_PICKER_DEFAULTS } from '../format/dates';

export function DateField(props: DatePickerInputProps<'default'>) {
  const { t } = useTranslation();
  return <DatePickerInput {...DATE_PICKER_DEFAULTS} leftSection={<IconCalendar size={16} />} placeholder={t('common.datePlaceholder')} inputWrapperOrder={['label', 'input', 'description', 'error']} {...props} />;
}
