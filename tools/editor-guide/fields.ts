/**
 * The generated part of the editor's guide: every field of every kind of entry with its allowed values, read from
 * the zod schemas (src/lib/content/schemas.ts) and the closed lists (src/lib/content/vocab.ts), with the comment
 * that stands above the field in the schema; and the easy-read rules with their severity from
 * leichte-sprache.config.yaml. `npm run write:editor-guide` writes it; `guide.test.ts` fails while it is stale.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'astro/zod';
import { buildSchemas, type CollectionName, type RefFactory } from '../../src/lib/content/schemas.ts';
import * as vocab from '../../src/lib/content/vocab.ts';

/** The subset of JSON Schema that zod writes for our schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: string[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  format?: string;
  pattern?: string;
  referenz?: CollectionName;
  leichteSprache?: boolean;
}

/** The kinds of entries in the order the guide explains them, with their German names. */
export const KINDS: { collection: CollectionName; name: string; schema: string; file: string }[] = [
  { collection: 'lessons', name: 'Lektion', schema: 'lessonSchema', file: 'content/lessons/<modul>/<id>.mdx' },
  { collection: 'modules', name: 'Modul', schema: 'moduleSchema', file: 'content/modules/<id>.mdx' },
  { collection: 'workshops', name: 'Angebot (Workshop)', schema: 'workshopSchema', file: 'content/workshops/<id>.mdx' },
  { collection: 'partners', name: 'Partner', schema: 'partnerSchema', file: 'content/partners/<id>.mdx' },
  { collection: 'projects', name: 'Projekt oder Vereinbarung', schema: 'projectSchema', file: 'content/projects/<id>.mdx' },
  { collection: 'glossary', name: 'Wort im Wörter·buch', schema: 'glossarySchema', file: 'content/glossary/<id>.yaml' },
  { collection: 'seiten', name: 'Seite', schema: 'seiteSchema', file: 'content/seiten/<id>.mdx' },
  {
    collection: 'alltag',
    name: 'Text in Alltags·sprache (zu einem Partner oder Projekt)',
    schema: 'alltagSchema',
    file: 'content/alltag/partners/<id>.mdx oder content/alltag/projects/<id>.mdx',
  },
];

/** A reference keeps the collection it points at, so the guide can say "eine id aus content/partners". */
const describingRef: RefFactory = (collection) => z.string().meta({ referenz: collection }) as never;

/**
 * The comments above the fields in schemas.ts, by the function or constant they stand in and the field's name
 * ("lessonSchema" → "modul" → "The module this lesson belongs to …"). Comments are English in the code; the guide
 * shows them as they are, beside the German rules.
 */
export function fieldComments(source: string): Map<string, Map<string, string>> {
  const file = ts.createSourceFile('schemas.ts', source, ts.ScriptTarget.Latest, true);
  const byOwner = new Map<string, Map<string, string>>();
  const visit = (node: ts.Node, owner: string) => {
    let current = owner;
    if ((ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node)) && node.name && ts.isIdentifier(node.name))
      current = node.name.text;
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const doc = ts
        .getJSDocCommentsAndTags(node)
        .filter(ts.isJSDoc)
        .map((d) => (typeof d.comment === 'string' ? d.comment : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (doc) {
        const fields = byOwner.get(current) ?? new Map<string, string>();
        // The same name with two comments in one place (the variants of `pruefung`): the guide cannot tell which.
        const before = fields.get(node.name.text);
        fields.set(node.name.text, before === undefined || before === doc ? doc : '');
        byOwner.set(current, fields);
      }
    }
    ts.forEachChild(node, (child) => {
      visit(child, current);
    });
  };
  visit(file, '');
  return byOwner;
}

/** The closed list whose values are exactly these, with its labels. */
function closedList(values: readonly string[]): Record<string, unknown> | undefined {
  const lists: Record<string, unknown>[] = Object.values(vocab);
  return lists.find((list) => Object.keys(list).length === values.length && values.every((v) => v in list));
}

const label = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'name' in value ? String(value.name) : '';

