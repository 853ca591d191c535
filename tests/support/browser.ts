/**
 * Which Chromium the end-to-end tests use, in this order:
 * 1. an explicit path: CHROMIUM_PATH (or Playwright's PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH);
 * 2. Playwright's own browser, where `npx playwright install chromium` could download it;
 * 3. Debian's package at /usr/bin/chromium (our machines reach only Debian's and npm's registries).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium on a closed network, run as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface FoundBrowser {
  /** Undefined means: Playwright's own browser. */
  executablePath: string | undefined;
  source: string;
}

function playwrightOwnBrowser(): string | undefined {
  try {
    const own = chromium.executablePath();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const explicit = env['CHROMIUM_PATH'] ?? env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH zeigt auf ${explicit}, aber dort ist keine Datei.`);
    return { executablePath: explicit, source: `CHROMIUM_PATH (${explicit})` };
  }
  const own = playwrightOwnBrowser();
  if (own) return { executablePath: undefined, source: `Playwright (${own})` };
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: `Debian (${DEBIAN_CHROMIUM})` };
  return undefined;
}
