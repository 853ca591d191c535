// Compound splitter for easy-read German (Leichte Sprache).
//
// Pure code: no DOM, no Node APIs. The lexicon data is passed in (see
// load-lexicon.ts for Node, or ship lexicon-de.txt to a browser and call
// parseLexiconText()).
//
// A word is split only where it is made of word parts that readers know:
//   first part  : a form that may BEGIN a compound, linking element included
//                 ("Arbeits", "Kinder", "Lern", "Prüf")
//   middle parts: forms that may stand INSIDE a compound ("bau", "hand")
//   last part   : a NOUN form that may END a compound, in any inflection
//                 ("vertrag", "räte", "plätze", "schuhe")
// The positional lists come from the igerman98 hunspell dictionary
// (dictionary-de), whose compounding flags say exactly this; our own small
// additions (lexicon-extra.ts) and the caller's `allow` words extend them.
//
// Decisions (see also COMPARISON.md):
// - Compounds are split into all their word parts (Werk·statt·rat,
//   Qualifizierungs·bau·stein). Ranking of the possible segmentations:
//   fewest parts that only a derivation rule accepts (dictionary evidence
//   first), then MOST parts, then the longest last part (German compounds are
//   right-headed: Stau·becken), then fewest 3-letter parts; ties are broken
//   by cut position, so the result is deterministic.
// - A first or middle part that the dictionary lists as one unit is split
//   again when it ends in a noun base form (Werkzeug -> Werk·zeug), but not
//   when it ends in a linking element (Mittags, Frühstücks stay whole).
// - Derivation rules (option deriveBegin, default on) fill gaps of the
//   dictionary: a noun base form may be a first/middle part as it is, with
//   -n after -e (Gebärden·sprache), -en after -ist/-ent/-ant/-at
//   (Journalisten·kreise) or with -s after -ung/-heit/-keit/-schaft/
//   -ion/-tät/-um/-ling (Qualifizierungs·bau·stein); a noun end form may
//   carry a separable particle (Wahl·vorschlag, Not·ausgang).
// - Only nouns are split (the last part must be a noun form): adjectives such
//   as "lebenslang(es)" or "barrierefrei" are left whole, and so are -heit/
//   -keit nouns made from a compound adjective (Merkwürdigkeit,
//   Arbeitslosigkeit, Barrierefreiheit).
// - Prefixes and particles are never a part (aus, ab, an, ein, vor, nach,
//   über, unter, um, zu, durch, bei, ver, be, ...): Ausweis, Absicht, Vorsicht
//   stay whole. The free words "mit", "weiter", "zusammen" and "selbst" may
//   be a first part before a part of 5+ letters (Mit·bestimmung,
//   Mit·arbeiter, Weiter·bildung; but Mittag stays whole).
// - A part has at least 3 letters, except "Ei" and "Öl" as first part;
//   3-letter parts must be common short words (SHORT_WORDS) or allowed words.
// - Suffixes are never a middle or last part, even where a homograph noun
//   exists (Land·schaft, Bäcker·ei are wrong); nor learned prefixes
//   (Tele·vision); nor "-ende" after a verb stem (Lern·ende).
// - Names with inner capitals (JavaScript, JOBinklusive), words the
//   dictionary marks as misspelled, and `allow` words are never split.
// - Words shorter than `minLength` (default 6) are never split.
// - Hyphenated words: each hyphen segment is handled on its own and the
//   hyphens stay inside the returned parts ("Arbeitsschutz-Gesetz" ->
//   ["Arbeits", "schutz-Gesetz"]), so parts.join('·') is always the dotted
//   form.

export interface Lexicon {
  /** lower-case forms that may begin a compound (with linking element) */
  begin: Iterable<string>;
  /** lower-case forms that may stand inside a compound; default: begin */
  middle?: Iterable<string>;
  /** lower-case noun forms (all inflections) that may end a compound */
  end: Iterable<string>;
  /** lower-case base forms of the end nouns (used to derive first parts) */
  nouns?: Iterable<string>;
  /** lower-case words known to be wrong (misspelled compounds): never split */
  forbidden?: Iterable<string>;
  /** lower-case words that must never be split (lexicalised simple words) */
  keepWhole?: Iterable<string>;
  /** lower-case forms that must never be a part */
  notParts?: Iterable<string>;
}

