import { describe, expect, it } from 'vitest';
import { rehypeWordSplits } from '../../../../src/lib/text/rehype-word-splits.ts';
import { joinedFormOf, searchFormOf, splitText } from '../../../../src/lib/text/word-splits.ts';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';

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

describe('rehype plugin', () => {
  it('renders each split word once, as its parts, with the form for search, but not inside code', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Der Werk·statt·rat.' }] },
        { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'Werk·statt' }] },
      ],
    };
    rehypeWordSplits()(tree);
    const [p, code] = tree.children as [Element, Element];
    expect(p.children[1]).toMatchObject({
      tagName: 'span',
      properties: { className: ['ll-w'], dataPagefindIndexAttrs: 'data-such', dataSuch: 'Werk-statt-rat' },
    });
    expect(toText(p)).toBe('Der Werkstattrat.');
    expect(code.children).toEqual([{ type: 'text', value: 'Werk·statt' }]);
  });
});
