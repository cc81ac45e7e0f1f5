// Protects the administrator's view of the audit log: every filter narrows the list as a person
// expects (the "to" day included, æ/ø/å searched case-blind), and the filters use their indexes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';

describe('audit.list', () => {
  let t: TestBackend;
  beforeEach(async () => {
    t = await createTestBackend();
  });
  afterEach(() => t.close());

  const record = (entry: Parameters<TestBackend['backend']['services']['audit']['record']>[1]) =>
    t.backend.services.audit.record({ userId: t.users.afdelingsleder.id, username: t.users.afdelingsleder.username }, entry);

  it('finds entries by text with Danish letters in any case', async () => {
    record({ action: 'read', method: 'residences.get', subject: 'Ørnereden' });
    record({ action: 'read', method: 'residences.get', subject: 'Åbrinken' });
    const page = await t.callOk('audit.list', { text: 'ØRNE' }, t.tokens.administrator);
    expect(page.rows.map((row) => row.subject)).toEqual(['Ørnereden']);
    expect(page.total).toBe(1);
  });

  it('filters by user, action and citizen, newest first', async () => {
    record({ action: 'read', method: 'citizens.get', citizenId: 7, subject: 'first' });
    t.clock.advance(60_000);
    record({ action: 'update', method: 'citizens.update', citizenId: 7, subject: 'second' });
    record({ action: 'read', method: 'citizens.get', citizenId: 8, subject: 'other citizen' });
    const forCitizen = await t.callOk('audit.list', { citizenId: 7 }, t.tokens.administrator);
    expect(forCitizen.rows.map((row) => row.subject)).toEqual(['second', 'first']);
    const reads = await t.callOk('audit.list', { citizenId: 7, action: 'read', userId: t.users.afdelingsleder.id }, t.tokens.administrator);
    expect(reads.rows.map((row) => row.subject)).toEqual(['first']);
  });

  it('filters by Danish calendar days, the whole "to" day included, and pages the result', async () => {
    t.clock.set('2026-03-04T22:30:00.000Z'); // 23:30 on 4 March in Denmark
    record({ action: 'read', method: 'residences.get', subject: 'day before' });
    t.clock.set('2026-03-04T23:30:00.000Z'); // 00:30 on 5 March in Denmark
    record({ action: 'read', method: 'residences.get', subject: 'early' });
    t.clock.set('2026-03-05T22:30:00.000Z'); // 23:30 on 5 March in Denmark
    for (let i = 0; i < 2; i++) record({ action: 'read', method: 'residences.get', subject: `late ${i}` });
    t.clock.set('2026-03-05T23:30:00.000Z'); // 00:30 on 6 March in Denmark
    record({ action: 'read', method: 'residences.get', subject: 'next day' });
    const token = await t.login('admin'); // days have passed: the morning's session has expired
    const page = await t.callOk('audit.list', { from: '2026-03-05', to: '2026-03-05', pageSize: 2, page: 2 }, token);
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => row.subject)).toEqual(['early']);
  });

  it('uses the citizen index when filtering by citizen', () => {
    const plan = t.backend.db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE (citizen_id = ?) ORDER BY at DESC, id DESC LIMIT 50')
      .all(7) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' | ')).toMatch(/audit_log_citizen_at/);
  });
});
