import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/support/browser.ts';
import { E2E_PORT as PORT, FIXTURE_PORT } from './tests/support/site.ts';

const browser = findBrowser();

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // A test's time is wall-clock time. Beside two busy processes, while other builds ran too (load 17),
  // the longest quiz journeys took 21 s of Playwright's default 30 s; 60 s leaves room, and a test that
  // hangs still fails. Tests that need more set their own (every-page, csp, offline).
  timeout: 60_000,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'de-DE',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(browser?.executablePath ? { executablePath: browser.executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // The tests run against the built site in dist/, and a few against a small site built from the
  // test fixture in dist-fixture/ (content the real site does not have, e.g. workshop dates).
  // npm test builds both first.
  webServer: [
    {
      command: 'node tools/serve/serve.ts dist',
      env: { PORT: String(PORT) },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'node tools/serve/serve.ts dist-fixture',
      env: { PORT: String(FIXTURE_PORT) },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
