/** `npm run check:site`: checks links, anchors, pictures and link texts of the built site in dist/. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../lint/config.ts';
import { vagueLinkTexts } from '../../src/lib/lint/rules/link-text.ts';
import { checkSite } from './check.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const all = (await readdir(dist, { recursive: true })).map((f) => `/${f.split(path.sep).join('/')}`);
const files = new Set(all);
const htmlFiles = all.filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'));
const pages = await Promise.all(
  htmlFiles.map(async (file) => ({
    path: file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
    html: await readFile(path.join(dist, file), 'utf8'),
  })),
);
const config = await loadConfig(process.cwd());
const findings = checkSite(pages, files, vagueLinkTexts(config.regeln['link-text'].verboten));
if (findings.length > 0) {
  console.error(findings.map((f) => `${f.page}: ${f.message}`).join('\n'));
  console.error(`${String(findings.length)} Fehler auf ${String(pages.length)} Seiten.`);
  process.exit(1);
}
console.log(`Alle Links, Stellen und Bilder auf ${String(pages.length)} Seiten sind in Ordnung.`);
