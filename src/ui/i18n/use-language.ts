// Switching language (i18next; dayjs follows via i18n.ts), remembered locally and (signed in) on the user.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../rpc/client';
import { getSessionToken } from '../rpc/session-token';
import { rememberLanguage, type Language } from './i18n';

export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'da';

  /** Applies the language the server remembers for the user, without writing it back. */
  const applyUserLanguage = useCallback(
    (next: Language) => {
      rememberLanguage(next);
      if (i18n.language !== next) void i18n.changeLanguage(next);
    },
    [i18n],
  );

  const setLanguage = useCallback(
    async (next: Language) => {
      applyUserLanguage(next);
      if (getSessionToken()) await call('auth.setLanguage', { language: next }).catch(() => undefined);
    },
    [applyUserLanguage],
  );

  return { language, setLanguage, applyUserLanguage };
}
