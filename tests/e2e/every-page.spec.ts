/**
 * The sweep over every page of the built sitemap: accessibility (axe, WCAG 2.2 A and AA),
 * no request to any other origin, and readable main content with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

const paths = [...sitemapPaths(), '/diese-seite-gibt-es-nicht/'];

/** Rules we switch off, each with the reason. None so far. */
const DISABLED_RULES: { id: string; reason: string }[] = [];

test.describe('every page', () => {
  for (const path of paths) {
    test(`${path} has no accessibility violations and loads nothing from other origins`, async ({ page, baseURL }) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== baseURL && url.protocol !== 'data:') foreign.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .disableRules(DISABLED_RULES.map((rule) => rule.id))
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, `axe findings on ${path}`).toEqual([]);
      expect(foreign, `requests to other origins from ${path}`).toEqual([]);
    });
  }
});

// We promise AAA contrast (7:1) for text, in the light and the dark colour scheme.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const path of paths) {
      test(`${path} has AAA contrast for all text`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
        const summary = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
        expect(summary, `text below 7:1 on ${path}`).toEqual([]);
      });
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of paths) {
    test(`${path} shows its main content`, async ({ page }) => {
      await page.goto(path);
      const main = page.locator('main');
      await expect(main).toBeVisible();
      await expect(main.locator('h1')).toHaveCount(1);
      const text = (await main.innerText()).trim();
      expect(text.length, `main text on ${path}`).toBeGreaterThan(80);
    });
  }
});
