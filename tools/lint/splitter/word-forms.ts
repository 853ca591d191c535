/**
 * Every word form hunspell accepts that comes from one dictionary-de stem and its affixes
 * (igerman98: "schrieb" → "schrieben", "Stätte" → "Stätten"), for the lexicon file of the
 * "Text prüfen" page: there the speller is this list, on Node it is hunspell itself (words.ts).
 * Candidates come from the .aff rules (suffixes, a second suffix a rule allows, prefixes); hunspell
 * then keeps only the forms it accepts, so the list never knows a word hunspell does not.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serializeLexicon } from '../../../src/lib/lint/splitter/compound-splitter.ts';
import { loadSpeller } from '../words.ts';
import { loadLexicon } from './load-lexicon.ts';

interface AffixRule {
  strip: string;
  add: string;
  /** The flags of a rule that may follow this one. */
  next: string;
  condition: RegExp;
}

function parseRules(aff: string, kind: 'SFX' | 'PFX'): Map<string, AffixRule[]> {
  const rules = new Map<string, AffixRule[]>();
  for (const line of aff.split('\n')) {
    const [type, flag, strip, added, condition] = line.trim().split(/\s+/);
    if (type !== kind || flag === undefined || strip === undefined || added === undefined || condition === undefined) continue;
    const [add = '', next = ''] = added.split('/');
    const pattern = condition === '.' ? '' : condition;
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      next,
      condition: new RegExp(kind === 'SFX' ? `${pattern}$` : `^${pattern}`),
    });
    rules.set(flag, list);
  }
  return rules;
}

const suffixed = (word: string, rule: AffixRule) =>
  rule.condition.test(word) && word.endsWith(rule.strip) ? [word.slice(0, word.length - rule.strip.length) + rule.add] : [];
const prefixed = (word: string, rule: AffixRule) =>
  rule.condition.test(word) && word.startsWith(rule.strip) ? [rule.add + word.slice(rule.strip.length)] : [];

/** The candidate forms of every stem of a .dic file, by the rules of its .aff file. */
export function candidateForms(aff: string, dic: string): Set<string> {
  const suffixes = parseRules(aff, 'SFX');
  const prefixes = parseRules(aff, 'PFX');
  const forms = new Set<string>();
  for (const raw of dic.split('\n').slice(1)) {
    const line = raw.trim();
    if (line === '' || raw.startsWith('\t') || line.startsWith('#')) continue;
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    const stemForms = [stem];
    for (const flag of flags) {
      for (const rule of suffixes.get(flag) ?? []) {
        for (const form of suffixed(stem, rule)) {
          stemForms.push(form);
          for (const next of rule.next) stemForms.push(...(suffixes.get(next) ?? []).flatMap((r) => suffixed(form, r)));
        }
      }
    }
    for (const form of [...stemForms]) {
      for (const flag of flags) stemForms.push(...(prefixes.get(flag) ?? []).flatMap((rule) => prefixed(form, rule)));
    }
    for (const form of stemForms) forms.add(form);
  }
  return forms;
}

/** The forms hunspell accepts, sorted (about 370,000 for dictionary-de). */
export async function wordForms(): Promise<string[]> {
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-de'));
  const [aff, dic, speller] = await Promise.all([
    readFile(path.join(dir, 'index.aff'), 'utf8'),
    readFile(path.join(dir, 'index.dic'), 'utf8'),
    loadSpeller(),
  ]);
  return [...candidateForms(aff, dic)].filter((form) => speller.spell(form)).sort();
}

/** The text of the page's lexicon file: the compound lexicon and the word forms (serializeLexicon). */
export async function lexiconFile(): Promise<string> {
  const [lexicon, forms] = await Promise.all([loadLexicon(), wordForms()]);
  return serializeLexicon({ ...lexicon, forms });
}
