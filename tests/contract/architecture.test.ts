// Protects the dependency rules of ARCHITECTURE.md by reading every import in src/** and electron/**:
// contract -> zod; core -> nothing above it; ui -> contract and npm only; one file imports the SQLite
// driver; only electron/ imports 'electron'; nothing imports ui. Test files (*.test.ts) may wire anything.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Every module specifier a file imports, re-exports, dynamically imports or requires. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

interface Target {
  kind: 'file' | 'package' | 'builtin';
  /** Repo-relative path (file), package name, or builtin name without `node:`. */
  name: string;
}

function classify(file: string, specifier: string): Target {
  if (specifier.startsWith('.')) {
    return { kind: 'file', name: path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.split('?')[0]!)) };
  }
  const bare = specifier.replace(/^node:/, '');
  if (specifier.startsWith('node:') || builtinModules.includes(bare.split('/')[0]!)) return { kind: 'builtin', name: bare };
  const parts = specifier.split('/');
  return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
}

/** @react-pdf/renderer lays pages out with React components; they live here, in plain Node, with no DOM. */
const isPdfTemplate = (file: string) => file.startsWith('src/core/reports/pdf/');

const within = (target: Target, folder: string) => target.kind === 'file' && (target.name === folder || target.name.startsWith(`${folder}/`));

const FILES = [...sourceFiles('src'), ...sourceFiles('electron')];
const IMPORTS = FILES.flatMap((file) => importsOf(readFileSync(path.join(ROOT, file), 'utf8')).map((specifier) => ({ file, specifier, target: classify(file, specifier) })));

/** Lists every import of files under `folder` that breaks `allowed`, as "file: import 'x'". */
function violations(folder: string, allowed: (target: Target, file: string) => boolean): string[] {
  return IMPORTS.filter(({ file }) => file.startsWith(`${folder}/`))
    .filter(({ file, target }) => !allowed(target, file))
    .map(({ file, specifier }) => `${file}: import '${specifier}'`);
}

it('finds the source files and their imports (the scan is not empty)', () => {
  expect(FILES).toContain('src/core/db/open-database.ts');
  expect(FILES.filter((file) => file.startsWith('src/contract/')).length).toBeGreaterThan(3);
  expect(IMPORTS.some(({ file, specifier }) => file === 'src/core/db/open-database.ts' && specifier === 'better-sqlite3')).toBe(true);
});

it('the import scanner sees multi-line, type-only, side-effect, dynamic and re-export imports, not comments', () => {
  const sample = [
    "import {\n  a,\n  b,\n} from './multi';",
    "import type { T } from '../types';",
    "import './side-effect.css';",
    "const m = await import('lazy-package');",
    "export * from './again';",
    "// import nothing from 'commented-out';",
    "/* import x from 'also-commented' */",
  ].join('\n');
  expect(importsOf(sample).sort()).toEqual(['../types', './again', './multi', './side-effect.css', 'lazy-package']);
});

describe('dependency rules', () => {
  it('src/contract imports only zod and other contract files', () => {
    expect(violations('src/contract', (target) => within(target, 'src/contract') || (target.kind === 'package' && target.name === 'zod'))).toEqual([]);
  });

  it('src/core imports nothing above it: no backend, ui, electron, react or HTTP', () => {
    const forbiddenPackages = ['electron', 'react', 'react-dom', '@react-pdf/renderer'];
    const forbiddenBuiltins = ['http', 'https', 'http2'];
    expect(
      violations('src/core', (target, file) =>
        !within(target, 'src/backend') &&
        !within(target, 'src/ui') &&
        !within(target, 'electron') &&
        !(target.kind === 'package' && forbiddenPackages.includes(target.name) && !isPdfTemplate(file)) &&
        !(target.kind === 'builtin' && forbiddenBuiltins.includes(target.name)),
      ),
    ).toEqual([]);
  });

  it('only the PDF templates (src/core/reports/pdf/) use React, as the layout language of @react-pdf/renderer, never react-dom', () => {
    const jsxOutside = FILES.filter((file) => file.startsWith('src/core/') && file.endsWith('.tsx') && !isPdfTemplate(file));
    expect(jsxOutside).toEqual([]);
    expect(violations('src/core', (target) => !(target.kind === 'package' && target.name === 'react-dom'))).toEqual([]);
  });

  it('src/ui imports only src/contract, itself and npm packages (no core, backend, node:, electron or SQLite)', () => {
    expect(
      violations('src/ui', (target) =>
        within(target, 'src/ui') || within(target, 'src/contract') || (target.kind === 'package' && !['electron', 'better-sqlite3'].includes(target.name)),
      ),
    ).toEqual([]);
  });

  it("only src/core/db/open-database.ts imports 'better-sqlite3'", () => {
    const importers = IMPORTS.filter(({ target }) => target.kind === 'package' && target.name === 'better-sqlite3').map(({ file, specifier }) => `${file}: import '${specifier}'`);
    expect(importers).toEqual(["src/core/db/open-database.ts: import 'better-sqlite3'"]);
  });

  it("only files under electron/ import 'electron'", () => {
    const outside = IMPORTS.filter(({ file, target }) => target.kind === 'package' && target.name === 'electron' && !file.startsWith('electron/'));
    expect(outside.map(({ file, specifier }) => `${file}: import '${specifier}'`)).toEqual([]);
  });

  it('nothing outside src/ui imports src/ui', () => {
    const outside = IMPORTS.filter(({ file, target }) => !file.startsWith('src/ui/') && within(target, 'src/ui'));
    expect(outside.map(({ file, specifier }) => `${file}: import '${specifier}'`)).toEqual([]);
  });
});
