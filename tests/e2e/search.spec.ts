/** Search: Pagefind over the built site finds words written with the middle dot. */
import { expect, test } from '@playwright/test';

async function search(page: import('@playwright/test').Page, term: string) {
  await page.goto('/suche/');
  await page.getByLabel('Wonach suchen Sie?').fill(term);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('status')).toContainText('Treffer');
  return page.locator('[data-list] li');
}

/** Shows every result: the list shows 5 at a time. */
async function showAll(page: import('@playwright/test').Page) {
  const more = page.getByRole('button', { name: 'Mehr Treffer zeigen' });
  while (await more.isVisible()) {
    const before = await page.locator('[data-list] li').count();
    await more.click();
    await expect.poll(() => page.locator('[data-list] li').count()).toBeGreaterThan(before);
  }
}

test('"Werkstattrat" finds the dictionary entry written Werk·statt·rat', async ({ page }) => {
  const results = await search(page, 'Werkstattrat');
  await expect(results.first()).toBeVisible();
  await showAll(page);
  await expect(page.locator('[data-list] a[href^="/woerterbuch/"]')).toHaveCount(1);
});

test('a word of a lesson title finds the lesson, not the dictionary that lists the lesson under a word', async ({ page }) => {
  // "Auftrag" is in the dictionary only in its lists of the lessons that use a word.
  const results = await search(page, 'Auftrag');
  await expect(results.first()).toBeVisible();
  await showAll(page);
  await expect(page.locator('[data-list] a[href^="/lernen/"]').first()).toBeVisible();
  await expect(page.locator('[data-list] a[href^="/woerterbuch/"]')).toHaveCount(0);
});

test('a part of a compound, "rat", finds Werk·statt·rat', async ({ page }) => {
  await search(page, 'rat');
  await showAll(page);
  await expect(page.locator('[data-list] a[href^="/woerterbuch/"]')).toHaveCount(1);
});

test('a split word in a lesson is found by the whole word and by each of its parts, and shown whole', async ({ page }) => {
  // The lesson's text says "Viele Menschen sind zuerst im Berufs·bildungs·bereich." The index keeps the word once,
  // in its search form (pagefind.yml), which must still find the compound and every part.
  const lesson = '/lernen/lernen-im-arbeitsbereich/lernen-hoert-nie-auf/';
  for (const term of ['Berufsbildungsbereich', 'Berufs', 'bildungs', 'bereich']) {
    await search(page, term);
    await showAll(page);
    await expect(page.locator(`[data-list] a[href="${lesson}"]`), term).toHaveCount(1);
  }
  await search(page, 'Berufsbildungsbereich');
  await showAll(page);
  const excerpt = page.locator(`[data-list] li:has(a[href="${lesson}"]) p`).last();
  await expect(excerpt).toContainText('Berufsbildungsbereich');
  await expect(excerpt).not.toContainText('Berufs-bildungs-bereich');
});

test('the search term stays in the address, so a search can be shared', async ({ page }) => {
  await search(page, 'Kompetenz');
  await expect(page).toHaveURL(/\?q=Kompetenz$/);
  await page.reload();
  await expect(page.getByRole('status')).toContainText('Treffer');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and links to the A to Z lists', async ({ page }) => {
    await page.goto('/suche/');
    await expect(page.locator('[data-fallback]')).toContainText('Die Suche braucht JavaScript.', { useInnerText: true });
    await expect(page.locator('main').getByRole('link', { name: 'Wörter-Buch' })).toBeVisible();
    await expect(page.getByLabel('Wonach suchen Sie?')).toBeHidden();
  });
});

test('five results come first, and "Mehr Treffer zeigen" brings the next five with focus on the first of them', async ({ page }) => {
  const results = await search(page, 'Werkstatt');
  await expect(results).toHaveCount(5);
  const more = page.getByRole('button', { name: 'Mehr Treffer zeigen' });
  await more.click();
  await expect(results).toHaveCount(10);
  await expect(results.nth(5).locator('a').first()).toBeFocused();
});

test.describe('when the texts of the results cannot load (offline, or the connection drops)', () => {
  test.use({ serviceWorkers: 'block' });
  test('the search says that it needs the internet, not that it found nothing', async ({ page }) => {
    await page.route('**/pagefind/fragment/**', (route) => route.abort('internetdisconnected'));
    await page.goto('/suche/?q=Werkstatt');
    const status = page.locator('[data-status]');
    await expect(status).toHaveText(/Die Suche braucht gerade Internet\./);
    await expect(page.locator('[data-list] li')).toHaveCount(0);
  });
});
