/**
 * The editor's configuration (Decap CMS), built from the content schemas in src/lib/content/schemas.ts.
 *
 * Nothing here lists a field or a value by hand: every field of every collection becomes a form field,
 * a closed list of vocab.ts becomes a drop-down with its easy-read labels, a reference a picker of the
 * entries it points at, a list of self-check questions a list with one form per kind of question
 * (`art`). A new field or value in the schemas is in the editor at the next start;
 * `config.test.ts` proves that no field and no value is missing.
 */
import { z } from 'astro/zod';
import { buildSchemas, COLLECTION_FILES, type CollectionName, type RefFactory } from '../../src/lib/content/schemas.ts';
import * as vocab from '../../src/lib/content/vocab.ts';

/** One form field of Decap CMS (only the keys we use). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  default?: unknown;
  field?: EditorField;
  fields?: EditorField[];
  types?: (EditorField & { widget: 'object' })[];
  typeKey?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_type?: string;
  format?: string;
  date_format?: string;
  time_format?: string;
  pattern?: [string, string];
  [key: string]: unknown;
}

/** A reference in the editor's schemas: a text that carries the collection it points at. */
const editorRef = ((collection: CollectionName) => z.string().meta({ referenz: collection })) as unknown as RefFactory;
export const editorSchemas = buildSchemas(editorRef);

/** The labels of every closed list, found by the keys of the list (a z.enum does not know its list). */
const VOCAB_LISTS = Object.values(vocab).filter((value) => typeof value === 'object') as Record<string, unknown>[];

function labelOf(key: string): string {
  for (const list of VOCAB_LISTS) {
    const label = list[key];
    if (typeof label === 'string') return `${label} (${key})`;
    if (typeof label === 'object' && label !== null && 'name' in label) return `${String(label.name)} (${key})`;
  }
  return key;
}

/** How the editors' page names a collection, and which field names an entry in lists. */
export const COLLECTION_LABELS: Record<CollectionName, { label: string; singular: string; titleField: string }> = {
  lessons: { label: 'Lektionen', singular: 'Lektion', titleField: 'titel' },
  modules: { label: 'Lern·module', singular: 'Lern·modul', titleField: 'titel' },
  workshops: { label: 'Angebote', singular: 'Angebot', titleField: 'titel' },
  partners: { label: 'Partner', singular: 'Partner', titleField: 'name' },
  projects: { label: 'Projekte', singular: 'Projekt', titleField: 'titel' },
  glossary: { label: 'Wörter·buch', singular: 'Wort', titleField: 'wort' },
  seiten: { label: 'Seiten', singular: 'Seite', titleField: 'titel' },
  alltag: { label: 'Alltags·sprache', singular: 'Text in Alltags·sprache', titleField: 'titel' },
};

/** Fields that hold a point in time (`2026-03-05T10:00`) get a date and time picker. */
const POINT_IN_TIME = /\^\\d\{4\}-\\d\{2\}-\\d\{2\}T/;
/** A date as a source gives it: a day, a month or a year (see partialDateSchema). */
const PARTIAL_DATE_PATTERN: [string, string] = [
  '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  'Schreiben Sie das Datum so: 2022-06-14, oder nur Monat 2022-12, oder nur Jahr 2022.',
];

interface Unwrapped {
  node: z.core.$ZodType;
  required: boolean;
  default?: unknown;
}

/** Takes off optional, default and the like; says whether the field must be filled. */
function unwrap(schema: z.core.$ZodType): Unwrapped {
  let node = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = node._zod.def;
    if (def.type === 'optional') required = false;
    if (def.type === 'default') {
      required = false;
      defaultValue = (def as z.core.$ZodDefaultDef).defaultValue;
    }
    if ('innerType' in def) node = def.innerType as z.core.$ZodType;
    else if (node instanceof z.ZodPipe && !(node.in instanceof z.ZodUnion)) node = node.in;
    else break;
  }
  return defaultValue === undefined ? { node, required } : { node, required, default: defaultValue };
}

