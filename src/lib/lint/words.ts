/**
 * What the linter knows about German words, from a real lexicon (dictionary-de, the igerman98
 * hunspell dictionary):
 * - where a compound splits between its words (splitter/: the dictionary's own compounding flags say
 *   which stems may begin, stand inside or end a compound), and
 * - whether a piece between two middle dots is a word at all (hunspell itself, through hunspell-asm,
 *   which knows inflected forms: "schrieben", "integrierte", "Stätten").
 * Easy-read splits a compound between its words and only there (../shared/LEICHTE-SPRACHE.md).
 * Syllables (hyphenation patterns) are never a split point: they are only counted for the scores.
 * Pure: tools/lint/words.ts loads it on Node with hunspell; the "Text prüfen" page loads it from the
 * lexicon file written at build time (src/pages/text-pruefen/lexikon.txt.ts).
 */
import { FREE_FIRST, SUFFIX_PARTS, type Splitter } from './splitter/compound-splitter.ts';

/**
 * Endings that are never a word of their own: a split before them is inside a word ("Möglich·keiten").
 * The splitter's list, with the endings an adjective or a noun takes after it (-lich·e, -keit·en, -ung·s).
 */
const SUFFIXES = new Set([...SUFFIX_PARTS, 'chen', 'lein'].flatMap((s) => [s, `${s}en`, `${s}e`, `${s}er`, `${s}es`, `${s}em`, `${s}s`]));

/** Particles a verb may keep apart in easy-read (mit·machen): the splitter's free first parts. */
const PARTICLES = new Set(FREE_FIRST);

/** Linking elements a first part may carry (Arbeits·vertrag, Kinder·garten, Gebärden·sprache). */
const LINKING = ['es', 'ens', 'en', 'er', 's', 'n', 'e'];

export interface SplitCheck {
  /** True when every part is a word. */
  ok: boolean;
  /** The parts that are no words (as written). */
  badParts: string[];
}

export interface WordKnowledge {
  /** The parts of a word where it is a compound ("Arbeitsvertrag" → Arbeits, vertrag); [word] otherwise. */
  split(word: string): string[];
  /** Whether each piece of a word split with middle dots is a word ("Zerti·fikat": no). */
  checkSplit(dotted: string): SplitCheck;
}

export interface Speller {
  spell(word: string): boolean;
}

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase('de') + s.slice(1);

/** Builds the word knowledge from a splitter and a spell checker; `allow` are our own words (names, loan words). */
export function wordKnowledge(splitter: Splitter, speller: Speller, allow: readonly string[]): WordKnowledge {
  const allowed = new Set(allow.map((w) => w.toLocaleLowerCase('de')));
  const known = (piece: string) =>
    speller.spell(piece) || speller.spell(capitalized(piece)) || speller.spell(piece.toLocaleLowerCase('de'));

  function isWordPart(part: string, index: number, count: number): boolean {
    const lower = part.toLocaleLowerCase('de');
    if (allowed.has(lower)) return true;
    if (index > 0 && SUFFIXES.has(lower)) return false;
    if (part.length < 2) return false;
    if (splitter.isWord(part)) return true;
    if (known(part)) return true;
    if (index < count - 1) {
      // A first or middle part may carry a linking element, or be a verb stem (Lern·pass, Prüf·gruppe).
      for (const ending of LINKING) {
        if (lower.length - ending.length >= 3 && lower.endsWith(ending) && known(part.slice(0, -ending.length))) return true;
      }
      if (known(`${lower}en`) || known(`${lower}n`)) return true;
    }
    return false;
  }

  return {
    split(word) {
      const parts = splitter.split(word);
      // Only nouns are compounds here ("erfolgreich", "teilweise", "erstellen" stay whole); a verb keeps
      // the split-off particles easy-read writes apart (mit·machen, weiter·lernen, zusammen·arbeiten).
      if (parts.length > 1 && !/^\p{Lu}/u.test(word) && !PARTICLES.has((parts[0] ?? '').toLocaleLowerCase('de'))) return [word];
      return parts;
    },
    checkSplit(dotted) {
      // Hyphens join words of their own (Talent-PASS·Netz·werk): only the pieces between dots count.
      const pieces = dotted.split('·');
      const badParts: string[] = [];
      for (const [index, piece] of pieces.entries()) {
        // The word next to the dot: the last hyphen segment before it, the first one after it.
        const segments = piece.split(/[-‐]/);
        const part = (index === 0 ? segments.at(-1) : segments[0]) ?? piece;
        // A capital right after a dot inside a word is a name's inner capital (Java·Script): never split.
        const innerCapital = index > 0 && /^\p{Lu}/u.test(part) && /\p{Ll}$/u.test(pieces[index - 1] ?? '');
        if (innerCapital || !isWordPart(part, index, pieces.length)) badParts.push(part);
      }
      return { ok: badParts.length === 0, badParts };
    },
  };
}

/**
 * A speller over the word forms hunspell accepts (what the lexicon file carries), for the "Text prüfen"
 * page. Hunspell also accepts nouns it can build from compound parts ("Standorte"): the splitter, built on
 * the same compounding flags, stands in for that.
 */
export function formSpeller(forms: Iterable<string>, splitter: Splitter): Speller {
  const known = new Set(forms);
  return { spell: (word) => known.has(word) || (/^\p{Lu}/u.test(word) && splitter.split(word).length > 1) };
}
