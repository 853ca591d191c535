/**
 * A participant's journey on a phone, 360 × 740, as issue 14 describes it: a whole lesson by keyboard,
 * the feedback in view after each check, the question about saving at the end, "Nein, danke" kept,
 * "Weiter lernen", the end of a module, "Mein Lern·stand" at 320 and 360 px, the Lern·pass on paper
 * (the PDF's text), every kind of page with the text twice as large, and search.
 */
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { answerAllRightByKeyboard } from '../support/quiz.ts';
import { visibleText } from '../support/text.ts';

const MODULE = '/lernen/lernen-im-arbeitsbereich/';
const LESSONS = ['lernen-hoert-nie-auf', 'was-sie-schon-koennen', 'bau-steine-und-zertifikate'];
const LESSON_IDS = LESSONS.map((slug) => `lernen-im-arbeitsbereich/${slug}`);
const NEXT_MODULE_LESSON = '/lernen/kompetenzen-zeigen/arten-von-kompetenzen/';

test.use({ viewport: { width: 360, height: 740 } });

/** A stored record in which the given lessons are done (every question right). */
async function storeDone(page: Page, lessonIds: string[], consent: 'ja' | 'nein' | 'offen' = 'ja') {
  const lessons = Object.fromEntries(
    lessonIds.map((id, i) => [
      id,
      {
        answers: {},
        result: { right: 4, total: 4 },
        started: '2026-11-02T09:00:00.000Z',
        updated: `2026-11-2${String(i)}T09:00:00.000Z`,
      },
    ]),
  );
  await page.evaluate(
    (value) => {
      localStorage.setItem('ll-lernstand', value);
    },
    JSON.stringify({ version: 2, consent, lessons }),
  );
}

const stored = (page: Page) =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem('ll-lernstand') ?? 'null') as { consent: string; lessons: Record<string, unknown> } | null,
  );

test('a whole lesson by keyboard: feedback in view, the save question only at the end, "Nein, danke" kept', async ({ page }) => {
  await page.goto(`${MODULE}${LESSONS[0]}/`);
  const consent = page.locator('[data-consent]');
  // A wrong answer first: its feedback is in view and says so once; nothing asks about saving yet.
  const first = page.locator('fieldset[data-question]').first();
  const kind = await first.getAttribute('data-kind');
  if (kind === 'stimmt') {
    const right = JSON.parse((await first.getAttribute('data-solution')) ?? 'true') as boolean;
    await first.locator(`input[value="${right ? 'nein' : 'ja'}"]`).focus();
  } else {
    const solution = JSON.parse((await first.getAttribute('data-solution')) ?? '[]') as number[];
    const values = await first.locator('input').evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value)));
    await first.locator(`input[value="${String(values.find((v) => !solution.includes(v)))}"]`).focus();
  }
  await page.keyboard.press('Space');
  await first.getByRole('button', { name: 'Antwort prüfen' }).focus();
  await page.keyboard.press('Enter');
  const feedback = first.locator('[data-feedback]');
  await expect(feedback).toBeFocused();
  await expect(feedback).toBeInViewport();
  expect((await feedback.innerText()).match(/Noch nicht richtig\./g)).toHaveLength(1);
  await expect(consent).toBeHidden();

  // The whole self-check: the question about saving comes below the result, in a live region.
  await answerAllRightByKeyboard(page);
  await expect(page.locator('[data-result]')).toHaveText('Super! Alle Fragen sind richtig.');
  await expect(consent).toBeVisible();
  await expect(page.locator('[aria-live="polite"]').filter({ has: consent })).toHaveCount(1);
  const resultBox = await page.locator('[data-result]').boundingBox();
  const consentBox = await consent.boundingBox();
  expect(consentBox?.y).toBeGreaterThan(resultBox?.y ?? Infinity);

  // "Nein, danke" by keyboard: focus goes to what the page now says; only that answer is kept.
  await consent.getByRole('button', { name: 'Nein, danke' }).focus();
  await page.keyboard.press('Enter');
  const declined = page.locator('[data-notice="declined"]');
  await expect(declined).toBeFocused();
  expect(await visibleText(declined)).toContain('Sie können das unter Mein Lern-Stand ändern.');
  expect(await stored(page)).toEqual({ version: 2, consent: 'nein', lessons: {} });

  // The next lesson does not ask again.
  await page.goto(`${MODULE}${LESSONS[1]}/`);
  await answerAllRightByKeyboard(page);
  await expect(page.locator('[data-result]')).not.toBeEmpty();
  await expect(consent).toBeHidden();
  expect((await stored(page))?.lessons).toEqual({});

  // "Mein Lern·stand" says why it shows nothing, and offers the switch.
  await page.goto('/mein-lernstand/');
  expect(await visibleText(page.locator('[data-message="consentNo"]'))).toContain(
    'Sie haben gesagt: Wir sollen Ihren Lern-Stand nicht merken.',
  );
  await page.getByRole('button', { name: 'Ja, ab jetzt merken' }).click();
  await expect(page.locator('[data-message="consentOn"]')).toBeFocused();
  expect((await stored(page))?.consent).toBe('ja');
});