export interface SplitterOptions {
  /** our own words (names, loan words: Peer, Workshop, Online, JOBinklusive) */
  allow?: readonly string[];
  /** words shorter than this are never split; default 6 */
  minLength?: number;
  /** also accept a noun as first part without a dictionary begin form
   *  (with a linking -s after -ung/-heit/-keit/-schaft/-ion/-tät/-um/-ling);
   *  default true */
  deriveBegin?: boolean;
}

export interface CheckResult {
  ok: boolean;
  badParts: string[];
}

export interface Splitter {
  /** the parts of a word; [word] when it is not a compound */
  split(word: string): string[];
  /** true when `part` is a known compound part (any position) or allowed */
  isWord(part: string): boolean;
  /** checks a word written with middle dots ("Werk·statt·rat") */
  checkSplit(dotted: string): CheckResult;
}

export const MIDDLE_DOT = '·';

/** Particles and prefixes that are never split off. */
const PARTICLES: readonly string[] = [
  'ab',
  'an',
  'auf',
  'aus',
  'bei',
  'be',
  'dar',
  'durch',
  'ein',
  'ent',
  'er',
  'fort',
  'ge',
  'gegen',
  'her',
  'hin',
  'los',
  'miss',
  'nach',
  'ob',
  'über',
  'um',
  'un',
  'unter',
  'ur',
  'ver',
  'vor',
  'voran',
  'voraus',
  'vorbei',
  'wider',
  'wieder',
  'zer',
  'zu',
  'zurück',
  'zwischen',
  'dazu',
  'davon',
  'hinter',
  'herum',
  'heraus',
  'hinaus',
  'herein',
  'hinein',
  'empor',
];
/** Separable particles: a noun may carry one (Vor·schlag is one part). */
const SEPARABLE: readonly string[] = [
  'ab',
  'an',
  'auf',
  'aus',
  'bei',
  'durch',
  'ein',
  'fort',
  'gegen',
  'nach',
  'über',
  'um',
  'unter',
  'vor',
  'zu',
  'zurück',
  'zwischen',
  'hinter',
  'mit',
];
/** Free words that easy-read texts do split off as a first part. */
export const FREE_FIRST: readonly string[] = ['mit', 'weiter', 'zusammen', 'selbst'];

/** Endings that are suffixes: never a middle or last part, even when a
 *  homograph noun exists ("Schaft", "Ei": Land·schaft, Bäcker·ei are wrong). */
export const SUFFIX_PARTS: readonly string[] = [
  'ei',
  'eien',
  'schaft',
  'schaften',
  'heit',
  'heiten',
  'keit',
  'keiten',
  'ung',
  'ungen',
  'nis',
  'nisse',
  'ling',
  'linge',
  'tum',
  'tümer',
  'ion',
  'ionen',
  'tät',
  'täten',
  'lich',
  'ig',
  'isch',
  'bar',
  'sam',
  'haft',
  'los',
  'lose',
  'gen',
  'ler',
  'ner',
  'erei',
  'ie',
  'ien',
  'ik',
  'in',
  'innen',
  'ur',
  'ät',
  'ent',
  'enz',
  'ant',
  'anz',
  'ismus',
  'ist',
  'isten',
  'ität',
  'iv',
  // with a linking element (Bürgerschafts·wahl, not Bürger·schafts·wahl)
  'schafts',
  'heits',
  'keits',
  'ungs',
  'ions',
  'täts',
  'itäts',
  'lings',
  'tums',
  'nis',
  // rare nouns that steal a linking -s: Arbeit·samt, Gouverneur·samt
  'samt',
  'samts',
  // the end of -ation loan words: Mode·ration is wrong
  'ration',
  'rationen',
];

/** Learned prefixes that look like words but are not parts a reader knows
 *  (Tele·vision, Mega·fon, Mikro·skop). */
const LEARNED_PREFIXES: readonly string[] = [
  'tele',
  'mega',
  'giga',
  'mikro',
  'makro',
  'multi',
  'poly',
  'mono',
  'hyper',
  'infra',
  'inter',
  'trans',
  'pseudo',
  'proto',
  'para',
  'meta',
  'anti',
  'semi',
  'ultra',
  'hetero',
  'homo',
  'kontra',
  'quasi',
  'verb', // grammar word; would give Verb·essern
];

