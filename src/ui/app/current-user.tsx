// The signed-in user (from auth.me) for every screen, and the permission check screens use.
import { createContext, useContext } from 'react';
import type { Permission } from '../../contract';
import type { Me } from '../../contract/areas/system';

export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside the signed-in app');
  return user;
}

export function useCan(permission: Permission): boolean {
  return useCurrentUser().permissions.includes(permission);
}
