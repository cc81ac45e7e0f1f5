// The shape of one contract method: validated input and output, the permission it needs, and
// whether it reads or writes a citizen's personal data (then it must leave an audit entry).
import type { z } from 'zod';
import type { Permission } from './access';

/** `public`: no login needed (first-run setup, login); `signedIn`: any logged-in user. */
export type Access = Permission | 'public' | 'signedIn';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
  access: Access;
  /**
   * Every method runs in one transaction that is rolled back whole on any error. After a `write`,
   * open windows are told to refresh; `session` methods (login, logout, own preferences) write
   * but change nothing another window shows.
   */
  kind: 'read' | 'write' | 'session';
  /** Set when the method touches a citizen's personal data: dispatch refuses to commit without an audit entry. */
  citizenData?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
