/**
 * An editor's journey on the editing page (tools/editor/), on a copy of the test fixture's content and
 * without any account: make a lesson through the forms, change a workshop date; then the content check
 * passes and the built site shows the lesson and the new date in the calendar file.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 4322) + 20;
const EDITOR = `http://127.0.0.1:${PORT}`;
let root: string;
let server: ChildProcess;

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'editor-e2e-'));
  await cp('tests/fixtures/valid/content', path.join(root, 'content'), { recursive: true });
  await cp('leichte-sprache.config.yaml', path.join(root, 'leichte-sprache.config.yaml'));
  server = spawn(process.execPath, ['tools/editor/server.ts', root], { env: { ...process.env, PORT: String(PORT) }, stdio: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Der Editor läuft')) resolve();
    });
    server.on('exit', (code) => {
      reject(new Error(`Der Editor ist beendet: ${String(code)}`));
    });
  });
});

test.afterAll(async () => {
  server.kill();
  await rm(root, { recursive: true, force: true });
});

async function open(page: Page, hash: string) {
  await page.goto(`${EDITOR}/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByText('Lektionen').first()).toBeVisible();
  await page.goto(`${EDITOR}/#${hash}`);
}

const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`);

async function choose(page: Page, name: string, text: string, index = 0) {
  await field(page, name).nth(index).fill(text);
  await page
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.getByText('Jetzt veröffentlichen').click();
}

function buildSite(): string {
  const out = path.join(root, 'dist');
  execFileSync('npx', ['--no-install', 'astro', 'build', '--outDir', out, '--silent'], {
    env: { ...process.env, CONTENT_DIR: path.join(root, 'content') },
    stdio: 'pipe',
  });
  return out;
}

test.describe.configure({ mode: 'serial' });

test('makes a lesson with two sections, a hard word, a picture and three kinds of question', async ({ page }) => {
  await open(page, '/collections/lessons/new');
  await field(page, 'titel').fill('Was Sie im Editor lernen');
  await field(page, 'zusammenfassung').fill('Sie schreiben eine Lektion im Browser.');
  await choose(page, 'modul', 'Test');
  await field(page, 'nummer').fill('2');
  await field(page, 'dauerMinuten').fill('10');
  await page.getByRole('button', { name: 'gelernt hinzufügen' }).click();
  await field(page, 'gelernt').last().fill('Sie können eine Lektion schreiben.');
  await choose(page, 'status', 'offen');

  // Three kinds of question, through the self-check builder.
  const addQuestion = async (art: string) => {
    await page.getByRole('button', { name: 'selbstcheck hinzufügen' }).click();
    await page.getByRole('menuitem', { name: art, exact: true }).click();
  };
  await addQuestion('stimmt');
  await field(page, 'frage').last().fill('Sie können im Browser schreiben.');
  await field(page, 'erklaerung').last().fill('Der Editor läuft im Browser.');
  await page.locator('[id^="stimmt-field-"]').last().click();

  await addQuestion('reihenfolge');
  await field(page, 'frage').last().fill('Was machen Sie zuerst?');
  await field(page, 'erklaerung').last().fill('Erst schreiben Sie. Dann prüfen Sie. Dann speichern Sie.');
  for (const step of ['Sie schreiben.', 'Sie prüfen.', 'Sie speichern.']) {
    await page.getByRole('button', { name: 'schritte hinzufügen' }).last().click();
    await field(page, 'schritte').last().fill(step);
  }

  await addQuestion('eine');
  await field(page, 'frage').last().fill('Wo schreiben Sie die Lektion?');
  await field(page, 'erklaerung').last().fill('Sie schreiben die Lektion im Browser.');
  const answers: [string, boolean, string][] = [
    ['Im Browser.', true, ''],
    ['Auf Papier.', false, 'Papier kann die Seite nicht lesen.'],
    ['Im Telefon·buch.', false, 'Im Telefon·buch stehen Namen.'],
  ];
  for (const [text, right, feedback] of answers) {
    await page.getByRole('button', { name: 'antworten hinzufügen' }).last().click();
    await field(page, 'text').last().fill(text);
    if (right) await page.locator('[id^="richtig-field-"]').last().click();
    if (feedback) await field(page, 'rueckmeldung').last().fill(feedback);
  }

  // The text: two sections, a hard word and a picture, inserted as blocks.
  const body = page.locator('textarea[id^="body-field-"]');
  await body.fill('## Der Editor\n');
  await page.getByRole('button', { name: 'Bild', exact: true }).click();
  await page.locator('input[id^="body-field-"][id$="-bild"]').fill('laptop');
  await page.getByRole('button', { name: 'laptop', exact: true }).click();
  await page.getByRole('button', { name: 'Bild einfügen' }).click();
  await body.press('End');
  await body.pressSequentially('\nSie schreiben im Browser.\nDas ist ein ');
  await page.getByRole('button', { name: 'Schweres Wort' }).click();
  await page.getByRole('button', { name: 'Wort einfügen' }).click();
  await body.press('ControlOrMeta+End');
  await body.pressSequentially('.\n\n## Speichern\n\nDann speichern Sie.\n');
  await expect(body).toHaveValue(/<Bild name="laptop" alt="" \/>[\s\S]*<Wort id="test-wort">Test·wort<\/Wort>/);
  await expect(page.getByRole('region', { name: 'Hinweise zur Leichten Sprache' })).toBeVisible();

  // Three sentences in one line: the save is refused with the build's summary, and no file is written.
  const file = path.join(root, 'content/lessons/erstes-modul/was-sie-im-editor-lernen.mdx');
  await publish(page);
  await expect(page.getByText('Nicht gespeichert: 2 Fehler. Bitte ändern:')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/, Zeile \d+: Hier fängt ein 2\. Satz in derselben Zeile an\./).first()).toBeVisible();
  expect(existsSync(file)).toBe(false);

  await field(page, 'erklaerung').nth(1).fill('Sie schreiben zuerst.');
  await publish(page);
  await expect(page.getByRole('button', { name: 'Veröffentlicht', exact: true })).toBeVisible({ timeout: 30_000 });

  const saved = await readFile(file, 'utf8');
  expect(saved).toContain('art: reihenfolge');
  expect(saved).toContain('<Wort id="test-wort">Test·wort</Wort>');
  execFileSync(process.execPath, ['tools/content-check/cli.ts'], { env: { ...process.env, CONTENT_DIR: path.join(root, 'content') } });
});

test('changes the date of a workshop, and its calendar file changes with it', async ({ page }) => {
  await open(page, '/collections/workshops/entries/ein-workshop');
  // The dates of a saved entry start folded: "Expand" beside "2 termine" opens them.
  await page.getByText('2 termine', { exact: true }).locator('xpath=..').getByRole('button', { name: 'Expand' }).first().click();
  await field(page, 'beginn').nth(1).fill('2026-10-29T10:30');
  await publish(page);
  await expect(page.getByRole('button', { name: 'Veröffentlicht', exact: true })).toBeVisible({ timeout: 30_000 });
  expect(await readFile(path.join(root, 'content/workshops/ein-workshop.mdx'), 'utf8')).toContain('beginn: 2026-10-29T10:30');

  const out = buildSite();
  const ics = await readFile(path.join(out, 'workshops/ein-workshop/termin-2.ics'), 'utf8');
  expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20261029T103000');
  const lesson = await readFile(path.join(out, 'lernen/erstes-modul/was-sie-im-editor-lernen/index.html'), 'utf8');
  expect(lesson).toContain('Was Sie im Editor lernen');
});
