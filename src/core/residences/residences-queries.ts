// SQL for residences and legal bases, prepared once.
import type { Db } from '../db/open-database';

export interface ResidenceRecord {
  id: number;
  name: string;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  legal_basis_code: string;
  legal_basis_label: string;
  target_group: string | null;
  places: number;
  department_head: string | null;
  phone: string | null;
  email: string | null;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface LegalBasisRecord {
  code: string;
  paragraph: string;
  title: string;
  active: number;
}

const SELECT = `
  SELECT r.*, lb.paragraph || ' – ' || lb.title AS legal_basis_label
  FROM residences r JOIN legal_bases lb ON lb.code = r.legal_basis_code`;

export function createResidencesQueries(db: Db) {
  return {
    byId: db.prepare<[number], ResidenceRecord>(`${SELECT} WHERE r.id = ?`),
    // No search in SQL: SQLite's lower() folds only ASCII, so "ørne" would not find "Ørnereden" (the service filters).
    list: db.prepare<{ includeArchived: number }, ResidenceRecord>(
      `${SELECT}
       WHERE (:includeArchived = 1 OR r.archived_at IS NULL)
       ORDER BY r.name_sort, r.id`,
    ),
    idByNameSort: db.prepare<[string], number>('SELECT id FROM residences WHERE name_sort = ?').pluck(),
    count: db.prepare('SELECT count(*) FROM residences').pluck(),
    insert: db.prepare(
      `INSERT INTO residences (name, name_sort, street, postal_code, city, legal_basis_code, target_group, places, department_head, phone, email, created_at, updated_at)
       VALUES (@name, @nameSort, @street, @postalCode, @city, @legalBasisCode, @targetGroup, @places, @departmentHead, @phone, @email, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE residences SET name = @name, name_sort = @nameSort, street = @street, postal_code = @postalCode, city = @city,
         legal_basis_code = @legalBasisCode, target_group = @targetGroup, places = @places, department_head = @departmentHead,
         phone = @phone, email = @email, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ),
    setArchived: db.prepare('UPDATE residences SET archived_at = ?, version = version + 1, updated_at = ? WHERE id = ?'),
    legalBases: db.prepare<[number], LegalBasisRecord>('SELECT * FROM legal_bases WHERE (? = 1 OR active = 1) ORDER BY sort_order, code'),
    legalBasis: db.prepare<[string], LegalBasisRecord>('SELECT * FROM legal_bases WHERE code = ?'),
    insertLegalBasis: db.prepare(
      `INSERT INTO legal_bases (code, paragraph, title, active, sort_order)
       VALUES (@code, @paragraph, @title, @active, (SELECT coalesce(max(sort_order), 0) + 1 FROM legal_bases))`,
    ),
    updateLegalBasis: db.prepare('UPDATE legal_bases SET paragraph = @paragraph, title = @title, active = @active WHERE code = @code'),
  };
}
