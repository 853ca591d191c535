/**
 * The network: the map of the Länder and its list, the pages per Land, the time line, and the
 * switch between easy-read and standard German.
 */
import { visibleText } from '../support/text.ts';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

test('the map has one square per Land, each linking to its page, with the same counts as the list', async ({ page }) => {
  await page.goto('/netzwerk/');
  const map = page.locator('[data-map]');
  const tiles = map.locator('a');
  await expect(tiles).toHaveCount(16);
  const list = page.locator('[data-map-list] a');
  // The 16 Länder and "ganz Deutschland".
  await expect(list).toHaveCount(17);
  for (const tile of await tiles.all()) {
    const href = await tile.getAttribute('href');
    expect(href).toMatch(/^\/netzwerk\/land\/[a-z-]+\/$/);
    const total = Number(await tile.locator('.ll-kachel-zahl').innerText());
    const entry = page.locator(`[data-map-list] a[href="${href ?? ''}"]`);
    const text = await entry.innerText();
    const numbers = [...text.matchAll(/(\d+) (Partner|Projekte?)/g)].map((m) => Number(m[1]));
    expect(
      numbers.reduce((a, b) => a + b, 0),
      `${href ?? ''}: ${text}`,
    ).toBe(total);
  }
});

test('the map is for the eye; keyboards and screen readers use the list', async ({ page }) => {
  await page.goto('/netzwerk/');
  await expect(page.locator('[data-map]')).toHaveAttribute('aria-hidden', 'true');
  for (const tile of await page.locator('[data-map] a').all()) await expect(tile).toHaveAttribute('tabindex', '-1');
  await expect(page.getByRole('link', { name: /^Sachsen: \d+ Partner, \d+ Projekte?$/ })).toHaveCount(1);
});

test('a square leads to the page of its Land, which lists as many partners and projects as it shows', async ({ page }) => {
  await page.goto('/netzwerk/');
  const tile = page.locator('[data-map] a[data-land="sachsen"]');
  const total = Number(await tile.locator('.ll-kachel-zahl').innerText());
  expect(total).toBeGreaterThan(0);
  await tile.click();
  await expect(page).toHaveURL(/\/netzwerk\/land\/sachsen\/$/);
  expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Netz-Werk in Sachsen');
  const headings = page.locator('main h2').filter({ hasText: /^(Partner|Projekte und Verträge)$/ });
  await expect(headings).toHaveCount(2);
  const listed = await headings.locator('xpath=following-sibling::ul[1]/li').count();
  expect(listed).toBe(total);
});

test('the Hessen page lists bifos, which the source places in Kassel', async ({ page }) => {
  await page.goto('/netzwerk/land/hessen/');
  const partners = page.locator('main h2', { hasText: /^Partner$/ }).locator('xpath=following-sibling::ul[1]');
  await expect(partners.locator('a[href="/netzwerk/partner/bifos/"]')).toHaveCount(1);
  expect(await visibleText(page.locator('main'))).not.toContain('noch keine Partner');
});

test('lists give the words of an abbreviation next to it, and the list under the map gives the letters of each square', async ({
  page,
}) => {
  await page.goto('/netzwerk/');
  const bih = page.locator('main a[href="/netzwerk/partner/bih/"]');
  expect(await visibleText(bih)).toBe('BIH – Bundes-Arbeits-Gemeinschaft der Integrations-Ämter und Haupt-Fürsorge-Stellen');
  const entry = page.locator('[data-map-list] a[href="/netzwerk/land/schleswig-holstein/"]');
  expect(await visibleText(entry)).toMatch(/^Schleswig-Holstein \(SH\): /);
  // The letters repeat the map for the eye; a screen reader hears the name once.
  await expect(page.getByRole('link', { name: /^Schleswig-Holstein: \d+ Partner/ })).toHaveCount(1);
});

test('every Land has its page, also those without partners', () => {
  const lands = sitemapPaths().filter((path) => path.startsWith('/netzwerk/land/'));
  expect(lands).toHaveLength(17);
});

test('the time line lists the dates oldest first, each linked to its project', async ({ page }) => {
  await page.goto('/netzwerk/');
  const items = page.locator('[data-timeline] > li');
  expect(await items.count()).toBeGreaterThanOrEqual(5);
  const dates = await items.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  // Partial dates ("2022-12") sort before the days of that month, as in the content.
  expect([...dates].sort()).toEqual(dates);
  for (const item of await items.all()) await expect(item.locator('a')).toHaveAttribute('href', /^\/netzwerk\/projekte\/[a-z0-9-]+\/$/);
});

test.describe('easy-read and standard German', () => {
  const pages = sitemapPaths().filter((path) => /^\/netzwerk\/(partner|projekte)\/[a-z0-9-]+\/$/.test(path));

  test('every partner and project page has its twin in standard German', () => {
    const all = new Set(sitemapPaths());
    expect(pages.length).toBeGreaterThan(30);
    for (const path of pages) expect(all.has(`${path}alltagssprache/`), path).toBe(true);
  });

  test('the switch keeps the reader on the same page, both ways, with lang and hreflang', async ({ page }) => {
    for (const path of [pages[0] ?? '', pages.at(-1) ?? '']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expect(page.locator('link[rel="alternate"]')).toHaveAttribute('hreflang', 'de');
      const toStandard = page.getByRole('link', { name: 'Diese Seite in Alltags-Sprache lesen' });
      await expect(toStandard).toHaveAttribute('hreflang', 'de');
      await toStandard.click();
      await expect(page).toHaveURL(new RegExp(`${path}alltagssprache/$`));
      await expect(page.locator('[data-register-switch]')).toContainText('Sie lesen diese Seite in Alltagssprache.');
      await expect(page.locator('link[rel="alternate"]')).toHaveAttribute('hreflang', 'de-x-ls');
      const toEasy = page.getByRole('link', { name: 'Diese Seite in Leichter Sprache lesen' });
      await expect(toEasy).toHaveAttribute('hreflang', 'de-x-ls');
      await toEasy.click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    }
  });

  test('search results say which of the two a page is in', async ({ page }) => {
    await page.goto('/suche/');
    await page.getByLabel('Wonach suchen Sie?').fill('Talent');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page.getByRole('status')).toContainText('Treffer');
    const results = page.locator('[data-list] li');
    await expect(results.first()).toBeVisible();
    let standard = 0;
    for (const result of await results.all()) {
      const href = (await result.locator('a').first().getAttribute('href')) ?? '';
      const isStandard = href.includes('/alltagssprache/');
      if (isStandard) standard += 1;
      await expect(result.locator('[data-register]'), href).toHaveText(isStandard ? 'In Alltags·sprache' : 'In Leichter Sprache');
    }
    expect(standard).toBeGreaterThan(0);
  });
});

test('a partner whose place no source gives says so, and is not put into a Land', async ({ page }) => {
  await page.goto('/netzwerk/partner/jobinklusive/');
  const facts = page.locator('main dl.ll-facts').first();
  await expect(facts).toContainText('Das steht nicht in unserer Quelle.');
  await page.goto('/netzwerk/');
  const unknown = page.locator('section[aria-labelledby="land-unbekannt"]');
  await expect(unknown.getByRole('link', { name: 'JOBinklusive' })).toBeVisible();
  await page.goto('/netzwerk/land/bundesweit/');
  await expect(page.locator('main').getByRole('link', { name: 'JOBinklusive' })).toHaveCount(0);
});
