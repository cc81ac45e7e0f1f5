// Small output helpers for the administration CLI: one clear line per problem, never a stack trace.
export class UsageError extends Error {}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function fail(message: string, exitCode = 1): never {
  process.stderr.write(`kerne: ${message}\n`);
  process.exit(exitCode);
}
