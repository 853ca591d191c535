// Node-only loader: reads dictionary-de (hunspell de_DE, igerman98) from
// node_modules, extracts the compound parts and adds our own extras.
// The browser does not need this file: ship lexicon-de.txt (written by
// build-lexicon-file.ts) and call parseLexiconText() from compound-splitter.ts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { extractCompoundLexicon } from './hunspell-extract.ts';
import { extra } from './lexicon-extra.ts';
import type { LexiconData } from '../../../src/lib/lint/splitter/compound-splitter.ts';

const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** Reads dictionary-de's index.aff/index.dic and returns the lexicon data. */
export async function loadLexicon(): Promise<LexiconData> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('dictionary-de'));
  const [aff, dic] = await Promise.all([readFile(join(dir, 'index.aff'), 'utf8'), readFile(join(dir, 'index.dic'), 'utf8')]);
  const lx = extractCompoundLexicon(aff, dic);
  return {
    begin: uniqSorted([...lx.begin, ...extra.parts]),
    middle: uniqSorted([...lx.middle, ...extra.parts]),
    end: uniqSorted([...lx.end, ...extra.end]),
    nouns: uniqSorted([...lx.nouns, ...extra.end]),
    forbidden: lx.forbidden,
    keepWhole: uniqSorted([...lx.adjectiveNouns, ...extra.keepWhole]),
    notParts: uniqSorted(extra.notParts),
  };
}
