/**
 * The checks every table of interface texts passes when the site is built:
 * each key is namespaced ("nav.home"), each text is a non-empty string, its {slots} are well formed.
 * TypeScript makes sure every key a component uses exists.
 */
import { z } from 'astro/zod';

const uiString = z
  .string()
  .min(1, 'Der Text ist leer.')
  .refine((s) => !/\{(?!\w+\})/.test(s), 'Eine Lücke {…} ist nicht richtig geschrieben.');

export function parseStrings<T extends Record<string, string>>(table: T): T {
  const result = z.record(z.string().regex(/^[a-z][a-zA-Z]*(\.[a-zA-Z0-9-]+)+$/, 'Schlüssel wie „nav.home“ schreiben.'), uiString).safeParse(table);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Die Texte der Oberfläche haben Fehler:\n${problems}`);
  }
  return table;
}
