/**
 * link-text: links say where they go (WCAG 2.4.9). The vague texts are the config's list `verboten`,
 * which the site check (tools/site-check) also reads for the links of the built pages.
 */
import { quote, type Rule } from './shared.ts';

/** A link text as the list `verboten` holds it: small letters, no closing punctuation, single spaces. */
export function linkTextKey(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.:!?…]+$/u, '');
}

/** The config's vague link texts, ready to compare with `linkTextKey`. */
export function vagueLinkTexts(verboten: readonly string[]): Set<string> {
  return new Set(verboten.map(linkTextKey));
}

export const linkText: Rule = ({ extracted, config }) => {
  const banned = vagueLinkTexts(config['link-text'].verboten);
  return extracted.links
    .filter((link) => banned.has(linkTextKey(link.text)))
    .map((link) => ({
      ruleId: 'link-text' as const,
      severity: 'error' as const,
      offset: link.offset,
      message: `Der Link·text ${quote(link.text.trim())} sagt nicht, wohin der Link führt.`,
      words: link.text.trim(),
      suggestion: 'Schreiben Sie das Ziel in den Link, zum Beispiel: [Mehr über den Werk·statt·rat](/woerterbuch/werkstatt-rat/).',
    }));
};