test('an order question: steps move one place at a time, the ends say so, and a check ticks the steps in the right place', async ({
  page,
}) => {
  await page.goto(`${MODULE}${LESSONS[0]}/`);
  const question = page.locator('fieldset[data-kind="reihenfolge"]').first();
  const steps = question.locator('[data-step]');
  const order = () => steps.evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset['step'])));
  const shown = await order();
  expect(shown, 'not given away: the right order').not.toEqual([...shown].sort((a, b) => a - b));

  // The step shown first, found by its identity: moving it changes which step comes first.
  const top = question.locator(`[data-step="${String(shown[0])}"]`);
  const up = top.getByRole('button', { name: 'nach oben' });
  await expect(up).toHaveAttribute('aria-disabled', 'true');
  await up.focus();
  await page.keyboard.press('Enter');
  expect(await visibleText(question.locator('[data-feedback]'))).toContain('Dieser Schritt ist schon ganz oben.');
  expect(await order()).toEqual(shown);

  const down = top.getByRole('button', { name: 'nach unten' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(down).toBeFocused();
  const moved = await order();
  expect(moved).toEqual([shown[1], shown[0], ...shown.slice(2)]);
  expect(await visibleText(question.locator('[data-feedback]'))).toContain('Der Schritt ist jetzt an Stelle 2.');

  await question.getByRole('button', { name: 'Antwort prüfen' }).click();
  const rightPlaces = moved.flatMap((step, position) => (step === position ? [step] : []));
  await expect(question.locator('[data-step-mark]:not([hidden])')).toHaveCount(rightPlaces.length);
  for (const step of rightPlaces) await expect(question.locator(`[data-step="${String(step)}"] [data-step-mark]`)).toBeVisible();
  const said = await visibleText(question.locator('[data-feedback]'));
  if (moved.every((step, position) => step === position)) expect(said).toContain('Richtig.');
  else
    expect(said).toMatch(
      rightPlaces.length > 0
        ? /Bei manchen Schritten steht jetzt: An der richtigen Stelle/
        : /Noch kein Schritt ist an der richtigen Stelle/,
    );
});

test('answers of several lines have room between them, and the instruction describes the group', async ({ page }) => {
  await page.goto(`${MODULE}${LESSONS[0]}/`);
  const question = page.locator('fieldset[data-kind="eine"], fieldset[data-kind="mehrere"]').first();
  const labels = await question.locator('label').evaluateAll((items) => items.map((item) => item.getBoundingClientRect()));
  for (let i = 1; i < labels.length; i++) expect(labels[i]!.top - labels[i - 1]!.bottom).toBeGreaterThanOrEqual(8);
  const description = await question.evaluate(
    (fieldset) => document.getElementById(fieldset.getAttribute('aria-describedby') ?? '')?.textContent,
  );
  expect(description).toMatch(/^Wählen Sie/);
  // The legend is inside the box: the box's top border is above the question's first line.
  const legend = await question.locator('legend').boundingBox();
  const box = await question.boundingBox();
  expect(legend?.y).toBeGreaterThan((box?.y ?? 0) + 2);
});

