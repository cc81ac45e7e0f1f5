// Mantine's built-in accessible names (close buttons, password toggles, calendar arrows) in the
// user's language, layered on the static theme.
import { createTheme, mergeThemeOverrides, type MantineThemeOverride } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { theme } from './theme';

export function useLocalizedTheme(): MantineThemeOverride {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const close = { 'aria-label': t('common.close') };
    const clear = { 'aria-label': t('common.clear') };
    const calendar = {
      ariaLabels: {
        nextMonth: t('calendar.nextMonth'),
        previousMonth: t('calendar.previousMonth'),
        nextYear: t('calendar.nextYear'),
        previousYear: t('calendar.previousYear'),
        nextDecade: t('calendar.nextDecade'),
        previousDecade: t('calendar.previousDecade'),
        monthLevelControl: t('calendar.monthLevel'),
        yearLevelControl: t('calendar.yearLevel'),
      },
      clearButtonProps: clear,
    };
    return mergeThemeOverrides(
      theme,
      createTheme({
        components: {
          Modal: { defaultProps: { closeButtonProps: close } },
          Drawer: { defaultProps: { closeButtonProps: close } },
          Notification: { defaultProps: { closeButtonProps: close } },
          PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('password.toggleVisibility') } } },
          Select: { defaultProps: { clearButtonProps: clear } },
          MultiSelect: { defaultProps: { clearButtonProps: clear } },
          FileInput: { defaultProps: { clearButtonProps: clear } },
          DatePickerInput: { defaultProps: calendar },
        },
      }),
    );
    // i18n.language too: t keeps its identity across a language switch.
  }, [t, i18n.language]);
}