/** What a field allows, in German. */
function allowed(schema: JsonSchema): string {
  if (schema.referenz) return `die id einer Datei in \`content/${schema.referenz}/\``;
  if (schema.enum) {
    const list = closedList(schema.enum);
    return `eins von: ${schema.enum.map((v) => (list ? `\`${v}\` (${label(list[v])})` : `\`${v}\``)).join(', ')}`;
  }
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const).replace(/^"|"$/g, '')}\``;
  const variants = schema.anyOf ?? [];
  if (variants.some((v) => v.type === 'number') && variants.some((v) => v.type === 'string')) {
    return 'ein Datum: `2022-06-14`, nur Monat `2022-12` oder nur Jahr `2022`';
  }
  if (schema.type === 'array' && schema.items) {
    const min = schema.minItems ? `, mindestens ${schema.minItems}` : '';
    return `eine Liste${min}; jeder Eintrag: ${allowed(schema.items)}`;
  }
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uri') return 'eine Internet·adresse (https://…)';
      if (schema.pattern) return 'ein Zeit·punkt: `2026-03-05T10:00` (deutsche Zeit)';
      return schema.maxLength ? `Text, höchstens ${schema.maxLength} Zeichen` : 'Text';
    case 'integer':
      return `ganze Zahl ab ${schema.minimum ?? 0}`;
    case 'number':
      return 'Zahl';
    case 'boolean':
      return '`true` oder `false`';
    case 'object':
      return 'die Felder darunter';
    default:
      return 'siehe Beschreibung';
  }
}

interface Row {
  path: string;
  required: boolean;
  allowed: string;
  easyRead: boolean;
  comment: string;
}

/** Finds the comments of an object's fields: in the place of the code whose commented fields it shares most. */
type Comments = (fields: readonly string[]) => Map<string, string>;

/** The rows of one object schema, nested fields as "antworten[].text", variants as "(art: eine)". */
function rows(schema: JsonSchema, prefix: string, commentsFor: Comments, own?: Map<string, string>): Row[] {
  const out: Row[] = [];
  const comments = own ?? commentsFor(Object.keys(schema.properties ?? {}));
  const required = new Set(schema.required ?? []);
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const at = `${prefix}${name}`;
    const inner = field.type === 'array' && field.items ? field.items : field;
    const hasDefault = field.default !== undefined;
    out.push({
      path: at,
      required: required.has(name) && !hasDefault,
      allowed: `${name === 'name' && prefix.endsWith('bild.') ? 'ein Bild·name aus dem Bilder·katalog (bilder.html)' : allowed(field)}${hasDefault ? ` (ohne Angabe: \`${JSON.stringify(field.default)}\`)` : ''}`,
      easyRead: Boolean(field.leichteSprache ?? inner.leichteSprache),
      comment: comments.get(name) ?? '',
    });
    const listed = field.type === 'array' ? '[]' : '';
    if (inner.properties) out.push(...rows(inner, `${at}${listed}.`, commentsFor));
    if (inner.oneOf) out.push(...variantRows(inner.oneOf, `${at}${listed}`, commentsFor));
  }
  return out;
}

/** Fields of a union: those every variant has once, the others under the variant that has them. */
function variantRows(variants: JsonSchema[], at: string, comments: Comments): Row[] {
  const perVariant = variants.map((variant) => {
    const key = Object.entries(variant.properties ?? {}).find(([, f]) => f.const !== undefined);
    return { name: key ? `${key[0]}: ${JSON.stringify(key[1].const).replace(/^"|"$/g, '')}` : '', rows: rows(variant, `${at}.`, comments) };
  });
  const same = (a: Row, b: Row) => a.path === b.path && a.allowed === b.allowed && a.required === b.required;
  const shared = (perVariant[0]?.rows ?? []).filter((row) => perVariant.every((v) => v.rows.some((r) => same(r, row))));
  return [
    ...shared,
    ...perVariant.flatMap((v) =>
      v.rows.filter((row) => !shared.some((s) => same(s, row))).map((row) => ({ ...row, path: `${row.path} (bei ${v.name})` })),
    ),
  ];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown of the fields of every kind of entry and of the easy-read rules. */
export function fieldsMarkdown(schemaSource: string, configSource: string): string {
  const schemas = buildSchemas(describingRef);
  const comments = fieldComments(schemaSource);
  const commentsFor: Comments = (fields) => {
    let best = new Map<string, string>();
    let overlap = 0;
    for (const owned of comments.values()) {
      const shared = fields.filter((f) => owned.has(f)).length;
      if (shared > overlap) [best, overlap] = [owned, shared];
    }
    return best;
  };
  const out: string[] = [
    '# Felder und Regeln: die Liste zum Nach·schlagen',
    '',
    '<!-- Erzeugt von `npm run write:editor-guide` aus src/lib/content/schemas.ts, src/lib/content/vocab.ts und',
    '     leichte-sprache.config.yaml. Nicht von Hand ändern: Ein Test schlägt fehl, solange diese Datei veraltet ist. -->',
    '',
    'Diese Liste entsteht aus den Regeln, mit denen `npm run check:content` jede Datei prüft. Was hier steht, gilt also genau so.',
    '„Pflicht“ heißt: Ohne das Feld hält die Prüfung an. „Leichte Sprache“ heißt: `npm run lint:text` prüft den Text des Felds.',
    'Die Beschreibungen stammen aus den Kommentaren im Code und sind darum englisch.',
    '',
  ];
  for (const kind of KINDS) {
    const json = z.toJSONSchema(schemas[kind.collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    out.push(
      `## ${kind.name}`,
      '',
      `Datei: \`${kind.file}\``,
      '',
      '| Feld | Pflicht | Erlaubt | Leichte Sprache | Beschreibung |',
      '| --- | --- | --- | --- | --- |',
      ...rows(json, '', commentsFor, comments.get(kind.schema) ?? new Map()).map(
        (row) =>
          `| \`${cell(row.path)}\` | ${row.required ? 'ja' : 'nein'} | ${cell(row.allowed)} | ${row.easyRead ? 'ja' : ''} | ${cell(row.comment)} |`,
      ),
      '',
    );
  }
  out.push(...rulesMarkdown(configSource));
  return `${out.join('\n').trimEnd()}\n`;
}

