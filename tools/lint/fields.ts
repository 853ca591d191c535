/**
 * Which front-matter fields hold easy-read text, per collection: the one place that says so.
 * Official names (partners.name, partners.kurzname, projects.titel), sources, ids, dates and
 * closed-list values are not easy-read text and are not checked.
 *
 * A path is a list of keys; `[]` stands for every item of a list.
 */
import type { CollectionName } from '../../src/lib/content/schemas.ts';

export const EASY_READ_FIELDS: Record<CollectionName, readonly string[]> = {
  // Standard German (Alltags·sprache): no easy-read fields.
  alltag: [],
  modules: ['titel', 'zusammenfassung', 'qualifizierungsziel', 'taetigkeiten[]', 'theorie', 'praxis'],
  lessons: [
    'titel',
    'zusammenfassung',
    'gelernt[]',
    'selbstcheck[].frage',
    'selbstcheck[].erklaerung',
    'selbstcheck[].antworten[].text',
    'selbstcheck[].antworten[].rueckmeldung',
    'selbstcheck[].bild.alt',
    'selbstcheck[].antworten[].bild.alt',
    'selbstcheck[].schritte[]',
  ],
  workshops: ['titel', 'zusammenfassung', 'dauer', 'gruppengroesse', 'kosten', 'anmeldung'],
  partners: ['rolle'],
  projects: ['kurztitel', 'zusammenfassung', 'ziele[]'],
  glossary: ['wort', 'erklaerung', 'beispiel'],
  seiten: ['titel', 'beschreibung'],
};

/** Splits "selbstcheck[].antworten[].text" into ["selbstcheck", "[]", "antworten", "[]", "text"]. */
function steps(pattern: string): string[] {
  return pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

/** Whether a concrete path (["selbstcheck", 0, "frage"]) is an easy-read field of the collection. */
export function isEasyReadField(collection: CollectionName, at: readonly (string | number)[]): boolean {
  return EASY_READ_FIELDS[collection].some((pattern) => {
    const want = steps(pattern);
    return (
      want.length === at.length &&
      want.every((step, i) => (step === '[]' ? typeof at[i] === 'number' : step === at[i]))
    );
  });
}

/** The easy-read UI strings (src/i18n/de-ls.yaml): every text in them is easy-read, named by its key. */
export function isUiStringsFile(relativePath: string): boolean {
  return /(?:^|\/)src\/i18n\/de-ls\.ya?ml$/.test(relativePath.split('\\').join('/'));
}

/** The collection of a file below content/ ("content/lessons/m/l.mdx" → "lessons"). */
export function collectionOfPath(relativePath: string): CollectionName | undefined {
  const match = /(?:^|\/)content\/([^/]+)\//.exec(relativePath.split('\\').join('/'));
  const name = match?.[1];
  return name && name in EASY_READ_FIELDS ? (name as CollectionName) : undefined;
}

/**
 * The collection a draft outside content/ most likely belongs to, from its fields,
 * so that an editor can check a new lesson before it goes into content/.
 */
export function guessCollection(data: unknown, isYamlFile: boolean): CollectionName | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const has = (key: string) => key in data;
  if (isYamlFile || has('wort')) return 'glossary';
  if (has('modul') || has('selbstcheck') || has('gelernt')) return 'lessons';
  if (has('qualifizierungsziel') || has('taetigkeiten')) return 'modules';
  if (has('anbieter') || has('gruppengroesse')) return 'workshops';
  if (has('rolle')) return 'partners';
  if (has('kurztitel') || has('ziele')) return 'projects';
  if (has('stand') || has('beschreibung')) return 'seiten';
  return undefined;
}

/** "selbstcheck.1.antworten" as editors count: "selbstcheck[Nr. 2].antworten". */
export function fieldLabel(at: readonly (string | number)[]): string {
  return at
    .map((part, index) => (typeof part === 'number' ? `[Nr. ${part + 1}]` : `${index === 0 ? '' : '.'}${part}`))
    .join('');
}
