import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { wordSplitsPlugin } from '../../../../src/lib/text/rehype-word-splits.ts';
import { joinedFormOf, searchFormOf, splitText } from '../../../../src/lib/text/word-splits.ts';

describe('words split with the middle dot', () => {
  it('gives search the hyphenated form and the joined form', () => {
    expect(searchFormOf('Werk·statt·rat')).toBe('Werk-statt-rat');
    expect(joinedFormOf('Werk·statt·rat')).toBe('Werkstattrat');
  });

  it('finds split words in a sentence and keeps the text unchanged', () => {
    const text = 'Der Werk·statt·rat hilft. Die Arbeit ist gut.';
    const pieces = splitText(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.searchForm)).toEqual([{ text: 'Werk·statt·rat', searchForm: 'Werk-statt-rat' }]);
  });

  it('keeps umlauts and hyphenated names together', () => {
    expect(splitText('Talent-PASS·Netz·werk').map((p) => p.searchForm)).toEqual(['Talent-PASS-Netz-werk']);
    expect(splitText('Werk·statt·räte')[0]?.searchForm).toBe('Werk-statt-räte');
  });

  it('leaves a dot between numbers or spaces alone', () => {
    expect(splitText('3 · 4').every((p) => p.searchForm === undefined)).toBe(true);
  });
});

describe('the word-splits plugin in the Markdown engine', () => {
  it('renders each split word once, as its parts, with the form for search, but not inside code', () => {
    const { html } = markdownToHtml('Der Werk·statt·rat.\n\n`Werk·statt`\n\n```\nWerk·statt\n```\n', {
      hastPlugins: [wordSplitsPlugin],
    });
    expect(html).toBe(
      '<p>Der <span class="ll-w" data-pagefind-index-attrs="data-such" data-such="Werk-statt-rat">Werk<span class="ll-t ll-t-gross">statt</span><span class="ll-t ll-t-gross">rat</span></span>.</p>\n' +
        '<p><code>Werk·statt</code></p>\n<pre><code>Werk·statt\n</code></pre>\n',
    );
  });

  it('splits the words inside the text of an MDX component too', () => {
    const { code } = mdxToJs('<Merke>Die Werk·statt.</Merke>\n', {
      hastPlugins: [wordSplitsPlugin],
      elementAttributeNameCase: 'html', // as Astro compiles MDX
    });
    expect(code).toMatch(/_jsxs\(Merke, \{ children: \[\s*"Die ",\s*_jsxs\(_components\.span, \{[^}]*"data-such": "Werk-statt"/);
  });
});
