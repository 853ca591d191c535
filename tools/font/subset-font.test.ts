/**
 * The site's font holds only the characters of FONT_CHARACTERS (tools/font/subset-font.ts). Every
 * character our texts use must be among them, and the @font-face's unicode-range must say exactly
 * that set, so the browser takes our font for those characters and the system font for the rest.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_CHARACTERS, FONT_FILE } from './subset-font.ts';

const TEXT_SOURCES = ['content', 'src/i18n'];
const fontCharacters = new Set(FONT_CHARACTERS);

async function textFiles(): Promise<string[]> {
  const lists = await Promise.all(
    TEXT_SOURCES.map(async (dir) => (await readdir(dir, { recursive: true })).map((name) => path.join(dir, name))),
  );
  return lists.flat().filter((file) => /\.(mdx?|ya?ml|ts)$/.test(file));
}

/** Every code point a CSS unicode-range lists: "U+0020-007E, U+00A0" → 0x20 … 0x7E, 0xA0. */
function unicodeRangeCodePoints(range: string): Set<number> {
  const points = new Set<number>();
  for (const part of range.split(',')) {
    const match = /U\+([0-9A-F]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!match) throw new Error(`Kein Bereich: ${part}`);
    const from = parseInt(match[1] ?? '', 16);
    const to = match[2] ? parseInt(match[2], 16) : from;
    for (let point = from; point <= to; point++) points.add(point);
  }
  return points;
}

describe('the font subset', () => {
  it('has every character that a text of the site uses', async () => {
    const missing: string[] = [];
    for (const file of await textFiles()) {
      const text = await readFile(file, 'utf8');
      for (const character of new Set(text.replace(/\s/g, ''))) {
        if (!fontCharacters.has(character))
          missing.push(`${file}: „${character}“ (U+${character.codePointAt(0)?.toString(16).toUpperCase() ?? ''})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is announced in font.css with exactly its characters', async () => {
    const css = await readFile('src/styles/font.css', 'utf8');
    const range = /unicode-range:([^;]+);/.exec(css)?.[1] ?? '';
    const announced = [...unicodeRangeCodePoints(range)].sort((a, b) => a - b);
    const held = [...fontCharacters].map((c) => c.codePointAt(0) ?? 0).sort((a, b) => a - b);
    expect(announced).toEqual(held);
    expect(css).toContain(path.basename(FONT_FILE));
  });

  it('is a small WOFF2 file', async () => {
    const font = await readFile(FONT_FILE);
    expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(font.length).toBeLessThan(16_000);
  });
});
