/** Shared setup for the linter tests: the project's real config and a small dictionary. */
import { loadConfig } from './config.ts';
import { lintSource, ownWords, type Finding, type LintContext } from './lint.ts';
import type { Glossary } from '../../src/lib/lint/rules/shared.ts';
import { Syllables } from '../../src/lib/lint/syllables.ts';
import { normalizeWord, words } from '../../src/lib/lint/text.ts';
import { loadWordKnowledge } from './words.ts';

export const config = await loadConfig(process.cwd());
/** The real lexicon, loaded once per test file (about a second). */
export const wordKnowledge = await loadWordKnowledge(ownWords(config));

/** A dictionary with the given entries: id → written forms. */
export function glossaryOf(entries: Record<string, string[]>): Glossary {
  return {
    ids: new Set(Object.keys(entries)),
    entries: Object.entries(entries).map(([id, forms]) => ({
      id,
      wort: forms[0] ?? id,
      forms: forms.map((form) => words(form).map((w) => normalizeWord(w.text))),
    })),
  };
}

export function contextWith(glossary: Glossary = glossaryOf({ werkstatt: ['Werk·statt', 'Werkstatt'] })): LintContext {
  return { config, glossary, syllables: new Syllables(), words: wordKnowledge };
}

/** Lints a text as if it were the file `file` (default: the body of a lesson). */
export function lint(text: string, file = 'content/lessons/modul/lektion.mdx', context = contextWith()): Finding[] {
  return lintSource(file, text, context).findings;
}

/** Only the findings of one rule. */
export function of(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}