/** The text a field's checks need: a regex of the schema, where it has one. */
function regexOf(node: z.core.$ZodType): string | undefined {
  const checks = node._zod.def.checks ?? [];
  for (const check of checks) {
    const def = check._zod.def as { check: string; pattern?: RegExp };
    if (def.check === 'string_format' && def.pattern) return def.pattern.source;
  }
  return undefined;
}

function isPartialDate(node: z.core.$ZodType): boolean {
  return node instanceof z.ZodPipe && node.in instanceof z.ZodUnion;
}

/** The form field for one schema field. */
export function fieldFor(name: string, schema: z.core.$ZodType): EditorField {
  const { node, required, default: defaultValue } = unwrap(schema);
  const base = { name, label: name, required, ...(defaultValue === undefined ? {} : { default: defaultValue }) };
  const referenz = z.globalRegistry.get(node)?.['referenz'];
  if (typeof referenz === 'string') {
    const titleField = COLLECTION_LABELS[referenz as CollectionName].titleField;
    return {
      ...base,
      widget: 'relation',
      collection: referenz,
      value_field: '{{slug}}',
      search_fields: [titleField],
      display_fields: [titleField],
    };
  }
  if (name === 'name' && isPictureName(node)) return { ...base, widget: 'bild' };
  if (isPartialDate(node)) return { ...base, widget: 'string', pattern: PARTIAL_DATE_PATTERN };
  if (node instanceof z.ZodEnum) {
    return { ...base, widget: 'select', options: node.options.map((value) => ({ label: labelOf(String(value)), value: String(value) })) };
  }
  if (node instanceof z.ZodLiteral) {
    return { ...base, widget: 'hidden', default: node.value };
  }
  if (node instanceof z.ZodBoolean) return { ...base, widget: 'boolean', default: defaultValue ?? false };
  if (node instanceof z.ZodNumber) return { ...base, widget: 'number', value_type: 'int' };
  if (node._zod.def.type === 'string') {
    const regex = regexOf(node);
    if (regex && POINT_IN_TIME.test(regex)) {
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD.MM.YYYY', time_format: 'HH:mm' };
    }
    const max = (node as z.ZodString).maxLength ?? 0;
    return { ...base, widget: max > 160 ? 'text' : 'string' };
  }
  if (node instanceof z.ZodArray) {
    const element = unwrap(node.element).node;
    if (element instanceof z.ZodEnum) return { ...fieldFor(name, node.element), ...base, multiple: true };
    if (element instanceof z.ZodUnion) return { ...base, widget: 'list', ...variantsOf(element) };
    const item = fieldFor(name, node.element);
    if (item.widget === 'object') return { ...base, widget: 'list', fields: item.fields ?? [] };
    return { ...base, widget: 'list', field: item };
  }
  if (node instanceof z.ZodObject) {
    // The fields of an optional object (a picture beside a question) are optional in the form too: the check
    // on saving still asks for the picture's alt text once a picture is chosen.
    const fields = objectFields(node);
    return { ...base, widget: 'object', fields: required ? fields : fields.map((field) => ({ ...field, required: false })) };
  }
  if (node instanceof z.ZodUnion) {
    // One object with the fields of every variant, the discriminator as a drop-down (e.g. pruefung.status).
    return { ...base, widget: 'object', fields: mergedVariantFields(node) };
  }
  throw new Error(`Der Editor kennt diese Art von Feld nicht: ${name} (${node._zod.def.type}).`);
}

/** Whether the field is the name of a Fluent Emoji picture (`bildSchema.name`): it is checked by hasPicture. */
function isPictureName(schema: z.core.$ZodType): boolean {
  const checks = schema._zod.def.checks ?? [];
  return checks.some((check) => String((check._zod.def as { fn?: unknown }).fn).includes('hasPicture'));
}

