/** The reader's experience on a lesson: settings, hard words in place, read aloud, print. */
import { expect, test, type Page } from '@playwright/test';
import { answerAllRightByKeyboard } from '../support/quiz.ts';
import { expectVisibleText, visibleText } from '../support/text.ts';

const LESSON = '/lernen/lernen-im-arbeitsbereich/lernen-hoert-nie-auf/';

async function openSettings(page: Page) {
  await page.getByText('Lesehilfe', { exact: true }).click();
}

test.describe('reading settings', () => {
  test('keeps every setting after a reload and applies it before the page is painted', async ({ page }) => {
    await page.goto(LESSON);
    await openSettings(page);
    await page.getByLabel('Doppelt so groß').check();
    await page.getByLabel('Sehr weit').check();
    await page.getByLabel('Starker Kontrast: weiße Schrift auf Schwarz').check();
    await page.getByLabel('Werk·statt·rat').check();
    await page.getByLabel('Eine besonders deutliche Schrift.').check();
    await expect(page.locator('html')).toHaveAttribute('data-schrift', '200');

    // Record the settings on <html> at the moment <body> is created: nothing can be painted before that.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('body')) {
          const dataset = Object.fromEntries(Object.entries(document.documentElement.dataset));
          (window as unknown as { atBody: Record<string, string | undefined> }).atBody = dataset;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    const atBody = await page.evaluate(() => (window as unknown as { atBody: DOMStringMap }).atBody);
    // skript: the boot script ran, so what needs JavaScript (the Lese·hilfe) takes its place from the first paint.
    expect(atBody).toEqual({
      skript: 'an',
      // This browser can speak: the read-aloud buttons have their place from the first paint.
      sprechen: 'an',
      schrift: '200',
      zeilen: 'sehr-weit',
      kontrast: 'hoch',
      trenner: 'punkt',
      schriftart: 'atkinson',
    });

    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(fontSize).toBe('32px');
    expect(await visibleText(page.locator('main .ll-w').first())).toMatch(/^\p{L}+(·\p{Ll}+)+$/u);
  });

  test('shows the device font and downloads no font until the reader chooses the reading font', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    const family = () => page.evaluate(() => getComputedStyle(document.body).fontFamily);
    await page.goto(LESSON, { waitUntil: 'networkidle' });
    expect(await family()).toMatch(/^system-ui/);
    expect(fonts).toEqual([]);

    await openSettings(page);
    await page.getByLabel('Eine besonders deutliche Schrift.').check();
    expect(await family()).toMatch(/^"Atkinson Hyperlegible Next Variable"/);
    await expect.poll(() => page.evaluate(() => document.fonts.check('1em "Atkinson Hyperlegible Next Variable"'))).toBe(true);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/atkinson-hyperlegible-next-ll\.[\w-]+\.woff2$/);
  });

  test('shows long words with hyphens by default, also without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/woerterbuch/');
    await expect(page.getByRole('heading', { name: 'Wörter-Buch' })).toBeVisible();
    expect(await visibleText(page.locator('main h1'))).toBe('Wörter-Buch');
    await context.close();
  });

  test('keeps broken stored settings aside and says so', async ({ page }) => {
    await page.goto(LESSON);
    await page.evaluate(() => {
      localStorage.setItem('ll-einstellungen', '{kaputt');
    });
    await page.reload();
    await openSettings(page);
    await expectVisibleText(page, 'Ihre Einstellungen im Speicher waren kaputt.');
    expect(await page.evaluate(() => localStorage.getItem('ll-einstellungen-sicherung'))).toBe('{kaputt');
  });
});

test.describe('hard words', () => {
  test('a keyboard user opens and closes the explanation in place', async ({ page }) => {
    await page.goto(LESSON);
    const word = page.locator('main button.ll-wort').first();
    await word.focus();
    await page.keyboard.press('Enter');
    await expect(word).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`#${(await word.getAttribute('aria-controls')) ?? ''}`);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Im Wörter-Buch lesen' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(word).toBeFocused();
  });

  test('a touch user opens and closes the explanation with a tap', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(LESSON);
    const word = page.locator('main button.ll-wort').first();
    await word.tap();
    await expect(word).toHaveAttribute('aria-expanded', 'true');
    await word.tap();
    await expect(word).toHaveAttribute('aria-expanded', 'false');
    await context.close();
  });

  test('a link to the last word of the dictionary shows that word, though cards far down are laid out only when near', async ({ page }) => {
    await page.goto('/woerterbuch/');
    const lastId = await page.locator('main dl > div[id]').last().getAttribute('id');
    expect(lastId).toBeTruthy();
    await page.goto(`/woerterbuch/#${lastId ?? ''}`);
    const card = page.locator(`[id="${lastId ?? ''}"]`);
    await expect(card).toBeInViewport();
    await expect(card.locator('dt')).toBeVisible();
  });

  test('without JavaScript the word links to its dictionary entry', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LESSON);
    await expect(page.locator('main a.ll-wort').first()).toHaveAttribute('href', /^\/woerterbuch\/#[a-z-]+$/);
    await context.close();
  });
});

