/**
 * The content check: reads every file in content/, validates it with the same schemas Astro
 * uses, and adds what Astro does not enforce by itself:
 * - every reference points at an entry that exists (Astro only logs a warning);
 * - no two files give the same id;
 * - file names are valid ids; lessons sit in the folder of their module, numbered 1, 2, 3 …;
 * - every <Wort id="…"> in a text has a dictionary entry, every <Bild name="…"> a picture;
 * - a lesson's self-check cannot be solved by a pattern: the right answers are not all shown in one
 *   place, and its statements are not all true or all false.
 * - an offer of a project that has ended lists no dates (they could only be shown as coming);
 * - a module's texts name no number of lessons: the page counts them from the lessons;
 * - a partner whose short name is an abbreviation gives the words it stands for (`langname`);
 * - the YAML and the MDX parse, with German messages at the real line (syntax.ts); a text uses no HTML and no
 *   component but ours, and every internal link leads to a page the build will make (routes.ts).
 * Each finding names the file, the line, the field and what to fix; an id with a typo gets the nearest id that
 * exists. A broken file is reported once: nothing that depends on it (the numbering of its module's lessons,
 * references to it) is reported as wrong too. Runs before every build and in the tests.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { hasPicture, pictureNamesIn } from '../../src/lib/pictures.ts';
import { formatPartialDate, hasEnded, type PartialDate } from '../../src/lib/content/dates.ts';
import {
  buildSchemas,
  COLLECTION_FILES,
  COLLECTIONS,
  ID_HILFE,
  isValidId,
  type CollectionName,
  type ContentRef,
  type Frage,
  type RefFactory,
} from '../../src/lib/content/schemas.ts';
import { answerOrder, displayPosition } from '../../src/lib/content/shuffle.ts';
import { didYouMean } from './nearest.ts';
import { summaryLine } from './summary.ts';
import { pageOf, siteAddresses } from './routes.ts';
import { checkMdx, parseYamlText } from './syntax.ts';

export interface ContentFinding {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field concerned, e.g. "selbstcheck[Nr. 2].antworten"; absent for whole-file problems. */
  field?: string;
  /** The line of the file, counted from 1, where known. */
  line?: number;
  message: string;
}

export interface ContentEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  body: string;
  /** The line of the file where the body starts. */
  bodyLine: number;
  /** The links of the body to pages of this site ("/lernen/…"), with their lines. */
  links: { url: string; line: number }[];
  /** The line of the file where a field is (for a missing field: where the field that holds it is). */
  lineOf: (field: readonly PropertyKey[]) => number;
}

const CONTENT_EXTENSIONS = new Set(['.md', '.mdx', '.yaml', '.yml']);

/** The id Astro's glob loader gives a file: each path segment slugified, without extension. */
export function entryIdFor(relativePath: string): string {
  const withoutExt = relativePath.slice(0, relativePath.length - path.extname(relativePath).length);
  return withoutExt
    .split(/[\\/]/)
    .map((segment) => githubSlug(segment))
    .join('/');
}

/** Splits "---\nyaml\n---\nbody" into its two parts. */
export function splitFrontMatter(source: string): { frontMatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return undefined;
  return { frontMatter: match[1] ?? '', body: match[2] ?? '' };
}

/**
 * How messages name a field, here and in the easy-read linter: "selbstcheck.1.antworten" becomes
 * "selbstcheck[Nr. 2].antworten", because editors count from 1.
 */
