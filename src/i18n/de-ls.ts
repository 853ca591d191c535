/**
 * Every interface text of the site, in easy-read German (Leichte Sprache): the texts are in
 * de-ls.yaml, their keys and slots in schema.ts. Read at build time: Vite hands over the file as text
 * (`?raw`, no plugin needed, and a change reloads the dev server), the schema parses and checks it.
 * Browser scripts never import this module: their texts come in `data-*` attributes.
 */
import source from './de-ls.yaml?raw';
import { EASY_READ_KEYS, parseStrings, type EasyReadStrings } from './schema.ts';

export { format } from './format.ts';

export const t: EasyReadStrings = parseStrings('src/i18n/de-ls.yaml', source, EASY_READ_KEYS);

export type StringKey = keyof EasyReadStrings;
