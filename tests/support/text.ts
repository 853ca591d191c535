/**
 * Finding text as a reader sees it. Split words are in the page in three forms, two of them hidden;
 * Playwright's getByText matches the text of hidden elements too, innerText does not.
 */
import { expect, type Page } from '@playwright/test';

const normalise = (text: string) => text.replace(/[ \t]+/g, ' ');

/** Waits until the visible text of the page contains `text`. */
export async function expectVisibleText(page: Page, text: string) {
  await expect.poll(async () => normalise(await page.locator('body').innerText()), { message: `visible text „${text}“` }).toContain(text);
}
