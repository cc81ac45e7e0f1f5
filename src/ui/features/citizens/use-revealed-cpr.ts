// Fetches a citizen's full CPR number once (citizens.revealCpr, logged by the server) for as long
// as the caller needs it; never cached, so it is not refetched after every change elsewhere.
import { useEffect, useState } from 'react';
import { call } from '../../rpc/client';

export function useRevealedCpr(citizenId: number, enabled: boolean): { cpr: string | null; error: Error | null } {
  const [state, setState] = useState<{ cpr: string | null; error: Error | null }>({ cpr: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    call('citizens.revealCpr', { id: citizenId }).then(
      (result) => live && setState({ cpr: result.cpr, error: null }),
      (error: unknown) => live && setState({ cpr: null, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [citizenId, enabled]);
  return state;
}
