/**
 * Reads a file into blocks of visible easy-read text, with source positions:
 * - MDX: the syntax tree from remark (remark-parse, remark-mdx, remark-frontmatter). Text of
 *   paragraphs, headings, list items, table cells, <Merke>, <Wort> and links is checked; code,
 *   import lines, expressions and attribute values are not, except the `alt` text of <Bild> and of
 *   images, which readers of screen readers hear. The front matter's easy-read fields (see fields.ts).
 * - YAML (dictionary words): the easy-read fields. The UI strings (src/i18n/de-ls.yaml): every text,
 *   named by its key; a "{n}" slot counts as one word.
 * - Plain text (.txt): each line is a block; a short line without a full stop is a heading.
 * Also collects the inline switch-offs ("leichte-sprache-disable-next-line"), links and <Wort> marks.
 */
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml';
import { fieldLabel } from '../content-check/check.ts';
import { collectionOfPath, guessCollection, isEasyReadField, isUiStringsFile } from './fields.ts';
import { emptyExtracted, extractPlain, parseDirective, type Extracted, type SourceKind } from '../../src/lib/lint/extracted.ts';
import { BlockBuilder, type Block, type BlockKind } from '../../src/lib/lint/text.ts';

export type { Directive, Extracted, SourceKind } from '../../src/lib/lint/extracted.ts';

export function kindOfFile(file: string): SourceKind | undefined {
  if (/\.mdx?$/i.test(file)) return 'mdx';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.txt$/i.test(file)) return 'txt';
  return undefined;
}

/** Reads one file's source; `file` is the path relative to the project root (it decides the collection). */
export function extract(file: string, source: string): Extracted {
  const kind = kindOfFile(file) ?? 'txt';
  const out = emptyExtracted(kind, collectionOfPath(file), source);

  if (kind === 'mdx') extractMdx(source, out);
  else if (kind === 'yaml') extractYaml(source, 0, source, out, true, isUiStringsFile(file));
  else extractPlain(source, out);
  return out;
}

// ---------------------------------------------------------------------------
// MDX

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

function extractMdx(source: string, out: Extracted): void {
  let tree: Root;
  try {
    tree = mdxParser.parse(source);
  } catch (error) {
    const place = error as { place?: { offset?: number; start?: { offset?: number } }; reason?: string };
    const offset = place.place?.offset ?? place.place?.start?.offset ?? 0;
    out.problems.push({ offset, message: `Die Datei ist kein gültiges MDX: ${place.reason ?? String(error)}` });
    return;
  }
  let section = 0;

  const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
  const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

  const altBlock = (value: string, start: number, end: number) => {
    if (value.trim() === '') return;
    const b = new BlockBuilder();
    b.appendAligned(value, source, start, end);
    out.blocks.push(b.build('alt', end, { field: 'alt', section }));
  };

  const jsxAlt = (node: Nodes) => {
    // Only JSX elements have attributes here (Sätteri's types add directives to mdast, which this parser never makes).
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt' && typeof attribute.value === 'string') {
        const start = attribute.position?.start.offset ?? startOf(node);
        altBlock(attribute.value, start, attribute.position?.end.offset ?? endOf(node));
      }
    }
  };

  const comment = (value: string, node: Nodes) => {
    const line = node.position?.end.line ?? 1;
    const directive = parseDirective(value.trim().replace(/^\/\*/, ''), startOf(node), line);
    if (directive && /^\s*\/\*/.test(value)) out.directives.push(directive);
  };

  const inline = (nodes: PhrasingContent[], b: BlockBuilder) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          b.appendAligned(node.value, source, startOf(node), endOf(node));
          break;
        case 'break':
          b.appendAt('\n', startOf(node));
          break;
        case 'strong': {
          const from = b.length;
          inline(node.children, b);
          b.strong.push([from, b.length]);
          break;
        }
        case 'emphasis':
        case 'delete':
        case 'linkReference':
          inline(node.children, b);
          break;
        case 'link': {
          const from = b.length;
          inline(node.children, b);
          out.links.push({ text: b.text.slice(from), offset: startOf(node) });
          break;
        }
        case 'image':
          altBlock(node.alt ?? '', startOf(node), endOf(node));
          break;
        case 'mdxJsxTextElement': {
          if (node.name === 'Bild') {
            jsxAlt(node);
            break;
          }
          const from = b.length;
          inline(node.children, b);
          if (node.name === 'Wort') {
            const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
            if (typeof id === 'string') {
              b.words.push({ range: [from, b.length], id });
              out.wortRefs.push({ id, offset: startOf(node) });
            }
          }
          break;
        }
        case 'mdxTextExpression':
          comment(node.value, node);
          break;
        default:
          // inlineCode, html, footnotes: not easy-read text.
          break;
      }
    }
  };

  const paragraph = (node: Nodes & { children: PhrasingContent[] }, kind: BlockKind) => {
    const b = new BlockBuilder();
    inline(node.children, b);
    if (b.text.trim() !== '') out.blocks.push(b.build(kind, endOf(node), { section }));
  };

  const flow = (nodes: RootContent[], inList: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'yaml': {
          const contentStart = source.indexOf('\n', startOf(node)) + 1;
          extractYaml(node.value, contentStart, source, out, false);
          break;
        }
        case 'heading':
          section++;
          out.headings.push(startOf(node));
          paragraph(node, 'heading');
          break;
        case 'paragraph':
          paragraph(node, inList ? 'listItem' : 'paragraph');
          break;
        case 'list':
        case 'listItem':
          flow(node.children, true);
          break;
        case 'blockquote':
          flow(node.children, inList);
          break;
        case 'table':
          for (const row of node.children) for (const cell of row.children) paragraph(cell, 'tableCell');
          break;
        case 'mdxJsxFlowElement':
          if (node.name === 'Bild') jsxAlt(node);
          else flow(node.children, inList);
          break;
        case 'mdxFlowExpression':
          comment(node.value, node);
          break;
        default:
          // code, import/export, html, thematic breaks, definitions: not easy-read text.
          break;
      }
    }
  };
  flow((tree as Parents).children as RootContent[], false);
}

