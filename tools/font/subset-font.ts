/**
 * Makes the site's font file: Atkinson Hyperlegible Next (SIL Open Font License, from the
 * @fontsource-variable package) cut down to the characters our texts use and to the two weights
 * the design uses (400 and 700, kept as one variable font). 34 kB becomes about 14 kB per page.
 *
 *   node tools/font/subset-font.ts
 *
 * Writes src/assets/fonts/atkinson-hyperlegible-next-ll.woff2 (committed). A character outside
 * FONT_CHARACTERS still shows, in the system font (see unicode-range in src/styles/font.css);
 * tools/font/subset-font.test.ts fails when a text uses one, so add it here and run this again.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const ascii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

/** Printable ASCII, German letters, the middle dot, and the punctuation of German typography. */
export const FONT_CHARACTERS = `${ascii}\u00a0ÄÖÜäöüßé§°·×–—„“”‚‘’…‹›€•`;

export const FONT_FILE = 'src/assets/fonts/atkinson-hyperlegible-next-ll.woff2';

/** The weights the design uses: regular text and bold (font-bold, headings, strong). */
const WEIGHTS = { min: 400, max: 700 };

if (import.meta.main) {
  const require = createRequire(import.meta.url);
  const source = await readFile(
    require.resolve('@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2'),
  );
  const subset = await subsetFont(source, FONT_CHARACTERS, { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } });
  await writeFile(FONT_FILE, subset);
  console.log(`${FONT_FILE}: ${subset.length} Bytes.`);
}
