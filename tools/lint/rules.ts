/**
 * The rules: one per measurable rule of LEICHTE-SPRACHE.md. Each rule reads the sentences and
 * blocks of one file and returns raw findings with a tier: "error" for the rule table's error
 * column, "warning" for its warning column. The rule's `schwere` in the config then decides what
 * is reported (see lint.ts). Messages and suggestions are German: editors read them.
 */
import type { LintConfig, RuleId } from './config.ts';
import type { Sentence } from './sentences.ts';
import type { Extracted } from './sources.ts';
import type { Syllables } from './syllables.ts';
import { isCapitalized, letterCount, normalizeWord, words, type Block, type Range, type Token } from './text.ts';

export type Tier = 'error' | 'warning';

export interface RawFinding {
  ruleId: RuleId;
  tier: Tier;
  /** Offset in the source file. */
  offset: number;
  message: string;
  /** The words concerned, as written. */
  words: string;
  suggestion?: string;
}

/** The dictionary: ids, and each entry's forms as normalized word sequences. */
export interface Glossary {
  ids: Set<string>;
  entries: { id: string; wort: string; forms: string[][] }[];
}

export interface RuleContext {
  extracted: Extracted;
  sentences: Sentence[];
  config: LintConfig['regeln'];
  glossary: Glossary;
  syllables: Syllables;
}

type Rule = (ctx: RuleContext) => RawFinding[];

// ---------------------------------------------------------------------------
// Helpers

const at = (block: Block, index: number) => block.offsets[Math.min(index, block.offsets.length - 1)] ?? 0;

/** The first words of a sentence, for messages: „Das Projekt wird vom …“. */
function excerpt(sentence: Sentence, count = 6): string {
  const first = sentence.words.slice(0, count);
  const last = first.at(-1);
  if (!last) return sentence.text;
  const text = sentence.block.text.slice(sentence.start, last.end).replace(/\s+/g, ' ');
  return sentence.words.length > count ? `${text} …` : sentence.text.replace(/\s+/g, ' ');
}

const quote = (text: string) => `„${text}“`;

function isInside(range: Range, index: number): boolean {
  return index >= range[0] && index < range[1];
}

/** Ranges of a block's text covered by any of the phrases (case-sensitive, whole words, optional plural "s"). */
function coveredBy(text: string, phrases: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const phrase of phrases) {
    const pattern = phrase
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('·', '·?'))
      .join('\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?:s|n|en)?(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** The sentence's words, each split further at hyphens and middle dots, with positions. */
function parts(token: Token): Token[] {
  const result: Token[] = [];
  let start = token.start;
  for (const piece of token.text.split(/([·\-‐])/)) {
    if (piece !== '' && !/^[·\-‐]$/.test(piece)) result.push({ text: piece, start, end: start + piece.length });
    start += piece.length;
  }
  return result;
}

const lowerSet = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

// ---------------------------------------------------------------------------
// The rules

const satzLaenge: Rule = ({ sentences, config }) => {
  const options = config['satz-laenge'];
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const count = sentence.words.length;
    const tier: Tier | undefined =
      count > options['fehler-bei-mehr-als'] ? 'error' : count > options['warnung-bei-mehr-als'] ? 'warning' : undefined;
    if (!tier) continue;
    const limit = tier === 'error' ? options['fehler-bei-mehr-als'] : options['warnung-bei-mehr-als'];
    // A place to split: a comma, "und", "oder", "aber" nearest the middle.
    const middle = sentence.words[Math.floor(count / 2)]?.start ?? sentence.start;
    const joints = [...sentence.text.matchAll(/,\s|\s(?:und|oder|aber|denn)\s/g)]
      .map((m) => sentence.start + m.index)
      .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
    const joint = joints[0];
    const before = joint === undefined ? undefined : sentence.words.filter((w) => w.end <= joint).at(-1);
    findings.push({
      ruleId: 'satz-laenge',
      tier,
      offset: at(sentence.block, sentence.start),
      message: `Der Satz hat ${count} Wörter. Gut sind höchstens ${limit}.`,
      words: excerpt(sentence),
      suggestion: before
        ? `Machen Sie 2 Sätze daraus, zum Beispiel nach ${quote(before.text)}.`
        : 'Machen Sie 2 kurze Sätze daraus. Jeder Satz sagt nur 1 Sache.',
    });
  }
  return findings;
};

