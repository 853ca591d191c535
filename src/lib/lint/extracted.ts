/**
 * What the linter reads from a file: blocks of visible text with source positions, links, <Wort>
 * marks, inline switch-offs and headings. Reading MDX and YAML needs remark and the schemas
 * (tools/lint/sources.ts); plain text is read here, so that the "Text prüfen" page reads it too:
 * each line is a block; a short line without a full stop is a heading.
 */
import type { CollectionName } from '../content/schemas.ts';
import { BlockBuilder, LineIndex, type Block } from './text.ts';

export type SourceKind = 'mdx' | 'yaml' | 'txt';

/** An inline switch-off: `leichte-sprache-disable-next-line RULE-ID -- reason`. */
export interface Directive {
  /** Offset of the comment in the source. */
  offset: number;
  /** The lines it switches off (from, to), both included. */
  lines: [number, number];
  rules: string[];
  reason: string;
  /** What is wrong with the comment itself, if anything. */
  problem?: string;
}

export interface Extracted {
  kind: SourceKind;
  collection: CollectionName | undefined;
  blocks: Block[];
  /** Visible link texts (MDX), with the offset of the link. */
  links: { text: string; offset: number }[];
  /** Every <Wort id="…"> with its offset. */
  wortRefs: { id: string; offset: number }[];
  directives: Directive[];
  /** Offsets of headings; blocks carry the index of their section. */
  headings: number[];
  /** Problems reading the file (syntax errors), with an offset. */
  problems: { offset: number; message: string }[];
  lines: LineIndex;
}

/** Nothing read yet: what a reader of a file fills in. */
export function emptyExtracted(kind: SourceKind, collection: CollectionName | undefined, source: string): Extracted {
  return {
    kind,
    collection,
    blocks: [],
    links: [],
    wortRefs: [],
    directives: [],
    headings: [],
    problems: [],
    lines: new LineIndex(source),
  };
}

/** Reads a plain text (what a person types on the "Text prüfen" page, or a .txt file). */
export function extractText(source: string): Extracted {
  const out = emptyExtracted('txt', undefined, source);
  extractPlain(source, out);
  return out;
}

// ---------------------------------------------------------------------------
// Inline switch-offs

const DIRECTIVE = /leichte-sprache-disable(\S*)(.*)$/s;

/** Parses the text of a comment; `line` is the comment's last line. Returns undefined for other comments. */
export function parseDirective(comment: string, offset: number, line: number): Directive | undefined {
  const match = DIRECTIVE.exec(comment.replace(/\*\/\s*$/, '').trim());
  if (!match) return undefined;
  const [, suffix = '', rest = ''] = match;
  const [idPart = '', ...reasonParts] = rest.split(/\s--\s?|^--\s?/);
  const rules = idPart.split(/[\s,]+/).filter(Boolean);
  const reason = reasonParts.join(' -- ').trim();
  const directive: Directive = { offset, lines: [line + 1, line + 1], rules, reason };
  if (suffix !== '-next-line') {
    directive.problem = `Unbekannter Kommentar „leichte-sprache-disable${suffix}“. Schreiben Sie: leichte-sprache-disable-next-line REGEL -- Grund.`;
  } else if (rules.length === 0) {
    directive.problem = 'Der Kommentar nennt keine Regel. Schreiben Sie: leichte-sprache-disable-next-line REGEL -- Grund.';
  } else if (reason === '') {
    directive.problem = `Der Kommentar nennt keinen Grund. Schreiben Sie nach der Regel: -- und den Grund.`;
  }
  return directive;
}

// ---------------------------------------------------------------------------
// Plain text

export function extractPlain(source: string, out: Extracted): void {
  let section = 0;
  for (const match of source.matchAll(/^.*\S.*$/gm)) {
    const line = match[0];
    const b = new BlockBuilder();
    b.appendAligned(line, source, match.index, match.index + line.length);
    const wordCount = line.split(/\s+/).filter(Boolean).length;
    const isHeading = !/[.!?;,]["“”)]?\s*$/.test(line) && wordCount <= 10;
    if (isHeading) {
      section++;
      out.headings.push(match.index);
    }
    out.blocks.push(b.build(isHeading ? 'heading' : 'line', match.index + line.length, { section }));
  }
}
