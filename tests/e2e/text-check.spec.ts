/** "Text prüfen": a person checks a text, and the page finds what `npm run lint:text` finds. */
import { expect, test, type Page } from '@playwright/test';
import { extractText } from '../../src/lib/lint/extracted.ts';
import { lintExtracted } from '../../src/lib/lint/lint.ts';
import { collectFiles, createContext, DEFAULT_PATHS, displayPath } from '../../tools/lint/lint.ts';
import { extract, kindOfFile } from '../../tools/lint/sources.ts';
import { readFile } from 'node:fs/promises';

const PAGE = '/text-pruefen/';

/** Types nothing: fills the field and waits until the page has checked this text. */
async function check(page: Page, text: string) {
  const before = Number((await page.locator('ll-text-check').getAttribute('data-checked')) ?? 0);
  await page.getByLabel('Ihr Text').fill(text);
  await expect(page.locator('ll-text-check')).toHaveAttribute('data-checked', String(before + 1));
}

/** Opens the page and comes to the text field, where the engine starts loading. */
async function ready(page: Page) {
  await page.goto(PAGE);
  await page.getByLabel('Ihr Text').focus();
  await expect(page.locator('ll-text-check')).toHaveAttribute('data-checked', /\d/);
}

test('a person types a text by keyboard, follows a finding and takes the suggestion', async ({ page }) => {
  await ready(page);
  await expect(page.getByText('Ihr Text bleibt auf Ihrem Gerät.')).toBeVisible();
  const field = page.getByLabel('Ihr Text');
  await field.focus();
  await page.keyboard.type('Hast du einen Arbeitsvertrag?');
  const finding = page.locator('[data-findings] li[data-rule="langes-wort"]');
  await expect(finding).toContainText('Arbeits·vertrag');
  await expect(page.locator('[data-status]')).toContainText('Fehler');
  await expect(page.locator('[data-marked] mark').first()).toBeVisible();

  // Follow the finding: its button selects the word in the text field.
  await finding.getByRole('button', { name: 'Im Text zeigen' }).focus();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('Arbeitsvertrag');

  // Take the suggestion by keyboard: the word is split, and the finding is gone.
  await page.locator('[data-findings] li[data-rule="langes-wort"]').getByRole('button', { name: 'Vorschlag nehmen' }).focus();
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('Hast du einen Arbeits·vertrag?');
  await expect(page.locator('[data-findings] li[data-rule="langes-wort"]')).toHaveCount(0);
  await page.locator('[data-findings] li[data-rule="anrede"]').getByRole('button', { name: 'Vorschlag nehmen' }).click();
  await expect(field).toHaveValue('Hast Sie einen Arbeits·vertrag?');

  // The preview shows the split word as the site does, with the reader's separator.
  await expect(page.locator('[data-preview] .ll-w')).toHaveText(/Arbeits.?vertrag/);
  await expect(page.locator('[data-figures]')).toContainText('Wörter');
});

test('works at 360 px with 200 % text: nothing is wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await ready(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await check(page, 'Das ist ein sehr langer Satz mit vielen Wörtern, und er hört einfach nicht auf, weil er so lang ist.');
  await expect(page.locator('[data-findings] li').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says plainly that it needs JavaScript', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByText('Diese Seite braucht JavaScript.')).toBeVisible();
    await expect(page.getByLabel('Ihr Text')).toBeHidden();
  });
});

/** The two Playwright workers each take one share of the texts: one long test would be the last to finish. */
const SHARES = 2;
for (let share = 0; share < SHARES; share++) {
  test(`finds in the browser what the command finds, for every text of the site (share ${String(share + 1)} of ${String(SHARES)})`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const root = process.cwd();
    const context = await createContext(root);
    await ready(page);
    const files = (await collectFiles(root, DEFAULT_PATHS)).filter((_, index) => index % SHARES === share);
    let compared = 0;
    for (const full of files) {
      const file = displayPath(root, full);
      // The text a person would paste: the visible text of the file, one block after the other.
      const extracted = extract(kindOfFile(full) ? file : `${file}.txt`, await readFile(full, 'utf8'));
      const text = extracted.blocks.map((block) => block.text.trim()).join('\n\n');
      if (text.trim() === '') continue;
      const expected = lintExtracted('text.txt', extractText(text), context).findings.map(
        (f) => `${String(f.line)} ${f.ruleId} ${f.severity}`,
      );
      await check(page, text);
      const shown = await page
        .locator('[data-findings] li')
        .evaluateAll((items) =>
          items.map(
            (li) => `${li.getAttribute('data-line') ?? ''} ${li.getAttribute('data-rule') ?? ''} ${li.getAttribute('data-severity') ?? ''}`,
          ),
        );
      expect(shown, file).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
}
