/** Search: Pagefind over the built site finds words written with the middle dot. */
import { expect, test } from '@playwright/test';

async function search(page: import('@playwright/test').Page, term: string) {
  await page.goto('/suche/');
  await page.getByLabel('Wonach suchen Sie?').fill(term);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('status')).toContainText('Treffer');
  return page.locator('[data-list] li');
}

test('"Werkstattrat" finds the dictionary entry written Werk·statt·rat', async ({ page }) => {
  const results = await search(page, 'Werkstattrat');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-list] a[href^="/woerterbuch/"]')).toHaveCount(1);
});

test('a part of a compound, "rat", finds Werk·statt·rat', async ({ page }) => {
  await search(page, 'rat');
  await expect(page.locator('[data-list] a[href^="/woerterbuch/"]')).toHaveCount(1);
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
    await expect(page.locator('[data-fallback]')).toContainText('Die Suche braucht Java-Script.', { useInnerText: true });
    await expect(page.locator('main').getByRole('link', { name: 'Wörter-Buch' })).toBeVisible();
    await expect(page.getByLabel('Wonach suchen Sie?')).toBeHidden();
  });
});
