// Switching language (i18next; dayjs follows via i18n.ts): remembered locally and, when signed in,
// on the user (auth.setLanguage), with the cached auth.me updated so it does not switch back.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../contract/areas/system';
import { call } from '../rpc/client';
import { queryClient } from '../rpc/query-client';
import { getSessionToken } from '../rpc/session-token';
import { rpcQueryKey } from '../rpc/use-rpc';
import i18n, { rememberLanguage, type Language } from './i18n';

/** Applies a language without telling the server (e.g. the one auth.me says the user chose). */
export function applyLanguage(next: Language): void {
  rememberLanguage(next);
  if (i18n.language !== next) void i18n.changeLanguage(next);
}

export function useLanguage() {
  const { i18n: instance } = useTranslation();
  const language: Language = instance.language === 'en' ? 'en' : 'da';

  const setLanguage = useCallback(async (next: Language) => {
    applyLanguage(next);
    if (!getSessionToken()) return;
    queryClient.setQueryData<Me>(rpcQueryKey('auth.me', {}), (old) => (old ? { ...old, language: next } : old));
    await call('auth.setLanguage', { language: next }).catch(() => undefined);
  }, []);

  return { language, setLanguage };
}