/** Short words (2–3 letters) that may be a part. Everything else needs 4+
 *  letters. Lower case. */
const SHORT_WORDS: readonly string[] = [
  'ei',
  'öl',
  'alt',
  'amt',
  'arm',
  'art',
  'ast',
  'axt',
  'bad',
  'bau',
  'bus',
  'box',
  'ehe',
  'eis',
  'end',
  'erd',
  'ess',
  'fuß',
  'gas',
  'geh',
  'hof',
  'hör',
  'hut',
  'job',
  'kuh',
  'kur',
  'löt',
  'mal',
  'mit',
  'mut',
  'näh',
  'neu',
  'not',
  'ohr',
  'ort',
  'ost',
  'rad',
  'rat',
  'roh',
  'rot',
  'ruf',
  'see',
  'seh',
  'süd',
  'tag',
  'tal',
  'tat',
  'tee',
  'tod',
  'tor',
  'tür',
  'typ',
  'uhr',
  'weg',
  'zoo',
  'zug',
  'bio',
  'öko',
  'top',
  'web',
  'ski',
  'hub',
  'huf',
  'eck',
  'zeh',
  'reh',
  'heu',
  'fan',
  'hai',
  'abi',
  'kai',
  'lob',
  'mix',
  'pik',
  'gut',
  'sau',
  'set',
  // inflected forms of the above
  'ämter',
  'öle',
  'ehen',
  'tage',
  'räte',
  'höfe',
  'orte',
  'züge',
  'wege',
  'türen',
  'uhren',
  'bäder',
  'räder',
  'arme',
  'eier',
  'hüte',
  'füße',
];

interface Candidate {
  parts: number[]; // cut positions (end index of each part)
  derived: number; // parts accepted only by a derivation rule
  short: number; // 2- and 3-letter parts
}

// Role check result: 0 = not allowed, 1 = strong, 2 = short word, 3 = derived
type Role = 0 | 1 | 2 | 3;

function addRole(c: Candidate, cut: number, r: Role): Candidate {
  return {
    parts: [cut, ...c.parts],
    derived: c.derived + (r === 3 ? 1 : 0),
    short: c.short + (r === 2 ? 1 : 0),
  };
}

/** Ranking: fewest derived parts (dictionary evidence first); most parts;
 *  longest last part (German compounds are right-headed: Stau·becken,
 *  Druck·erzeugnis); fewest short parts; then the cut positions
 *  (deterministic). */
function better(a: Candidate, b: Candidate, n: number): boolean {
  if (a.derived !== b.derived) return a.derived < b.derived;
  if (a.parts.length !== b.parts.length) return a.parts.length > b.parts.length;
  // the last part starts at the second to last cut (at 0 when there is one part)
  const lastA = n - (a.parts.at(-2) ?? 0);
  const lastB = n - (b.parts.at(-2) ?? 0);
  if (lastA !== lastB) return lastA > lastB;
  if (a.short !== b.short) return a.short < b.short;
  // same number of parts here, so both cuts exist
  for (const [i, cutA] of a.parts.entries()) {
    const cutB = b.parts[i] ?? cutA;
    if (cutA !== cutB) return cutA > cutB;
  }
  return false;
}

/** A name or brand: capitals inside a word that is not all capitals
 *  (JavaScript, YouTube, JOBinklusive). Never split. */
function isName(w: string): boolean {
  return /^.\p{Ll}*\p{Lu}/u.test(w) && w !== w.toUpperCase();
}

const DERIVE_S = /(ung|heit|keit|schaft|ion|tät|um|ling|tum)$/;
/** weak masculine nouns take -en: Journalisten, Praktikanten, Soldaten */
const WEAK_EN = /(ist|ent|ant|at)$/;