test('progress: "Weiter lernen" on the start page and on Lernen, and the end of a module', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Weiter lernen' })).toBeHidden();
  await storeDone(page, [LESSON_IDS[0]!]);
  for (const path of ['/', '/lernen/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Weiter lernen' })).toBeVisible();
    expect(await visibleText(page.locator('ll-continue [data-text]'))).toMatch(/^Sie haben 1 von \d+ Lektionen geschafft\.$/);
    const link = page.locator('ll-continue [data-go] a');
    await expect(link).toHaveAttribute('href', `${MODULE}${LESSONS[1]}/`);
  }

  // The last lesson of the module: "Lern·modul geschafft!", the next module and the Lern·pass.
  await storeDone(page, LESSON_IDS);
  await page.goto(`${MODULE}${LESSONS[2]}/`);
  const end = page.locator('section[aria-labelledby="modul-ende"]');
  await expect(end.getByRole('heading', { name: /^Das Lern.?modul ist zu Ende$/i })).toBeVisible();
  await expect(end.locator('[data-module-done]')).toBeVisible();
  expect(await visibleText(end)).toContain('Lern-Modul geschafft!');
  expect(await visibleText(end)).toContain('3 von 3 Lektionen geschafft');
  await expect(end.getByRole('link', { name: /Nächstes Lern.?modul/i })).toHaveAttribute('href', /^\/lernen\/[a-z-]+\/$/);
  await expect(end.getByRole('link', { name: /Mein Lern.?stand und zum Lern.?pass/i })).toHaveAttribute('href', '/mein-lernstand/');
  // "Weiter lernen" now goes on to the next module.
  await page.goto('/');
  await expect(page.locator('ll-continue [data-go] a')).toHaveAttribute('href', NEXT_MODULE_LESSON);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the last lesson still links on to the next module, and the start page to the modules', async ({ page }) => {
    await page.goto(`${MODULE}${LESSONS[2]}/`);
    const end = page.locator('section[aria-labelledby="modul-ende"]');
    await expect(end.getByRole('heading', { name: /^Das Lern.?modul ist zu Ende$/i })).toBeVisible();
    await expect(end.locator('[data-module-done]')).toBeHidden();
    await expect(end.getByRole('link', { name: /Nächstes Lern.?modul/i })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Weiter lernen' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Lernen', exact: true }).first()).toBeVisible();
  });
});

test('"Mein Lern·stand" is in the menu, fits 320 and 360 px, and keeps focus in view after deleting', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Menü', { exact: true }).click();
  await page
    .getByRole('link', { name: /^Mein Lern.?stand$/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/mein-lernstand\/$/);
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 740 });
    await storeDone(page, LESSON_IDS);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The file picker looks like the other buttons and is reached by keyboard.
    const picker = page.locator('label[for="lernstand-datei"]');
    await expect(picker).toHaveClass(/ll-button/);
    await page.getByLabel('Aus einer Datei laden').focus();
    await expect(page.getByLabel('Aus einer Datei laden')).toBeFocused();
    expect(await page.evaluate(() => [window.scrollX, document.documentElement.scrollWidth])).toEqual([0, width]);
    await page.getByRole('button', { name: 'Alles löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    const cleared = page.locator('[data-message="cleared"]');
    await expect(cleared).toBeFocused();
    await expect(cleared).toBeInViewport();
  }
});

test('the Lern·pass on paper: "Ich kann …", room to write, signatures per module, no local address', async ({ page }) => {
  await page.goto('/mein-lernstand/');
  await storeDone(page, LESSON_IDS);
  await page.reload();
  await expect(page.locator('[data-pass-modul="lernen-im-arbeitsbereich"]')).toBeAttached();
  const pdf = await page.pdf({ format: 'A4' });
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  const all = text.join('\n');
  expect(all).toContain('Mein Lern');
  expect(all).toMatch(/Ich kann/);
  expect(all).not.toMatch(/^\s*Sie (erklären|kennen|wissen)/m);
  expect(all).toMatch(/12 von 12 Fragen richtig/);
  expect(all).not.toMatch(/127\.0\.0\.1|localhost/);
  expect(all).not.toMatch(/\b(IHK|HWK)\b(?! \()/);
  // The module and both its signatures are on one page.
  const modulePage = text.findIndex((pageText) => pageText.includes('Lernen im Arbeits'));
  expect(modulePage).toBeGreaterThanOrEqual(0);
  expect(text[modulePage]).toContain('Meine Unter');
  expect(text[modulePage]).toContain('Gruppen');
  expect(totalPages).toBeLessThanOrEqual(2);

  // With "Starker Kontrast" the pass prints the same: no extra frames push the module to another page.
  await page.evaluate(() => {
    document.documentElement.dataset['kontrast'] = 'hoch';
  });
  const contrast = await extractText(await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' }))), { mergePages: false });
  expect(contrast.totalPages).toBe(totalPages);
  expect(contrast.text.findIndex((pageText) => pageText.includes('Lernen im Arbeits'))).toBe(modulePage);
});

/** Words the browser broke across lines outside their split points; a word wider than its whole line is left out. */
function brokenWords(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.checkVisibility() || !node.textContent?.trim()) continue;
      const line = parent.closest<HTMLElement>('p, li, dd, dt, h1, h2, h3, a, button, label, summary, legend, td, th, div') ?? parent;
      for (const match of node.textContent.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        if (new Set(rects.map((rect) => Math.round(rect.top))).size < 2) continue;
        const width = rects.reduce((sum, rect) => sum + rect.width, 0);
        if (width <= line.clientWidth) out.push(match[0]);
      }
    }
    return out;
  });
}

