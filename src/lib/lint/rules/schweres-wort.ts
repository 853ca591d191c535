/**
 * schweres-wort: hard words are explained (WCAG 3.1.3). A <Wort id="…"> needs an entry in the
 * dictionary (an error; `unknownWord` below, which the content check uses too); a dictionary word that
 * comes for the first time on a page without <Wort> gives a warning.
 */
import { normalizeWord, words, type Block, type Token } from '../text.ts';
import { at, isInside, quote, type RawFinding, type Rule } from './shared.ts';

/**
 * The one check that a <Wort id="…"> has an entry in the dictionary, for this content check and the
 * linter's rule schweres-wort: what is wrong and how to fix it, or undefined when the entry exists.
 */
export function unknownWord(id: string, glossaryIds: ReadonlySet<string>): { problem: string; fix: string } | undefined {
  if (glossaryIds.has(id)) return undefined;
  return {
    problem: `Das Wort „${id}“ steht nicht im Wörter·buch.`,
    fix: `Bitte content/glossary/${id}.yaml anlegen oder die id prüfen.`,
  };
}

/** Block kinds of a page's text, where a dictionary word is explained at its first use. */
const BODY_KINDS = new Set(['paragraph', 'listItem', 'tableCell']);

export const schweresWort: Rule = ({ extracted, glossary, sentences }) => {
  const findings: RawFinding[] = [];
  for (const ref of extracted.wortRefs) {
    const unknown = unknownWord(ref.id, glossary.ids);
    if (!unknown) continue;
    findings.push({
      ruleId: 'schweres-wort',
      severity: 'error',
      offset: ref.offset,
      message: unknown.problem,
      words: ref.id,
      suggestion: unknown.fix,
    });
  }
  // First use on a page: only the text of a page (MDX body), not the dictionary itself.
  if (extracted.kind !== 'mdx' || extracted.collection === 'glossary') return findings;
  const explained = new Set<string>();
  const reported = new Set<string>();
  const seenBlocks = new Set<Block>();
  for (const sentence of sentences) {
    const block = sentence.block;
    if (!BODY_KINDS.has(block.kind) || seenBlocks.has(block)) continue;
    seenBlocks.add(block);
    const tokens = words(block.text).map((w) => ({ ...w, norm: normalizeWord(w.text) }));
    // Events in reading order: a <Wort> explains its id; a plain use before that is a finding.
    const events: { index: number; id: string; marked: boolean; token?: Token }[] = block.words.map((w) => ({
      index: w.range[0],
      id: w.id,
      marked: true,
    }));
    for (const entry of glossary.entries) {
      for (let i = 0; i < tokens.length; i++) {
        const form = entry.forms.find((f) => f.every((part, k) => tokens[i + k]?.norm === part));
        const token = tokens[i];
        if (!form || !token) continue;
        // "auf Augen·höhe" with <Wort> around "Augen·höhe" only: the use is marked.
        const used = tokens.slice(i, i + form.length);
        const marked = block.words.some((w) => w.id === entry.id && used.some((t) => isInside(w.range, t.start)));
        if (!marked) events.push({ index: token.start, id: entry.id, marked: false, token });
        i += form.length - 1;
      }
    }
    events.sort((a, b) => a.index - b.index || Number(b.marked) - Number(a.marked));
    for (const event of events) {
      if (event.marked) {
        explained.add(event.id);
        continue;
      }
      if (explained.has(event.id) || reported.has(event.id)) continue;
      reported.add(event.id);
      const entry = glossary.entries.find((e) => e.id === event.id);
      findings.push({
        ruleId: 'schweres-wort',
        severity: 'warning',
        offset: at(block, event.index),
        message: `${quote(event.token?.text ?? event.id)} steht im Wörter·buch und kommt hier zum 1. Mal auf der Seite vor.`,
        words: event.token?.text ?? event.id,
        suggestion: `Erklären Sie das Wort hier: <Wort id="${event.id}">${event.token?.text ?? entry?.wort ?? ''}</Wort>`,
      });
    }
  }
  return findings;
};