const einSatzProZeile: Rule = ({ sentences }) => {
  const findings: RawFinding[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const previous = sentences[i - 1];
    const sentence = sentences[i];
    if (!previous || !sentence || previous.block !== sentence.block) continue;
    if (sentence.block.text.slice(previous.end, sentence.start).includes('\n')) continue;
    const kind = sentence.block.kind;
    findings.push({
      ruleId: 'ein-satz-pro-zeile',
      tier: 'error',
      offset: at(sentence.block, sentence.start),
      message: 'Hier fängt ein 2. Satz in derselben Zeile an.',
      words: excerpt(sentence, 4),
      suggestion:
        kind === 'field'
          ? `Schreiben Sie jeden Satz in eine eigene Zeile (im Feld mit „|-“), auch ${quote(excerpt(sentence, 4))}.`
          : kind === 'ui'
            ? `Trennen Sie die Sätze mit \\n: ${quote(`…\\n${excerpt(sentence, 3)}`)}.`
            : `Beginnen Sie eine neue Zeile vor ${quote(excerpt(sentence, 4))}.`,
    });
  }
  return findings;
};

const PREPOSITIONS = new Set(['mit', 'in', 'an', 'auf', 'für', 'von', 'bei', 'zu', 'aus', 'nach', 'über', 'unter', 'durch', 'um', 'gegen', 'ohne', 'vor']);
const POLITE = new Set(['Sie', 'Ihr', 'Ihre', 'Ihnen', 'Ihren', 'Ihrem', 'Ihrer', 'Ich', 'Er', 'Es', 'Wir']);

const nebensatz: Rule = ({ sentences, config }) => {
  const options = config.nebensatz;
  const conjunctions = lowerSet(options.bindewoerter);
  const relatives = lowerSet(options.relativpronomen);
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const text = sentence.block.text;
    for (const comma of text.slice(sentence.start, sentence.end).matchAll(/,/g)) {
      const index = sentence.start + comma.index;
      const following = sentence.words.filter((w) => w.start > index).slice(0, 3);
      const [first, second, third] = following;
      if (!first) continue;
      const lower = first.text.toLowerCase();
      // A relative pronoun is followed by a verb, a pronoun or a small word; an article by a noun (", die Liga").
      const looksRelative = (next: Token | undefined) =>
        next === undefined || !isCapitalized(next.text) || POLITE.has(next.text);
      let hit: Token[] | undefined;
      if (conjunctions.has(lower)) hit = [first];
      else if (relatives.has(lower) && (lower === 'was' || lower === 'wo' || looksRelative(second))) hit = [first];
      else if (PREPOSITIONS.has(lower) && second && relatives.has(second.text.toLowerCase()) && looksRelative(third)) {
        hit = [first, second];
      }
      if (!hit) continue;
      findings.push({
        ruleId: 'nebensatz',
        tier: 'warning',
        offset: at(sentence.block, index),
        message: `Nach dem Komma fängt mit ${quote(hit.map((w) => w.text).join(' '))} ein Neben·satz an.`,
        words: excerpt(sentence),
        suggestion: 'Machen Sie aus dem Neben·satz einen eigenen Satz. Zum Beispiel: „Das ist wichtig. Denn …“',
      });
    }
  }
  return findings;
};

const langesWort: Rule = ({ sentences, config, syllables }) => {
  const options = config['langes-wort'];
  const allowed = [...options.erlaubt, ...config.abkuerzung['erlaubte-namen-in-grossbuchstaben'], ...config.abkuerzung['erlaubte-namen']];
  const findings: RawFinding[] = [];
  const coverCache = new Map<Block, Range[]>();
  for (const sentence of sentences) {
    const block = sentence.block;
    let covered = coverCache.get(block);
    if (!covered) coverCache.set(block, (covered = coveredBy(block.text, allowed)));
    for (const word of sentence.words) {
      if (/[\p{N}.·\-‐]/u.test(word.text)) continue;
      // Abbreviations and names in capitals are the rule "abkuerzung"'s business.
      if ((word.text.match(/\p{Lu}/gu) ?? []).length >= 2) continue;
      if (covered.some((range) => isInside(range, word.start))) continue;
      const letters = letterCount(word.text);
      const count = syllables.count(word.text);
      const tier: Tier | undefined =
        letters >= options['fehler-ab-buchstaben'] ? 'error' : count > options['warnung-bei-mehr-als-silben'] ? 'warning' : undefined;
      if (!tier) continue;
      findings.push({
        ruleId: 'langes-wort',
        tier,
        offset: at(block, word.start),
        message:
          tier === 'error'
            ? `${quote(word.text)} hat ${letters} Buchstaben und ist nicht getrennt.`
            : `${quote(word.text)} hat ${count} Silben und ist nicht getrennt.`,
        words: word.text,
        suggestion: `Trennen Sie das Wort mit dem Medio·punkt: ${syllables.suggestSplit(word.text)}`,
      });
    }
  }
  return findings;
};

