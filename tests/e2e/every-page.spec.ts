/**
 * The sweep over every page of the built sitemap: accessibility with axe (WCAG 2.2 A and AA, and
 * AAA contrast for text, which we promise) in the light scheme on every page, and in the dark and
 * high-contrast schemes on one page per template; the header and footer, the same on every page,
 * with the first page of each template;
 * no request to any other origin; no violation of the Content Security Policy, whose <meta> comes
 * first (tests/support/csp.ts); every island on the page started by the page's script, or set up
 * to load its code when the reader uses it (data-on-demand; src/layouts/BaseLayout.astro says how);
 * readable main content with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { policyComesFirst, watch } from '../support/csp.ts';
import { sitemapPaths } from '../support/site.ts';

// Not in the sitemap: the 404 page, and the offline page the service worker shows for pages not saved.
const paths = [...sitemapPaths(), '/diese-seite-gibt-es-nicht/', '/offline/'];

/**
 * The page's template: the route without its last parts' values ("/netzwerk/partner/x/" and
 * "/netzwerk/partner/y/" share one). The dark and high-contrast schemes change only colours, which
 * come from the template's CSS, so they are checked on the first page of each template; the light
 * scheme and every other rule run on every page.
 */
const templateOf = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  return `${parts.slice(0, 2).join('/')}#${String(parts.length)}`;
};
const templatesSeen = new Set<string>();
const firstOfTemplate = new Set(
  paths.filter((path) => {
    const template = templateOf(path);
    if (templatesSeen.has(template)) return false;
    templatesSeen.add(template);
    return true;
  }),
);

/** Rules we switch off, each with the reason. None so far. */
const DISABLED_RULES: { id: string; reason: string }[] = [];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];
const summary = (violations: Violations) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

/**
 * The AA contrast rule (4.5:1, large text 3:1) checks the same text as the AAA rule (7:1, large text 4.5:1)
 * we run, against lower limits: text that passes AAA passes AA. Contrast is axe's slowest rule, so it runs
 * once per page, as AAA (npm test saves minutes).
 */
const COVERED_BY_AAA = 'color-contrast';

/**
 * All WCAG 2.2 A and AA rules, and AAA contrast (7:1) for all text, which we promise, in one run of axe
 * (two runs cost a second more per page, minutes over the whole site).
 */
async function wcagFindings(page: Page, withFrame: boolean): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  // The header and footer are the same on every page: checked with the first page of each template (a
  // third of axe's time on a lesson). The breadcrumbs, which name the page, are checked everywhere.
  if (!withFrame) axe.exclude('body > header').exclude('body > footer');
  const results = await axe
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .disableRules([...DISABLED_RULES.map((rule) => rule.id), COVERED_BY_AAA])
    .options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
    .analyze();
  return summary(results.violations);
}

/** AAA contrast (7:1) for all text, which covers the AA contrast rule too: for the other colour schemes. */
async function contrastFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
  return summary(results.violations);
}

test.describe('every page', () => {
  // axe over a long page takes a few seconds on a quiet machine and much longer on a busy one.
  test.describe.configure({ timeout: 120_000 });
  for (const path of paths) {
    test(`${path} passes axe in every colour scheme, keeps to its policy and loads nothing from other origins`, async ({
      page,
      baseURL,
    }) => {
      const policy = await watch(page);
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== baseURL) foreign.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      // Polled: on a busy machine a module script may still be running when the network is idle.
      const notStarted = () =>
        page.evaluate(() =>
          [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))].filter(
            (name) =>
              name.startsWith('ll-') &&
              !customElements.get(name) &&
              // An island whose code comes when the reader uses it: its page script has set up the loading.
              !document.querySelector(`${name}[data-on-demand]`),
          ),
        );
      await expect.poll(notStarted, { message: `islands on ${path} whose script the page does not start` }).toEqual([]);
      expect(await page.evaluate(policyComesFirst), `the policy <meta> is the first thing that loads on ${path}`).toBe('first');
      expect(await wcagFindings(page, firstOfTemplate.has(path)), `WCAG 2.2 AA and AAA contrast, light colour scheme, on ${path}`).toEqual(
        [],
      );
      if (firstOfTemplate.has(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await contrastFindings(page), `dark colour scheme on ${path}`).toEqual([]);
        await page.evaluate(() => (document.documentElement.dataset['kontrast'] = 'hoch'));
        expect(await contrastFindings(page), `high contrast on ${path}`).toEqual([]);
      }
      expect(foreign, `requests to other origins from ${path}`).toEqual([]);
      await policy.collect();
      expect(policy.findings(), `violations of the Content Security Policy on ${path}`).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  // One page visits many addresses: a page load without scripts is quick, a new test for each is not.
  const SHARES = 2;
  for (let share = 0; share < SHARES; share++) {
    const mine = paths.filter((_, index) => index % SHARES === share);
    test(`pages ${String(share + 1)} of ${String(SHARES)} show their main content (${String(mine.length)} pages)`, async ({ page }) => {
      test.setTimeout(mine.length * 2_000);
      for (const path of mine) {
        await page.goto(path);
        const main = page.locator('main');
        await expect(main, path).toBeVisible();
        await expect(main.locator('h1'), path).toHaveCount(1);
        const text = (await main.innerText()).trim();
        expect(text.length, `main text on ${path}`).toBeGreaterThan(80);
      }
    });
  }
});
