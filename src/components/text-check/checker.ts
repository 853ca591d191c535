/**
 * The linter's engine for the "Text prüfen" page: the same rules and configuration as
 * `npm run lint:text` (src/lib/lint/), with the word knowledge from the lexicon file the build
 * writes (src/pages/text-pruefen/lexikon.txt.ts). The page loads this module only when it starts.
 */
import { extractText } from '../../lib/lint/extracted.ts';
import type { LintConfig } from '../../lib/lint/config.ts';
import { glossaryOf, lintExtracted, ownWords, type FileReport, type GlossaryEntry } from '../../lib/lint/lint.ts';
import { createSplitter, parseLexiconText } from '../../lib/lint/splitter/compound-splitter.ts';
import { Syllables } from '../../lib/lint/syllables.ts';
import { formSpeller, wordKnowledge } from '../../lib/lint/words.ts';

/** A typed text's findings and figures. The name of the file decides how it is read: plain text. */
export type Check = (text: string) => FileReport;

/** Fetches the lexicon file and returns the check. Throws when the file cannot be fetched. */
export async function createChecker(config: LintConfig, glossary: readonly GlossaryEntry[], lexiconUrl: string): Promise<Check> {
  const response = await fetch(lexiconUrl);
  if (!response.ok) throw new Error(`${lexiconUrl}: ${String(response.status)}`);
  const lexicon = parseLexiconText(await response.text());
  const allow = ownWords(config);
  const splitter = createSplitter(lexicon, { allow });
  const words = wordKnowledge(splitter, formSpeller(lexicon.forms ?? [], splitter), allow);
  const context = { config, glossary: glossaryOf(glossary), syllables: new Syllables(), words };
  return (text) => lintExtracted('text.txt', extractText(text), context);
}