export function fieldLabel(pathParts: readonly PropertyKey[]): string {
  return pathParts
    .map((part, index) => (typeof part === 'number' ? `[Nr. ${part + 1}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The line of `text` at which `index` lies, counted from 1. */
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every <Wort id="…"> of an MDX text, with the index where its tag starts. */
export function wordRefsIn(text: string): { id: string; index: number }[] {
  return [...text.matchAll(/<Wort\b[^>]*\bid=["']([^"']+)["']/g)].map((match) => ({ id: match[1] ?? '', index: match.index }));
}

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

const isRef = (value: unknown): value is ContentRef =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as ContentRef).id === 'string' &&
  (COLLECTIONS as readonly string[]).includes((value as ContentRef).collection);

/** Every reference inside parsed data, with the path to the field that holds it. */
function collectRefs(value: unknown, at: PropertyKey[] = []): { ref: ContentRef; at: PropertyKey[] }[] {
  if (isRef(value)) return [{ ref: value, at }];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectRefs(item, [...at, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => collectRefs(item, [...at, key]));
  }
  return [];
}

/** The check's own `reference()`: keeps the id, so that it can be resolved once all entries are read. */
const recordingRef: RefFactory = (collection) =>
  z.string({ error: `Hier muss die id eines Eintrags aus content/${collection} stehen.` }).transform((id) => ({ collection, id }));

/** The schemas as this check (and the linter, which reads their easy-read marks) uses them. */
export const contentSchemas = buildSchemas(recordingRef);

async function listFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  return names.filter((name) => CONTENT_EXTENSIONS.has(path.extname(name))).sort();
}

/**
 * Reads and validates one collection's files; adds findings for files that cannot be read.
 * `ids` holds every id that has a file, valid or not, so one broken file is reported once,
 * not again by every entry that points at it.
 */
async function readCollection(
  root: string,
  contentDir: string,
  collection: CollectionName,
  findings: ContentFinding[],
): Promise<{ entries: ContentEntry[]; ids: Set<string>; broken: Set<string> }> {
  const dir = path.join(contentDir, collection);
  const { nested } = COLLECTION_FILES[collection];
  const isData = collection === 'glossary';
  const entries: ContentEntry[] = [];
  const idOwners = new Map<string, string>();
  const broken = new Set<string>();

  for (const name of await listFiles(dir)) {
    const file = path.relative(root, path.join(dir, name)).split(path.sep).join('/');
    const ext = path.extname(name);
    const depth = name.split(/[\\/]/).length;
    if (isData !== (ext === '.yaml' || ext === '.yml')) {
      findings.push({
        file,
        message: isData
          ? 'Diese Datei wird nicht geladen: Wörter im Wörter·buch sind .yaml-Dateien.'
          : 'Diese Datei wird nicht geladen: Texte sind .mdx-Dateien.',
      });
      continue;
    }
    if (depth !== (nested ? 2 : 1)) {
      findings.push({
        file,
        message:
          collection === 'alltag'
            ? 'Ein Text in Alltags·sprache gehört nach content/alltag/partners/<id>.mdx oder content/alltag/projects/<id>.mdx.'
            : nested
              ? 'Eine Lektion gehört in den Ordner ihres Moduls: content/lessons/<modul>/<lektion>.mdx.'
              : `Diese Datei liegt in einem Unter·ordner. Sie gehört direkt in content/${collection}/.`,
      });
      continue;
    }
    const id = entryIdFor(name);
    if (
      !isValidId(
        name
          .slice(0, name.length - ext.length)
          .split(path.sep)
          .join('/'),
      )
    ) {
      findings.push({ file, message: `Ungültiger Datei·name. ${ID_HILFE}` });
    }
    const owner = idOwners.get(id);
    if (owner) {
      findings.push({
        file,
        message: `Doppelte id „${id}“: ${owner} hat dieselbe id. Bitte eine der beiden Dateien umbenennen.`,
      });
      continue;
    }
    idOwners.set(id, file);

    const source = await readFile(path.join(dir, name), 'utf8');
    let yamlText = source;
    let body = '';
    let bodyLine = 1;
    if (!isData) {
      const parts = splitFrontMatter(source);
      if (!parts) {
        findings.push({
          file,
          line: 1,
          message: 'Der Kopf der Datei fehlt. Die Datei muss mit --- anfangen, dann kommen die Felder, dann wieder ---.',
        });
        broken.add(id);
        continue;
      }
      yamlText = parts.frontMatter;
      body = parts.body;
      bodyLine = parts.frontMatter.split('\n').length + 3;
    }
    const yaml = parseYamlText(yamlText, isData ? 1 : 2);
    if ('problems' in yaml) {
      findings.push(...yaml.problems.map((problem) => ({ file, line: problem.line, message: problem.message })));
      broken.add(id);
      continue;
    }
    const mdx = isData ? { problems: [], links: [] } : checkMdx(body, bodyLine);
    findings.push(...mdx.problems.map((problem) => ({ file, line: problem.line, message: problem.message })));

    const parsed = contentSchemas[collection].safeParse(yaml.data ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        findings.push({ file, field: fieldLabel(issue.path), line: yaml.lineOf(issue.path), message: issue.message });
      }
      broken.add(id);
      continue;
    }
    entries.push({ collection, id, file, data: parsed.data, body, bodyLine, links: mdx.links, lineOf: yaml.lineOf });
  }
  return { entries, ids: new Set(idOwners.keys()), broken };
}

/**
 * Checks everything below `contentDir` (by default `<root>/content`); file names in findings are
 * relative to `root`. An empty list means the content is fine.
 */
export async function checkContent(root: string, contentDir = path.join(root, 'content'), today = new Date()): Promise<ContentFinding[]> {
  const findings: ContentFinding[] = [];
  const all: ContentEntry[] = [];
  const ids = new Map<CollectionName, Set<string>>();
  const brokenLessons = new Set<string>();
  for (const collection of COLLECTIONS) {
    const read = await readCollection(root, contentDir, collection, findings);
    all.push(...read.entries);
    ids.set(collection, read.ids);
    if (collection === 'lessons') for (const id of read.broken) brokenLessons.add(id);
  }

  const addresses = siteAddresses(PAGES_DIR, PUBLIC_DIR, all);
  for (const entry of all) {
    findings.push(...checkRefs(entry, ids));
    for (const { name, index } of pictureNamesIn(entry.body)) {
      if (!hasPicture(name)) {
        findings.push({
          file: entry.file,
          line: entry.bodyLine + lineAt(entry.body, index) - 1,
          message: `Es gibt kein Bild „${name}“. Die Namen stehen im Bilder·katalog: docs/redaktion/bilder.html.`,
        });
      }
    }
    const glossaryIds = ids.get('glossary') ?? new Set<string>();
    for (const { id, index } of wordRefsIn(entry.body)) {
      const unknown = unknownWord(id, glossaryIds);
      if (unknown) {
        findings.push({
          file: entry.file,
          line: entry.bodyLine + lineAt(entry.body, index) - 1,
          message: `${unknown.problem}${didYouMean(id, glossaryIds) || ` ${unknown.fix}`}`,
        });
      }
    }
    for (const link of entry.links) {
      if (!addresses.has(pageOf(link.url))) {
        findings.push({
          file: entry.file,
          line: link.line,
          message: `Der Link führt zu „${link.url}“: Diese Seite gibt es nicht.${didYouMean(pageOf(link.url), addresses) || ' Bitte die Adresse auf der Seite selbst kopieren.'}`,
        });
      }
    }
  }

  findings.push(...checkLessonOrder(all, brokenLessons));
  findings.push(...all.flatMap(checkSelfCheckPatterns));
  findings.push(...checkStandardGerman(all, ids));
  findings.push(...checkEndedOffers(all, today));
  findings.push(...checkModuleCounts(all));
  findings.push(...checkAbbreviatedNames(all));
  return findings;
}

/** The routes of the site, which links in texts must lead to. */
const PAGES_DIR = fileURLToPath(new URL('../../src/pages', import.meta.url));
const PUBLIC_DIR = fileURLToPath(new URL('../../public', import.meta.url));

/**
 * Every reference leads to an entry. A typo gets the nearest id of the right collection; an id of another
 * collection is named as such (a dictionary word is no partner).
 */
function checkRefs(entry: ContentEntry, ids: Map<CollectionName, Set<string>>): ContentFinding[] {
  return collectRefs(entry.data).flatMap(({ ref, at }) => {
    const known = ids.get(ref.collection) ?? new Set<string>();
    if (known.has(ref.id)) return [];
    const elsewhere = COLLECTIONS.find((c) => c !== ref.collection && ids.get(c)?.has(ref.id));
    const hint = elsewhere
      ? ` „${ref.id}“ ist ein Eintrag in content/${elsewhere}: Hier gehört eine id aus content/${ref.collection} hin.`
      : '';
    return [
      {
        file: entry.file,
        field: fieldLabel(at),
        line: entry.lineOf(at),
        message: `Es gibt keinen Eintrag „${ref.id}“ in content/${ref.collection}.${hint}${didYouMean(ref.id, known) || ' Bitte die id prüfen.'}`,
      },
    ];
  });
}

/** An offer whose project has ended lists no dates: the page would show them as dates to come. */
function checkEndedOffers(all: ContentEntry[], today: Date): ContentFinding[] {
  const ends = new Map(all.filter((e) => e.collection === 'projects').map((e) => [e.id, (e.data as { ende?: PartialDate }).ende] as const));
  return all.flatMap((entry) => {
    if (entry.collection !== 'workshops') return [];
    const data = entry.data as { projekt?: ContentRef; termine: unknown[] };
    const ende = data.projekt && ends.get(data.projekt.id);
    if (!ende || !hasEnded(ende, today) || data.termine.length === 0) return [];
    return [
      {
        file: entry.file,
        field: 'termine',
        message: `Das Projekt „${data.projekt?.id ?? ''}“ ist seit ${formatPartialDate(ende)} zu Ende. Ein Angebot davon hat keine Termine mehr: Bitte die Termine löschen. Die Seite sagt dann: Das Projekt ist zu Ende.`,
      },
    ];
  });
}

/** "Sie lesen 3 kurze Lektionen", "In Lektion 2 …": counts that go stale when a lesson is added. */
const LESSON_COUNT = /\bLektion\s+\d+|\d+\s+(?:\p{L}+\s+)?Lektionen\b/u;

/** A module names no number of lessons in its texts: the module page counts them and adds up their minutes. */
function checkModuleCounts(all: ContentEntry[]): ContentFinding[] {
  return all.flatMap((entry) => {
    if (entry.collection !== 'modules') return [];
    const data = entry.data as Record<string, unknown>;
    const texts: [string | undefined, string][] = [
      ...Object.entries(data).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
      [undefined, entry.body],
    ];
    return texts.flatMap(([field, text]) => {
      const match = LESSON_COUNT.exec(text);
      if (!match) return [];
      return [
        {
          file: entry.file,
          ...(field ? { field } : {}),
          message: `„${match[0]}“: Die Seite zählt die Lektionen selbst und nennt ihre Minuten. Bitte keine Zahl und keine Nummer von Lektionen in den Text schreiben.`,
        },
      ];
    });
  });
}

/**
 * Whether a partner's short name is an abbreviation a reader cannot read as words: it has a word with two
 * or more capital letters ("BIH", "WfbM"), or a word the full name does not have ("bifos"; "Liga Sachsen"
 * is no abbreviation of "Liga der Freien Wohlfahrtspflege in Sachsen").
 * Names that are written in capitals but are no abbreviations stay as they are.
 */
const CAPITALS_BUT_NO_ABBREVIATION = new Set(['ACCESS', 'LIGA', 'JOBinklusive', 'gGmbH']);
export function isAbbreviatedName(shown: string, name: string): boolean {
  const words = shown.split(/[\s/]+/).filter(Boolean);
  const hasCapitalsWord = words
    .flatMap((word) => word.split('-'))
    .some((part) => !CAPITALS_BUT_NO_ABBREVIATION.has(part) && (part.match(/\p{Lu}/gu) ?? []).length >= 2);
  return hasCapitalsWord || words.some((word) => !name.includes(word));
}

/** A partner shown by an abbreviation (in lists, on the map) gives the words it stands for, in `langname`. */
function checkAbbreviatedNames(all: ContentEntry[]): ContentFinding[] {
  return all.flatMap((entry) => {
    if (entry.collection !== 'partners') return [];
    const data = entry.data as { name: string; kurzname?: string; langname?: string };
    const shown = data.kurzname ?? data.name;
    if (data.langname || !isAbbreviatedName(shown, data.name)) return [];
    return [
      {
        file: entry.file,
        field: 'langname',
        message: `„${shown}“ ist eine Abkürzung. Listen zeigen die Wörter daneben: Bitte bei langname eintragen, wofür die Abkürzung steht. Nur was sicher ist.`,
      },
    ];
  });
}

/** Every partner and project has its page in standard German, and every such page belongs to one. */
function checkStandardGerman(all: ContentEntry[], ids: Map<CollectionName, Set<string>>): ContentFinding[] {
  const findings: ContentFinding[] = [];
  const versions = new Set(all.filter((e) => e.collection === 'alltag').map((e) => e.id));
  for (const entry of all) {
    if (entry.collection === 'alltag') {
      const [folder = '', id = ''] = entry.id.split('/');
      const owner = folder === 'partners' || folder === 'projects' ? ids.get(folder) : undefined;
      if (!owner?.has(id)) {
        findings.push({
          file: entry.file,
          message: `Es gibt keinen Eintrag „${id}“ in content/${folder}. Der Datei·name muss gleich sein.`,
        });
      }
    } else if ((entry.collection === 'partners' || entry.collection === 'projects') && !versions.has(`${entry.collection}/${entry.id}`)) {
      findings.push({
        file: entry.file,
        message: `Der Text in Alltags·sprache fehlt. Bitte content/alltag/${entry.collection}/${entry.id}.mdx anlegen.`,
      });
    }
  }
  return findings;
}

/**
 * Lessons sit in their module's folder and are numbered 1, 2, 3 … without gaps or doubles. A module with a lesson
 * that could not be read is not checked: its other lessons would look wrongly numbered.
 */
function checkLessonOrder(all: ContentEntry[], brokenLessons: ReadonlySet<string>): ContentFinding[] {
  const unreadFolders = new Set([...brokenLessons].map((id) => id.split('/')[0]));
  const findings: ContentFinding[] = [];
  const byModule = new Map<string, { nummer: number; file: string; line: number }[]>();
  for (const entry of all) {
    if (entry.collection !== 'lessons') continue;
    const data = entry.data as { modul: ContentRef; nummer: number };
    const folder = entry.id.split('/')[0] ?? '';
    if (folder !== data.modul.id) {
      findings.push({
        file: entry.file,
        field: 'modul',
        line: entry.lineOf(['modul']),
        message: `Die Lektion liegt im Ordner „${folder}“, nennt aber das Modul „${data.modul.id}“. Beides muss gleich sein.`,
      });
    }
    const list = byModule.get(data.modul.id) ?? [];
    list.push({ nummer: data.nummer, file: entry.file, line: entry.lineOf(['nummer']) });
    byModule.set(data.modul.id, list);
  }
  for (const [modul, lessons] of byModule) {
    if (unreadFolders.has(modul)) continue;
    lessons.sort((a, b) => a.nummer - b.nummer);
    lessons.forEach((lesson, index) => {
      if (lesson.nummer !== index + 1) {
        findings.push({
          file: lesson.file,
          field: 'nummer',
          line: lesson.line,
          message: `Die Lektionen von „${modul}“ müssen 1, 2, 3 … heißen, ohne Lücke und ohne doppelte Nummer. Hier wäre ${index + 1} richtig.`,
        });
      }
    });
  }
  return findings;
}

/**
 * A self-check that a pattern solves teaches nothing. With 2 or more questions of one right answer, the
 * right answers must not all be shown in the same place (the page mixes the answers by the lesson id,
 * src/lib/content/shuffle.ts); with 2 or more statements, at least one is true and one is not.
 */
export function checkSelfCheckPatterns(entry: ContentEntry): ContentFinding[] {
  if (entry.collection !== 'lessons') return [];
  const fragen = (entry.data as { selbstcheck: Frage[] }).selbstcheck;
  const findings: ContentFinding[] = [];
  const shown = fragen.flatMap((frage, i) =>
    frage.art === 'eine' || frage.art === 'bild'
      ? [
          {
            nr: i + 1,
            place: displayPosition(
              answerOrder(entry.id, i, frage.antworten.length),
              frage.antworten.findIndex((a) => a.richtig),
            ),
          },
        ]
      : [],
  );
  const place = shown[0]?.place;
  if (shown.length >= 2 && place !== undefined && shown.every((s) => s.place === place)) {
    findings.push({
      file: entry.file,
      field: 'selbstcheck',
      message:
        `Bei allen Fragen mit 1 richtigen Antwort (Nr. ${shown.map((s) => s.nr).join(', ')}) steht die richtige Antwort auf der Seite an Stelle ${place + 1}. ` +
        'So kann man raten. Bitte bei einer dieser Fragen die richtige Antwort an eine andere Stelle in der Liste schieben: Dann mischt die Seite sie an eine andere Stelle.',
    });
  }
  const statements = fragen.flatMap((frage) => (frage.art === 'stimmt' ? [frage.stimmt] : []));
  if (statements.length >= 2 && new Set(statements).size === 1) {
    findings.push({
      file: entry.file,
      field: 'selbstcheck',
      message: `Alle ${statements.length} Sätze mit art: stimmt sind ${statements[0] ? 'richtig' : 'falsch'}. So kann man raten. Bitte mindestens 1 Satz schreiben, der ${statements[0] ? 'falsch' : 'richtig'} ist.`,
    });
  }
  return findings;
}

/** One line per finding: "datei, Zeile 7, Feld nummer: Meldung". */
export function formatFindings(findings: readonly ContentFinding[]): string {
  return findings.map(summaryLine).join('\n');
}
