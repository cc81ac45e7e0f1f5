// The citizen list's filters, sort and page as the screen holds them, remembered while the user
// opens a citizen and comes back, forgotten at logout; and their translation into citizens.list.
import type { InputOf } from '../../../contract';
import type { CITIZEN_SORTS, CitizenStatus } from '../../../contract/areas/citizens';
import { getSessionToken, subscribeSessionToken } from '../../rpc/session-token';

export const CITIZEN_PAGE_SIZE = 50;

export type CitizenSort = (typeof CITIZEN_SORTS)[number];
export type StatusFilter = CitizenStatus | 'all';

export interface CitizenListState {
  search: string;
  residenceId: string | null;
  status: StatusFilter;
  municipalityCode: string | null;
  sort: CitizenSort;
  descending: boolean;
  page: number;
}

export const INITIAL_LIST_STATE: CitizenListState = {
  search: '',
  residenceId: null,
  status: 'all',
  municipalityCode: null,
  sort: 'name',
  descending: false,
  page: 1,
};

let remembered: CitizenListState = INITIAL_LIST_STATE;
subscribeSessionToken(() => {
  if (getSessionToken() === null) remembered = INITIAL_LIST_STATE;
});

export function rememberedListState(): CitizenListState {
  return remembered;
}

export function rememberListState(state: CitizenListState): void {
  remembered = state;
}

export function hasFilters(state: CitizenListState): boolean {
  return Boolean(state.search.trim() || state.residenceId || state.status !== 'all' || state.municipalityCode);
}

export function toListInput(state: CitizenListState, search: string): InputOf<'citizens.list'> {
  return {
    search: search || null,
    residenceId: state.residenceId ? Number(state.residenceId) : null,
    status: state.status,
    municipalityCode: state.municipalityCode,
    sort: state.sort,
    descending: state.descending,
    page: state.page,
    pageSize: CITIZEN_PAGE_SIZE,
  };
}
