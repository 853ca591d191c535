/** The self-check and the learning record ("Mein Lern·stand"), as a reader uses them. */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { answerAllRightByKeyboard } from '../support/quiz.ts';
import { expectVisibleText, visibleText } from '../support/text.ts';

const MODULE = '/lernen/lernen-im-arbeitsbereich/';
const LESSON = `${MODULE}lernen-hoert-nie-auf/`;
const LESSON_ID = 'lernen-im-arbeitsbereich/lernen-hoert-nie-auf';
const LESSON_IDS = [LESSON_ID, 'lernen-im-arbeitsbereich/was-sie-schon-koennen', 'lernen-im-arbeitsbereich/bau-steine-und-zertifikate'];

test('a reader does a whole self-check by keyboard and is asked once whether to keep the progress', async ({ page }) => {
  await page.goto(LESSON);
  await answerAllRightByKeyboard(page);
  await expect(page.locator('[data-result]')).toHaveText('Super! Alle Fragen sind richtig.');
  const yes = page.getByRole('button', { name: 'Ja, bitte merken' });
  await expect(yes).toBeVisible();
  await yes.focus();
  await page.keyboard.press('Enter');
  await expect(yes).toBeHidden();
  const stored = await page.evaluate(
    () => JSON.parse(localStorage.getItem('ll-lernstand') ?? 'null') as { lessons: Record<string, unknown> },
  );
  expect(Object.keys(stored.lessons)).toEqual([LESSON_ID]);
});

test('a wrong answer gets its own feedback and the reader may try again', async ({ page }) => {
  await page.goto(LESSON);
  const fieldset = page.locator('fieldset[data-kind="eine"]').first();
  const solution = JSON.parse((await fieldset.getAttribute('data-solution')) ?? '[]') as number[];
  const wrong = (await fieldset.locator('input').evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)))).find(
    (v) => !solution.includes(v),
  );
  await fieldset.locator(`input[value="${String(wrong)}"]`).check();
  await fieldset.getByRole('button', { name: 'Antwort prüfen' }).click();
  await expect(fieldset.locator('[data-feedback]')).toContainText('Noch nicht richtig.');
  await expect(fieldset.locator('[data-feedback]')).toContainText('Sie können es noch einmal versuchen.');
  await fieldset.locator(`input[value="${String(solution[0])}"]`).check();
  await fieldset.getByRole('button', { name: 'Antwort prüfen' }).click();
  await expect(fieldset.locator('[data-feedback]')).toContainText('Richtig.');
});

test('keeps the answers after a reload and shows the progress on the lesson and module pages', async ({ page }) => {
  await page.goto(LESSON);
  await answerAllRightByKeyboard(page);
  await page.getByRole('button', { name: 'Ja, bitte merken' }).click();
  await expectVisibleText(page, 'Wir merken Ihren Lern-Stand auf diesem Gerät.');
  await page.reload();
  const first = page.locator('fieldset[data-question]').first();
  await expect(first.locator('input:checked')).not.toHaveCount(0);
  await expect(first.locator('[data-feedback]')).toContainText('Richtig.');
  await expect(page.getByText(/Diese Lektion haben Sie geschafft\.\s+Alle \d+ Fragen sind richtig\./)).toBeVisible();
  await page.goto(MODULE);
  await expect(page.getByText('1 von 3 Lektionen geschafft')).toBeVisible();
});

test('two open tabs stay in step', async ({ context }) => {
  const moduleTab = await context.newPage();
  await moduleTab.goto(MODULE);
  await expect(moduleTab.getByText(/Lektionen fertig/)).toBeHidden();
  const lessonTab = await context.newPage();
  await lessonTab.goto(LESSON);
  await answerAllRightByKeyboard(lessonTab);
  await lessonTab.getByRole('button', { name: 'Ja, bitte merken' }).click();
  await expect(moduleTab.getByText('1 von 3 Lektionen geschafft')).toBeVisible();
});

test('saving to a file, deleting everything and loading the file gives the same record', async ({ page }) => {
  await page.goto(LESSON);
  await answerAllRightByKeyboard(page);
  await page.getByRole('button', { name: 'Ja, bitte merken' }).click();
  await expectVisibleText(page, 'Wir merken Ihren Lern-Stand auf diesem Gerät.');
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('ll-lernstand') ?? 'null') as { lessons: unknown });

  await page.goto('/mein-lernstand/');
  await expect(page.locator(`[data-lesson="${LESSON_ID}"] [data-lesson-status]`)).toContainText('richtig, am');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als Datei speichern' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mein-lernstand-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  await page.getByRole('button', { name: 'Alles löschen' }).click();
  await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
  await expectVisibleText(page, 'Ihr Lern-Stand ist gelöscht.');
  expect(await page.evaluate(() => localStorage.getItem('ll-lernstand'))).toBeNull();
  await expect(page.locator(`[data-lesson="${LESSON_ID}"] [data-lesson-status]`)).toHaveText('');

  await page.getByLabel('Aus einer Datei laden').setInputFiles(file);
  await expectVisibleText(page, 'Ihr Lern-Stand ist geladen.');
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('ll-lernstand') ?? 'null') as { lessons: unknown });
  expect(after.lessons).toEqual(before.lessons);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'lernen-leicht-gemacht/lernstand', version: 2 });
});

