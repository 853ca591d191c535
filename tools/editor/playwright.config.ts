/**
 * The editor's browser tests (`npm run test:editor`), apart from the site's: they start the editor on a
 * copy of the test fixture's content, save through the forms, and build that copy (about a minute each).
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../../tests/support/browser.ts';

const browser = findBrowser();

export default defineConfig({
  testDir: '../../tests/editor',
  workers: 1,
  retries: 0,
  timeout: 240_000,
  reporter: [['list']],
  use: {
    locale: 'de-DE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 1000 },
    launchOptions: { ...(browser?.executablePath ? { executablePath: browser.executablePath } : {}), args: CHROMIUM_ARGS },
  },
});
