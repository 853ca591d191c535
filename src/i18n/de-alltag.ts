/**
 * Interface texts of the network pages in standard German (Alltagssprache): the texts are in
 * de-alltag.yaml, their keys in schema.ts; read like de-ls.ts.
 */
import source from './de-alltag.yaml?raw';
import { ALLTAG_KEYS, parseStrings } from './schema.ts';

export const alltag = parseStrings('src/i18n/de-alltag.yaml', source, ALLTAG_KEYS);
