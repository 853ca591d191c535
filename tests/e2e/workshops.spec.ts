/**
 * Workshop offers: the instant filter (keyboard, address, announcement, reset), the pages that
 * narrow the list without JavaScript, the council page, and the printed notice.
 */
import { visibleText } from '../support/text.ts';
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
  // The first box of "Für wen?" has focus; walk to "Werkstatt·räte" by its label.
  const councils = page.getByRole('checkbox', { name: 'Werk-Statt-Räte' });
  while (!(await councils.evaluate((box) => box === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');

  await expect(councils).toBeChecked();
  await expect(status(page)).toHaveText('3 Angebote passen.');
  await expect(offers(page)).toHaveCount(3);
  for (const card of await offers(page).all()) await expect(card).toHaveAttribute('data-fuer', /\bwerkstattraete\b/);
  await expect(page).toHaveURL(/\/workshops\/\?fuer=werkstattraete$/);
  await expect(audience).toContainText('(1 gewählt)');
});

test('the status region is polite and follows every change, down to no match', async ({ page }) => {
  await page.goto('/workshops/');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await page.locator('details[data-group="format"] summary').click();
  await page.getByRole('checkbox', { name: 'Online', exact: true }).check();
  const online = await offers(page).count();
  await expect(status(page)).toHaveText(`${String(online)} Angebote passen.`);
  await page.locator('details[data-group="fuer"] summary').click();
  await page.getByRole('checkbox', { name: 'Fach-Kräfte für Bildung' }).check();
  await expect(offers(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('Kein Angebot passt. Wählen Sie weniger aus.');
});

test('every kind of support can be chosen, and an offer must have all that are chosen', async ({ page }) => {
  await page.goto('/workshops/');
  await page.locator('details[data-group="hilfe"] summary').click();
  await expect(page.locator('input[name="hilfe"]')).toHaveCount(6);
  await page.getByRole('checkbox', { name: 'Pausen' }).check();
  await page.getByRole('checkbox', { name: 'Unter-Titel' }).check();
  await expect(page).toHaveURL(/\?hilfe=untertitel&hilfe=pausen$/);
  for (const card of await offers(page).all()) {
    await expect(card).toHaveAttribute('data-hilfe', /\bpausen\b/);
    await expect(card).toHaveAttribute('data-hilfe', /\buntertitel\b/);
  }
  const shown = await offers(page).count();
  await expect(status(page)).toHaveText(
    shown === 0 ? 'Kein Angebot passt. Wählen Sie weniger aus.' : new RegExp(`^${String(shown)} Angebot`),
  );
});

test('a link with a filter opens with the same choice, and "Filter zurücksetzen" shows all again', async ({ page }) => {
  await page.goto('/workshops/?fuer=werkstattraete&region=sachsen&thema=gibt-es-nicht');
  await expect(page.getByRole('checkbox', { name: 'Werk-Statt-Räte' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Sachsen', exact: true })).toBeChecked();
  await expect(page.locator('details[data-group="region"]')).toHaveAttribute('open', '');
  // Sachsen, plus the offer for all of Germany; the unknown topic is left out.
  await expect(offers(page)).toHaveCount(2);
  await expect(status(page)).toHaveText('2 Angebote passen.');
  // Confirming stays on the page with the same choice.
  await page.getByRole('button', { name: 'Passende Angebote zeigen' }).click();
  await expect(page).toHaveURL(/\/workshops\/\?fuer=werkstattraete&region=sachsen$/);
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
    await byAudience.getByRole('link', { name: /^Werk-Statt-Räte/i }).click();
    await expect(page).toHaveURL(/\/workshops\/fuer\/werkstattraete\/$/);
    expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Workshops für Werk-Statt-Räte');
    await expect(page.locator('[data-offer]')).toHaveCount(3);

    await page.goto('/workshops/');
    const byTopic = page.getByRole('navigation', { name: 'Angebote nach Thema' });
    const links = await byTopic.getByRole('link').all();
    expect(links.length).toBeGreaterThan(3);
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

test('on a phone, a council finds an offer in three steps from the start page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('link', { name: /^Für Werk-Statt-Räte$/i }).click();
  expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Für Werk-Statt-Räte');
  const offer = page.locator('#angebote ~ ul [data-offer] h3 a').first();
  const title = await visibleText(offer);
  await offer.click();
  await expect.poll(() => visibleText(page.getByRole('heading', { level: 1 }))).toBe(title);
});

test('the council page lists exactly the offers made for councils', async ({ page }) => {
  await page.goto('/workshops/fuer-werkstattraete/');
  const cards = page.locator('[data-offer]');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) await expect(card).toHaveAttribute('data-fuer', /\bwerkstattraete\b/);
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
