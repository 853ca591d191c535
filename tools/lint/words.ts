/**
 * The linter's word knowledge on Node: the compound lexicon from dictionary-de and hunspell itself
 * (through hunspell-asm, WebAssembly) as the speller. The knowledge is src/lib/lint/words.ts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createSplitter, type Splitter } from '../../src/lib/lint/splitter/compound-splitter.ts';
import { wordKnowledge, type Speller, type WordKnowledge } from '../../src/lib/lint/words.ts';
import { loadLexicon } from './splitter/load-lexicon.ts';

export { wordKnowledge, type SplitCheck, type WordKnowledge } from '../../src/lib/lint/words.ts';

/** Loads hunspell (WebAssembly) with dictionary-de. */
export async function loadSpeller(): Promise<Speller> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('dictionary-de'));
  const { loadModule } = (await import('hunspell-asm')) as typeof import('hunspell-asm');
  const factory = await loadModule();
  const [aff, dic] = await Promise.all([readFile(path.join(dir, 'index.aff')), readFile(path.join(dir, 'index.dic'))]);
  return factory.create(factory.mountBuffer(aff, 'de.aff'), factory.mountBuffer(dic, 'de.dic'));
}

let loaded: Promise<{ splitter: Splitter; speller: Speller; key: string }> | undefined;

/** The word knowledge for the linter, loaded once per process (about a second). */
export async function loadWordKnowledge(allow: readonly string[]): Promise<WordKnowledge> {
  const key = allow.join('\n');
  if (!loaded) {
    loaded = Promise.all([loadLexicon(), loadSpeller()]).then(([lexicon, speller]) => ({
      splitter: createSplitter(lexicon, { allow }),
      speller,
      key,
    }));
  }
  const { splitter, speller, key: loadedKey } = await loaded;
  const forAllow = loadedKey === key ? splitter : createSplitter(await loadLexicon(), { allow });
  return wordKnowledge(forAllow, speller, allow);
}
