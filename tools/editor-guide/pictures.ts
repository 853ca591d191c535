/**
 * The picture catalogue for editors (docs/redaktion/bilder.html): every name that <Bild name="…"> and a question's
 * `bild.name` accept, by topic, with a preview. The preview is the emoji itself in the computer's emoji font, so
 * the page stays small (about 150 kB instead of the 8.9 MB of the icon set); the site shows the same emoji drawn by
 * Fluent Emoji. Variants by skin tone ("-light", "-dark" …) are left out: the site shows no people by skin tone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hasPicture, PICTURE_CREDIT } from '../../src/lib/pictures.ts';

const require = createRequire(import.meta.url);
const PACKAGE = '@iconify-json/fluent-emoji-flat';

const CATEGORY_NAMES: Record<string, string> = {
  Activities: 'Aktivitäten',
  'Animals & Nature': 'Tiere und Natur',
  Flags: 'Flaggen',
  'Food & Drink': 'Essen und Trinken',
  Objects: 'Dinge',
  'People & Body': 'Menschen und Körper',
  'Smileys & Emotion': 'Gesichter und Gefühle',
  Symbols: 'Zeichen',
  'Travel & Places': 'Reisen und Orte',
};

const SKIN_TONE = /-(?:light|medium-light|medium|medium-dark|dark)$/;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The emoji for its code points ("1f9d1-200d-1f3a8"). */
const emoji = (codes: string) => String.fromCodePoint(...codes.split('-').map((c) => parseInt(c, 16)));

/** The catalogue page. */
export function pictureCatalogue(): string {
  const chars = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/chars.json`), 'utf8')) as Record<string, string>;
  const { categories } = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/metadata.json`), 'utf8')) as {
    categories: Record<string, string[]>;
  };
  const version = (JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')) as { version: string }).version;
  const charOf = new Map(Object.entries(chars).map(([codes, name]) => [name, emoji(codes)]));
  const sections = Object.entries(categories)
    .sort(([a], [b]) => (CATEGORY_NAMES[a] ?? a).localeCompare(CATEGORY_NAMES[b] ?? b, 'de'))
    .map(([category, all]) => {
      const names = [...new Set(all)].filter((name) => !SKIN_TONE.test(name) && hasPicture(name)).sort();
      const items = names.map((name) => `<li><span aria-hidden="true">${charOf.get(name) ?? ''}</span><code>${escape(name)}</code></li>`);
      const id = category.toLowerCase().replace(/[^a-z]+/g, '-');
      return { id, title: CATEGORY_NAMES[category] ?? category, count: names.length, html: `<ul>\n${items.join('\n')}\n</ul>` };
    });
  const total = sections.reduce((sum, s) => sum + s.count, 0);
  return `<!doctype html>
<!-- Erzeugt von npm run write:editor-guide (tools/editor-guide/pictures.ts). Nicht von Hand ändern. -->
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Bilder·katalog für die Redaktion</title>
<style>
body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; max-width: 70rem; margin: 0 auto; padding: 1rem; }
ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.25rem 1rem; }
li { display: flex; align-items: center; gap: 0.5rem; }
li span { font-size: 2rem; font-family: "Segoe UI Emoji", "Noto Color Emoji", "Apple Color Emoji", sans-serif; }
code { font-size: 1rem; user-select: all; }
</style>
</head>
<body>
<h1>Bilder·katalog für die Redaktion</h1>
<p>Jeder Name hier geht in einem Text als <code>&lt;Bild name="books" alt="Ein Stapel Bücher." /&gt;</code>
und in einer Frage als <code>bild: { name: books, alt: … }</code>. Es sind ${total} Bilder von ${escape(PICTURE_CREDIT.name)}
(${escape(PICTURE_CREDIT.author)}, Lizenz ${PICTURE_CREDIT.licence}, Paket ${PACKAGE} ${escape(version)}).</p>
<p>Die Vorschau zeigt das Emoji in der Schrift Ihres Computers. Auf der Seite erscheint dasselbe Emoji als Bild von Fluent Emoji,
in Farbe und in hohem Kontrast. Suchen Sie mit Strg+F nach einem englischen Wort (book, hand, house …).
Ein Klick auf einen Namen markiert ihn zum Kopieren.</p>
<nav aria-label="Themen"><ul>
${sections.map((s) => `<li><a href="#${s.id}">${escape(s.title)}</a> (${s.count})</li>`).join('\n')}
</ul></nav>
${sections.map((s) => `<h2 id="${s.id}">${escape(s.title)}</h2>\n${s.html}`).join('\n')}
</body>
</html>
`;
}
