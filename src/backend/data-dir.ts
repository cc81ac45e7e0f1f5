// Where Kerne keeps its database: KERNE_DATA_DIR if set, else the user's data folder, the same
// folder Electron's app.getPath('userData') gives for the product name "Kerne".
import os from 'node:os';
import path from 'node:path';

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.KERNE_DATA_DIR) return path.resolve(env.KERNE_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Kerne');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Kerne');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Kerne');
}
