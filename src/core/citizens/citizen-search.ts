// The search box of the citizen list, read the way staff type: parts of a name in any order,
// the first 2-6 digits of a CPR number (the birth date DDMMÅÅ), or a whole CPR number.
import { maskCpr } from '../../contract/cpr';
import { foldForSearch } from '../text/search-text';

export interface CitizenSearch {
  /** Folded name parts; each must occur somewhere in "first last" (at most 3, the rest joined to the third). */
  nameParts: string[];
  /** 2-6 leading digits of the CPR number. */
  birthPrefix: string | null;
  /** All 10 digits: matched exactly, and only for users with CPR access. */
  fullCpr: string | null;
}

export const MAX_NAME_PARTS = 3;
const FULL_CPR = /^(\d{6})[-\s]?(\d{4})$/;
const BIRTH_PREFIX = /^(\d{2,6})-?$/;

export function parseCitizenSearch(text: string | null | undefined): CitizenSearch {
  const folded = foldForSearch(text ?? '');
  const full = FULL_CPR.exec(folded);
  if (full) return { nameParts: [], birthPrefix: null, fullCpr: `${full[1]}${full[2]}` };
  let birthPrefix: string | null = null;
  const nameParts: string[] = [];
  for (const part of folded.split(' ').filter(Boolean)) {
    const digits = BIRTH_PREFIX.exec(part);
    if (digits && birthPrefix === null) birthPrefix = digits[1]!;
    else nameParts.push(part);
  }
  if (nameParts.length > MAX_NAME_PARTS) nameParts.splice(MAX_NAME_PARTS - 1, nameParts.length, nameParts.slice(MAX_NAME_PARTS - 1).join(' '));
  return { nameParts, birthPrefix, fullCpr: null };
}

/** A LIKE pattern for "contains `part`", with LIKE's own wildcards escaped (ESCAPE '\'). */
export function containsPattern(part: string): string {
  return `%${part.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The exclusive upper bound of CPR numbers starting with `prefix` (digits sort before ':'). */
export const prefixEnd = (prefix: string): string => `${prefix}:`;

/** The search as the audit log shows it: never a whole CPR number in clear text. */
export function searchForAudit(search: CitizenSearch): string | null {
  if (search.fullCpr) return `CPR-nummer ${maskCpr(search.fullCpr)}`;
  const parts = [...search.nameParts, ...(search.birthPrefix ? [search.birthPrefix] : [])];
  return parts.length ? `"${parts.join(' ')}"` : null;
}