test('a wrong or oversized file is refused and nothing changes', async ({ page }) => {
  await page.goto('/mein-lernstand/');
  const record = JSON.stringify({
    version: 2,
    consent: 'ja',
    lessons: {
      [LESSON_ID]: {
        answers: {},
        result: { right: 4, total: 4 },
        started: '2026-11-01T10:00:00.000Z',
        updated: '2026-11-01T10:00:00.000Z',
      },
    },
  });
  await page.evaluate((value) => {
    localStorage.setItem('ll-lernstand', value);
  }, record);
  await page.reload();
  const input = page.getByLabel('Aus einer Datei laden');
  await input.setInputFiles({ name: 'foto.json', mimeType: 'application/json', buffer: Buffer.from('{"hallo": "welt"}') });
  await expectVisibleText(page, 'Das ist keine Datei von Ihrem Lern-Stand.');
  await input.setInputFiles({ name: 'gross.json', mimeType: 'application/json', buffer: Buffer.alloc(300_000, 32) });
  await expectVisibleText(page, 'Die Datei ist zu groß.');
  expect(await page.evaluate(() => localStorage.getItem('ll-lernstand'))).toBe(record);
});

test('when storage throws on write, the quiz still works and says that nothing is saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Der Speicher ist voll.', 'QuotaExceededError');
    };
  });
  await page.goto(LESSON);
  await answerAllRightByKeyboard(page);
  await page.getByRole('button', { name: 'Ja, bitte merken' }).click();
  await expectVisibleText(page, 'Ihr Lern-Stand wird auf diesem Gerät nicht gespeichert.');
});

test('without localStorage the quiz works for this visit and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Kein Zugriff.', 'SecurityError');
      },
    });
  });
  await page.goto(LESSON);
  await expectVisibleText(page, 'Ihr Lern-Stand wird auf diesem Gerät nicht gespeichert.');
  await answerAllRightByKeyboard(page);
  await expect(page.locator('[data-result]')).toHaveText('Super! Alle Fragen sind richtig.');
});

test('the learning record shows a first visit complete before its script has loaded', async ({ page }) => {
  // The record's own script never answers: what shows now is what the first paint shows.
  await page.route(/\/_astro\/LearningRecord[^/]*\.js$/, () => undefined);
  // Module scripts hold back DOMContentLoaded, so the test waits only for the page to start arriving.
  await page.goto('/mein-lernstand/', { waitUntil: 'commit' });
  const record = page.locator('ll-learning-record');
  const first = record.locator('[data-message="consentOpen"]');
  await expect(first).toBeVisible();
  expect(await visibleText(first)).toContain('Wir merken Ihren Lern-Stand noch nicht.');
  await expect(record.getByRole('button', { name: 'Ja, ab jetzt merken' })).toBeVisible();
  await expect(record.getByRole('heading', { name: 'Die Lern-Module' })).toBeVisible();
  await expect(record.getByRole('button', { name: 'Als Datei speichern' })).toBeVisible();
  await expect(record.locator('[data-noscript]')).toBeHidden();
});

test('without JavaScript the learning record says that it needs JavaScript and shows nothing that would not work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/mein-lernstand/');
  const record = page.locator('ll-learning-record');
  await expect(record.locator('[data-noscript]')).toBeVisible();
  await expect(record.locator('[data-app]')).toBeHidden();
  await context.close();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every question is readable and its answer is behind "Lösung zeigen"', async ({ page }) => {
    await page.goto(LESSON);
    const questions = page.locator('fieldset[data-question]');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(4);
    await expect(page.locator('fieldset[data-question] details summary')).toHaveCount(count);
    await expect(page.getByRole('button', { name: 'Antwort prüfen' })).toHaveCount(0);
    const details = questions.first().locator('details');
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
  });
});

