/** link-text: links say where they go (WCAG 2.4.9); the vague texts are the config's list `verboten`. */
import { lowerSet, quote, type Rule } from './shared.ts';

export const linkText: Rule = ({ extracted, config }) => {
  const banned = lowerSet(config['link-text'].verboten);
  return extracted.links
    .filter((link) => banned.has(link.text.toLowerCase().replace(/[.!?:…]+$/u, '').replace(/\s+/g, ' ').trim()))
    .map((link) => ({
      ruleId: 'link-text' as const,
      severity: 'error' as const,
      offset: link.offset,
      message: `Der Link·text ${quote(link.text.trim())} sagt nicht, wohin der Link führt.`,
      words: link.text.trim(),
      suggestion: 'Schreiben Sie das Ziel in den Link, zum Beispiel: [Mehr über den Werk·statt·rat](/woerterbuch/werkstatt-rat/).',
    }));
};
