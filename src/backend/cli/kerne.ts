// `npm run kerne -- <command>`: Kerne's administration command line, for what an IT
// administrator scripts. Every contract call goes through dispatch, with permissions and audit.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { contract, type MethodName } from '../../contract';
import { DomainError } from '../../core/common/domain-error';
import { createBackend } from '../create-backend';
import { resolveDataDir } from '../data-dir';
import { fail, printJson, UsageError } from './cli-io';
import { startDesktop } from './start-desktop';
import { runWeb } from './web-command';

const USAGE = `Brug: npm run kerne -- <kommando> [valg]

Kommandoer:
  start                         Åbn Kerne (skrivebordsprogram; ellers i browseren)
  web [--port N] [--no-build]   Start Kerne i browseren på 127.0.0.1 (standardport 5180)
  demo --user <admin> [--residences N] [--seed N]
                                Indlæs demo-institutionen i en tom database
  backup <fil>                  Tag en sikkerhedskopi af databasen (mens Kerne kører)
  call <metode> '<json>' --user <navn>
                                Kør en funktion som en bruger og skriv resultatet som JSON
  methods                       Alle funktioner med rettighed og input (JSON Schema)
  help                          Denne hjælp

Databasen ligger i ${resolveDataDir()} (sæt KERNE_DATA_DIR for en anden mappe).`;

function openBackend() {
  return createBackend({ dataDir: resolveDataDir() });
}

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new UsageError(`--${name} skal være et helt tal, ikke "${value}"`);
  return parsed;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      user: { type: 'string' },
      port: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      residences: { type: 'string' },
      seed: { type: 'string' },
      web: { type: 'boolean', default: false },
    },
  });

  switch (command) {
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;

    case 'start':
      await startDesktop({ forceWeb: values.web });
      return 0;

    case 'web':
      await runWeb({ port: integer(values.port, 'port', 5180), build: !values['no-build'] });
      return 0;

    case 'methods': {
      printJson(
        Object.entries(contract).map(([name, spec]) => ({
          method: name,
          summary: spec.summary,
          access: spec.access,
          kind: spec.kind,
          citizenData: spec.citizenData ?? false,
          input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
        })),
      );
      return 0;
    }

    case 'backup': {
      const target = positionals[0];
      if (!target) throw new UsageError('backup kræver et filnavn: npm run kerne -- backup <fil>');
      const file = path.resolve(target);
      if (existsSync(file)) throw new UsageError(`${file} findes allerede; vælg et nyt filnavn.`);
      const backend = openBackend();
      try {
        backend.backup(file);
        backend.services.db.transaction(() =>
          backend.services.audit.record(null, { action: 'export', method: 'cli.backup', subject: file, detail: 'Sikkerhedskopi fra kommandolinjen' }),
        )();
      } finally {
        backend.close();
      }
      console.log(`Sikkerhedskopi gemt: ${file}`);
      return 0;
    }

    case 'demo': {
      if (!values.user) throw new UsageError('demo kræver --user <administrator>');
      const backend = openBackend();
      try {
        const actor = backend.actorByUsername(values.user);
        if (!actor.permissions.has('system.demo')) throw new DomainError('FORBIDDEN', `Brugeren "${values.user}" må ikke indlæse demo-data.`);
        const options = { residences: integer(values.residences, 'residences', 6), seed: integer(values.seed, 'seed', 2026) };
        const result = backend.db.transaction(() => backend.system.loadDemo(actor, options))();
        console.log(`Demo-institutionen er indlæst: ${result.residences} botilbud, ${result.users} brugere.`);
      } finally {
        backend.close();
      }
      return 0;
    }

    case 'call': {
      const [method, json = '{}'] = positionals;
      if (!method || !values.user) throw new UsageError("call kræver en metode og --user: npm run kerne -- call residences.list '{}' --user admin");
      let input: unknown;
      try {
        input = JSON.parse(json);
      } catch {
        throw new UsageError(`Input er ikke gyldig JSON: ${json}`);
      }
      const backend = openBackend();
      try {
        const actor = backend.actorByUsername(values.user);
        const envelope = await backend.dispatch.asActor(actor, method as MethodName, input);
        printJson(envelope);
        return envelope.ok ? 0 : 1;
      } finally {
        backend.close();
      }
    }

    default:
      throw new UsageError(`Ukendt kommando "${command}".`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`kerne: ${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    if (error instanceof DomainError) fail(error.message);
    fail(error instanceof Error ? error.message : String(error));
  },
);
