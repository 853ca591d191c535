/**
 * A rehype plugin for MDX texts: every word with a middle dot becomes the split-word markup of
 * ./word-splits.ts (the word once, as its parts; the reader's choice of sign comes from CSS; the
 * hyphenated form for search). LS.astro renders the same markup for texts outside MDX.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { splitText, wordParts } from './word-splits.ts';

/** The markup of one split word; keep it in step with LS.astro. */
export function splitWordElement(word: string, searchForm: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['ll-w'], dataPagefindIndexAttrs: 'data-such', dataSuch: searchForm },
    children: wordParts(word).map((part, i): ElementContent => {
      const text = { type: 'text' as const, value: part.text };
      if (i === 0) return text;
      return {
        type: 'element',
        tagName: 'span',
        properties: { className: part.capital ? ['ll-t', 'll-t-gross'] : ['ll-t'] },
        children: [text],
      };
    }),
  };
}

const SKIP = new Set(['code', 'pre', 'script', 'style']);

type Parent = { children: (RootContent | ElementContent)[] };

function transform(parent: Parent): void {
  const next: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      for (const piece of splitText(child.value)) {
        if (piece.searchForm === undefined) {
          next.push({ type: 'text', value: piece.text });
        } else {
          next.push(splitWordElement(piece.text, piece.searchForm));
        }
      }
      continue;
    }
    if (child.type === 'element' && SKIP.has(child.tagName)) {
      next.push(child);
      continue;
    }
    if ('children' in child) transform(child);
    next.push(child);
  }
  parent.children = next;
}

export function rehypeWordSplits() {
  return (tree: Root) => {
    transform(tree);
  };
}
