// Decides what the window shows: first start (no users yet), login (no session) or the app.
import { useState } from 'react';
import { FirstStartPage } from '../features/setup/first-start-page';
import { LoginPage } from '../features/auth/login-page';
import { CenteredLoader, LoadError } from '../components/load-state';
import { useRpcQuery } from '../rpc/use-rpc';
import { SignedInApp } from './signed-in-app';
import { useSessionToken } from './use-session-token';

export function AppGate() {
  const token = useSessionToken();
  const status = useRpcQuery('system.status', {});
  const [prefillUsername, setPrefillUsername] = useState('');

  if (status.isPending) return <CenteredLoader />;
  if (status.isError) return <LoadError error={status.error} onRetry={() => void status.refetch()} fullPage />;
  if (status.data.setupNeeded) return <FirstStartPage onDone={setPrefillUsername} />;
  if (!token) return <LoginPage providerName={status.data.providerName} initialUsername={prefillUsername} />;
  return <SignedInApp token={token} />;
}
