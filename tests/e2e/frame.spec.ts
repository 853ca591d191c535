/** The page frame: skip link, keyboard-only navigation, the 404 page. */
import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/lernen/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab goes on inside the main content, not back to the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(inMain).toBe(true);
});

test('a keyboard user reaches every menu entry in order and opens it with Enter', async ({ page }) => {
  await page.goto('/');
  // textContent: split words as one word (Netz·werk shows as Netz-Werk by default).
  const expected = ['Lernen leicht gemacht', 'Lernen', 'Mein Lernstand', 'Workshops', 'Netzwerk', 'Wörterbuch', 'Suche'];
  await page.keyboard.press('Tab'); // skip link
  const reached: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent.trim() ?? ''));
  }
  expect(reached).toEqual(expected);
  await page.keyboard.press('Enter'); // on "Suche"
  await expect(page).toHaveURL(/\/suche\/$/);
  await expect(page.getByRole('link', { name: 'Suche', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('every page says it is German', async ({ page }) => {
  await page.goto('/woerterbuch/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('an unknown address gets the helpful 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/lernen/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite gibt es nicht');
  await expect(page.getByRole('link', { name: 'Zur Start-Seite gehen' })).toHaveAttribute('href', '/');
});

test('body text is at least 18 px with line height of at least 1.5, left aligned, without hyphenation', async ({ page }) => {
  await page.goto('/lernen/');
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('main p') ?? document.body);
    return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight), align: s.textAlign, hyphens: s.hyphens };
  });
  expect(style.size).toBeGreaterThanOrEqual(18);
  expect(style.line / style.size).toBeGreaterThanOrEqual(1.5);
  expect(['left', 'start']).toContain(style.align);
  expect(style.hyphens).not.toBe('auto');
});

test('links and buttons in the header and footer are at least 44 by 44 px', async ({ page }) => {
  await page.goto('/');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('header a, footer a, nav a')]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ text: (el as HTMLElement).innerText.trim(), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
});

test.describe('on a phone 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [
    '/',
    '/lernen/lernen-im-arbeitsbereich/',
    '/lernen/lernen-im-arbeitsbereich/lernen-hoert-nie-auf/',
    '/woerterbuch/',
    '/netzwerk/',
  ]) {
    test(`${path} needs no sideways scrolling, also at double text size`, async ({ page }) => {
      await page.goto(path);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.evaluate(() => (document.documentElement.dataset['schrift'] = '200'));
      expect(await overflow()).toBeLessThanOrEqual(0);
    });
  }
});
