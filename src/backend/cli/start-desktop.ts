// `npm start`: opens the Electron desktop app; where Electron cannot be had (no binary and no
// internet), says so in one line and starts the browser host instead. (Desktop path: TODO helper)
import { runWeb } from './web-command';

export async function startDesktop(options: { forceWeb: boolean }): Promise<void> {
  if (!options.forceWeb) console.log('Skrivebordsprogrammet kan ikke startes her: starter Kerne i browseren i stedet.');
  await runWeb({ port: 5180, build: true });
}