// ---------------------------------------------------------------------------
// YAML: front matter, dictionary files and the UI strings

/** `everyText`: every string is easy-read text (the UI strings), not only the fields of a collection. */
function extractYaml(text: string, base: number, source: string, out: Extracted, isFile: boolean, everyText = false): void {
  const doc = parseDocument(text);
  for (const error of doc.errors) {
    out.problems.push({ offset: base + error.pos[0], message: `Die Felder sind kein gültiges YAML: ${error.message}` });
  }
  if (doc.errors.length > 0) return;
  const data: unknown = doc.toJS();
  if (!everyText) out.collection ??= guessCollection(data, isFile);
  const collection = out.collection;
  const isText = (at: (string | number)[]) => everyText || (collection !== undefined && isEasyReadField(collection, at));

  const scalarRanges: [number, number][] = [];
  const fieldBlocks: { block: Block; indicatorLine: number; lastLine: number; isBlockScalar: boolean }[] = [];

  const visit = (node: YamlNode | null | undefined, at: (string | number)[]) => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        visit(pair.value as YamlNode | null, [...at, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        visit(item as YamlNode | null, [...at, index]);
      });
    } else if (isScalar(node) && node.range) {
      const [start, valueEnd] = node.range;
      scalarRanges.push([base + start, base + valueEnd]);
      if (typeof node.value !== 'string' || !isText(at)) return;
      const b = new BlockBuilder();
      b.appendAligned(node.value, source, base + start, base + valueEnd);
      const block = b.build('field', base + valueEnd, { field: fieldLabel(at) });
      out.blocks.push(block);
      fieldBlocks.push({
        block,
        indicatorLine: out.lines.position(base + start).line,
        lastLine: out.lines.position(Math.max(base + start, base + valueEnd - 1)).line,
        isBlockScalar: node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED,
      });
    }
  };
  visit(doc.contents, []);

  // Comments: a "#" line outside every scalar. A switch-off above "key: |" covers the whole text.
  for (const match of text.matchAll(/^[ \t]*#(.*)$/gm)) {
    const offset = base + match.index;
    if (scalarRanges.some(([from, to]) => offset > from && offset < to)) continue;
    const line = out.lines.position(offset).line;
    const directive = parseDirective(match[1] ?? '', offset, line);
    if (!directive) continue;
    const target = fieldBlocks.find((f) => f.isBlockScalar && f.indicatorLine === line + 1);
    if (target) directive.lines = [line + 1, target.lastLine];
    out.directives.push(directive);
  }
}
