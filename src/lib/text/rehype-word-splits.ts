/**
 * A hast plugin for Astro's Markdown engine (Sätteri): every word with a middle dot becomes the split-word markup of
 * ./word-splits.ts (the word once, as its parts; the reader's choice of sign comes from CSS; the hyphenated form for
 * search). LS.astro renders the same markup for texts outside MDX.
 */
import type { Element, ElementContent, Parents, Text } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
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

/** Text in these elements is code, not reading text: its dots stay as they are. */
const SKIP = new Set(['code', 'pre', 'script', 'style']);

/** The text node's pieces as nodes: plain text, and the markup of each split word. */
export function splitTextNodes(value: string): ElementContent[] | undefined {
  const pieces = splitText(value);
  if (pieces.every((piece) => piece.searchForm === undefined)) return undefined;
  return pieces.map((piece) =>
    piece.searchForm === undefined ? { type: 'text', value: piece.text } : splitWordElement(piece.text, piece.searchForm),
  );
}

/** Whether a text node sits in code, at any depth. */
function inCode(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  let parent: Readonly<Parents> | undefined = ctx.parent(node);
  while (parent && parent.type !== 'root') {
    if (parent.type === 'element' && SKIP.has(parent.tagName)) return true;
    parent = ctx.parent(parent);
  }
  return false;
}

/** Sätteri calls `text` for every text node of a text, MDX components' children included. */
export const wordSplitsPlugin = defineHastPlugin({
  name: 'll-word-splits',
  text(node, ctx) {
    const nodes = splitTextNodes(node.value);
    if (nodes && !inCode(node, ctx)) ctx.replaceNode(node, nodes);
  },
});
