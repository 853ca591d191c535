/**
 * A participant who works in the kitchen, on a phone (360 × 740), as issue 18 describes it: on the module
 * overview they choose their own work, find the kitchen module first, reach a kitchen lesson and do its
 * self-check by keyboard, with JavaScript and without it; the module then shows on the Lern·pass, and search
 * finds the new lessons.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerAllRightByKeyboard } from '../support/quiz.ts';

const KITCHEN_MODULE = 'kueche-und-hauswirtschaft';
const KITCHEN_LESSONS = ['sauber-arbeiten-in-der-kueche', 'lebens-mittel-lagern', 'sicher-arbeiten-in-der-kueche'];

test.use({ viewport: { width: 360, height: 740 } });

/** Follows a link by keyboard only: focus, then Enter. */
async function follow(page: Page, link: ReturnType<Page['locator']>) {
  await link.focus();
  await page.keyboard.press('Enter');
}

/** From the module overview to the first kitchen lesson, by keyboard, checking the order on the way. */
async function chooseKitchenAndOpenLesson(page: Page) {
  await page.goto('/lernen/');
  const moduleCount = await page.locator('main article').count();
  const choice = page.getByRole('navigation', { name: 'Wo arbeiten Sie?' });
  await expect(choice.getByRole('link')).toHaveText(['Küche', 'Lager', 'Garten', 'Montage']);
  await follow(page, choice.getByRole('link', { name: 'Küche', exact: true }));

  await expect(page).toHaveURL(/\/lernen\/praxisfeld\/kueche\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lernen für Ihre Arbeit: Küche');
  const chosen = page.getByRole('navigation', { name: 'Wo arbeiten Sie?' }).getByRole('link', { name: 'Küche', exact: true });
  await expect(chosen).toHaveAttribute('aria-current', 'page');
  // Their own work first, then the modules for every kind of work, then the other areas; none is lost.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Wo arbeiten Sie?',
    'Für Ihre Arbeit: Küche',
    'Für jede Arbeit',
    'Für andere Arbeit',
  ]);
  const cards = page.locator('main article h3 a');
  await expect(cards.first()).toHaveAttribute('href', `/lernen/${KITCHEN_MODULE}/`);
  await expect(cards).toHaveCount(moduleCount);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await follow(page, cards.first());
  await expect(page).toHaveURL(new RegExp(`/lernen/${KITCHEN_MODULE}/$`));
  await expect(page.locator('.ll-facts')).toContainText('Passt zum Beruf');
  await follow(page, page.getByRole('link', { name: /Sauber arbeiten in der Küche/ }));
  await expect(page).toHaveURL(new RegExp(`/lernen/${KITCHEN_MODULE}/${KITCHEN_LESSONS[0] ?? ''}/$`));
}

test('a kitchen worker chooses "Küche", reaches a kitchen lesson and does its self-check by keyboard', async ({ page }) => {
  await chooseKitchenAndOpenLesson(page);
  await answerAllRightByKeyboard(page);
  await expect(page.locator('[data-result]')).toHaveText('Super! Alle Fragen sind richtig.');
  const keep = page.getByRole('button', { name: 'Ja, bitte merken' });
  await keep.focus();
  await page.keyboard.press('Enter');

  // The two other kitchen lessons done too: the whole module is on the printed Lern·pass, with its "Ich kann …".
  await page.goto('/mein-lernstand/');
  await page.evaluate(
    ({ module, lessons }) => {
      const record = JSON.parse(localStorage.getItem('ll-lernstand') ?? 'null') as { lessons: Record<string, unknown> };
      const first = record.lessons[`${module}/${lessons[0] ?? ''}`];
      if (!first) throw new Error('The self-check kept nothing.');
      for (const lesson of lessons.slice(1)) record.lessons[`${module}/${lesson}`] = first;
      localStorage.setItem('ll-lernstand', JSON.stringify(record));
    },
    { module: KITCHEN_MODULE, lessons: KITCHEN_LESSONS },
  );
  await page.reload();
  await page.emulateMedia({ media: 'print' });
  const onPass = page.locator(`.ll-lernpass [data-pass-modul="${KITCHEN_MODULE}"]`);
  await expect(onPass).toBeVisible();
  await expect(onPass).toContainText('Ich kann die Regeln für Hygiene in der Küche einhalten.');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the same way to the kitchen lesson, and every answer of its self-check opens by keyboard', async ({ page }) => {
    await chooseKitchenAndOpenLesson(page);
    const questions = page.locator('fieldset[data-question]');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const details = questions.nth(i).locator('details');
      await details.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(details).toHaveAttribute('open', '');
      await expect(details.locator('summary ~ *').first()).toBeVisible();
    }
  });
});

test('search finds a new lesson by a word written with the middle dot', async ({ page }) => {
  await page.goto('/suche/');
  await page.getByLabel('Wonach suchen Sie?').fill('Lieferschein');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('status')).toContainText('Treffer');
  await expect(page.locator('[data-list] a[href="/lernen/lager-und-logistik/waren-annehmen-und-lagern/"]')).toHaveCount(1);
});
