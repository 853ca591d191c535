/** abkuerzung: no abbreviations and no words in capital letters, except the names the config allows (WCAG 3.1.4). */
import type { Block } from '../text.ts';
import { at, coveredBy, isInside, isRoman, parts, quote, type RawFinding, type Rule } from './shared.ts';

/** A listed abbreviation as a pattern: its first letter in either case, optional spaces ("z.B.", "Z. B."). */
function abbreviationPattern(short: string): RegExp {
  const trimmed = short.trim();
  const first = trimmed.charAt(0);
  const head = first.toLowerCase() === first.toUpperCase() ? RegExp.escape(first) : `[${first.toLowerCase()}${first.toUpperCase()}]`;
  const rest = trimmed
    .slice(first.length)
    .split(/\s+/)
    .map((part) => RegExp.escape(part))
    .join('\\s?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${rest}(?![\\p{L}])`, 'gu');
}

export const abkuerzung: Rule = ({ sentences, config }) => {
  const options = config.abkuerzung;
  const findings: RawFinding[] = [];
  const listed = Object.entries(options.abkuerzungen).map(([short, long]) => ({ short, long, re: abbreviationPattern(short) }));
  const seenBlocks = new Set<Block>();
  for (const sentence of sentences) {
    const block = sentence.block;
    const names = coveredBy(block.text, options['erlaubte-namen']);
    const capitals = coveredBy(block.text, [...options['erlaubte-namen-in-grossbuchstaben'], ...options['erlaubte-namen']]);
    // Listed abbreviations: searched once per block, reported in the sentence where they start.
    if (!seenBlocks.has(block)) {
      seenBlocks.add(block);
      for (const { short, long, re } of listed) {
        for (const m of block.text.matchAll(re)) {
          if (names.some((range) => isInside(range, m.index))) continue;
          findings.push({
            ruleId: 'abkuerzung',
            severity: 'error',
            offset: at(block, m.index),
            message: `${quote(m[0])} ist eine Abkürzung.`,
            words: m[0],
            suggestion: `Schreiben Sie: ${long}${short === 'Nr.' ? '. Ist es ein amtlicher Name, tragen Sie ihn in leichte-sprache.config.yaml unter erlaubte-namen ein' : ''}.`,
          });
        }
      }
    }
    // Words in capital letters: "SGB", "WfbM" (allowed), "Talent-PASS" (allowed).
    sentence.words.forEach((word, index) => {
      for (const part of parts(word)) {
        if ((part.text.match(/\p{Lu}/gu) ?? []).length < 2) continue;
        if (isRoman(block, part, sentence.words[index - 1])) continue;
        if (capitals.some((range) => isInside(range, part.start))) continue;
        const long = options.abkuerzungen[part.text];
        findings.push({
          ruleId: 'abkuerzung',
          severity: 'error',
          offset: at(block, part.start),
          message: `${quote(part.text)} ist eine Abkürzung oder ein Wort in großen Buchstaben.`,
          words: part.text,
          suggestion: long
            ? `Schreiben Sie: ${long}.`
            : 'Schreiben Sie die Wörter aus und erklären Sie sie. Ist es ein Name, der so bleiben muss: tragen Sie ihn in leichte-sprache.config.yaml unter erlaubte-namen-in-grossbuchstaben ein.',
        });
      }
    });
  }
  return findings;
};