test('the printed Lern·pass shows the modules that are done, and says it is no certificate', async ({ page }) => {
  await page.goto('/mein-lernstand/');
  const lessons = Object.fromEntries(
    LESSON_IDS.map((id) => [
      id,
      { answers: {}, result: { right: 4, total: 4 }, started: '2026-11-02T09:00:00.000Z', updated: '2026-11-20T09:00:00.000Z' },
    ]),
  );
  await page.evaluate(
    (value) => {
      localStorage.setItem('ll-lernstand', value);
    },
    JSON.stringify({ version: 2, consent: 'ja', lessons }),
  );
  await page.reload();
  await page.emulateMedia({ media: 'print' });
  const pass = page.locator('.ll-lernpass');
  await expect(pass).toBeVisible();
  await expect(page.locator('header')).toBeHidden();
  await expect(pass.locator('[data-pass-modul="lernen-im-arbeitsbereich"]')).toBeVisible();
  await expect(pass.locator('[data-pass-modul="werkstatt-rat"]')).toBeHidden();
  await expect(pass).toContainText('Das ist kein Zertifikat.');
  await expect(pass.locator('[data-pass-period]')).toHaveText('2. November 2026 bis 20. November 2026');
  await expect(pass.locator('[data-pass-modul="lernen-im-arbeitsbereich"] [data-pass-result]')).toHaveText('12 von 12 Fragen richtig');
});

test('a picture question is answered by choosing the right picture', async ({ page }) => {
  await page.goto('/lernen/sicher-und-gesund-arbeiten/wenn-ein-unfall-passiert/');
  const fieldset = page.locator('fieldset[data-kind="bild"]').first();
  await expect(fieldset.locator('label img')).toHaveCount(3);
  await fieldset.getByLabel('Ein Pflaster').check();
  await fieldset.getByRole('button', { name: 'Antwort prüfen' }).click();
  await expect(fieldset.locator('[data-feedback]')).toContainText('Richtig.');
});

test('shows answers and steps in the same mixed order with and without JavaScript, never the steps in order', async ({ page, browser }) => {
  /** Per question, the content indices of its answers or steps in the order the page shows them. */
  const shownOrder = (p: Page) =>
    p
      .locator('fieldset[data-question]')
      .evaluateAll((fieldsets) =>
        fieldsets.map((f) =>
          [...f.querySelectorAll<HTMLElement>('input[type=radio], input[type=checkbox], [data-step]')].map(
            (e) => (e as HTMLInputElement).value || e.dataset['step'] || '',
          ),
        ),
      );
  await page.goto(LESSON);
  const withScript = await shownOrder(page);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(LESSON);
  expect(await shownOrder(noScript)).toEqual(withScript);
  await context.close();
  const steps = await page
    .locator('fieldset[data-kind="reihenfolge"] [data-step]')
    .evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset['step'])));
  expect(steps.length).toBeGreaterThanOrEqual(3);
  expect(steps).not.toEqual([...steps].sort((a, b) => a - b));
  expect(steps).not.toEqual([...steps].sort((a, b) => b - a));
});

test('two tabs that check an answer at the same moment lose no answer, 100 times over', async ({ context }) => {
  test.setTimeout(240_000);
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(LESSON);
  await a.evaluate(() => {
    localStorage.setItem('ll-lernstand', JSON.stringify({ version: 2, consent: 'ja', lessons: {} }));
  });
  await a.reload();
  await b.goto(LESSON);
  // Each tab answers its own question of the same lesson: the hardest case, one record entry for both.
  const questionOf = async (page: typeof a, nth: number) => {
    const fieldset = page.locator('fieldset[data-kind="eine"], fieldset[data-kind="stimmt"]').nth(nth);
    return { fieldset, index: Number(await fieldset.getAttribute('data-question')), inputs: fieldset.locator('input') };
  };
  const qa = await questionOf(a, 0);
  const qb = await questionOf(b, 1);
  const valueOf = async (q: typeof qa, i: number) => {
    const count = await q.inputs.count();
    return (await q.inputs.nth(i % count).getAttribute('value')) ?? '';
  };
  const stored = (value: string) => (value === 'ja' ? true : value === 'nein' ? false : [Number(value)]);
  let lost = 0;
  for (let i = 0; i < 100; i++) {
    const [va, vb] = [await valueOf(qa, i), await valueOf(qb, i + 1)];
    await qa.fieldset.locator(`input[value="${va}"]`).check();
    await qb.fieldset.locator(`input[value="${vb}"]`).check();
    await Promise.all([
      qa.fieldset.getByRole('button', { name: 'Antwort prüfen' }).click(),
      qb.fieldset.getByRole('button', { name: 'Antwort prüfen' }).click(),
    ]);
    const both = async () => {
      const record = await a.evaluate(
        () =>
          JSON.parse(localStorage.getItem('ll-lernstand') ?? '{}') as { lessons?: Record<string, { answers: Record<string, unknown> }> },
      );
      const answers = record.lessons?.[LESSON_ID]?.answers ?? {};
      return JSON.stringify([answers[String(qa.index)], answers[String(qb.index)]]);
    };
    const expected = JSON.stringify([stored(va), stored(vb)]);
    await expect
      .poll(both, { timeout: 3000 })
      .toBe(expected)
      .catch(async () => {
        lost += 1;
        console.log('LOST', i, expected, await both());
      });
  }
  expect(lost, 'answers lost of 100 pairs').toBe(0);
});

