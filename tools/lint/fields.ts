/**
 * Which front-matter fields hold easy-read text, per collection: the schemas say so. A field marked
 * `.meta(LEICHTE_SPRACHE)` in src/lib/content/schemas.ts is checked, with every text inside it;
 * official names (partners.name, projects.titel), sources, ids, dates and closed-list values are not.
 *
 * A field is named by a pattern: its keys joined by ".", with "[]" for every item of a list
 * ("selbstcheck[].antworten[].text").
 */
import { z } from 'astro/zod';
import { contentSchemas } from '../content-check/check.ts';
import { COLLECTIONS, LEICHTE_SPRACHE, type CollectionName } from '../../src/lib/content/schemas.ts';

export interface SchemaField {
  /** e.g. "selbstcheck[].antworten[].text" */
  pattern: string;
  /** Whether the field or a field around it is marked as easy-read text. */
  easyRead: boolean;
}

const isMarked = (schema: z.core.$ZodType) => z.globalRegistry.get(schema)?.['leichteSprache'] === LEICHTE_SPRACHE.leichteSprache;

/** Every field of a schema that holds a value (not an object or a list), with its mark. */
export function schemaFields(schema: z.core.$ZodType): SchemaField[] {
  const found = new Map<string, boolean>();
  const visit = (node: z.core.$ZodType, at: string, marked: boolean) => {
    const easyRead = marked || isMarked(node);
    const def = node._zod.def;
    if (node instanceof z.ZodObject) {
      const shape: Record<string, z.core.$ZodType> = node.shape;
      for (const [key, value] of Object.entries(shape)) visit(value, at === '' ? key : `${at}.${key}`, easyRead);
    } else if (node instanceof z.ZodArray) {
      visit(node.element, `${at}[]`, easyRead);
    } else if (node instanceof z.ZodUnion) {
      for (const option of node.options) visit(option, at, easyRead);
    } else if (node instanceof z.ZodPipe) {
      visit(node.in, at, easyRead);
    } else if ('innerType' in def) {
      // optional, default, nullable, readonly, catch: the field inside counts.
      visit(def.innerType as z.core.$ZodType, at, easyRead);
    } else {
      found.set(at, (found.get(at) ?? false) || easyRead);
    }
  };
  visit(schema, '', false);
  return [...found].map(([pattern, easyRead]) => ({ pattern, easyRead }));
}

const EASY_READ = new Map<CollectionName, string[][]>(
  COLLECTIONS.map((collection) => [
    collection,
    schemaFields(contentSchemas[collection])
      .filter((field) => field.easyRead)
      .map((field) => steps(field.pattern)),
  ]),
);

/** Splits "selbstcheck[].antworten[].text" into ["selbstcheck", "[]", "antworten", "[]", "text"]. */
function steps(pattern: string): string[] {
  return pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

/** Whether a concrete path (["selbstcheck", 0, "frage"]) is an easy-read field of the collection. */
export function isEasyReadField(collection: CollectionName, at: readonly (string | number)[]): boolean {
  return (EASY_READ.get(collection) ?? []).some(
    (want) => want.length === at.length && want.every((step, i) => (step === '[]' ? typeof at[i] === 'number' : step === at[i])),
  );
}

/** The easy-read UI strings (src/i18n/de-ls.yaml): every text in them is easy-read, named by its key. */
export function isUiStringsFile(relativePath: string): boolean {
  return /(?:^|\/)src\/i18n\/de-ls\.ya?ml$/.test(relativePath.split('\\').join('/'));
}

/** The collection of a file below content/ ("content/lessons/m/l.mdx" → "lessons"). */
export function collectionOfPath(relativePath: string): CollectionName | undefined {
  const match = /(?:^|\/)content\/([^/]+)\//.exec(relativePath.split('\\').join('/'));
  const name = match?.[1];
  return COLLECTIONS.find((collection) => collection === name);
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
  if (has('kontakt') || has('anbieter') || has('gruppengroesse')) return 'workshops';
  if (has('rolle')) return 'partners';
  if (has('kurztitel') || has('ziele')) return 'projects';
  if (has('stand') || has('beschreibung')) return 'seiten';
  return undefined;
}
