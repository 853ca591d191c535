import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentStore, normalise, RefusedSave } from './store.ts';

let root: string;
let store: ContentStore;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'editor-store-'));
  await cp('tests/fixtures/valid/content', path.join(root, 'content'), { recursive: true });
  await cp('leichte-sprache.config.yaml', path.join(root, 'leichte-sprache.config.yaml'));
  store = new ContentStore(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const GLOSSARY = 'content/glossary/neues-wort.yaml';

describe('saving from the editor', () => {
  it('writes a valid entry to the file the site is built from', async () => {
    await store.handle('persistEntry', {
      dataFiles: [{ path: GLOSSARY, raw: 'wort: Neues Wort\nformen: []\nerklaerung: Ein Wort für den Test.\nbeispiel: ""\n' }],
    });
    expect(await readFile(path.join(root, GLOSSARY), 'utf8')).toBe('wort: Neues Wort\nformen: []\nerklaerung: Ein Wort für den Test.\n');
  });

  it('refuses an invalid entry with the summary the build ends with, and leaves no file', async () => {
    const file = 'content/glossary/kaputt.yaml';
    const save = store.persist([{ path: file, raw: 'wort: Kaputt\n' }]);
    await expect(save).rejects.toThrow(RefusedSave);
    const message = await save.then(
      () => '',
      (error: unknown) => (error as Error).message,
    );
    expect(message.split('\n').slice(1, -1)).toEqual([
      'Nicht gespeichert: 1 Fehler. Bitte ändern:',
      '1. content/glossary/kaputt.yaml, Zeile 1, Feld erklaerung: Das Feld fehlt. Bitte die Erklärung eintragen.',
    ]);
    expect(existsSync(path.join(root, file))).toBe(false);
  });

  it('puts the old file back when a change is refused', async () => {
    const file = 'content/workshops/ein-workshop.mdx';
    const before = await readFile(path.join(root, file), 'utf8');
    const broken = before.replace('beginn: 2026-03-05T10:00', 'beginn: 2026-03-05T13:00');
    await expect(store.persist([{ path: file, raw: broken }])).rejects.toThrow('Das Ende muss nach dem Anfang liegen.');
    expect(await readFile(path.join(root, file), 'utf8')).toBe(before);
  });

  it('refuses a path outside the project', async () => {
    await expect(store.persist([{ path: '../ausserhalb.yaml', raw: 'wort: x\n' }])).rejects.toThrow('nicht im Projekt');
  });

  it('lists a folder’s entries at the depth asked for, lessons in their module’s folder', async () => {
    const lessons = await store.handle('entriesByFolder', { folder: 'content/lessons', extension: 'mdx', depth: 2 });
    expect((lessons as { file: { path: string } }[]).map((entry) => entry.file.path)).toEqual([
      'content/lessons/erstes-modul/erste-lektion.mdx',
    ]);
    expect(await store.handle('entriesByFolder', { folder: 'content/lessons', extension: 'mdx', depth: 1 })).toEqual([]);
  });
});

describe('normalise', () => {
  it('leaves out empty optional fields and keeps the text below the front matter', () => {
    const raw = '---\ntitel: A\nbild:\n  name: ""\n  alt: ""\nformat: null\n---\nText mit <Wort id="x">X</Wort>.';
    expect(normalise('a.mdx', raw)).toBe('---\ntitel: A\n---\nText mit <Wort id="x">X</Wort>.\n');
  });
});
