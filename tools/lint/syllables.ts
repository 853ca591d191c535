/**
 * Syllables and word splits from German hyphenation patterns (the `hyphen` package: Liang's
 * algorithm with the TeX patterns for German, 1996 spelling).
 *
 * Hyphenation points are syllable breaks, not the joints of a compound word: "Kom-pe-tenz-nach-weis".
 * For the middle dot, easy-read splits at the joints ("Kompetenz·nachweis"). `suggestSplit` picks
 * those hyphenation points that cut the word into known parts: words and word parts from a small
 * built-in list, from the config (`langes-wort.wortteile`) and from every split word of the texts
 * being checked (each "Werk·statt·rat" teaches "werk", "statt" and "rat").
 */
import german from 'hyphen/de/index.js';
import { MIDDLE_DOT } from './text.ts';

const MARK = '\u2027';

/** Common parts of German compound words, in small letters; the texts add their own. */
const BUILT_IN_PARTS = `
abend abschluss amt angebot anmeldung anfang anlern antrag arbeit art assistenz aufgabe ausbildung
ausgleich ausweis auto bau bahn bank barriere bedarf begleitung behinderung beitrag beratung bereich
beruf bescheid betreuung betrieb bewerbung bezirk bild bildschirm bildung blatt brief buch bund bundes
büro chance computer daten dienst ding dorf eigen einrichtung eltern ende erfahrung ergebnis erklärung
fach fahrt fall familie feld fonds form frage frau frei freiheit freizeit fühl führung gebärde geld
gemeinschaft gericht geber gesetz gespräch gesundheit gleich gruppe grund haus hand heft heim hilfe hoch
jahr job kammer karte kasse kind kontakt kooperation kosten kraft kreis kurs küche land landes lage
lauf leben lehr leicht leistung leitung lern liste lohn macht mann markt maschine mensch merk ministerium
mittag modell modul monat nach nachweis netz neu ort papier partner pass person plan platz politik
praxis preis programm projekt prüf prüfung punkt rat raum recht regel regierung reihe rente schluss
schrift schritt schule schutz schwer seite selbst senat sitz sozial spiel sprache stadt stand statt
stelle stück stufe stunde tag teil telefon thema tisch treffen übung unter unterricht unterstützung
verband verein vereinbarung vertrag verwaltung voll vor wahl wechsel weg welt werk wert
wissen woche wohn wort zeit zeichen zentrum zeugnis ziel zukunft zusammen tätigkeit nehmen nehmer
erhaltung fassung sicherung beschäftigt organisation versicherung pflicht check internet einführung
`.split(/\s+/).filter(Boolean);

/** Endings that join parts of a compound ("Arbeit-s-platz") or inflect its last part. */
const JOINTS = ['s', 'es', 'n', 'en', 'e', 'er', 'ens'];
const ENDINGS = ['e', 'en', 'n', 's', 'es', 'er', 'ern', 'em', 'nen', 'de', 'ende', 'te', 'ten'];

export class Syllables {
  private readonly cache = new Map<string, string[]>();
  private readonly parts: Set<string>;

  constructor(extraParts: Iterable<string> = []) {
    this.parts = new Set(BUILT_IN_PARTS);
    this.learn(extraParts);
  }

  /** Adds known word parts ("werk", "statt"), e.g. from split words in the texts. */
  learn(parts: Iterable<string>): void {
    for (const part of parts) {
      const lower = part.toLowerCase();
      if (lower.length >= 3) this.parts.add(lower);
    }
  }

  /** The syllables of one word (middle dots and hyphens are removed first). */
  syllablesOf(word: string): string[] {
    const plain = word.replace(/[·\u00AD\-‐]/g, '');
    let found = this.cache.get(plain);
    if (!found) {
      found = german.hyphenateSync(plain, { hyphenChar: MARK, minWordLength: 4 }).split(MARK);
      this.cache.set(plain, found);
    }
    return found;
  }

  /** The number of syllables of a word; a number or a short word counts as 1. */
  count(word: string): number {
    if (!/\p{L}/u.test(word)) return 1;
    return word
      .split(/[·\-‐]/)
      .filter((part) => part.length > 0)
      .reduce((sum, part) => sum + this.syllablesOf(part).length, 0);
  }

  private known(part: string, last: boolean): boolean {
    const lower = part.toLowerCase();
    if (this.parts.has(lower)) return true;
    for (const ending of last ? ENDINGS : JOINTS) {
      if (lower.endsWith(ending) && this.parts.has(lower.slice(0, -ending.length))) return true;
    }
    return false;
  }

  /**
   * Where the middle dot could go in a long word: "Kompetenznachweis" → "Kompetenz·nachweis",
   * "Zertifikat" → "Zerti·fikat". Returns the word unchanged when it has fewer than 2 syllables.
   */
  suggestSplit(word: string): string {
    const syllables = this.syllablesOf(word);
    if (syllables.length < 2) return word;
    const cuts = [0];
    for (const syllable of syllables) cuts.push((cuts.at(-1) ?? 0) + syllable.length);
    const n = cuts.length - 1;

    // best[j]: the best way to cut the word up to cuts[j] into parts of at least 3 letters.
    const best: { score: number; from: number; parts: number }[] = [{ score: 0, from: -1, parts: 0 }];
    for (let j = 1; j <= n; j++) {
      let top = { score: -Infinity, from: -1, parts: 0 };
      for (let i = 0; i < j; i++) {
        const before = best[i];
        if (!before || before.score === -Infinity) continue;
        const part = word.slice(cuts[i], cuts[j]);
        if (part.length < 3 && !(i === 0 && j === n)) continue;
        // Known parts win, and more known parts win over fewer: Werk·statt·rat, not Werkstatt·rat.
        const score = before.score + (this.known(part, j === n) ? part.length + 0.5 : -0.5 * part.length - 0.5);
        if (score > top.score) top = { score, from: i, parts: before.parts + 1 };
      }
      best[j] = top;
    }
    const chosen: number[] = [];
    for (let j = n; j > 0; j = best[j]?.from ?? 0) chosen.unshift(j);
    const atJoints = chosen.length >= 2 && (best[n]?.score ?? 0) > 0;
    const points = atJoints ? chosen.slice(0, -1).map((j) => cuts[j] ?? 0) : this.fallbackPoints(syllables);
    if (points.length === 0) return word;
    let result = '';
    let last = 0;
    for (const point of points) {
      result += word.slice(last, point) + MIDDLE_DOT;
      last = point;
    }
    return result + word.slice(last);
  }

  /**
   * No known parts: cut after a typical joint ("-ungs", "-heits", "-ions" …), else in the middle,
   * so that each part keeps at least 2 syllables.
   */
  private fallbackPoints(syllables: string[]): number[] {
    const ends: number[] = [];
    let at = 0;
    for (const syllable of syllables) ends.push((at += syllable.length));
    ends.pop();
    const word = syllables.join('');
    const joint = ends.find(
      (end, k) => k >= 1 && k <= syllables.length - 3 && /(ungs|heits|keits|schafts|ions|täts|ts)$/i.test(word.slice(0, end)),
    );
    if (joint !== undefined) return [joint];
    const middle = Math.ceil(syllables.length / 2) - 1;
    return syllables.length >= 3 || word.length >= 8 ? [ends[Math.max(middle, 0)] ?? 0].filter((p) => p > 0) : [];
  }
}
