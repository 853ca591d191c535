/**
 * Finding text as a reader sees it. A split word is in the page once, as its parts; the sign between
 * them (hyphen or middle dot, as the reader chose) and the capitals of the hyphen form come from CSS,
 * which neither innerText nor Playwright's getByText sees. visibleText reads the page with them.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const normalise = (text: string) => text.replace(/[ \t]+/g, ' ');

/** The visible text of an element, with the signs and capitals CSS gives split words. */
export async function visibleText(locator: Locator): Promise<string> {
  const text = await locator.evaluate((root: HTMLElement) => {
    const parts = [...root.querySelectorAll<HTMLElement>('.ll-t')];
    const saved = parts.map((part) => {
      const before = getComputedStyle(part, '::before').content;
      const sign = before === 'none' || before === 'normal' ? '' : (JSON.parse(before) as string).replace(/[\u200B\u00AD]/g, '');
      const text = part.textContent;
      const shown = getComputedStyle(part).textTransform === 'capitalize' ? text.charAt(0).toLocaleUpperCase('de') + text.slice(1) : text;
      return { part, text, shown: sign + shown };
    });
    for (const { part, shown } of saved) {
      part.classList.replace('ll-t', 'll-t-gelesen');
      part.textContent = shown;
    }
    const result = root.innerText;
    for (const { part, text } of saved) {
      part.classList.replace('ll-t-gelesen', 'll-t');
      part.textContent = text;
    }
    return result;
  });
  return normalise(text);
}

/** Waits until the visible text of the page contains `text`. */
export async function expectVisibleText(page: Page, text: string) {
  await expect.poll(async () => visibleText(page.locator('body')), { message: `visible text „${text}“` }).toContain(text);
}