/** A speech synthesis that records what it is asked to say and what is highlighted then. */
function stubSpeech(page: Page, voices: { lang: string }[]) {
  return page.addInitScript((voiceList) => {
    const log: { text: string; highlighted: string }[] = [];
    (window as unknown as { spoken: typeof log }).spoken = log;
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => voiceList.map((v) => ({ ...v, name: 'Test', voiceURI: 'test', default: true, localService: true })),
      speak(u: FakeUtterance) {
        const range = [...(CSS.highlights.get('ll-vorlesen') ?? [])][0];
        log.push({ text: u.text, highlighted: range ? (range as Range).toString() : '' });
        setTimeout(() => u.dispatchEvent(new Event('end')), 5);
      },
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
  }, voices);
}

test.describe('read aloud', () => {
  test('reads a section sentence by sentence, highlights each, and goes on to the next section', async ({ page }) => {
    await stubSpeech(page, [{ lang: 'de-DE' }]);
    await page.goto(LESSON);
    const sections = page.locator('main section.ll-abschnitt');
    const firstLines = (await sections.nth(0).locator('.ll-abschnitt-text p').first().innerText()).split('\n');
    const secondHeading = await sections.nth(1).locator('h2').innerText();
    await sections.nth(0).getByRole('button', { name: 'Vorlesen' }).click();
    await expect
      .poll(async () => (await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken)).length)
      .toBeGreaterThan(firstLines.length + 2);
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; highlighted: string }[] }).spoken);
    const firstHeading = await sections.nth(0).locator('h2').innerText();
    expect(spoken.slice(0, firstLines.length + 2).map((s) => s.text)).toEqual([firstHeading, ...firstLines, secondHeading]);
    for (const line of spoken.slice(0, 4)) expect(line.highlighted.trim()).toBe(line.text);
  });

  test('where the browser has no German voice, pressing the button says so under it, and where help is', async ({ page }) => {
    await stubSpeech(page, [{ lang: 'en-US' }]);
    await page.goto(LESSON);
    const second = page.locator('main section.ll-abschnitt').nth(1);
    await expect(page.locator('[data-no-voice]:visible')).toHaveCount(0);
    await second.getByRole('button', { name: 'Vorlesen' }).press('Enter');
    const hint = second.locator('[data-read-aloud-bar] [data-no-voice]');
    await expect(hint).toBeVisible();
    // Said in a live region that was there, empty, before the press: a screen reader announces it.
    await expect(second.locator('[data-read-aloud-bar] [role="status"]')).toContainText('keine deutsche Stimme');
    await expect(second.locator('[data-read-aloud-bar] [role="status"] [data-no-voice]')).toHaveCount(1);
    expect(await visibleText(hint)).toContain('Das Gerät hat keine deutsche Stimme zum Vorlesen.');
    await expect(hint.getByRole('link')).toHaveAttribute('href', '/leichte-sprache/#vorlesen');
    // Said once, where the reader pressed; nothing else on the page changed.
    await second.getByRole('button', { name: 'Vorlesen' }).press('Enter');
    await expect(page.locator('[data-no-voice]:visible')).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken)).toEqual([]);
  });

  test('where the browser cannot speak at all, the page says so from the first paint, without a button', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await page.goto(LESSON);
    await expect(page.locator('html')).not.toHaveAttribute('data-sprechen');
    await expect(page.getByRole('button', { name: 'Vorlesen' })).toHaveCount(0);
    await expect(page.locator('main section.ll-abschnitt [data-read-aloud-bar]').first()).toBeHidden();
    const hint = page.locator('ll-read-aloud > [data-no-voice]');
    await expect(hint).toBeVisible();
    expect(await visibleText(hint)).toContain('Das Gerät hat keine deutsche Stimme zum Vorlesen.');
  });

  test('with a German voice there is no such hint', async ({ page }) => {
    await stubSpeech(page, [{ lang: 'de-DE' }]);
    await page.goto(LESSON);
    await expect(page.getByRole('button', { name: 'Vorlesen' }).first()).toBeVisible();
    await expect(page.locator('[data-no-voice]:visible')).toHaveCount(0);
  });
});

