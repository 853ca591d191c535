/** Answering a self-check as a reader does, for the browser tests. */
import { expect, type Page } from '@playwright/test';

/** Answers every question right, by keyboard only (focus moves with the keyboard; nothing is clicked).
 *  After each check the feedback has focus, says "Richtig." once, and nothing in it contradicts that. */
export async function answerAllRightByKeyboard(page: Page) {
  const questions = page.locator('fieldset[data-question]');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const fieldset = questions.nth(i);
    const kind = await fieldset.getAttribute('data-kind');
    const solution = JSON.parse((await fieldset.getAttribute('data-solution')) ?? 'null') as number[] | boolean | null;
    if (kind === 'eine' || kind === 'mehrere' || kind === 'bild') {
      for (const index of solution as number[]) {
        await fieldset.locator(`input[value="${String(index)}"]`).focus();
        await page.keyboard.press('Space');
      }
    } else if (kind === 'stimmt') {
      await fieldset.locator(`input[value="${solution ? 'ja' : 'nein'}"]`).focus();
      await page.keyboard.press('Space');
    } else {
      const steps = fieldset.locator('[data-step]');
      const total = await steps.count();
      for (let target = 0; target < total; target++) {
        const order = await steps.evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset['step'])));
        const from = order.indexOf(target);
        await fieldset.locator(`[data-step="${String(target)}"] button[data-move="-1"]`).focus();
        for (let moves = from - target; moves > 0; moves--) await page.keyboard.press('Enter');
      }
    }
    await fieldset.getByRole('button', { name: 'Antwort prüfen' }).focus();
    await page.keyboard.press('Enter');
    const feedback = fieldset.locator('[data-feedback]');
    await expect(feedback).toBeFocused();
    // The reader sees the feedback: nothing pushed it off the screen.
    await expect(feedback).toBeInViewport();
    await expect(feedback).toContainText('Richtig.');
    // The verdict comes once, from the page, and nothing in the feedback contradicts it.
    const said = await feedback.innerText();
    expect(said.match(/Richtig\./g)?.length, said).toBe(1);
    expect(said, said).not.toMatch(/Noch nicht richtig|Das ist falsch|Falsch\./);
  }
}
