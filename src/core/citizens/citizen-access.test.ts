// Protects the citizen visibility rule in its two forms: per citizen (canSee) and set-wise in SQL
// (the list's filter). On random histories of stays and waiting-list entries they must agree.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestBackend, RESIDENCE_INPUT, type TestBackend } from '../../../tests/fixtures/backend';
import { seededRandom } from '../demo/seeded-random';
import { WAITING_STATUSES } from '../../contract/areas/waiting-list';
import { citizensVisibleThroughSql } from './citizen-access';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(() => t.close());

it('the SQL set form and the per-citizen rule name the same citizens for every residence', async () => {
  const db = t.backend.db;
  const residenceIds = [t.residences.own, t.residences.other];
  for (const name of ['Tre', 'Fire']) residenceIds.push((await t.callOk('residences.create', { ...RESIDENCE_INPUT, name }, t.tokens.administrator)).id);
  const random = seededRandom(11);
  const insertCitizen = db.prepare(
    "INSERT INTO citizens (first_name, last_name, name_sort, search_text, cpr, birth_date, created_at, updated_at) VALUES ('X', 'Y', 'x y', 'x y', ?, '1970-01-01', '', '')",
  );
  const insertStay = db.prepare('INSERT INTO citizen_stays (citizen_id, residence_id, move_in, move_out) VALUES (?, ?, ?, ?)');
  const insertWaiting = db.prepare(
    "INSERT INTO waiting_list (citizen_id, residence_id, requested_date, status, status_date, created_at, updated_at) VALUES (?, ?, '2025-01-01', ?, '2025-01-01', '', '')",
  );
  const day = (year: number) => `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const citizenIds: number[] = [];
  db.transaction(() => {
    for (let index = 0; index < 150; index++) {
      const id = Number(insertCitizen.run(`0101701${String(index).padStart(3, '0')}`).lastInsertRowid);
      citizenIds.push(id);
      // Consecutive stays from a random year, the last one open, ended, or still to come.
      let year = random.int(2015, 2027);
      for (let stay = random.int(0, 3); stay > 0; stay--) {
        const moveIn = day(year);
        const moveOut = random.next() < 0.3 ? null : day(year + 1);
        insertStay.run(id, random.pick(residenceIds), moveIn, moveOut);
        if (moveOut === null) break;
        year += 2;
      }
      if (random.next() < 0.4) insertWaiting.run(id, random.pick(residenceIds), random.pick(WAITING_STATUSES));
    }
  })();

  const access = t.backend.services.citizenAccess;
  const today = access.today();
  const visibleThrough = db.prepare<{ residenceId: number; today: string }, number>(citizensVisibleThroughSql('(:residenceId)')).pluck();
  for (const residenceId of residenceIds) {
    const fromSql = new Set(visibleThrough.all({ residenceId, today }));
    const perCitizen = citizenIds.filter((id) => access.residencesOf(id).includes(residenceId));
    expect([...fromSql].sort((a, b) => a - b), `residence ${residenceId}`).toEqual(perCitizen);
    expect(perCitizen.length).toBeGreaterThan(5);
  }
});
