/**
 * Workshop offers: the instant filter (keyboard, address, announcement, reset), the pages that
 * narrow the list without JavaScript, the council page, the printed notice, and what an offer
 * says about the facts its source does not give.
 */
import { expectVisibleText, visibleText } from '../support/text.ts';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

const offers = (page: Page) => page.locator('[data-offer]:visible');
const status = (page: Page) => page.locator('ll-workshop-filter [role="status"]');
const TOTAL = sitemapPaths().filter((path) => /^\/workshops\/[a-z0-9-]+\/$/.test(path) && !path.includes('fuer-werkstattraete')).length;

test('the whole list shows every offer and says how many', async ({ page }) => {
  await page.goto('/workshops/');
  await expect(offers(page)).toHaveCount(TOTAL);
  await expect(status(page)).toHaveText(`${String(TOTAL)} Angebote passen.`);
});

test('a council narrows the list by keyboard, hears the count, and the address keeps the choice', async ({ page }) => {
  await page.goto('/workshops/');
  const audience = page.locator('details[data-group="fuer"] summary');
  await audience.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The first box of "Für wen?" has focus; walk to "Beschäftigte in Werk·stätten" by its label.
  const workers = page.getByRole('checkbox', { name: 'Beschäftigte in Werk-Stätten' });
  while (!(await workers.evaluate((box) => box === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');

  await expect(workers).toBeChecked();
  await expect(status(page)).toHaveText('2 Angebote passen.');
  await expect(offers(page)).toHaveCount(2);
  for (const card of await offers(page).all()) await expect(card).toHaveAttribute('data-fuer', /\bbeschaeftigte\b/);
  await expect(page).toHaveURL(/\/workshops\/\?fuer=beschaeftigte$/);
  await expect(audience).toContainText('(1 gewählt)');
});

test('the status region is polite and follows every change, down to no match', async ({ page }) => {
  await page.goto('/workshops/');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await page.locator('details[data-group="format"] summary').click();
  await page.getByRole('checkbox', { name: 'Online', exact: true }).check();
  // Only the JOBinklusive workshops: the other sources do not say whether an offer is online.
  await expect(offers(page)).toHaveCount(1);
  await expect(status(page)).toHaveText('1 Angebot passt.');
  await page.locator('details[data-group="fuer"] summary').click();
  await page.getByRole('checkbox', { name: 'Menschen mit Flucht-Geschichte' }).check();
  await expect(offers(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('Kein Angebot passt. Wählen Sie weniger aus.');
});

test('the filter offers only what some offer has: each option leads to at least one offer', async ({ page }) => {
  await page.goto('/workshops/');
  const cards = await offers(page).all();
  const valuesOf = async (attribute: string) =>
    new Set(
      (await Promise.all(cards.map(async (card) => (await card.getAttribute(attribute)) ?? '')))
        .flatMap((v) => v.split(' '))
        .filter(Boolean),
    );
  for (const [group, attribute] of [
    ['fuer', 'data-fuer'],
    ['thema', 'data-thema'],
    ['format', 'data-format'],
    ['hilfe', 'data-hilfe'],
    ['region', 'data-region'],
  ] as const) {
    const options = await page
      .locator(`input[name="${group}"]`)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const used = [...(await valuesOf(attribute))].filter((value) => value !== 'bundesweit');
    expect(options.sort(), group).toEqual(used.sort());
  }
  // No offer's source names support for accessibility, so "Hilfen" has no box at all.
  await expect(page.locator('details[data-group="hilfe"]')).toHaveCount(0);
});

test('a link with a filter opens with the same choice, and "Filter zurücksetzen" shows all again', async ({ page }) => {
  await page.goto('/workshops/?fuer=beschaeftigte&region=sachsen&thema=gibt-es-nicht');
  await expect(page.getByRole('checkbox', { name: 'Beschäftigte in Werk-Stätten' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Sachsen', exact: true })).toBeChecked();
  await expect(page.locator('details[data-group="region"]')).toHaveAttribute('open', '');
  // Sachsen, plus the offer whose source gives no region; the unknown topic is left out.
  await expect(offers(page)).toHaveCount(2);
  await expect(status(page)).toHaveText('2 Angebote passen.');
  // Confirming stays on the page with the same choice.
  await page.getByRole('button', { name: 'Passende Angebote zeigen' }).click();
  await expect(page).toHaveURL(/\/workshops\/\?fuer=beschaeftigte&region=sachsen$/);
  await expect(offers(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Filter zurück-setzen' }).click();
  await expect(offers(page)).toHaveCount(TOTAL);
  await expect(page).toHaveURL(/\/workshops\/$/);
  await expect(page.getByRole('checkbox', { name: 'Sachsen', exact: true })).not.toBeChecked();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter form is hidden and the pages per topic and per audience narrow the list', async ({ page }) => {
    await page.goto('/workshops/');
    await expect(page.locator('[data-filter-form]')).toBeHidden();
    await expect(offers(page)).toHaveCount(TOTAL);
    const byAudience = page.getByRole('navigation', { name: 'Angebote nach Gruppe' });
    await byAudience.getByRole('link', { name: /^Beschäftigte in Werk-Stätten/i }).click();
    await expect(page).toHaveURL(/\/workshops\/fuer\/beschaeftigte\/$/);
    expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Workshops für Beschäftigte in Werk-Stätten');
    await expect(page.locator('[data-offer]')).toHaveCount(2);

    await page.goto('/workshops/');
    const byTopic = page.getByRole('navigation', { name: 'Angebote nach Thema' });
    const links = await byTopic.getByRole('link').all();
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      const [, count] = /\((\d+)\)/.exec(await link.innerText()) ?? [];
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/workshops\/thema\/[a-z-]+\/$/);
      const topicPage = await page.context().newPage();
      await topicPage.goto(href ?? '');
      await expect(topicPage.locator('[data-offer]'), href ?? '').toHaveCount(Number(count));
      await topicPage.close();
    }
  });

  test('the print button needs JavaScript, so it is not there', async ({ page }) => {
    await page.goto('/workshops/jobinklusive-online-workshops/');
    await expect(page.locator('[data-print-notice]')).toBeHidden();
  });
});

test('on a phone, a council reads the guide and finds an offer from the start page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  // On a phone the menu is folded: one tap opens it.
  const menu = page.getByRole('navigation', { name: 'Hauptmenü' });
  await menu.getByText('Menü', { exact: true }).click();
  await menu.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('link', { name: /^Für Werk-Statt-Räte$/i }).click();
  expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Für Werk-Statt-Räte');
  await page.locator('[data-no-offers] a').click();
  await expect(page).toHaveURL(/\/workshops\/$/);
  const offer = offers(page).locator('h3 a').first();
  const title = await visibleText(offer);
  await offer.click();
  await expect.poll(() => visibleText(page.getByRole('heading', { level: 1 }))).toBe(title);
});

test('the council page lists exactly the offers made for councils, and says so where there is none', async ({ page }) => {
  await page.goto('/workshops/');
  const forCouncils = await page.locator('[data-offer][data-fuer~="werkstattraete"]').count();
  await page.goto('/workshops/fuer-werkstattraete/');
  await expect(page.locator('[data-offer]')).toHaveCount(forCouncils);
  await expect(page.locator('[data-no-offers]')).toHaveCount(forCouncils === 0 ? 1 : 0);
  if (forCouncils === 0) await expectVisibleText(page, 'Unsere Quellen nennen im Moment kein Angebot für Werk-Statt-Räte.');
});

test('an offer whose source gives no format, provider or region says so, and whom to ask', async ({ page }) => {
  await page.goto('/workshops/');
  const card = offers(page).filter({ has: page.locator('a[href="/workshops/bildung-im-arbeitsbereich-sachsen/"]') });
  await expect(card).not.toHaveAttribute('data-format');
  expect(await visibleText(card)).toContain('Art: unbekannt');
  await page.goto('/workshops/bildung-im-arbeitsbereich-sachsen/');
  for (const fact of ['format', 'anbieter']) {
    expect(await visibleText(page.locator(`dd[data-fact="${fact}"]`)), fact).toBe('Das steht nicht in unserer Quelle.');
  }
  const ask = page.locator('dt', { hasText: 'Wen können Sie fragen?' }).locator('xpath=following-sibling::dd[1]');
  await expect(ask.locator('a')).toHaveAttribute('href', '/netzwerk/partner/lag-wfbm-sachsen/');
});

test('an offer of a project that has ended says so instead of waiting for dates', async ({ page }) => {
  await page.goto('/workshops/orientierung-soziales-und-gesundheit-rlp/');
  const ended = page.locator('[data-ended]');
  expect(await visibleText(ended)).toContain('Das Projekt ist zu Ende.');
  expect(await visibleText(ended)).toContain('Gibt es das Angebot noch?');
  await expect(page.locator('a[download]')).toHaveCount(0);
  expect(await visibleText(page.locator('main'))).not.toContain('Unsere Quelle nennt keine Termine.');
});

test('every offer prints as a notice of one page, without menu or long text', async ({ page }) => {
  const offerPaths = sitemapPaths().filter((path) => /^\/workshops\/[a-z0-9-]+\/$/.test(path) && !path.includes('fuer-werkstattraete'));
  expect(offerPaths.length).toBe(TOTAL);
  for (const path of offerPaths) {
    await page.goto(path);
    await expect(page.locator('[data-print-notice]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header')).toBeHidden();
    await expect(page.locator('[data-print-notice]')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages, `${path} prints on ${String(pages)} pages`).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
});
