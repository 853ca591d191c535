/**
 * Calendar files for workshop dates. The real content has no dates yet (the sources give none),
 * so this runs against the small site built from the test fixture, whose workshop has two.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { FIXTURE_PORT } from '../support/site.ts';

test.use({ baseURL: `http://127.0.0.1:${String(FIXTURE_PORT)}` });

test('each date of an offer downloads its own valid calendar file in German time', async ({ page }) => {
  await page.goto('/workshops/ein-workshop/');
  const links = page.getByRole('link', { name: /in den Kalender holen$/ });
  await expect(links).toHaveCount(2);
  await expect(
    page
      .locator('main li')
      .filter({ has: page.locator('time') })
      .first(),
  ).toContainText('5. März 2026, 10 Uhr bis 12 Uhr');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Termin am 29. Oktober 2026 in den Kalender holen' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('termin-2.ics');
  const ics = await readFile(await download.path(), 'utf8');

  const lines = ics.split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-2)).toBe('END:VCALENDAR');
  expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
  for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const unfolded = ics.replaceAll('\r\n ', '');
  expect(unfolded).toContain('TZID:Europe/Berlin');
  expect(unfolded).toContain('DTSTART;TZID=Europe/Berlin:20261029T093000');
  expect(unfolded).toContain('DTEND;TZID=Europe/Berlin:20261029T150000');
  expect(unfolded).toContain('UID:ein-workshop-2@lernen-leicht-gemacht');
  // The place, escaped and without the middle dot that only the screen needs.
  expect(unfolded).toContain('LOCATION:Leipzig\\, Werkstatt am Markt');
});

test('the file is served as a calendar', async ({ request }) => {
  const response = await request.get('/workshops/ein-workshop/termin-1.ics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await response.text()).toContain('DTSTART;TZID=Europe/Berlin:20260305T100000');
});

test('the dates print without the calendar links', async ({ page }) => {
  await page.goto('/workshops/ein-workshop/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('time').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /in den Kalender holen$/ }).first()).toBeHidden();
});
