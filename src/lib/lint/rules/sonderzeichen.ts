/** sonderzeichen: no special characters; &, § and ; are errors, brackets, quotation marks and / between words warnings. */
import { at, quote, type RawFinding, type Rule } from './shared.ts';

const SPECIAL_ADVICE: Record<string, string> = {
  '&': 'Schreiben Sie „und“.',
  '§': 'Schreiben Sie „Paragraf“ und sagen Sie, was darin steht.',
  ';': 'Machen Sie 2 Sätze daraus.',
};
const QUOTES = new Set(['„', '“', '”', '"', '‚', '‘', '»', '«']);

export const sonderzeichen: Rule = ({ sentences, config }) => {
  const options = config.sonderzeichen;
  const errors = new Set(options['fehler-zeichen']);
  const warnings = new Set(options['warnung-zeichen']);
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const block = sentence.block;
    let quotesSeen = 0;
    for (let i = sentence.start; i < sentence.end; i++) {
      const char = block.text[i] ?? '';
      if (errors.has(char)) {
        findings.push({
          ruleId: 'sonderzeichen',
          severity: 'error',
          offset: at(block, i),
          message: `Das Zeichen ${quote(char)} ist schwer zu verstehen.`,
          words: char,
          suggestion: SPECIAL_ADVICE[char] ?? 'Schreiben Sie das Zeichen als Wort.',
        });
      } else if (warnings.has(char)) {
        const isQuote = QUOTES.has(char);
        if (isQuote && quotesSeen++ % 2 === 1) continue;
        if (char === ')' || char === ']') continue;
        findings.push({
          ruleId: 'sonderzeichen',
          severity: 'warning',
          offset: at(block, i),
          message: isQuote ? 'Anführungs·zeichen sind schwer zu verstehen.' : 'Klammern sind schwer zu verstehen.',
          words: char,
          suggestion: isQuote
            ? 'Schreiben Sie ohne Anführungs·zeichen, zum Beispiel: „Das Projekt heißt: …“.'
            : 'Schreiben Sie den Text in der Klammer als eigenen Satz.',
        });
      }
    }
    for (const m of block.text.slice(sentence.start, sentence.end).matchAll(/\p{L}\s?\/\s?\p{L}/gu)) {
      findings.push({
        ruleId: 'sonderzeichen',
        severity: 'warning',
        offset: at(block, sentence.start + m.index + m[0].indexOf('/')),
        message: 'Der Schräg·strich / zwischen Wörtern ist schwer zu verstehen.',
        words: m[0],
        suggestion: 'Schreiben Sie „oder“ oder „und“.',
      });
    }
  }
  return findings;
};
