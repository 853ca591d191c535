/**
 * The content schemas: one per kind of content, each field documented for editors.
 *
 * The schemas are built by functions that receive `ref`, the way to point at another entry.
 * `src/content.config.ts` passes Astro's `reference()`; the content check
 * (`tools/content-check/check.ts`) passes its own, so that it can prove every reference resolves
 * (Astro only logs a warning for a reference to an entry that does not exist).
 *
 * Messages are German and say what to fix: editors read them.
 */
import { z } from 'astro/zod';
import { hasPicture } from '../pictures.ts';
import { partialDateFromDate, parsePartialDate, type PartialDate } from './dates.ts';
import {
  BARRIEREFREIHEIT,
  LERNKONTROLLEN,
  NIVEAUS,
  PARTNER_ARTEN,
  PRAXISFELDER,
  PROJEKT_ARTEN,
  REGIONEN,
  WORKSHOP_FORMATE,
  WORKSHOP_THEMEN,
  ZERTIFIZIERUNG,
  ZIELGRUPPEN,
} from './vocab.ts';

export const COLLECTIONS = [
  'alltag',
  'modules',
  'lessons',
  'workshops',
  'partners',
  'projects',
  'glossary',
  'seiten',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** What a reference field holds after parsing: the same shape Astro's `reference()` gives. */
export interface ContentRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<ContentRef<C>>;

// ---------------------------------------------------------------------------
// Building blocks

/**
 * Marks a field as easy-read text: `.meta(LEICHTE_SPRACHE)`. The easy-read linter checks every text
 * in a marked field and no other field: official names, sources and ids stay as the source writes them.
 */
export const LEICHTE_SPRACHE = { leichteSprache: true } as const;

/** A required text; `was` names what belongs in the field ("den Titel"). */
function text(was: string, max = 300) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Das Feld fehlt. Bitte ${was} eintragen.`
          : `Hier muss ein Text stehen: ${was}.`,
    })
    .trim()
    .min(1, `Das Feld ist leer. Bitte ${was} eintragen.`)
    .max(max, `Der Text ist zu lang: höchstens ${max} Zeichen. Bitte ${was} kürzer schreiben.`);
}

/** A whole number of at least `min`. */
function count(was: string, min = 1) {
  return z
    .number({ error: `Hier muss eine Zahl stehen: ${was}.` })
    .int(`Hier muss eine ganze Zahl stehen: ${was}.`)
    .min(min, `Die Zahl ist zu klein: ${was} muss mindestens ${min} sein.`);
}

/** One value of a closed list from `vocab.ts`. */
function oneOf<T extends Record<string, unknown>>(liste: T, was: string) {
  const keys = Object.keys(liste) as [keyof T & string, ...(keyof T & string)[]];
  return z.enum(keys, {
    error: `Unbekannter Wert für ${was}. Erlaubt sind: ${keys.join(', ')}.`,
  });
}

/** A list of values from a closed list, at least one, each once. */
function someOf<T extends Record<string, unknown>>(liste: T, was: string) {
  return z
    .array(oneOf(liste, was), { error: `Hier muss eine Liste stehen: ${was}.` })
    .min(1, `Die Liste ist leer. Bitte mindestens einen Wert für ${was} eintragen.`)
    .refine((values) => new Set(values).size === values.length, {
      message: `Ein Wert steht doppelt in der Liste: ${was}.`,
    });
}

/** A list of easy-read sentences. */
function sentences(was: string, min = 1) {
  return z
    .array(text(was), { error: `Hier muss eine Liste von Sätzen stehen: ${was}.` })
    .min(min, `Bitte mindestens ${min} Sätze eintragen: ${was}.`);
}

const DATUM_HILFE = 'Schreiben Sie das Datum so: 2022-06-14, oder nur Monat 2022-12, oder nur Jahr 2022.';

/**
 * A date as the source gives it: a day, a month or a year.
 * YAML reads an unquoted 2022-06-14 as a date and a bare 2022 as a number: both are accepted.
 */
export const partialDateSchema = z
  .union([z.string(), z.date(), z.number()], { error: `Das ist kein Datum. ${DATUM_HILFE}` })
  .transform((value, ctx): PartialDate => {
    const date =
      value instanceof Date ? partialDateFromDate(value) : parsePartialDate(String(value));
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `„${String(value)}“ ist kein gültiges Datum. ${DATUM_HILFE}` });
      return z.NEVER;
    }
    return date;
  });

/** A point in time with clock time, in German time (Europe/Berlin): 2026-03-05T10:00. */
const zeitpunkt = z
  .string({ error: 'Hier muss ein Zeit·punkt stehen, zum Beispiel 2026-03-05T10:00.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Schreiben Sie den Zeit·punkt so: 2026-03-05T10:00.')
  .refine((value) => isRealPointInTime(value), {
    error: (issue) => `„${String(issue.input)}“ gibt es nicht: Prüfen Sie Tag, Monat und Uhr·zeit.`,
  });

/** A day that exists in the calendar and a clock time from 00:00 to 23:59. */
function isRealPointInTime(value: string): boolean {
  const date = parsePartialDate(value.slice(0, 10));
  const hour = Number(value.slice(11, 13));
  const minute = Number(value.slice(14, 16));
  return date?.day !== undefined && hour <= 23 && minute <= 59;
}

/** The ids of entries are file names: lower case letters, digits and hyphens. */
const ID_FORM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_HILFE =
  'Der Datei·name darf nur kleine Buchstaben ohne Umlaute, Ziffern und Binde·striche haben, zum Beispiel werkstatt-rat.mdx.';
export function isValidId(id: string): boolean {
  return id.split('/').every((part) => ID_FORM.test(part));
}

/** Whether a text was checked by people of the target group (a Prüf·gruppe). */
const pruefungSchema = z.discriminatedUnion(
  'status',
  [
    z.strictObject({
      /** The text was checked. */
      status: z.literal('geprueft'),
      /** The name of the review group, never a private person. */
      gruppe: text('den Namen der Prüf·gruppe', 120),
      /** When the group checked the text. */
      datum: partialDateSchema,
    }),
    z.strictObject({
      /** The text is not checked yet. */
      status: z.literal('offen'),
    }),
  ],
  { error: 'Bitte bei pruefung den status eintragen: geprueft (mit gruppe und datum) oder offen.' },
);

// ---------------------------------------------------------------------------
// Self-check questions (rendered at the end of a lesson)

/** A picture from Fluent Emoji (the names as for <Bild name="…">), with its easy-read alt text. */
const bildSchema = z.strictObject({
  name: z
    .string({ error: 'Bitte den Namen vom Bild eintragen, zum Beispiel books.' })
    .refine((name) => hasPicture(name), { message: 'Dieses Bild gibt es nicht. Die Namen sind die von Fluent Emoji.' }),
  /** What the picture shows, in 2 to 8 easy-read words. */
  alt: text('den Text für das Bild', 120).meta(LEICHTE_SPRACHE),
});

/**
 * The self-check writes the verdict itself ("Richtig." or "Noch nicht richtig.") before the feedback and
 * the explanation. A text that starts with a verdict of its own would say it twice or contradict it
 * ("Richtig. Das ist falsch."), so the content check rejects it.
 */
const VERDICT_START = /^(?:richtig|noch nicht richtig|nicht richtig|falsch|genau|leider|stimmt|das stimmt|das ist (?:richtig|falsch))\b/iu;
const noVerdict = (was: string, max: number) =>
  text(was, max).refine((value) => !VERDICT_START.test(value), {
    message:
      'Fangen Sie nicht mit „Richtig“, „Noch nicht richtig“, „Falsch“ oder „Das stimmt“ an: Die Seite schreibt das Urteil selbst davor. Schreiben Sie nur, warum.',
  });

/**
 * Answers show in a mixed order (src/lib/content/shuffle.ts), so an answer cannot point at another by
 * its place ("alle Antworten", "die Antwort oben"). A year asks for a fact to learn by heart, not for what
 * the reader can do. Both rules are in the editor guide (README, "Good questions for the self-check").
 */
const POINTS_AT_OTHERS =
  /\b(?:alle|keine|beide)\s+(?:\S+\s+)?antworten\b|\bantworten?\s+(?:oben|unten|davor|danach)\b|\b(?:oben|unten)\s+genannt/iu;
const YEAR = /\b(?:19|20)\d{2}\b/u;
const JAHR_HILFE =
  'Fragen Sie nicht nach einer Jahres·zahl. Fragen Sie lieber, was die Lesenden tun können oder was es ihnen bringt.';

/** A text of a question, an answer or a step: no year numbers in it. Mark it easy-read last (`.meta` is per instance). */
const quizText = (was: string, max: number) => text(was, max).refine((value) => !YEAR.test(value), { message: JAHR_HILFE });

const antwortSchema = z.strictObject({
  /** The answer as the reader sees it, in a mixed order: it never points at another answer. */
  text: quizText('den Text der Antwort', 160).refine((value) => !POINTS_AT_OTHERS.test(value), {
    message:
      'Die Antworten stehen auf der Seite gemischt. Schreiben Sie darum nicht „alle Antworten“ oder „die Antwort oben“: Jede Antwort muss für sich allein verständlich sein.',
  })
    .meta(LEICHTE_SPRACHE),
  /** Whether this answer is right. */
  richtig: z.boolean({ error: 'Bei richtig muss true oder false stehen.' }).default(false),
  /**
   * Easy-read feedback for this answer: why it is right or not. The page puts the verdict before it.
   * Every wrong answer needs one: it says what the mistake was.
   */
  rueckmeldung: noVerdict('die Rück·meldung zu dieser Antwort', 300).meta(LEICHTE_SPRACHE).optional(),
  /** A picture for this answer; required when the question asks for the right picture. */
  bild: bildSchema.optional(),
});

const frageBasis = {
  /** The question or task, in easy-read: 1 or 2 short sentences, at most 160 characters. */
  frage: quizText('die Frage', 160).meta(LEICHTE_SPRACHE),
  /** Explains the solution; shown behind "Lösung zeigen" and after the verdict. */
  erklaerung: noVerdict('die Erklärung der Lösung', 400).meta(LEICHTE_SPRACHE),
  /** A picture beside the question. */
  bild: bildSchema.optional(),
};

type Choice = { text: string; richtig: boolean; rueckmeldung?: string | undefined };

/** Wrong answers a question with answers to choose needs at least, so that ticking every box never solves it. */
const MIN_WRONG = 2;

/**
 * Rules for every question with answers to choose: `MIN_WRONG` wrong answers (each a mistake a reader
 * could really make, which the content check cannot judge), each with feedback that says why, and no
 * answer twice.
 */
function choiceRules(frage: { art: string; antworten: Choice[] }, ctx: z.RefinementCtx) {
  const wrong = frage.antworten.filter((a) => !a.richtig).length;
  if (wrong < MIN_WRONG) {
    ctx.addIssue({
      code: 'custom',
      path: ['antworten'],
      message: `Bei art: ${frage.art} braucht die Frage mindestens ${MIN_WRONG} falsche Antworten. Jetzt sind es ${wrong}. Schreiben Sie einen Fehler dazu, den Lesende wirklich machen könnten.`,
    });
  }
  const seen = new Set<string>();
  frage.antworten.forEach((antwort, j) => {
    if (!antwort.richtig && !antwort.rueckmeldung) {
      ctx.addIssue({
        code: 'custom',
        path: ['antworten', j, 'rueckmeldung'],
        message: 'Die Rück·meldung fehlt. Bitte bei rueckmeldung schreiben, warum diese Antwort falsch ist.',
      });
    }
    if (seen.has(antwort.text)) {
      ctx.addIssue({
        code: 'custom',
        path: ['antworten', j, 'text'],
        message: 'Diese Antwort steht schon einmal in der Liste. Bitte eine andere Antwort schreiben.',
      });
    }
    seen.add(antwort.text);
  });
}

/** Exactly one right answer and at least 2 wrong ones: the rule for "eine" and "bild" questions. */
function exactlyOneRight(frage: { art: string; antworten: Choice[] }, ctx: z.RefinementCtx) {
  const right = frage.antworten.filter((a) => a.richtig).length;
  if (right !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['antworten'],
      message: `Bei art: ${frage.art} muss genau 1 Antwort richtig sein. Jetzt sind es ${right}.`,
    });
  }
  choiceRules(frage, ctx);
}

/** One right answer. */
const frageEine = z
  .strictObject({
    art: z.literal('eine'),
    ...frageBasis,
    antworten: z.array(antwortSchema).min(2, 'Eine Frage braucht mindestens 2 Antworten.'),
  })
  .superRefine(exactlyOneRight);

/** Choose the right picture: one right answer, every answer has a picture. */
const frageBild = z
  .strictObject({
    art: z.literal('bild'),
    ...frageBasis,
    antworten: z
      .array(antwortSchema.extend({ bild: bildSchema }))
      .min(2, 'Eine Frage braucht mindestens 2 Antworten.'),
  })
  .superRefine(exactlyOneRight);

/** Several right answers, and at least 2 wrong ones: choosing every answer must not solve it. */
const frageMehrere = z
  .strictObject({
    art: z.literal('mehrere'),
    ...frageBasis,
    antworten: z.array(antwortSchema).min(2, 'Eine Frage braucht mindestens 2 Antworten.'),
  })
  .superRefine((frage, ctx) => {
    if (!frage.antworten.some((a) => a.richtig)) {
      ctx.addIssue({
        code: 'custom',
        path: ['antworten'],
        message: 'Mindestens 1 Antwort muss richtig sein.',
      });
    }
    choiceRules(frage, ctx);
  });

/** A statement the reader marks as "Stimmt" or "Stimmt nicht". */
const frageStimmt = z.strictObject({
  art: z.literal('stimmt'),
  ...frageBasis,
  /** Whether the statement in `frage` is true. */
  stimmt: z.boolean({ error: 'Bei stimmt muss true oder false stehen.' }),
});

/**
 * Steps to put in the right order; the list here is the right order. At least 3, so that the page can
 * show an order that is neither the right one nor its reverse. Only one order may be right: the editor
 * guide says how to make sure.
 */
const frageReihenfolge = z.strictObject({
  art: z.literal('reihenfolge'),
  ...frageBasis,
  schritte: z
    .array(quizText('einen Schritt', 160).meta(LEICHTE_SPRACHE))
    .min(
      3,
      'Eine Frage zur Reihen·folge braucht mindestens 3 Schritte. Bei 2 Schritten passt eine Frage mit art: eine besser.',
    )
    .refine((steps) => new Set(steps).size === steps.length, {
      message: 'Ein Schritt steht doppelt in der Liste. Jeder Schritt muss anders sein.',
    }),
});

export const frageSchema = z.discriminatedUnion(
  'art',
  [frageEine, frageMehrere, frageStimmt, frageBild, frageReihenfolge],
  { error: 'Bitte bei art eintragen: eine, mehrere, stimmt, bild oder reihenfolge.' },
);
export type Frage = z.infer<typeof frageSchema>;

// ---------------------------------------------------------------------------
// The collections

/** A learning module (Lern·modul), built like certified modules in WfbM. File: content/modules/<id>.mdx */
export function moduleSchema() {
  return z.strictObject({
    /** The module's name, in easy-read. */
    titel: text('den Titel', 80).meta(LEICHTE_SPRACHE),
    /** What the module is about, in 1 or 2 short sentences. Shown in lists and search. */
    zusammenfassung: text('eine kurze Zusammen·fassung', 160).meta(LEICHTE_SPRACHE),
    /** Position in the list of modules: 1 comes first. */
    reihenfolge: count('die Reihen·folge'),
    /** The work area (Praxis·feld) this module belongs to. */
    praxisfeld: oneOf(PRAXISFELDER, 'praxisfeld'),
    /** The recognised trade the module relates to, where it does (e.g. "Fach·kraft Küche"). */
    beruf: text('den Beruf', 120).optional(),
    /** The level of the education frameworks. */
    niveau: oneOf(NIVEAUS, 'niveau'),
    /** One sentence: what you can do when you have finished. Starts with "Ich kann". */
    qualifizierungsziel: text('das Ziel als Ich-kann-Satz', 160)
      .refine((s) => s.startsWith('Ich kann'), { message: 'Das Ziel muss mit „Ich kann“ anfangen.' })
      .meta(LEICHTE_SPRACHE),
    /** The tasks the reader learns: "Das können Sie danach". */
    taetigkeiten: sentences('die Tätigkeiten').meta(LEICHTE_SPRACHE),
    /** The same tasks as the reader says them on the printed Lern·pass: "Ich kann …". */
    ichKann: z
      .array(
        text('einen Ich-kann-Satz').refine((s) => s.startsWith('Ich kann '), {
          message: 'Jeder Satz im Lern·pass muss mit „Ich kann“ anfangen. Zum Beispiel: Ich kann die Wahl vom Werk·statt·rat erklären.',
        }),
        { error: 'Hier muss eine Liste von Ich-kann-Sätzen stehen (für den Lern·pass).' },
      )
      .min(1, 'Bitte mindestens 1 Ich-kann-Satz eintragen (für den Lern·pass).')
      .meta(LEICHTE_SPRACHE),
    /** What the reader learns by reading and thinking. */
    theorie: text('den Theorie-Teil', 300).meta(LEICHTE_SPRACHE),
    /** What the reader practises at work. */
    praxis: text('den Praxis-Teil', 300).meta(LEICHTE_SPRACHE),
    /** How learning is checked in a real programme (on this site: the self-check). */
    lernkontrolle: someOf(LERNKONTROLLEN, 'lernkontrolle'),
    /** Which competent body can certify such a module, or none. Left out where no source says it: the page then says so. */
    zertifizierung: oneOf(ZERTIFIZIERUNG, 'zertifizierung').optional(),
  });
}

/** A lesson of a module. File: content/lessons/<modul>/<lektion>.mdx */
export function lessonSchema(ref: RefFactory) {
  return z.strictObject({
    titel: text('den Titel', 80).meta(LEICHTE_SPRACHE),
    zusammenfassung: text('eine kurze Zusammen·fassung', 160).meta(LEICHTE_SPRACHE),
    /** The module this lesson belongs to: the id of a file in content/modules. */
    modul: ref('modules'),
    /** Position within the module: 1, 2, 3 … without gaps. */
    nummer: count('die Nummer der Lektion'),
    /** Time needed, in minutes. */
    dauerMinuten: count('die Dauer in Minuten'),
    /** What the reader has learned: shown at the end as "Das haben Sie gelernt". */
    gelernt: sentences('was man gelernt hat').meta(LEICHTE_SPRACHE),
    /** Who checked this text, or that nobody has yet. */
    pruefung: pruefungSchema,
    /** The self-check at the end of the lesson. */
    selbstcheck: z.array(frageSchema).default([]),
  });
}

/**
 * A workshop offer, as a source describes it. File: content/workshops/<id>.mdx
 * Only what a source says goes in: a fact field the source does not give stays out, and the page then
 * says that we do not know it and whom to ask (`kontakt`). A provider, a format or a date is never inferred.
 */
export function workshopSchema(ref: RefFactory) {
  return z.strictObject({
    titel: text('den Titel', 100).meta(LEICHTE_SPRACHE),
    zusammenfassung: text('eine kurze Zusammen·fassung', 160).meta(LEICHTE_SPRACHE),
    /** Online, on site or both, only where the source says it; otherwise leave the field out. */
    format: oneOf(WORKSHOP_FORMATE, 'format').optional(),
    themen: someOf(WORKSHOP_THEMEN, 'themen'),
    zielgruppen: someOf(ZIELGRUPPEN, 'zielgruppen'),
    /** The Land where it takes place, or "bundesweit" where the source says it is for all of Germany; otherwise leave it out. */
    region: oneOf(REGIONEN, 'region').optional(),
    /** Length in easy-read, as the source gives it (e.g. "2 Stunden"); leave it out where the source does not say. */
    dauer: text('die Dauer', 120).meta(LEICHTE_SPRACHE).optional(),
    /** Group size in easy-read, as the source gives it; leave it out where the source does not say. */
    gruppengroesse: text('die Gruppen·größe', 120).meta(LEICHTE_SPRACHE).optional(),
    /** Cost in easy-read, as the source gives it; leave it out where the source does not say. */
    kosten: text('die Kosten', 160).meta(LEICHTE_SPRACHE).optional(),
    /** The organisation that offers it, only where the source names it: the id of a file in content/partners. */
    anbieter: ref('partners').optional(),
    /** Whom to ask about what the source does not say: the organisation the source names (an id in content/partners). */
    kontakt: ref('partners'),
    /** The programme or project the offer belongs to (an id in content/projects). When its `ende` has passed, the page says so. */
    projekt: ref('projects').optional(),
    /** Support for accessibility that the source names. */
    barrierefreiheit: z.array(oneOf(BARRIEREFREIHEIT, 'barrierefreiheit')).default([]),
    /** How to register: whom to ask, in easy-read. */
    anmeldung: text('wie man sich anmeldet', 300).meta(LEICHTE_SPRACHE),
    /** Last day to register, where it is known. */
    anmeldeschluss: partialDateSchema.optional(),
    /** Dates where they are known, in German time. Where none is known, the page says how to ask. */
    termine: z
      .array(
        z
          .strictObject({
            beginn: zeitpunkt,
            ende: zeitpunkt,
            /** Where, for on-site dates. */
            ort: text('den Ort', 160).optional(),
          })
          // Same form, same time zone: the text order is the time order.
          .refine((termin) => termin.ende > termin.beginn, {
            error: 'Das Ende muss nach dem Anfang liegen.',
            path: ['ende'],
          }),
      )
      .default([]),
    /** The source texts the facts come from. */
    quellen: sentences('die Quellen'),
  });
}

/** An organisation of the network. File: content/partners/<id>.mdx */
export function partnerSchema() {
  return z.strictObject({
    /** The full name, as the source writes it. */
    name: text('den Namen', 160),
    /** A short name in common use (e.g. "LAG WfbM Sachsen"). */
    kurzname: text('den kurzen Namen', 60).optional(),
    /**
     * The words an abbreviation in the name stands for, in easy-read (e.g. for BIH: "Bundes·arbeits·gemeinschaft
     * der Integrations·ämter und Haupt·fürsorge·stellen"). Lists show it next to the short name. Only an expansion
     * that is certain; the content check asks for it where the short name is an abbreviation.
     */
    langname: text('die Wörter zur Abkürzung', 160).meta(LEICHTE_SPRACHE).optional(),
    art: oneOf(PARTNER_ARTEN, 'art'),
    /** The Land where the organisation is, or bundesweit; left out where no source says (the page then says so). */
    region: oneOf(REGIONEN, 'region').optional(),
    /** The town, where the source names it. */
    ort: text('den Ort', 80).optional(),
    /** What the organisation does in the programme, in 1 or 2 easy-read sentences. */
    rolle: text('die Rolle im Programm', 240).meta(LEICHTE_SPRACHE),
    /** The organisation's own website, only where the sources name it. */
    website: z.url({ error: 'Das ist keine gültige Internet·adresse.' }).optional(),
    quellen: sentences('die Quellen'),
  });
}

/** A model project, programme or cooperation agreement. File: content/projects/<id>.mdx */
export function projectSchema(ref: RefFactory) {
  return z.strictObject({
    titel: text('den Titel', 160),
    /** The short name in easy-read. */
    kurztitel: text('den kurzen Titel', 80).meta(LEICHTE_SPRACHE),
    zusammenfassung: text('eine kurze Zusammen·fassung', 200).meta(LEICHTE_SPRACHE),
    art: oneOf(PROJEKT_ARTEN, 'art'),
    region: oneOf(REGIONEN, 'region'),
    /** The organisations that run the project or signed the agreement, as the source names them; none where it names none. */
    partner: z.array(ref('partners')).default([]),
    /** Who pays for it, where the source says. */
    foerderer: z.array(ref('partners')).default([]),
    /** The day the agreement was signed. */
    unterzeichnet: partialDateSchema.optional(),
    /** Start of the project. */
    beginn: partialDateSchema.optional(),
    /** End of the project. */
    ende: partialDateSchema.optional(),
    /** The goals, one easy-read sentence each. */
    ziele: sentences('die Ziele').meta(LEICHTE_SPRACHE),
    quellen: sentences('die Quellen'),
  });
}

/** A hard word of the dictionary (Wörter·buch). File: content/glossary/<id>.yaml */
export function glossarySchema() {
  return z.strictObject({
    /** The word as it appears in texts, long words split with the middle dot: Werk·statt·rat. */
    wort: text('das Wort', 60).meta(LEICHTE_SPRACHE),
    /** Other forms that should find this entry (plural, short form). */
    formen: z.array(text('eine andere Form', 60)).default([]),
    /** The easy-read explanation: 1 to 4 short sentences. */
    erklaerung: text('die Erklärung', 500).meta(LEICHTE_SPRACHE),
    /** An example sentence. */
    beispiel: text('ein Beispiel', 200).meta(LEICHTE_SPRACHE).optional(),
  });
}

/**
 * The standard-German (Alltags·sprache) version of a network page, for the public, partners and
 * employers. File: content/alltag/partners/<id>.mdx or content/alltag/projects/<id>.mdx, with the
 * same id as the easy-read entry. These texts are standard German, so the easy-read linter skips them.
 */
export function alltagSchema() {
  return z.strictObject({
    /** The heading of the page in standard German. */
    titel: text('den Titel', 200),
    /** One or two sentences for lists and search results. */
    zusammenfassung: text('eine kurze Zusammenfassung', 400),
  });
}

/** A page of the site frame (help, accessibility, privacy, imprint). File: content/seiten/<id>.mdx */
export function seiteSchema() {
  return z.strictObject({
    titel: text('den Titel', 80).meta(LEICHTE_SPRACHE),
    /** A short description for search engines and the page list. */
    beschreibung: text('eine kurze Beschreibung', 160).meta(LEICHTE_SPRACHE),
    /** The date the text was last changed. */
    stand: partialDateSchema,
    /**
     * A text that a section shows on its own page (e.g. the guide for councils above the offers
     * made for them) sets that section here; it then has no page of its own at /<id>/.
     */
    bereich: z.enum(['workshops'], { error: 'Erlaubt ist nur: workshops.' }).optional(),
  });
}

/** All schemas, by collection. */
export function buildSchemas(ref: RefFactory) {
  return {
    alltag: alltagSchema(),
    modules: moduleSchema(),
    lessons: lessonSchema(ref),
    workshops: workshopSchema(ref),
    partners: partnerSchema(),
    projects: projectSchema(ref),
    glossary: glossarySchema(),
    seiten: seiteSchema(),
  } satisfies Record<CollectionName, z.ZodType>;
}

/** Which files belong to each collection below content/. Lessons sit in one folder per module. */
export const COLLECTION_FILES: Record<CollectionName, { pattern: string; nested: boolean }> = {
  alltag: { pattern: '{partners,projects}/*.{md,mdx}', nested: true },
  modules: { pattern: '*.{md,mdx}', nested: false },
  lessons: { pattern: '*/*.{md,mdx}', nested: true },
  workshops: { pattern: '*.{md,mdx}', nested: false },
  partners: { pattern: '*.{md,mdx}', nested: false },
  projects: { pattern: '*.{md,mdx}', nested: false },
  glossary: { pattern: '*.{yaml,yml}', nested: false },
  seiten: { pattern: '*.{md,mdx}', nested: false },
};
