/**
 * A rehype plugin for MDX texts: wraps every word with a middle dot in a span that tells
 * Pagefind the hyphenated form to index (data-pagefind-index-attrs). The visible text stays as written.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { splitText } from './word-splits.ts';

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
          next.push({
            type: 'element',
            tagName: 'span',
            properties: { dataPagefindIndexAttrs: 'data-such', dataSuch: piece.searchForm },
            children: [{ type: 'text', value: piece.text }],
          });
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
