/**
 * The sweep over every page of the built sitemap: accessibility with axe (WCAG 2.2 A and AA, and
 * AAA contrast for text, which we promise) in the light, dark and high-contrast colour schemes;
 * no request to any other origin; readable main content with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

const paths = [...sitemapPaths(), '/diese-seite-gibt-es-nicht/'];

/** Rules we switch off, each with the reason. None so far. */
const DISABLED_RULES: { id: string; reason: string }[] = [];

async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .disableRules(DISABLED_RULES.map((rule) => rule.id))
    .analyze();
  const contrast = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
  return [...results.violations, ...contrast.violations].map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

test.describe('every page', () => {
  for (const path of paths) {
    test(`${path} passes axe in every colour scheme and loads nothing from other origins`, async ({ page, baseURL }) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== baseURL) foreign.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await axeFindings(page), `light colour scheme on ${path}`).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeFindings(page), `dark colour scheme on ${path}`).toEqual([]);
      await page.evaluate(() => (document.documentElement.dataset['kontrast'] = 'hoch'));
      expect(await axeFindings(page), `high contrast on ${path}`).toEqual([]);
      expect(foreign, `requests to other origins from ${path}`).toEqual([]);
    });
  }
});

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
