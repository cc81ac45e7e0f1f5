// End-to-end tests: the real renderer in Debian's Chromium against the real core, served by the
// loopback web host (`kerne web`) on a fresh data folder per run.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Workers inherit the environment, so every process of one run sees the same folder and port.
process.env.KERNE_E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'kerne-e2e-'));
// A port per run (from the process id), so two runs on one machine do not collide.
process.env.KERNE_E2E_PORT ??= String(20000 + (process.pid % 20000));
const PORT = Number(process.env.KERNE_E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Specs are whole user journeys (a citizen's first day is ~25 s alone); headroom for a busy machine.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'first-start', testMatch: /first-start\.spec\.ts/ },
    { name: 'app', testIgnore: /first-start\.spec\.ts/, dependencies: ['first-start'] },
  ],
  webServer: {
    command: `node_modules/.bin/tsx src/backend/cli/kerne.ts web --no-build --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { KERNE_DATA_DIR: process.env.KERNE_E2E_DATA_DIR },
    stdout: 'pipe',
  },
});
