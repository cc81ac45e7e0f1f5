// better-sqlite3 for Electron's ABI, made in a copy of the package under the desktop cache (an
// in-place rebuild that fails deletes the Node build the tests need): Electron's prebuilt binary
// if one can be downloaded, else compiled against Electron's headers. Kept for the next start.
import { appendFileSync, copyFileSync, cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../build-renderer';
import { electronTargetDir } from './desktop-cache';
import { builtForAbi } from './native-abi';
import { runCaptured } from './run-captured';

const PREBUILT_TIMEOUT_MS = 120_000;
const COMPILE_TIMEOUT_MS = 15 * 60_000;
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

const projectRequire = createRequire(path.join(PROJECT_ROOT, 'package.json'));

export interface ElectronSqlite {
  /** The cached binding (KERNE_SQLITE_BINDING for Electron; resources/sqlite in the installed app). */
  binding: string;
  logFile: string;
}

export function electronSqlitePaths(electronVersion: string): ElectronSqlite {
  const dir = electronTargetDir(electronVersion);
  return { binding: path.join(dir, 'better_sqlite3.node'), logFile: path.join(dir, 'sqlite-build.log') };
}

/** Electron's NODE_MODULE_VERSION, which the electron package ships in abi_version. */
function electronAbi(): string {
  return readFileSync(path.join(path.dirname(projectRequire.resolve('electron/package.json')), 'abi_version'), 'utf8').trim();
}

/** The child environment without npm's nodedir, which would make node-gyp build for Node instead. */
function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'));
}

function copyPackage(target: string): string {
  const source = path.dirname(projectRequire.resolve('better-sqlite3/package.json'));
  const buildDir = path.join(source, 'build');
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true, filter: (file) => file !== buildDir && !file.startsWith(buildDir + path.sep) });
  return target;
}

function nodeGypScript(): string {
  try {
    return projectRequire.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm names the node-gyp it bundles when it runs a script
    if (process.env.npm_config_node_gyp) return process.env.npm_config_node_gyp;
    throw new Error('node-gyp findes ikke');
  }
}

async function fetchOrCompile(packageDir: string, electronVersion: string, logFile: string): Promise<boolean> {
  const env = buildEnv();
  const prebuildInstall = createRequire(path.join(packageDir, 'package.json')).resolve('prebuild-install/bin.js');
  const target = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform];
  const common = { command: process.execPath, cwd: packageDir, env, logFile };
  if (await runCaptured({ ...common, args: [prebuildInstall, ...target, '--verbose'], timeoutMs: PREBUILT_TIMEOUT_MS })) return true;
  return runCaptured({
    ...common,
    args: [nodeGypScript(), 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, `--dist-url=${ELECTRON_HEADERS_URL}`],
    timeoutMs: COMPILE_TIMEOUT_MS,
  });
}

/** Resolves the cached binding, making it first if needed; null when it cannot be had (see logFile). */
export async function ensureElectronSqlite(electronVersion: string): Promise<string | null> {
  const { binding, logFile } = electronSqlitePaths(electronVersion);
  try {
    const abi = electronAbi();
    if (builtForAbi(binding, abi)) return binding;
    const packageDir = copyPackage(path.join(path.dirname(binding), 'better-sqlite3'));
    if (!(await fetchOrCompile(packageDir, electronVersion, logFile))) return null;
    const built = path.join(packageDir, 'build', 'Release', 'better_sqlite3.node');
    if (!builtForAbi(built, abi)) throw new Error(`${built} er ikke bygget til Electrons ABI ${abi}`);
    copyFileSync(built, binding);
    return binding;
  } catch (error) {
    mkdirSync(path.dirname(logFile), { recursive: true });
    appendFileSync(logFile, `\n[kerne] ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
}