/** The sum of the page's layout shifts so far (as Lighthouse counts them: not those right after input). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          resolve(sum);
        }, 100);
      }),
  );
}

test.describe('nothing moves while a lesson loads', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const cases: { name: string; voices: { lang: string }[] | undefined; size: string }[] = [
    { name: 'with a German voice', voices: [{ lang: 'de-DE' }], size: '100' },
    { name: 'with a German voice, at double text size', voices: [{ lang: 'de-DE' }], size: '200' },
    { name: 'without a German voice', voices: [{ lang: 'en-US' }], size: '100' },
    { name: 'without any voice (as in Lighthouse)', voices: [], size: '100' },
  ];
  for (const { name, voices, size } of cases) {
    test(`no layout shift ${name}, also after the voices had time to arrive`, async ({ page }) => {
      if (voices) await stubSpeech(page, voices);
      await page.addInitScript((schrift) => {
        localStorage.setItem(
          'll-einstellungen',
          JSON.stringify({ version: 3, schrift, zeilen: 'normal', kontrast: 'normal', trenner: 'bindestrich', schriftart: 'geraet' }),
        );
      }, size);
      await page.goto(LESSON, { waitUntil: 'networkidle' });
      await expect(page.getByRole('button', { name: 'Vorlesen' }).first()).toBeVisible();
      // read-aloud.ts waits 2 s for late voices before it says there is no German one.
      await page.waitForTimeout(2_500);
      expect(await layoutShift(page)).toBe(0);
    });
  }
});

test.describe('code comes when the reader uses it', () => {
  /** The site's JavaScript files the page has asked for so far, by the name of their part. */
  function scriptsOf(page: Page): () => string[] {
    const names: string[] = [];
    page.on('request', (request) => {
      const file = /\/_astro\/([^/]+)\.[\w-]+\.js$/.exec(new URL(request.url()).pathname)?.[1];
      if (file) names.push(file);
    });
    return () => names;
  }

  test('a first visit to a lesson loads no code for the Lese·hilfe, read-aloud or the record until they are used', async ({ page }) => {
    await stubSpeech(page, [{ lang: 'de-DE' }]);
    const scripts = scriptsOf(page);
    await page.goto(LESSON, { waitUntil: 'networkidle' });
    const unused = ['reading-settings', 'read-aloud', 'lernstand', 'speicher', 'quiz-record'];
    expect(scripts().filter((name) => unused.some((part) => name.startsWith(part)))).toEqual([]);

    await openSettings(page);
    await page.getByLabel('Weit', { exact: true }).check();
    await expect.poll(scripts).toEqual(expect.arrayContaining(['reading-settings', 'speicher']));
    await page.locator('main section.ll-abschnitt').first().getByRole('button', { name: 'Vorlesen' }).click();
    await expect.poll(scripts).toContain('read-aloud');
    const first = page.locator('fieldset[data-question]').first();
    await first.getByRole('button', { name: 'Antwort prüfen' }).click();
    await expect(first.locator('[data-feedback]')).not.toBeEmpty();
    expect(scripts(), 'checking an answer needs no record').not.toContain('lernstand');
    await answerAllRightByKeyboard(page);
    // The save question comes once the self-check is done, and the record's code with it, ready for the answer.
    await expect(page.getByRole('button', { name: 'Ja, bitte merken' })).toBeVisible();
    await expect.poll(scripts).toContain('lernstand');
    await page.getByRole('button', { name: 'Ja, bitte merken' }).click();
    await expectVisibleText(page, 'Wir merken Ihren Lern-Stand auf diesem Gerät.');
  });

  test('a choice made in the Lese·hilfe before its code has arrived is applied and kept', async ({ page }) => {
    await page.goto(LESSON, { waitUntil: 'networkidle' });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_astro\/reading-settings\./, async (route) => {
      await held;
      await route.continue();
    });
    await openSettings(page);
    // The panel shows what the page applies before its code is here.
    await expect(page.getByLabel('Normal', { exact: true }).first()).toBeChecked();
    await page.getByLabel('Doppelt so groß').check();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-schrift', '200');
    await expect(page.getByLabel('Doppelt so groß')).toBeChecked();
    await expect
      .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('ll-einstellungen') ?? '{}') as { schrift?: string }).schrift))
      .toBe('200');
  });
});

test('a lesson fetches its pictures at low priority, so its text and styles come first on a slow connection', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const priorities = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (request.url.includes('/bilder/')) priorities.set(requestId, request.initialPriority);
  });
  // Chrome raises a picture in the first screen to High unless the page asks for low.
  cdp.on('Network.resourceChangedPriority', ({ requestId, newPriority }) => {
    if (priorities.has(requestId)) priorities.set(requestId, newPriority);
  });
  await page.goto(LESSON, { waitUntil: 'load' });
  await expect(page.locator('main .ll-bild img').first()).toBeVisible();
  await expect.poll(() => priorities.size).toBeGreaterThan(0);
  expect([...new Set(priorities.values())]).toEqual(['Low']);
});

test('a lesson prints without navigation, with its pictures and large text, and never a local address', async ({ page }) => {
  await page.goto(LESSON);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sie sind hier' })).toBeHidden();
  await expect(page.locator('main .ll-bild img').first()).toBeVisible();
  // The test build has no SITE_URL: a local address would lead a reader of the paper nowhere (tests/unit/lib/site-address.test.ts).
  await expect(page.getByText(/Diese Seite im Internet/)).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toMatch(/127\.0\.0\.1|localhost/);
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
});
