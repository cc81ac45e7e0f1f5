// A local clock time `tt:mm` as Danes write it: always 24-hour (the native time input follows the
// operating system and may show AM/PM), with Danish labels on the hour and minute parts.
import { TimePicker, type TimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

export function ClockField(props: TimePickerProps) {
  const { t } = useTranslation();
  return <TimePicker format="24h" hoursInputLabel={t('rosterSetup.clock.hours')} minutesInputLabel={t('rosterSetup.clock.minutes')} {...props} />;
}
