// Pure code (no Node APIs): reads the text of a hunspell .aff/.dic pair that
// uses the igerman98 compounding scheme (de_DE from `dictionary-de`) and
// extracts the forms that may stand at the beginning, in the middle and at
// the end of a compound, plus forbidden words.
//
// igerman98 (index.aff) declares:
//   COMPOUNDBEGIN x, COMPOUNDMIDDLE y, COMPOUNDEND z, ONLYINCOMPOUND o,
//   FORBIDDENWORD d, NEEDAFFIX h (pseudo stem, not a word on its own).
// and marks stems with helper affixes:
//   SFX j 0/xoc   -> the stem may BEGIN a compound ("Arbeits/hij")
//   PFX k 0/coy   -> the stem may be in the MIDDLE   ("arbeits/hke")
//   SFX e 0/yoc   -> likewise MIDDLE
//   SFX g innen/xyoc -> female plural form may begin / be in the middle
//   flag z on a lower-case stem -> the stem and its inflected forms may END a
//   compound ("vertrag/pSTozm"); NOSUGGEST (n) entries, vulgar or rare,
//   are left out; flag m marks these as nouns (it re-capitalises
//   them after a hyphen). z-stems without m are suffix-like pseudo nouns
//   ("losigkeit", "nahme", "haber", "rechtler") and are not taken.

export interface CompoundLexiconData {
  /** lower-case forms that may begin a compound, with linking element: "arbeits" */
  begin: string[];
  /** lower-case forms that may stand inside a compound */
  middle: string[];
  /** lower-case full forms (all inflections) that may end a compound */
  end: string[];
  /** lower-case base forms (nominative singular) of the end nouns */
  nouns: string[];
  /** lower-case words the dictionary forbids (known wrong compounds) */
  forbidden: string[];
  /** lower-case nouns in -heit/-keit made from an adjective that is itself a
   *  dictionary word (merkwürdig -> Merkwürdigkeit, arbeitslos ->
   *  Arbeitslosigkeit): the split belongs to the adjective, not to the noun */
  adjectiveNouns: string[];
}

interface SuffixRule {
  strip: string;
  add: string;
  cont: string;
  cond: RegExp;
}

function parseAffixes(aff: string): Map<string, SuffixRule[]> {
  const sfx = new Map<string, SuffixRule[]>();
  for (const raw of aff.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('SFX ')) continue;
    const [, flag, strip, addRaw, cond] = line.split(/\s+/);
    // header lines have fewer than five fields: SFX A Y 46
    if (flag === undefined || strip === undefined || addRaw === undefined || cond === undefined) continue;
    const [add = '', cont = ''] = addRaw.split('/');
    const rule: SuffixRule = {
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      cont,
      cond: new RegExp((cond === '.' ? '' : cond) + '$'),
    };
    const list = sfx.get(flag);
    if (list) list.push(rule);
    else sfx.set(flag, [rule]);
  }
  return sfx;
}

function applySuffixes(stem: string, flags: string, sfx: Map<string, SuffixRule[]>): string[] {
  const out = [stem];
  for (const flag of flags) {
    const rules = sfx.get(flag);
    if (!rules) continue;
    for (const r of rules) {
      if (r.cont !== '') continue; // helper rules (j, e, g): not inflection
      if (!r.cond.test(stem)) continue;
      if (r.strip !== '' && !stem.endsWith(r.strip)) continue;
      const form = stem.slice(0, stem.length - r.strip.length) + r.add;
      if (/[A-ZÄÖÜ]/.test(form.slice(1))) continue; // binnen-I forms "LeiterIn"
      out.push(form);
    }
  }
  return out;
}

/** Extracts compound parts from hunspell de_DE (igerman98) aff/dic text. */
export function extractCompoundLexicon(aff: string, dic: string): CompoundLexiconData {
  const sfx = parseAffixes(aff);
  const begin = new Set<string>();
  const middle = new Set<string>();
  const end = new Set<string>();
  const nouns = new Set<string>();
  const forbidden = new Set<string>();
  const adjectives = new Set<string>();
  const heitKeit: string[] = [];
  const lines = dic.split('\n');
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || /^\d+$/.test(line)) continue;
    const slash = line.indexOf('/');
    if (slash < 0) continue; // no flags: a plain word, never a compound part
    const stem = line.slice(0, slash);
    const flags = line.slice(slash + 1);
    if (stem.includes('-') || stem.includes('.')) continue;
    const lower = stem.toLowerCase();
    if (flags.includes('A') && stem === lower) adjectives.add(stem);
    if (/(heit|keit)$/.test(stem) && stem !== lower) heitKeit.push(lower);
    if (flags.includes('d')) {
      for (const f of applySuffixes(stem, flags, sfx)) forbidden.add(f.toLowerCase());
      continue;
    }
    if (flags.includes('n')) continue; // NOSUGGEST: vulgar or rare words
    if (flags.includes('j')) begin.add(lower);
    if (flags.includes('k') || flags.includes('e')) middle.add(lower);
    if (flags.includes('g')) {
      const female = lower.endsWith('en') ? lower.slice(0, -2) + 'innen' : lower + 'innen';
      begin.add(female);
      middle.add(female);
    }
    if (flags.includes('z') && flags.includes('m') && stem === lower) {
      for (const f of applySuffixes(stem, flags, sfx)) {
        end.add(f);
        if (f.endsWith('ung')) nouns.add(f); // verb-derived noun (steigern -> steigerung)
      }
      if (!/[^e]n$|ern$/.test(stem) || !flags.includes('J')) nouns.add(stem); // not a verb infinitive
    }
  }
  const adjectiveNouns = new Set<string>();
  for (const w of heitKeit) {
    const base = w.slice(0, -4);
    if (adjectives.has(base) || (w.endsWith('igkeit') && adjectives.has(w.slice(0, -6)))) adjectiveNouns.add(w);
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return {
    begin: sorted(begin),
    middle: sorted(middle),
    end: sorted(end),
    nouns: sorted(nouns),
    forbidden: sorted(forbidden),
    adjectiveNouns: sorted(adjectiveNouns),
  };
}
