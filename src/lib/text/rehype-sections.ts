/**
 * A hast plugin for Astro's Markdown engine (Sätteri) that cuts every text into sections: each `## ` heading and
 * what follows it becomes one <section class="ll-abschnitt">, so a section can carry its picture beside the text and
 * its own read-aloud button (an empty place for it under the heading). A <Bild> at the top of a section moves into a column beside the text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defineHastPlugin } from 'satteri';

type Child = RootContent | ElementContent;

const isHeading2 = (node: Child): node is Element => node.type === 'element' && node.tagName === 'h2';
/** MDX components stay JSX nodes at this stage; <Bild /> is one named "Bild". */
const isPicture = (node: Child) => (node.type as string) === 'mdxJsxFlowElement' && (node as unknown as { name: string }).name === 'Bild';
const isBlank = (node: Child) => node.type === 'text' && node.value.trim() === '';

function element(tagName: string, className: string, children: Child[]): Element {
  return { type: 'element', tagName, properties: { className: [className] }, children: children as ElementContent[] };
}

/**
 * The place of the section's read-aloud button, empty in the HTML: where the browser can speak, CSS keeps it
 * free from the first paint and the script puts the button in, so nothing moves (read-aloud.css).
 */
function readAloudPlace(): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['ll-vorlesen-leiste', 'll-no-print'], dataReadAloudBar: '' },
    children: [],
  };
}

function buildSection(heading: Element, rest: Child[]): Element {
  const pictureIndex = rest.findIndex((node) => !isBlank(node));
  const first = rest[pictureIndex];
  if (first && isPicture(first)) {
    const text = rest.filter((_, i) => i !== pictureIndex);
    return element('section', 'll-abschnitt', [
      heading,
      readAloudPlace(),
      element('div', 'll-abschnitt-reihe', [first, element('div', 'll-abschnitt-text', text)]),
    ]);
  }
  return element('section', 'll-abschnitt', [heading, readAloudPlace(), ...rest]);
}

/** The top-level nodes of a text with each heading and what follows it in a section; what comes before the first heading stays as it is. */
export function sectionsOf(children: readonly RootContent[]): RootContent[] {
  const result: Child[] = [];
  let heading: Element | undefined;
  let rest: Child[] = [];
  for (const node of children) {
    if (isHeading2(node)) {
      if (heading) result.push(buildSection(heading, rest));
      heading = node;
      rest = [];
    } else if (heading) {
      rest.push(node);
    } else {
      result.push(node);
    }
  }
  if (heading) result.push(buildSection(heading, rest));
  return result;
}

/** Sätteri runs `before` once per text, on the whole tree: the sections need every top-level node at once. */
export const sectionsPlugin = defineHastPlugin({
  name: 'll-sections',
  before(root, ctx) {
    if (!root.children.some(isHeading2)) return;
    ctx.replaceNode(root, { type: 'root', children: sectionsOf(root.children) } satisfies Root);
  },
});