const ROMAN = /^(?=[IVXLC])(?:X[LC]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i] ?? ''] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Whether a word at `token` in `block` is a Roman numeral ("SGB IX", "Teil II", "I. Kapitel"). */
function isRoman(block: Block, token: Token, previous: Token | undefined): boolean {
  if (!ROMAN.test(token.text)) return false;
  if (token.text.length >= 2) return true;
  const followedByDot = block.text[token.end] === '.';
  const afterCapitals = previous !== undefined && /^\p{Lu}{2,}$/u.test(previous.text);
  return followedByDot || afterCapitals;
}

const abkuerzung: Rule = ({ sentences, config }) => {
  const options = config.abkuerzung;
  const findings: RawFinding[] = [];
  const listed = Object.entries(options.abkuerzungen).map(([short, long]) => {
    const body = short
      .trim()
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s?');
    const first = short.trim().charAt(0);
    const head = first.toLowerCase() === first.toUpperCase() ? '' : `[${first.toLowerCase()}${first.toUpperCase()}]`;
    const pattern = head ? head + body.slice(first.length) : body;
    return { short, long, re: new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}])`, 'gu') };
  });
  const seenBlocks = new Set<Block>();
  for (const sentence of sentences) {
    const block = sentence.block;
    const names = coveredBy(block.text, options['erlaubte-namen']);
    const capitals = coveredBy(block.text, [...options['erlaubte-namen-in-grossbuchstaben'], ...options['erlaubte-namen']]);
    // Listed abbreviations: searched once per block, reported in the sentence where they start.
    if (!seenBlocks.has(block)) {
      seenBlocks.add(block);
      for (const { short, long, re } of listed) {
        for (const m of block.text.matchAll(re)) {
          if (names.some((range) => isInside(range, m.index))) continue;
          findings.push({
            ruleId: 'abkuerzung',
            tier: 'error',
            offset: at(block, m.index),
            message: `${quote(m[0])} ist eine Abkürzung.`,
            words: m[0],
            suggestion: `Schreiben Sie: ${long}${short === 'Nr.' ? '. Ist es ein amtlicher Name, tragen Sie ihn in leichte-sprache.config.yaml unter erlaubte-namen ein' : ''}.`,
          });
        }
      }
    }
    // Words in capital letters: "SGB", "WfbM" (allowed), "Talent-PASS" (allowed).
    sentence.words.forEach((word, index) => {
      for (const part of parts(word)) {
        if ((part.text.match(/\p{Lu}/gu) ?? []).length < 2) continue;
        if (isRoman(block, part, sentence.words[index - 1])) continue;
        if (capitals.some((range) => isInside(range, part.start))) continue;
        const long = options.abkuerzungen[part.text];
        findings.push({
          ruleId: 'abkuerzung',
          tier: 'error',
          offset: at(block, part.start),
          message: `${quote(part.text)} ist eine Abkürzung oder ein Wort in großen Buchstaben.`,
          words: part.text,
          suggestion: long
            ? `Schreiben Sie: ${long}.`
            : 'Schreiben Sie die Wörter aus und erklären Sie sie. Ist es ein Name, der so bleiben muss: tragen Sie ihn in leichte-sprache.config.yaml unter erlaubte-namen-in-grossbuchstaben ein.',
        });
      }
    });
  }
  return findings;
};

const zahlen: Rule = ({ sentences, config }) => {
  const numberWords = new Map(Object.entries(config.zahlen.zahlwoerter).map(([w, n]) => [w.toLowerCase(), n]));
  const allowed = config.abkuerzung['erlaubte-namen-in-grossbuchstaben'];
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const block = sentence.block;
    const text = block.text.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(/%|\bProzent\b/g)) {
      findings.push({
        ruleId: 'zahlen',
        tier: 'error',
        offset: at(block, sentence.start + m.index),
        message: 'Prozent ist schwer zu verstehen.',
        words: m[0],
        suggestion: 'Schreiben Sie zum Beispiel „die Hälfte“ oder „3 von 10“.',
      });
    }
    for (const m of text.matchAll(/\d+,\d+/g)) {
      findings.push({
        ruleId: 'zahlen',
        tier: 'warning',
        offset: at(block, sentence.start + m.index),
        message: `${quote(m[0])} ist eine Zahl mit Komma.`,
        words: m[0],
        suggestion: `Runden Sie: ungefähr ${String(Math.round(Number(m[0].replace(',', '.'))))}.`,
      });
    }
    const covered = coveredBy(block.text, allowed);
    sentence.words.forEach((word, index) => {
      if (isRoman(block, word, sentence.words[index - 1]) && !covered.some((r) => isInside(r, word.start))) {
        findings.push({
          ruleId: 'zahlen',
          tier: 'error',
          offset: at(block, word.start),
          message: `${quote(word.text)} ist eine römische Zahl.`,
          words: word.text,
          suggestion: `Schreiben Sie die Ziffer: ${String(romanValue(word.text))}.`,
        });
      }
      const digit = numberWords.get(word.text.toLowerCase());
      if (digit !== undefined) {
        findings.push({
          ruleId: 'zahlen',
          tier: 'warning',
          offset: at(block, word.start),
          message: `${quote(word.text)} ist eine Zahl als Wort.`,
          words: word.text,
          suggestion: `Schreiben Sie die Ziffer: ${String(digit)}.`,
        });
      }
    });
  }
  return findings;
};

const SPECIAL_ADVICE: Record<string, string> = {
  '&': 'Schreiben Sie „und“.',
  '§': 'Schreiben Sie „Paragraf“ und sagen Sie, was darin steht.',
  ';': 'Machen Sie 2 Sätze daraus.',
};
const QUOTES = new Set(['„', '“', '”', '"', '‚', '‘', '»', '«']);

const sonderzeichen: Rule = ({ sentences, config }) => {
  const options = config.sonderzeichen;
  const errors = new Set(options['fehler-zeichen']);
  const warnings = new Set(options['warnung-zeichen']);
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const block = sentence.block;
    let quotesSeen = 0;
    for (let i = sentence.start; i < sentence.end; i++) {
      const char = block.text[i] ?? '';
      if (errors.has(char)) {
        findings.push({
          ruleId: 'sonderzeichen',
          tier: 'error',
          offset: at(block, i),
          message: `Das Zeichen ${quote(char)} ist schwer zu verstehen.`,
          words: char,
          suggestion: SPECIAL_ADVICE[char] ?? 'Schreiben Sie das Zeichen als Wort.',
        });
      } else if (warnings.has(char)) {
        const isQuote = QUOTES.has(char);
        if (isQuote && quotesSeen++ % 2 === 1) continue;
        if (char === ')' || char === ']') continue;
        findings.push({
          ruleId: 'sonderzeichen',
          tier: 'warning',
          offset: at(block, i),
          message: isQuote ? 'Anführungs·zeichen sind schwer zu verstehen.' : 'Klammern sind schwer zu verstehen.',
          words: char,
          suggestion: isQuote
            ? 'Schreiben Sie ohne Anführungs·zeichen, zum Beispiel: „Das Projekt heißt: …“.'
            : 'Schreiben Sie den Text in der Klammer als eigenen Satz.',
        });
      }
    }
    for (const m of block.text.slice(sentence.start, sentence.end).matchAll(/\p{L}\s?\/\s?\p{L}/gu)) {
      findings.push({
        ruleId: 'sonderzeichen',
        tier: 'warning',
        offset: at(block, sentence.start + m.index + m[0].indexOf('/')),
        message: 'Der Schräg·strich / zwischen Wörtern ist schwer zu verstehen.',
        words: m[0],
        suggestion: 'Schreiben Sie „oder“ oder „und“.',
      });
    }
  }
  return findings;
};

/** A rule that warns for every word of a list. */
function wordList(
  ruleId: RuleId,
  list: (config: RuleContext['config']) => readonly string[],
  describe: (word: string, block: Block) => { message: string; suggestion: string } | undefined,
): Rule {
  return ({ sentences, config }) => {
    const wanted = lowerSet(list(config));
    const findings: RawFinding[] = [];
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        if (!wanted.has(word.text.toLowerCase())) continue;
        if (sentence.block.strong.some((range) => isInside(range, word.start))) continue;
        const text = describe(word.text, sentence.block);
        if (!text) continue;
        findings.push({ ruleId, tier: 'warning', offset: at(sentence.block, word.start), words: word.text, ...text });
      }
    }
    return findings;
  };
}

const verneinung = wordList(
  'verneinung',
  (config) => config.verneinung.woerter,
  (word, block) => ({
    message: `${quote(word)} ist eine Verneinung.`,
    suggestion:
      block.kind === 'paragraph' || block.kind === 'listItem' || block.kind === 'tableCell'
        ? `Sagen Sie es positiv. Wenn ${quote(word)} bleiben muss: schreiben Sie es fett (**${word}**).`
        : 'Sagen Sie es positiv.',
  }),
);

const INDICATIVE: Record<string, string> = {
  würde: 'wird', würden: 'werden', hätte: 'hat', hätten: 'haben', könnte: 'kann', könnten: 'können',
  sollte: 'soll', sollten: 'sollen', müsste: 'muss', müssten: 'müssen', wäre: 'ist', wären: 'sind',
};

const konjunktiv = wordList(
  'konjunktiv',
  (config) => config.konjunktiv.woerter,
  (word) => {
    const plain = INDICATIVE[word.toLowerCase()];
    return {
      message: `${quote(word)} ist Konjunktiv.`,
      suggestion: plain ? `Schreiben Sie es direkt, zum Beispiel mit ${quote(plain)}.` : 'Schreiben Sie es direkt.',
    };
  },
);

const GENITIVE_ADVICE: Record<string, string> = {
  des: 'Schreiben Sie „von dem“, zum Beispiel: „der Rat von der Werk·statt“.',
  eines: 'Schreiben Sie „von einem“ oder „von einer“.',
  wegen: 'Schreiben Sie 2 Sätze mit „Deshalb“ oder „weil“.',
  trotz: 'Schreiben Sie 2 Sätze mit „Aber“.',
  während: 'Schreiben Sie „in der Zeit von“ oder „bei“.',
};

const genitiv = wordList(
  'genitiv',
  (config) => config.genitiv.woerter,
  (word) => ({
    message: `${quote(word)} ist ein Genitiv oder ein schweres Verhältnis·wort.`,
    suggestion: GENITIVE_ADVICE[word.toLowerCase()] ?? 'Schreiben Sie es mit „von“.',
  }),
);

const ADDRESS: Record<string, string> = {
  du: 'Sie', dich: 'Sie', dir: 'Ihnen', dein: 'Ihr', deine: 'Ihre', deinen: 'Ihren', deinem: 'Ihrem', deiner: 'Ihrer', deines: 'Ihres',
};

const anrede = wordList(
  'anrede',
  (config) => config.anrede['du-formen'],
  (word) => ({
    message: `${quote(word)}: Die Texte sprechen die Leser mit Sie an.`,
    suggestion: `Schreiben Sie ${quote(ADDRESS[word.toLowerCase()] ?? 'Sie')}.`,
  }),
);

const SEPARABLE = '(?:ab|an|auf|aus|bei|ein|fest|frei|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|weiter|dar|um|über|unter|wieder|vorbei|durch)?';
const PARTICIPLE_WEAK = new RegExp(`^${SEPARABLE}(?:ge\\p{Ll}{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\\p{Ll}{2,}t|\\p{Ll}{3,}iert)$`, 'u');
const PARTICIPLE_STRONG = new RegExp(`^${SEPARABLE}(?:be|ver|er|ent|zer|emp)\\p{Ll}{2,}en$`, 'u');
const NOT_PARTICIPLES = new Set(['gesamt', 'bereit', 'gelten', 'gewinnen', 'gehören', 'genießen', 'gelingen', 'gestern', 'geraten', 'zuerst', 'ebenfalls']);
const PAST_OR_THIRD = new Set(['wird', 'wurde', 'wurden', 'worden', 'wurdest', 'wurdet']);

const passiv: Rule = ({ sentences, config }) => {
  const forms = lowerSet(config.passiv['formen-von-werden']);
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const auxiliaries = sentence.words.filter((w) => forms.has(w.text.toLowerCase()));
    if (auxiliaries.length === 0) continue;
    const strongAllowed = auxiliaries.some((w) => PAST_OR_THIRD.has(w.text.toLowerCase()));
    const participle = sentence.words.find((w) => {
      const text = w.text.replace(/[·\u00AD]/g, '');
      if (forms.has(text.toLowerCase()) || NOT_PARTICIPLES.has(text) || !/^\p{Ll}/u.test(text)) return false;
      return PARTICIPLE_WEAK.test(text) || (strongAllowed && PARTICIPLE_STRONG.test(text));
    });
    if (!participle) continue;
    const auxiliary = auxiliaries[0];
    if (!auxiliary) continue;
    findings.push({
      ruleId: 'passiv',
      tier: 'warning',
      offset: at(sentence.block, auxiliary.start),
      message: `${quote(`${auxiliary.text} … ${participle.text}`)} ist Passiv.`,
      words: excerpt(sentence),
      suggestion: 'Schreiben Sie aktiv: Sagen Sie, wer etwas tut. Zum Beispiel „Das BMAS bezahlt das Projekt.“',
    });
  }
  return findings;
};

const schweresWort: Rule = ({ extracted, glossary, sentences }) => {
  const findings: RawFinding[] = [];
  for (const ref of extracted.wortRefs) {
    if (glossary.ids.has(ref.id)) continue;
    findings.push({
      ruleId: 'schweres-wort',
      tier: 'error',
      offset: ref.offset,
      message: `Das Wort mit der id ${quote(ref.id)} steht nicht im Wörter·buch.`,
      words: ref.id,
      suggestion: `Legen Sie content/glossary/${ref.id}.yaml an, oder prüfen Sie die id.`,
    });
  }
  // First use on a page: only the text of a page (MDX body), not the dictionary itself.
  if (extracted.kind !== 'mdx' || extracted.collection === 'glossary') return findings;
  const bodyKinds = new Set(['paragraph', 'listItem', 'tableCell']);
  const explained = new Set<string>();
  const reported = new Set<string>();
  const seenBlocks = new Set<Block>();
  for (const sentence of sentences) {
    const block = sentence.block;
    if (!bodyKinds.has(block.kind) || seenBlocks.has(block)) continue;
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
        tier: 'warning',
        offset: at(block, event.index),
        message: `${quote(event.token?.text ?? event.id)} steht im Wörter·buch und kommt hier zum 1. Mal auf der Seite vor.`,
        words: event.token?.text ?? event.id,
        suggestion: `Erklären Sie das Wort hier: <Wort id="${event.id}">${event.token?.text ?? entry?.wort ?? ''}</Wort>`,
      });
    }
  }
  return findings;
};

const linkText: Rule = ({ extracted, config }) => {
  const banned = lowerSet(config['link-text'].verboten);
  return extracted.links
    .filter((link) => banned.has(link.text.toLowerCase().replace(/[.!?:…]+$/u, '').replace(/\s+/g, ' ').trim()))
    .map((link) => ({
      ruleId: 'link-text' as const,
      tier: 'error' as const,
      offset: link.offset,
      message: `Der Link·text ${quote(link.text.trim())} sagt nicht, wohin der Link führt.`,
      words: link.text.trim(),
      suggestion: 'Schreiben Sie das Ziel in den Link, zum Beispiel: [Mehr über den Werk·statt·rat](/woerterbuch/werkstatt-rat/).',
    }));
};

const abschnittLaenge: Rule = ({ sentences, config }) => {
  const limit = config['abschnitt-laenge']['warnung-bei-mehr-als'];
  const counted = new Set(['paragraph', 'listItem', 'tableCell', 'line']);
  const perSection = new Map<number, Sentence[]>();
  for (const sentence of sentences) {
    const section = sentence.block.section;
    if (section === undefined || !counted.has(sentence.block.kind)) continue;
    const list = perSection.get(section) ?? [];
    list.push(sentence);
    perSection.set(section, list);
  }
  const findings: RawFinding[] = [];
  for (const list of perSection.values()) {
    const first = list[limit];
    if (!first) continue;
    findings.push({
      ruleId: 'abschnitt-laenge',
      tier: 'warning',
      offset: at(first.block, first.start),
      message: `Dieser Abschnitt hat ${list.length} Sätze. Gut sind höchstens ${limit}.`,
      words: excerpt(first, 4),
      suggestion: `Machen Sie eine neue Überschrift vor ${quote(excerpt(first, 4))}.`,
    });
  }
  return findings;
};

export const RULES: Record<Exclude<RuleId, 'inline-abschaltung'>, Rule> = {
  'satz-laenge': satzLaenge,
  'ein-satz-pro-zeile': einSatzProZeile,
  nebensatz,
  'langes-wort': langesWort,
  abkuerzung,
  zahlen,
  sonderzeichen,
  verneinung,
  passiv,
  konjunktiv,
  genitiv,
  'schweres-wort': schweresWort,
  'link-text': linkText,
  'abschnitt-laenge': abschnittLaenge,
  anrede,
};