const PAGES = [
  '/',
  '/lernen/',
  MODULE,
  `${MODULE}${LESSONS[0]}/`,
  '/mein-lernstand/',
  '/workshops/',
  '/workshops/fuer-werkstattraete/',
  '/netzwerk/',
  '/woerterbuch/',
  '/suche/',
  '/leichte-sprache/',
  '/datenschutz/',
  '/gibt-es-nicht/',
];

test.describe('with the text twice as large', () => {
  test.setTimeout(180_000);
  test('the phone doubles its font: no word is broken outside its split points, nothing scrolls sideways', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
    const links = ['/netzwerk/partner/', '/netzwerk/projekte/', '/workshops/'];
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      found.push(...(await brokenWords(page)).map((word) => `${path}: ${word}`));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    // One page of each kind the lists link to (a partner, a project, an offer).
    for (const prefix of links) {
      await page.goto(prefix === '/workshops/' ? prefix : '/netzwerk/');
      const href = await page.locator(`main a[href^="${prefix}"]:not([href="${prefix}"])`).first().getAttribute('href');
      await page.goto(href ?? prefix);
      found.push(...(await brokenWords(page)).map((word) => `${href}: ${word}`));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), href ?? '').toBeLessThanOrEqual(360);
    }
    expect(found).toEqual([]);
  });

  test('"Doppelt so groß" in the Lese·hilfe: the header leaves the first screen for the page', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem(
        'll-einstellungen',
        JSON.stringify({ version: 2, schrift: '200', zeilen: 'normal', kontrast: 'normal', trenner: 'bindestrich' }),
      );
    });
    for (const path of [`${MODULE}${LESSONS[0]}/`, '/workshops/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-schrift', '200');
      const header = await page.locator('header').boundingBox();
      expect(header?.height ?? 740).toBeLessThan(740 / 2);
      await expect(page.locator('h1')).toBeInViewport();
      expect(await brokenWords(page)).toEqual([]);
      // The menu is one tap away.
      await page.getByText('Menü', { exact: true }).click();
      await expect(page.getByRole('link', { name: /^Wörter.?buch$/i })).toBeVisible();
    }
  });
});

test('an opened hard word keeps its full stop on its line', async ({ page }) => {
  await page.goto('/leichte-sprache/');
  // The script moved the full stop after the word next to it (a span before the explanation).
  const word = page
    .locator('main ll-word')
    .filter({ has: page.locator('button + span:not(.ll-erklaerung)') })
    .first();
  await expect(word).toBeAttached();
  await word.locator('button').click();
  await expect(word.locator('.ll-erklaerung')).toBeVisible();
  const [mark, button] = await word.evaluate((element) =>
    [element.querySelector('button + span'), element.querySelector('button')].map((e) => e?.getBoundingClientRect().top ?? -1),
  );
  expect(Math.abs((mark ?? 0) - (button ?? 100)), 'the full stop on the line of the word').toBeLessThan(16);
  expect(await word.locator('button + span').textContent()).toMatch(/^[.,;:!?]+$/);
});

test('links in running text are underlined', async ({ page }) => {
  await page.goto('/leichte-sprache/');
  const link = page.locator('main .ll-text a[href="/lernen/"]').first();
  expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
});

test('the footer says truthfully what stays on the device', async ({ page }) => {
  await page.goto('/');
  const footer = await visibleText(page.locator('footer'));
  expect(footer).not.toContain('speichert nichts');
  expect(footer).toContain('Ihre Einstellungen bleiben nur auf Ihrem Gerät.');
  expect(footer).toContain('nur mit Ihrer Erlaubnis');
});

test('search snippets read as easy-read text: no word twice, no words glued together', async ({ page }) => {
  await page.goto('/suche/?q=Werkstatt');
  const snippets = page.locator('[data-list] li p:last-child');
  await expect(snippets.first()).toBeVisible();
  for (const text of await snippets.allInnerTexts()) {
    expect(text, text).not.toMatch(/Werk-statt|Werk·statt/);
    expect(text, text).not.toMatch(/\p{Ll}{2}\p{Lu}\p{Ll}/u);
    expect(text, text).not.toMatch(/(\b\p{L}{4,}\b)[.,]? \1\b/u);
  }
});
