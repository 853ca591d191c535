import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/support/browser.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const browser = findBrowser();

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
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
  // The tests run against the built site in dist/ (npm test builds it first).
  webServer: {
    command: 'node scripts/serve.ts dist',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
