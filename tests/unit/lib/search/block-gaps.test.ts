import { describe, expect, it } from 'vitest';
import { spaceBetweenBlocks } from '../../../../src/lib/search/block-gaps.ts';

describe('spaceBetweenBlocks', () => {
  it('separates blocks so their words cannot run together in the search index', () => {
    expect(spaceBetweenBlocks('<dl><dt>Art</dt><dd>Programm</dd><dt>Region</dt><dd>Sachsen</dd></dl>')).toBe(
      '<dl><dt>Art</dt> <dd>Programm</dd> <dt>Region</dt> <dd>Sachsen</dd></dl>',
    );
    expect(spaceBetweenBlocks('<h1>Titel</h1><p>Text</p>')).toBe('<h1>Titel</h1> <p>Text</p>');
  });
  it('leaves inline elements and text alone: a split word stays one word', () => {
    const word = '<span class="ll-w">Werk<span class="ll-t">statt</span></span><a href="/">Link</a></p>';
    expect(spaceBetweenBlocks(word)).toBe(word);
    expect(spaceBetweenBlocks('<p>Satz.</p>Text')).toBe('<p>Satz.</p>Text');
    expect(spaceBetweenBlocks('<pre>a</pre><p>')).toBe('<pre>a</pre><p>');
  });
});