export function createSplitter(lexicon: Lexicon, options: SplitterOptions = {}): Splitter {
  const minLength = options.minLength ?? 6;
  const deriveBegin = options.deriveBegin ?? true;
  const begin = new Set<string>(lexicon.begin);
  const middle = new Set<string>(lexicon.middle ?? lexicon.begin);
  const end = new Set<string>(lexicon.end);
  const nouns = new Set<string>(lexicon.nouns ?? []);
  const forbidden = new Set<string>(lexicon.forbidden ?? []);
  const keepWhole = new Set<string>(lexicon.keepWhole ?? []);
  const notParts = new Set<string>([...LEARNED_PREFIXES, ...(lexicon.notParts ?? [])]);
  const suffixParts = new Set<string>(SUFFIX_PARTS);
  const particles = new Set<string>(PARTICLES);
  const separable = new Set<string>(SEPARABLE);
  const freeFirst = new Set<string>(FREE_FIRST);
  const shortWords = new Set<string>(SHORT_WORDS);
  const allow = new Set<string>();
  const allowForms = new Set<string>();
  for (const a of options.allow ?? []) {
    const l = a.toLowerCase();
    allow.add(l);
    for (const ending of ['', 's', 'n', 'e', 'en', 'es']) allowForms.add(l + ending);
  }

  // derived begin forms: a noun (end form, nominative) used as first part
  const derivedBegin = new Set<string>();
  if (deriveBegin) {
    for (const e of nouns) {
      if (e.length < 4) continue;
      if (DERIVE_S.test(e)) derivedBegin.add(e + 's');
      else {
        derivedBegin.add(e);
        if (e.endsWith('e')) derivedBegin.add(e + 'n'); // Gebärden·sprache
        if (WEAK_EN.test(e)) derivedBegin.add(e + 'en'); // Journalisten·kreise
      }
    }
    for (const b of begin) derivedBegin.delete(b);
  }

  function mustKeep(lower: string): boolean {
    if (forbidden.has(lower) || keepWhole.has(lower)) return true;
    // plural of a kept -heit/-keit noun: Merkwürdigkeiten
    return lower.endsWith('en') && keepWhole.has(lower.slice(0, -2));
  }

  /** Checks two neighbouring parts (lower case). */
  function pairOk(left: string, right: string): boolean {
    // "mit", "weiter", ... only before a real word part: Mit·arbeiter, not Mit·tag
    if (freeFirst.has(left) && right.length < 5) return false;
    // "-ende(n)" after a verb stem is a participle (Lern·ende, Reis·ende are
    // wrong); the noun "Ende" follows a linking element: Wochen·ende
    if ((right === 'ende' || right === 'enden') && !(left.length >= 5 && /[sn]$/.test(left))) return false;
    return true;
  }

  function partOk(p: string, first: boolean): boolean {
    if (notParts.has(p) || (!first && suffixParts.has(p))) return false;
    if (p.length <= 3 && !shortWords.has(p)) return false;
    return true;
  }
  const strength = (p: string): Role => (p.length <= 3 ? 2 : 1);

  // an end form may carry a separable particle: Wahl·vorschlag, Not·ausgang
  function particleNoun(p: string): boolean {
    for (let k = 2; k <= 6 && k < p.length - 3; k++) {
      const noun = p.slice(k);
      if (separable.has(p.slice(0, k)) && end.has(noun) && partOk(noun, false)) return true;
    }
    return false;
  }

  // role checks on lower-case parts; `derive` allows the derivation rules
  function asFirst(p: string, derive = true): Role {
    if (allowForms.has(p)) return 1;
    if (particles.has(p) || !partOk(p, true)) return 0;
    if (freeFirst.has(p)) return 3; // Mitglied·staat rather than Mit·gliedstaat
    if (begin.has(p)) return strength(p);
    if (derive && derivedBegin.has(p)) return 3;
    return 0;
  }
  function asMiddle(p: string, derive = true): Role {
    if (allowForms.has(p)) return 1;
    if (particles.has(p) || freeFirst.has(p) || !partOk(p, false)) return 0;
    if (p === 'ei' || p === 'öl') return 0;
    if (middle.has(p)) return strength(p);
    if (derive && derivedBegin.has(p)) return 3;
    return 0;
  }
  function asLast(p: string, derive = true): Role {
    if (allowForms.has(p)) return 1;
    if (particles.has(p) || freeFirst.has(p) || !partOk(p, false)) return 0;
    if (end.has(p)) return strength(p);
    if (derive && particleNoun(p)) return 3;
    return 0;
  }

  /** Best segmentation of `lower` as first(middle)*last; returns the cut
   *  positions (end index of each part) or null. `asMiddleFirst`: the first
   *  piece must be a middle form (used for sub-splits of middle parts). */
  function segment(lower: string, asMiddleFirst: boolean, derive: boolean): number[] | null {
    const n = lower.length;
    // memo: best segmentation of lower[pos..] where the piece at pos is not first
    const memo = new Map<number, Candidate | null>();
    const rest = (pos: number): Candidate | null => {
      const hit = memo.get(pos);
      if (hit !== undefined) return hit;
      let best: Candidate | null = null;
      const lastRole = asLast(lower.slice(pos), derive);
      if (lastRole !== 0) best = addRole({ parts: [], derived: 0, short: 0 }, n, lastRole);
      for (let j = pos + 2; j <= n - 2; j++) {
        const piece = lower.slice(pos, j);
        const r = asMiddle(piece, derive);
        if (r === 0) continue;
        const tail = rest(j);
        if (tail === null) continue;
        if (!pairOk(piece, lower.slice(j, tail.parts[0]))) continue;
        const cand = addRole(tail, j, r);
        if (best === null || better(cand, best, n)) best = cand;
      }
      memo.set(pos, best);
      return best;
    };
    let best: Candidate | null = null;
    for (let i = 2; i <= n - 2; i++) {
      const piece = lower.slice(0, i);
      const r = asMiddleFirst ? asMiddle(piece, derive) : asFirst(piece, derive);
      if (r === 0) continue;
      const tail = rest(i);
      if (tail === null) continue;
      if (!pairOk(piece, lower.slice(i, tail.parts[0]))) continue;
      const cand = addRole(tail, i, r);
      if (best === null || better(cand, best, n)) best = cand;
    }
    if (best === null) return null;
    // A first or middle part that the dictionary lists as one unit may itself
    // be a compound whose last piece is a noun: "werkzeug" -> werk·zeug.
    const cuts: number[] = [];
    let from = 0;
    best.parts.forEach((cut, k) => {
      if (k < best.parts.length - 1) {
        const piece = lower.slice(from, cut);
        const inDict = k === 0 ? begin.has(piece) : middle.has(piece);
        const sub = inDict && piece.length >= 7 ? segment(piece, k > 0, false) : null;
        // only when the piece ends in a base noun, without linking element
        // ("werkzeug" = werk·zeug; but not "mittags" = mit·tags)
        const lastFrom = sub?.at(-2) ?? -1;
        if (sub !== null && lastFrom > 0 && nouns.has(piece.slice(lastFrom))) {
          for (const c of sub.slice(0, -1)) cuts.push(from + c);
        }
      }
      cuts.push(cut);
      from = cut;
    });
    return cuts;
  }

  function splitSegment(seg: string): string[] {
    if (seg.length < minLength) return [seg];
    if (!/^[\p{L}]+$/u.test(seg)) return [seg];
    const lower = seg.toLowerCase();
    if (lower.length !== seg.length) return [seg];
    if (isName(seg)) return [seg];
    if (allow.has(lower) || mustKeep(lower)) return [seg];
    const cuts = segment(lower, false, deriveBegin);
    if (cuts === null || cuts.length < 2) return [seg];
    const parts: string[] = [];
    let from = 0;
    for (const c of cuts) {
      parts.push(seg.slice(from, c));
      from = c;
    }
    return parts;
  }

  function split(word: string): string[] {
    const w = word.trim();
    if (!w.includes('-')) return splitSegment(w);
    // hyphenated: split each segment, keep hyphens inside the parts
    // (splitSegment always returns at least one part, so `out` is never empty after the first segment)
    const out: string[] = [];
    for (const [i, seg] of w.split('-').entries()) {
      const [head = '', ...tail] = splitSegment(seg);
      if (i === 0) out.push(head, ...tail);
      else out.push(`${out.pop() ?? ''}-${head}`, ...tail);
    }
    return out;
  }

  function isWord(part: string): boolean {
    const p = part.toLowerCase();
    if (allow.has(p) || allowForms.has(p)) return true;
    return asFirst(p) > 0 || asMiddle(p) > 0 || asLast(p) > 0;
  }

  function checkSplit(dotted: string): CheckResult {
    const badParts: string[] = [];
    for (const seg of dotted.trim().split('-')) {
      const parts = seg.split(MIDDLE_DOT);
      if (parts.length < 2) continue;
      const whole = parts.join('').toLowerCase();
      if (isName(parts.join('')) || allow.has(whole) || mustKeep(whole)) {
        badParts.push(...parts);
        continue;
      }
      let prev: string | null = null; // the part before, lower case
      for (const [i, part] of parts.entries()) {
        const p = part.toLowerCase();
        const role = i === 0 ? asFirst(p) : i === parts.length - 1 ? asLast(p) : asMiddle(p);
        const pairBad = prev !== null && !pairOk(prev, p);
        if (role === 0 || pairBad) badParts.push(part);
        prev = p;
      }
    }
    return { ok: badParts.length === 0, badParts };
  }

  return { split, isWord, checkSplit };
}

