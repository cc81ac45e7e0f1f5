// citizens.list: one page of citizens for the user's residences, searched, filtered and sorted in
// SQL, and one audit row describing the search (which citizens were sought, not who was shown).
import type { OutputOf, ParsedInputOf } from '../../contract';
import { CITIZEN_STATUS_LABELS } from '../../contract/areas/citizens';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';
import type { CitizenAccess } from './citizen-access';
import { createCitizenListQuery, type CitizenListParams } from './citizen-list-query';
import { containsPattern, parseCitizenSearch, prefixEnd, searchForAudit, type CitizenSearch } from './citizen-search';
import { toListRow } from './citizen-view';
import type { CitizensQueries } from './citizens-queries';

type ListInput = ParsedInputOf<'citizens.list'>;

/** `rowById`: the citizens queries' whole-row statement, for the rows of the page shown. */
export function createCitizenList(db: Db, audit: AuditLog, access: CitizenAccess, rowById: CitizensQueries['rowById']) {
  const query = createCitizenListQuery(db);
  const residenceName = db.prepare<[number], string>('SELECT name FROM residences WHERE id = ?').pluck();
  const municipalityName = db.prepare<[string], string>('SELECT name FROM municipalities WHERE code = ?').pluck();

  function describe(input: ListInput, search: CitizenSearch): string {
    const parts = [searchForAudit(search) && `søgning ${searchForAudit(search)}`];
    if (input.residenceId) parts.push(`botilbud ${residenceName.get(input.residenceId) ?? `nr. ${input.residenceId}`}`);
    if (input.status !== 'all') parts.push(`status ${CITIZEN_STATUS_LABELS[input.status]}`);
    if (input.municipalityCode) parts.push(`handlekommune ${municipalityName.get(input.municipalityCode) ?? input.municipalityCode}`);
    if (input.page > 1) parts.push(`side ${input.page}`);
    const filters = parts.filter(Boolean);
    return filters.length ? `Borgerliste: ${filters.join(', ')}` : 'Borgerliste: alle borgere';
  }

  return function list(actor: Actor, input: ListInput): OutputOf<'citizens.list'> {
    if (input.residenceId) assertResidenceAccess(actor, input.residenceId);
    const search = parseCitizenSearch(input.search);
    // A whole CPR number finds a citizen only for users who may see CPR numbers.
    const refused = search.fullCpr !== null && !actor.permissions.has('citizens.cpr');
    audit.record(actor, {
      action: 'search',
      method: 'citizens.list',
      subject: describe(input, search),
      detail: refused ? 'Fuldt CPR-nummer uden CPR-adgang: ingen søgning' : null,
    });
    const empty = { rows: [], total: 0, page: input.page, pageSize: input.pageSize };
    if (refused) return empty;

    const params: CitizenListParams = {
      today: access.today(),
      scopeUserId: actor.residenceIds === null ? null : actor.userId,
      residenceId: input.residenceId ?? null,
      status: input.status === 'all' ? null : input.status,
      municipalityCode: input.municipalityCode ?? null,
      cprFrom: search.birthPrefix,
      cprTo: search.birthPrefix && prefixEnd(search.birthPrefix),
      cprExact: search.fullCpr,
      name1: search.nameParts[0] ? containsPattern(search.nameParts[0]) : null,
      name2: search.nameParts[1] ? containsPattern(search.nameParts[1]) : null,
      name3: search.nameParts[2] ? containsPattern(search.nameParts[2]) : null,
    };
    const total = query.count(params);
    if (total === 0) return empty;
    const ids = query.pageIds(params, input.sort, input.descending, { limit: input.pageSize, offset: (input.page - 1) * input.pageSize });
    const rows = ids.map((id) => toListRow(rowById.get({ id, today: params.today })!));
    return { rows, total, page: input.page, pageSize: input.pageSize };
  };
}
