/**
 * A rehype plugin for MDX texts: every word with a middle dot becomes the split-word markup of
 * ./word-splits.ts (three forms, the reader's choice shows; the hyphenated form for search).
 * LS.astro renders the same markup for texts outside MDX.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SEPARATORS, splitText, wordForms } from './word-splits.ts';

/** The markup of one split word; keep it in step with LS.astro. */
export function splitWordElement(word: string, searchForm: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['ll-w'], dataPagefindIndexAttrs: 'data-such', dataSuch: searchForm },
    children: wordForms(word).map((form) => ({
      type: 'element',
      tagName: 'span',
      properties: {
        className: [`ll-w-${form.separator}`],
        // The default form shows without CSS; search indexes only the middle-dot form as text.
        ...(form.separator === SEPARATORS[0] ? {} : { hidden: true }),
        ...(form.separator === 'punkt' ? {} : { dataPagefindIgnore: '' }),
      },
      children: [{ type: 'text', value: form.text }],
    })),
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