/** Lexicon data as plain arrays (what load-lexicon.ts returns and
 *  parseLexiconText() gives back). */
export interface LexiconData {
  begin: string[];
  middle: string[];
  end: string[];
  nouns: string[];
  forbidden: string[];
  keepWhole: string[];
  notParts: string[];
  /** Every word form the speller accepts (the "Text prüfen" page's speller; Node asks hunspell). */
  forms?: string[];
}

const PREFIX_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Serialises lexicon data as text (about 350 kB, 115 kB gzipped for
 *  dictionary-de). Sections "#begin", "#middle+" (middle forms that are not
 *  begin forms), "#end" (a base noun form ends in "*"), "#forbidden",
 *  "#keep", "#notparts", and "#forms" where the data has them. One form a
 *  line, sorted and front-coded: a line may start with one character from
 *  1-9A-Z telling how many leading characters it shares with the line
 *  before; "0" comes before a form that itself starts with one of them
 *  ("Doku" in #forms). */
export function serializeLexicon(lx: LexiconData): string {
  const sec = (name: string, xs: readonly string[]): string => {
    const sorted = [...new Set(xs)].sort();
    let prev = '';
    const lines = sorted.map((w) => {
      const bare = w.endsWith('*') ? w.slice(0, -1) : w;
      let n = 0;
      while (n < prev.length && n < bare.length && n < PREFIX_DIGITS.length - 1 && prev[n] === bare[n]) n++;
      prev = bare;
      // A form that starts with a prefix digit (a capital: "Doku") gets "0", no shared characters.
      return n > 0 || PREFIX_DIGITS.includes(w.charAt(0)) ? PREFIX_DIGITS.charAt(n) + w.slice(n) : w;
    });
    return `#${name}\n${lines.length ? lines.join('\n') + '\n' : ''}`;
  };
  const begin = new Set(lx.begin);
  const nouns = new Set(lx.nouns);
  const ends = [...new Set([...lx.end, ...lx.nouns])].map((e) => (nouns.has(e) ? e + '*' : e));
  const middleOnly = lx.middle.filter((m) => !begin.has(m));
  return (
    sec('begin', lx.begin) +
    sec('middle+', middleOnly) +
    sec('end', ends) +
    sec('forbidden', lx.forbidden) +
    sec('keep', lx.keepWhole) +
    sec('notparts', lx.notParts) +
    (lx.forms ? sec('forms', lx.forms) : '')
  );
}

/** Parses the text written by serializeLexicon (pure; works in a browser). */
export function parseLexiconText(text: string): LexiconData {
  const out: LexiconData = { begin: [], middle: [], end: [], nouns: [], forbidden: [], keepWhole: [], notParts: [] };
  const forms: string[] = [];
  const sections = new Map<string, string[]>([
    ['begin', out.begin],
    ['middle+', out.middle],
    ['end', out.end],
    ['forbidden', out.forbidden],
    ['keep', out.keepWhole],
    ['notparts', out.notParts],
    ['forms', forms],
  ]);
  let cur: string[] | null = null;
  let prev = '';
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const name = line.slice(1);
      cur = sections.get(name) ?? null;
      prev = '';
      continue;
    }
    const n = PREFIX_DIGITS.indexOf(line.charAt(0));
    let w = n >= 0 ? prev.slice(0, n) + line.slice(1) : line;
    const noun = w.endsWith('*');
    if (noun) w = w.slice(0, -1);
    prev = w;
    if (cur === null) continue;
    cur.push(w);
    if (noun && cur === out.end) out.nouns.push(w);
  }
  out.middle = [...out.begin, ...out.middle];
  if (forms.length > 0) out.forms = forms;
  return out;
}
