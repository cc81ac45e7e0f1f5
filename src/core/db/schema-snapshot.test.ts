// Makes every schema change visible in review: the freshly migrated schema must match the
// committed __snapshots__/schema.sql (update it with `npx vitest run -u` and commit the diff).
import { expect, it } from 'vitest';
import { migrate } from './migrate';
import { openDatabase } from './open-database';

it('the migrated schema matches the committed snapshot', async () => {
  const db = openDatabase(':memory:');
  try {
    migrate(db, null);
    const rows = db
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY tbl_name, type DESC, name")
      .all() as Array<{ type: string; name: string; tbl_name: string; sql: string | null }>;
    const version = db.pragma('user_version', { simple: true });
    const text = [`-- user_version = ${version}`, ...rows.map((row) => `-- ${row.type} ${row.name}\n${row.sql ?? '(automatic)'};`)].join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot('./__snapshots__/schema.sql');
  } finally {
    db.close();
  }
});
