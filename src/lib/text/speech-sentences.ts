/**
 * Read-aloud needs the sentences of a block of text and where each one sits, so that it can speak
 * them one by one and highlight the one being spoken. Texts have one sentence per line: the source's
 * line breaks (kept in text nodes) and <br> elements separate sentences.
 */

export interface SpokenSentence {
  /** What the voice says: the visible text, whitespace tidied, middle dots removed. */
  text: string;
  /** Start and end offsets in the joined text of the block. */
  start: number;
  end: number;
}

/** Cuts the joined text of a block ("\n" marks a line break) into its sentences with their offsets. */
export function sentencesByLine(joined: string): SpokenSentence[] {
  const sentences: SpokenSentence[] = [];
  let offset = 0;
  for (const line of joined.split('\n')) {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = offset + leading;
      sentences.push({
        text: trimmed.replaceAll('·', '').replace(/\s+/g, ' '),
        start,
        end: start + trimmed.length,
      });
    }
    offset += line.length + 1;
  }
  return sentences;
}
