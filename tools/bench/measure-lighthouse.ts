/**
 * Lighthouse with its default mobile preset (simulated slow 4G and a slowed-down CPU) against the
 * local server, run after run in one Chromium, so two cores are never shared between two runs.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findBrowser } from '../../tests/support/browser.ts';
import { median, type LighthouseFigures } from './figures.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseSession {
  run: (url: string) => Promise<LighthouseFigures>;
  close: () => Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseSession> {
  const found = findBrowser();
  const chromePath = found?.executablePath;
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  return {
    run: async (url) => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // Pictures of the page are not figures: leaving them out saves time on two cores.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
      });
      if (!result) throw new Error(`Lighthouse gab für ${url} kein Ergebnis.`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const failedAudits = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
          .map((audit) => `${category.id}: ${audit?.id ?? ''} (${audit?.displayValue ?? String(audit?.score)})`),
      );
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        failedAudits,
      };
    },
    close: () => {
      chrome.kill();
      return Promise.resolve();
    },
  };
}

/**
 * Lighthouse now and then fails to record the trace of a load (NO_NAVSTART): that says nothing
 * about the page, so such a run is repeated once before the bench gives up.
 */
async function runWithOneRetry(session: LighthouseSession, url: string): Promise<LighthouseFigures> {
  try {
    return await session.run(url);
  } catch (error) {
    console.error(`Lighthouse wiederholt ${url}: ${error instanceof Error ? error.message : String(error)}`);
    return session.run(url);
  }
}

/** The median of each figure over `runs` runs; failed audits are those of any run. */
export async function lighthouseMedian(session: LighthouseSession, url: string, runs = 3): Promise<LighthouseFigures> {
  const all: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await runWithOneRetry(session, url));
  const mid = (pick: (figures: LighthouseFigures) => number) => median(all.map(pick));
  return {
    performance: mid((f) => f.performance),
    accessibility: mid((f) => f.accessibility),
    bestPractices: mid((f) => f.bestPractices),
    seo: mid((f) => f.seo),
    lcpMs: mid((f) => f.lcpMs),
    tbtMs: mid((f) => f.tbtMs),
    cls: mid((f) => f.cls),
    failedAudits: [...new Set(all.flatMap((f) => f.failedAudits))],
  };
}
