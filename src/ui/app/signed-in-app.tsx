// After login: loads the user, applies their language, listens for changes, and shows the shell.
import { useEffect } from 'react';
import { CenteredLoader, LoadError } from '../components/load-state';
import { applyLanguage } from '../i18n/use-language';
import { subscribeToChanges } from '../rpc/change-events';
import { refreshAfterWrite } from '../rpc/query-client';
import { useRpcQuery } from '../rpc/use-rpc';
import { AppLayout } from './app-layout';
import { CurrentUserContext } from './current-user';

export function SignedInApp({ token }: { token: string }) {
  const me = useRpcQuery('auth.me', {}, { staleTime: Infinity });
  const language = me.data?.language;

  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  useEffect(() => subscribeToChanges(token, () => void refreshAfterWrite()), [token]);

  if (me.isPending) return <CenteredLoader />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} fullPage />;
  return (
    <CurrentUserContext.Provider value={me.data}>
      <AppLayout />
    </CurrentUserContext.Provider>
  );
}