function objectFields(node: z.ZodObject): EditorField[] {
  return Object.entries(node.shape as Record<string, z.core.$ZodType>).map(([key, value]) => fieldFor(key, value));
}

/** The variants of a discriminated union: their discriminator value and their fields. */
function variants(node: z.ZodUnion): { key: string; value: string; fields: EditorField[] }[] {
  const key = (node._zod.def as { discriminator?: string }).discriminator ?? 'art';
  return node.options.map((option) => {
    const object = unwrap(option).node as z.ZodObject;
    const literal = unwrap((object.shape as Record<string, z.core.$ZodType>)[key] as z.core.$ZodType).node as z.ZodLiteral;
    return { key, value: String(literal.value), fields: objectFields(object).filter((field) => field.name !== key) };
  });
}

function variantsOf(node: z.ZodUnion): Pick<EditorField, 'types' | 'typeKey'> {
  const all = variants(node);
  return {
    typeKey: all[0]?.key ?? 'art',
    types: all.map(({ value, fields }) => ({ name: value, label: value, widget: 'object', fields })),
  };
}

function mergedVariantFields(node: z.ZodUnion): EditorField[] {
  const all = variants(node);
  const key = all[0]?.key ?? 'status';
  const fields: EditorField[] = [{ name: key, label: key, widget: 'select', options: all.map(({ value }) => ({ label: value, value })) }];
  for (const variant of all) {
    for (const field of variant.fields) {
      if (!fields.some((known) => known.name === field.name)) fields.push({ ...field, required: false });
    }
  }
  return fields;
}

/** The body of a text: our own widget, with the MDX components as blocks to insert. */
const BODY: EditorField = { name: 'body', label: 'Text', widget: 'mdx', required: false };

/** Where the files of a collection are, as Decap CMS reads them. */
function collectionConfig(name: CollectionName, contentDir: string) {
  const labels = COLLECTION_LABELS[name];
  const fields = objectFields(editorSchemas[name] as z.ZodObject);
  const isYaml = COLLECTION_FILES[name].pattern.includes('yaml');
  const base = {
    name,
    label: labels.label,
    label_singular: labels.singular,
    folder: `${contentDir}/${name}`,
    create: true,
    delete: false,
    identifier_field: labels.titleField,
    summary: `{{${labels.titleField}}}`,
  };
  if (isYaml) return { ...base, extension: 'yaml', format: 'yaml', fields };
  // Lessons sit in the folder of their module.
  const path = name === 'lessons' ? { path: '{{modul}}/{{slug}}' } : {};
  return { ...base, extension: 'mdx', format: 'frontmatter', ...path, fields: [...fields, BODY] };
}

/** The standard-German texts sit in one folder per section they belong to: one list each in the editor. */
const ALLTAG_FOLDERS = ['partners', 'projects'] as const;

function collectionsOf(name: CollectionName, contentDir: string) {
  const config = collectionConfig(name, contentDir);
  if (name !== 'alltag') return [config];
  return ALLTAG_FOLDERS.map((folder) => ({
    ...config,
    name: `alltag-${folder}`,
    label: `${config.label}: ${COLLECTION_LABELS[folder].label}`,
    folder: `${config.folder}/${folder}`,
  }));
}

export type Backend =
  | { name: 'proxy'; proxy_url: string }
  | { name: 'github' | 'gitlab' | 'gitea'; repo: string; branch?: string; base_url?: string; api_root?: string; app_id?: string };

/** The whole configuration: `contentDir` is the folder of the texts, relative to the repository. */
export function editorConfig(backend: Backend, contentDir = 'content') {
  return {
    backend,
    locale: 'de',
    load_config_file: false,
    publish_mode: 'simple',
    media_folder: 'public/bilder',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: (Object.keys(COLLECTION_LABELS) as CollectionName[]).flatMap((name) => collectionsOf(name, contentDir)),
  };
}