/** The rules of leichte-sprache.config.yaml: id, severity and the comment above each. */
export function rulesMarkdown(configSource: string): string[] {
  const doc = parseDocument(configSource);
  const regeln = doc.get('regeln');
  if (!isMap(regeln)) return [];
  const severity: Record<string, string> = {
    fehler: 'Fehler und Warnungen (ein Fehler hält den Bau an)',
    warnung: 'nur Warnungen',
    aus: 'ausgeschaltet',
  };
  const lines = [
    '## Regeln der Leichten Sprache, die `npm run lint:text` prüft',
    '',
    '| Regel | meldet | Was sie prüft |',
    '| --- | --- | --- |',
  ];
  regeln.items.forEach((pair, index) => {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    // The comment above the first rule belongs to the list itself in the YAML document.
    const above = (isScalar(pair.key) ? pair.key.commentBefore : undefined) ?? (index === 0 ? regeln.commentBefore : undefined);
    const comment = (above ?? '').replace(/\s*\n\s*/g, ' ').trim();
    const value = pair.value;
    const schwere: unknown = isMap(value) ? value.get('schwere') : undefined;
    lines.push(`| \`${id}\` | ${typeof schwere === 'string' ? (severity[schwere] ?? schwere) : ''} | ${cell(comment)} |`);
  });
  lines.push(
    '',
    'Die Grenzen (zum Beispiel wie viele Wörter ein Satz haben darf) und die Listen stehen in `leichte-sprache.config.yaml`.',
    '',
  );
  return lines;
}

/** Reads the sources from the project and returns the generated Markdown. */
export function fieldsMarkdownFromProject(root = '.'): string {
  return fieldsMarkdown(
    readFileSync(`${root}/src/lib/content/schemas.ts`, 'utf8'),
    readFileSync(`${root}/leichte-sprache.config.yaml`, 'utf8'),
  );
}
