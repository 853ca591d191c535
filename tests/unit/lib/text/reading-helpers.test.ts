import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { hasPicture, pictureNamesIn, pictureSvg } from '../../../../src/lib/pictures.ts';
import { markdownToHtml, mdxToJs } from 'satteri';
import { sectionsOf, sectionsPlugin } from '../../../../src/lib/text/rehype-sections.ts';
import { splitWordElement } from '../../../../src/lib/text/rehype-word-splits.ts';
import { sentencesByLine } from '../../../../src/lib/text/speech-sentences.ts';
import { wordParts } from '../../../../src/lib/text/word-splits.ts';

describe('how split words show', () => {
  it('marks the later parts of a noun for a capital in the hyphen form, as the Netzwerk Leichte Sprache writes it', () => {
    expect(wordParts('Werk·statt·rat')).toEqual([
      { text: 'Werk', capital: false },
      { text: 'statt', capital: true },
      { text: 'rat', capital: true },
    ]);
  });

  it('keeps the parts of other words in small letters', () => {
    expect(wordParts('barriere·frei')).toEqual([
      { text: 'barriere', capital: false },
      { text: 'frei', capital: false },
    ]);
  });

  it('renders a split word once: the first part as text, each later part in its own element', () => {
    const element = splitWordElement('Werk·statt', 'Werk-statt');
    expect(element.properties).toEqual({ className: ['ll-w'], dataPagefindIndexAttrs: 'data-such', dataSuch: 'Werk-statt' });
    expect(element.children).toEqual([
      { type: 'text', value: 'Werk' },
      { type: 'element', tagName: 'span', properties: { className: ['ll-t', 'll-t-gross'] }, children: [{ type: 'text', value: 'statt' }] },
    ]);
  });
});

describe('sentences for read-aloud', () => {
  it('gives one sentence per line with its place in the text', () => {
    const text = 'Erster Satz.\n  Zweiter Satz.\n\nDer Werk·statt·rat hilft.';
    const sentences = sentencesByLine(text);
    expect(sentences.map((s) => s.text)).toEqual(['Erster Satz.', 'Zweiter Satz.', 'Der Werkstattrat hilft.']);
    expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toBe('Zweiter Satz.');
  });
});

describe('sections of a text', () => {
  it('puts each heading and what follows into a section, with the picture beside the text', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [] },
        { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Eins' }] },
        { type: 'mdxJsxFlowElement', name: 'Bild', attributes: [], children: [] },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Text' }] },
        { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Zwei' }] },
      ],
    } as unknown as Root;
    const [intro, first, second] = sectionsOf(tree.children) as Element[];
    expect(intro?.tagName).toBe('p');
    expect(first?.tagName).toBe('section');
    // Under each heading, the empty place of its read-aloud button.
    const bar = first?.children[1] as Element;
    expect(bar.properties).toEqual({ className: ['ll-vorlesen-leiste', 'll-no-print'], dataReadAloudBar: '' });
    expect(bar.children).toEqual([]);
    const row = first?.children[2] as Element;
    expect(row.properties).toEqual({ className: ['ll-abschnitt-reihe'] });
    expect((row.children[0] as unknown as { name: string }).name).toBe('Bild');
    expect(second?.children).toHaveLength(2);
  });
});

describe('the sections plugin in the Markdown engine', () => {
  it('cuts a Markdown text into sections and leaves the text before the first heading alone', () => {
    const { html } = markdownToHtml('Vorwort\n\n## Eins\n\nText\n\n## Zwei\n', { hastPlugins: [sectionsPlugin] });
    expect(html).toBe(
      '<p>Vorwort</p>\n<section class="ll-abschnitt"><h2>Eins</h2><div class="ll-vorlesen-leiste ll-no-print" data-read-aloud-bar=""></div>\n<p>Text</p>\n</section><section class="ll-abschnitt"><h2>Zwei</h2><div class="ll-vorlesen-leiste ll-no-print" data-read-aloud-bar=""></div></section>\n',
    );
  });

  it('moves a <Bild> at the top of a section in an MDX text beside the text', () => {
    const { code } = mdxToJs('## Eins\n\n<Bild name="haus" />\n\nText\n', {
      hastPlugins: [sectionsPlugin],
      elementAttributeNameCase: 'html', // as Astro compiles MDX
    });
    expect(code).toMatch(
      /class: "ll-abschnitt-reihe",\s*children: \[\s*_jsx\(Bild, \{ name: "haus" \}\),\s*_jsxs\(_components\.div, \{\s*class: "ll-abschnitt-text"/,
    );
  });
});

describe('pictures', () => {
  it('makes an SVG file for a known picture, and knows its high-contrast twin', () => {
    expect(pictureSvg('books')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32"/);
    expect(hasPicture('books', 'kontrast')).toBe(true);
    expect(hasPicture('gibt-es-nicht')).toBe(false);
  });

  it('finds the pictures a text uses', () => {
    expect(pictureNamesIn('## A\n<Bild name="books" alt="" />\n<Bild alt="x" name="hammer" />').map((p) => p.name)).toEqual([
      'books',
      'hammer',
    ]);
  });
});
