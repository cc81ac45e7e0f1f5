// better-sqlite3 in node_modules is built for Node (the tests need that); Electron needs one built
// for its own ABI. `npm start` passes it in KERNE_SQLITE_BINDING; an installed app ships it in
// resources/sqlite (see build/electron-builder.yml).
import path from 'node:path';
import { app } from 'electron';

export function sqliteBindingPath(): string | undefined {
  if (app.isPackaged) return path.join(process.resourcesPath, 'sqlite', 'better_sqlite3.node');
  return process.env.KERNE_SQLITE_BINDING || undefined;
}
