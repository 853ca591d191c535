/** zahlen: numbers as digits; no percent sign, no Roman numerals, no decimal numbers. */
import { at, coveredBy, isInside, isRoman, quote, romanValue, type RawFinding, type Rule } from './shared.ts';

export const zahlen: Rule = ({ sentences, config }) => {
  const numberWords = new Map(Object.entries(config.zahlen.zahlwoerter).map(([w, n]) => [w.toLowerCase(), n]));
  const allowed = config.abkuerzung['erlaubte-namen-in-grossbuchstaben'];
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const block = sentence.block;
    const text = block.text.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(/%|\bProzent\b/g)) {
      findings.push({
        ruleId: 'zahlen',
        severity: 'error',
        offset: at(block, sentence.start + m.index),
        message: 'Prozent ist schwer zu verstehen.',
        words: m[0],
        suggestion: 'Schreiben Sie zum Beispiel „die Hälfte“ oder „3 von 10“.',
      });
    }
    for (const m of text.matchAll(/\d+,\d+/g)) {
      findings.push({
        ruleId: 'zahlen',
        severity: 'warning',
        offset: at(block, sentence.start + m.index),
        message: `${quote(m[0])} ist eine Zahl mit Komma.`,
        words: m[0],
        suggestion: `Runden Sie: ungefähr ${String(Math.round(Number(m[0].replace(',', '.'))))}.`,
      });
    }
    const covered = coveredBy(block.text, allowed);
    sentence.words.forEach((word, index) => {
      if (isRoman(block, word, sentence.words[index - 1]) && !covered.some((r) => isInside(r, word.start))) {
        findings.push({
          ruleId: 'zahlen',
          severity: 'error',
          offset: at(block, word.start),
          message: `${quote(word.text)} ist eine römische Zahl.`,
          words: word.text,
          suggestion: `Schreiben Sie die Ziffer: ${String(romanValue(word.text))}.`,
        });
      }
      const digit = numberWords.get(word.text.toLowerCase());
      if (digit !== undefined) {
        findings.push({
          ruleId: 'zahlen',
          severity: 'warning',
          offset: at(block, word.start),
          message: `${quote(word.text)} ist eine Zahl als Wort.`,
          words: word.text,
          suggestion: `Schreiben Sie die Ziffer: ${String(digit)}.`,
        });
      }
    });
  }
  return findings;
};