test.describe('when there is no room for a backup, saving never gets stuck (issue 19, item 2)', () => {
  /** A record with consent and one broken lesson (so it must be kept aside before saving), and ten backups. */
  const BROKEN = JSON.stringify({ version: 2, consent: 'ja', lessons: { 'kaputt/x': { answers: 'kaputt' } } });
  const BACKUPS = ['ll-lernstand-sicherung', ...Array.from({ length: 9 }, (_, i) => `ll-lernstand-sicherung-${String(i + 2)}`)];

  async function store(page: Page, entries: Record<string, string>) {
    await page.goto(LESSON);
    await page.evaluate((all) => {
      for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
    }, entries);
    await page.reload();
  }

  const storedLessons = (page: Page) =>
    page.evaluate(() => Object.keys((JSON.parse(localStorage.getItem('ll-lernstand') ?? '{}') as { lessons?: object }).lessons ?? {}));

  test('with ten backups: no false notice, the old data as a file, then one backup gives way', async ({ page }) => {
    await store(page, { 'll-lernstand': BROKEN, ...Object.fromEntries(BACKUPS.map((key, i) => [key, `alt ${String(i)}`])) });
    await expect(page.getByText(/Sicherung gemacht/)).toBeHidden();
    await answerAllRightByKeyboard(page);
    const ask = page.locator('[data-room-ask]');
    await expect(ask).toBeVisible();
    expect(await visibleText(ask)).toContain('Auf diesem Gerät ist kein Platz für eine Sicherung.');
    expect(await storedLessons(page)).toEqual(['kaputt/x']);

    const fileButton = page.getByRole('button', { name: /Alte Daten als Datei speichern/ });
    await fileButton.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { format: string; texte: Record<string, string> };
    expect(file.format).toBe('lernen-leicht-gemacht/sicherungen');
    expect(file.texte['ll-lernstand']).toBe(BROKEN);
    expect(BACKUPS.map((key) => file.texte[key])).toEqual(BACKUPS.map((_, i) => `alt ${String(i)}`));

    await page.getByRole('button', { name: /Alte Daten löschen und weiter speichern/ }).press('Enter');
    const done = page.locator('[data-room-done]');
    await expect(done).toBeFocused();
    expect((await visibleText(done)).replace(/\s+/g, ' ')).toBe(
      'Ihr Lern-Stand ist wieder gespeichert. Dafür haben wir 1 alte Sicherung gelöscht.',
    );
    expect(await storedLessons(page)).toEqual([LESSON_ID]);
    const backups = await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), BACKUPS);
    expect(backups.filter((text) => text === BROKEN)).toHaveLength(1);
    expect(backups.filter((text) => text !== null)).toHaveLength(10);
  });

  test('a broken record too big for a backup: told, then replaced, and the notice says so', async ({ page }) => {
    // Chromium keeps about 5.2 million characters per site: this text fits once, not twice.
    const big = JSON.stringify({ version: 2, consent: 'ja', lessons: {}, rest: 'x'.repeat(2_700_000) });
    await store(page, { 'll-lernstand': big });
    await expect(page.getByText(/Sicherung gemacht/)).toBeHidden();
    await answerAllRightByKeyboard(page);
    await expect(page.locator('[data-room-ask]')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('ll-lernstand')?.length)).toBe(big.length);
    await page.getByRole('button', { name: /Alte Daten löschen und weiter speichern/ }).click();
    const done = page.locator('[data-room-done]');
    // Focus moves to the notice once the save is done: only then does it say what happened.
    await expect(done).toBeFocused();
    expect((await visibleText(done)).replace(/\s+/g, ' ')).toBe(
      'Ihr Lern-Stand ist wieder gespeichert. Ihr alter Lern-Stand war kaputt und zu groß für eine Sicherung. Wir haben ihn gelöscht.',
    );
    expect(await storedLessons(page)).toEqual([LESSON_ID]);
  });

  test('"Mein Lern·stand" asks for room at once and claims no backup', async ({ page }) => {
    await store(page, { 'll-lernstand': BROKEN, ...Object.fromEntries(BACKUPS.map((key, i) => [key, `alt ${String(i)}`])) });
    await page.goto('/mein-lernstand/');
    await expect(page.locator('[data-room-ask]')).toBeVisible();
    await expect(page.getByText(/Sicherung gemacht/)).toBeHidden();
    await page.getByRole('button', { name: /Alte Daten löschen und weiter speichern/ }).click();
    await expect(page.locator('[data-room-done]')).toBeFocused();
    expect(await page.evaluate(() => localStorage.getItem('ll-lernstand'))).toBe(
      JSON.stringify({ version: 2, consent: 'ja', lessons: {} }),
    );
  });
});
