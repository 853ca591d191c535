import { describe, expect, it } from 'vitest';
import { loadConfig } from '../lint/config.ts';
import { vagueLinkTexts } from '../../src/lib/lint/rules/link-text.ts';
import { checkSite as checkSiteWith, fileForPath } from './check.ts';

/** The vague link texts of the linter's config: the one list both checks use. */
const verboten = (await loadConfig(process.cwd())).regeln['link-text'].verboten;
const checkSite = (pages: Parameters<typeof checkSiteWith>[0], files: ReadonlySet<string>) =>
  checkSiteWith(pages, files, vagueLinkTexts(verboten));

const files = new Set(['/index.html', '/lernen/index.html', '/bilder/books.svg', '/_astro/a.css']);
const page = (html: string) => [{ path: '/', html: `<!doctype html><html lang="de"><body>${html}</body></html>` }];

describe('site check', () => {
  it('resolves folders to their index.html', () => {
    expect(fileForPath('/lernen/', files)).toBe('/lernen/index.html');
    expect(fileForPath('/lernen', files)).toBe('/lernen/index.html');
    expect(fileForPath('/fehlt/', files)).toBeUndefined();
  });

  it('accepts links, pictures and anchors that exist', () => {
    const html = '<a href="/lernen/">Lernen</a><img src="/bilder/books.svg" alt=""><a href="#oben">Nach oben</a><h1 id="oben">A</h1>';
    expect(checkSite(page(html), files)).toEqual([]);
  });

  it('finds a link to a page that does not exist', () => {
    expect(checkSite(page('<a href="/workshop/">Workshops</a>'), files)[0]?.message).toContain('/workshop/');
  });

  it('finds a missing picture and a missing anchor', () => {
    const findings = checkSite(page('<img src="/bilder/fehlt.svg" alt=""><a href="/#nirgends">Start</a>'), files);
    expect(findings.map((f) => f.message)).toEqual([
      'Das Ziel /bilder/fehlt.svg gibt es nicht.',
      'Die Stelle #nirgends gibt es auf / nicht.',
    ]);
  });

  it('finds vague link texts, also with punctuation', () => {
    const findings = checkSite(page('<a href="/lernen/">hier</a> <a href="/lernen/">Mehr …</a>'), files);
    expect(findings).toHaveLength(2);
  });

  it('finds every vague link text of the linter config, and only those', () => {
    const links = verboten.map((text) => `<a href="/lernen/">${text}</a>`).join(' ');
    expect(checkSite(page(links), files)).toHaveLength(verboten.length);
    expect(checkSite(page(links), files).map((f) => f.message)).toContain(
      'Der Link-Text „klicken sie hier“ sagt nicht, wohin der Link führt (/lernen/).',
    );
    expect(checkSiteWith(page('<a href="/lernen/">hier</a>'), files, vagueLinkTexts(['dort']))).toEqual([]);
  });

  it('reads only the visible form of a split word in a link', () => {
    const html = '<a href="/lernen/"><span class="ll-w"><span>Mehr</span><span hidden>hier</span></span> über Lernen</a>';
    expect(checkSite(page(html), files)).toEqual([]);
  });
});
