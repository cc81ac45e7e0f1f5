// The provider stack: Mantine (theme, remembered colour scheme), dates in the chosen language with
// Monday first, react-query, notifications; then the gate that picks first start, login or the app.
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../rpc/query-client';
import { AppGate } from './app-gate';
import { useLocalizedTheme } from './use-localized-theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'kerne.color-scheme' });

export function App() {
  const { i18n } = useTranslation();
  const theme = useLocalizedTheme();
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <QueryClientProvider client={queryClient}>
          <Notifications position="bottom-left" limit={4} />
          <AppGate />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
