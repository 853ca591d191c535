import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { contentSchemas } from '../content-check/check.ts';
import { schemaFields } from '../lint/fields.ts';
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/schemas.ts';
import * as vocab from '../../src/lib/content/vocab.ts';
import { editorConfig, fieldFor, type EditorField } from './config.ts';

const config = editorConfig({ name: 'proxy', proxy_url: '/api/v1' });

/** Every field of the editor's forms as the linter names schema fields ("selbstcheck[].antworten[].text"), with its form field. */
function formFields(fields: readonly EditorField[], at = ''): Map<string, EditorField> {
  const found = new Map<string, EditorField>();
  for (const field of fields) {
    const here = at === '' ? field.name : `${at}.${field.name}`;
    if (field.widget === 'list') {
      if (field.field) found.set(`${here}[]`, field.field);
      for (const [key, value] of formFields(field.fields ?? [], `${here}[]`)) found.set(key, value);
      for (const type of field.types ?? []) {
        found.set(`${here}[].${field.typeKey ?? 'type'}`, {
          name: field.typeKey ?? 'type',
          label: '',
          widget: 'select',
          options: (field.types ?? []).map((t) => ({ label: t.name, value: t.name })),
        });
        for (const [key, value] of formFields(type.fields ?? [], `${here}[]`)) found.set(key, value);
      }
    } else if (field.widget === 'object') {
      for (const [key, value] of formFields(field.fields ?? [], here)) found.set(key, value);
    } else {
      found.set(field.multiple ? `${here}[]` : here, field);
    }
  }
  return found;
}

function collectionFields(name: CollectionName): Map<string, EditorField> {
  const collection = config.collections.find((c) => c.name === name || c.name.startsWith(`${name}-`));
  if (!collection) throw new Error(`Keine Sammlung ${name} im Editor`);
  return formFields(collection.fields);
}

/** The values a closed-list field of the schema allows (across the variants of a union, e.g. pruefung.status). */
function enumValues(schema: z.core.$ZodType, pattern: string): string[] | undefined {
  let nodes: z.core.$ZodType[] = [schema];
  for (const step of pattern.split('.')) {
    nodes = nodes.flatMap((node) => childrenOf(node, step.replace('[]', ''), step.endsWith('[]')));
  }
  const values = nodes
    .map(unwrapAll)
    .flatMap((inner) =>
      inner instanceof z.ZodEnum ? inner.options.map(String) : inner instanceof z.ZodLiteral ? [String(inner.value)] : [],
    );
  return values.length === 0 ? undefined : [...new Set(values)];
}
function unwrapAll(node: z.core.$ZodType): z.core.$ZodType {
  const def = node._zod.def;
  return 'innerType' in def ? unwrapAll(def.innerType as z.core.$ZodType) : node;
}
function childrenOf(node: z.core.$ZodType, key: string, isList: boolean): z.core.$ZodType[] {
  const inner = unwrapAll(node);
  if (inner instanceof z.ZodUnion) return inner.options.flatMap((option) => childrenOf(option, key, isList));
  if (!(inner instanceof z.ZodObject)) return [];
  const child = (inner.shape as Record<string, z.core.$ZodType | undefined>)[key];
  if (!child) return [];
  if (!isList) return [child];
  const list = unwrapAll(child);
  return list instanceof z.ZodArray ? [list.element] : [];
}

describe('the editor configuration', () => {
  it.each(COLLECTIONS)('has a form field for every field of the schema of %s', (name) => {
    const form = collectionFields(name);
    const missing = schemaFields(contentSchemas[name])
      .map((field) => field.pattern)
      .filter((pattern) => !form.has(pattern));
    expect(missing).toEqual([]);
  });

  it.each(COLLECTIONS)('offers exactly the values of every closed list in %s', (name) => {
    const form = collectionFields(name);
    for (const { pattern } of schemaFields(contentSchemas[name])) {
      const values = enumValues(contentSchemas[name], pattern);
      if (!values) continue;
      const offered = form.get(pattern)?.options?.map((option) => option.value);
      expect(offered, pattern).toEqual(expect.arrayContaining(values));
      expect(offered?.length, pattern).toBe(values.length);
    }
  });

  it('offers every region and every kind of self-check question', () => {
    const workshops = collectionFields('workshops');
    expect(workshops.get('region')?.options?.map((o) => o.value)).toEqual(Object.keys(vocab.REGIONEN));
    expect(
      collectionFields('lessons')
        .get('selbstcheck[].art')
        ?.options?.map((o) => o.value),
    ).toEqual(['eine', 'mehrere', 'stimmt', 'bild', 'reihenfolge']);
  });

  it('shows the easy-read label of a value next to the value', () => {
    const option = collectionFields('workshops')
      .get('format')
      ?.options?.find((o) => o.value === 'vor-ort');
    expect(option?.label).toBe('Vor Ort (vor-ort)');
  });

  it('gives references a picker of the entries they point at', () => {
    expect(collectionFields('lessons').get('modul')).toMatchObject({ widget: 'relation', collection: 'modules' });
    expect(collectionFields('workshops').get('kontakt')).toMatchObject({ widget: 'relation', collection: 'partners' });
    expect(collectionFields('projects').get('foerderer[]')).toMatchObject({ widget: 'relation', collection: 'partners' });
  });

  it('gives pictures the picture picker and points in time a date picker', () => {
    expect(collectionFields('lessons').get('selbstcheck[].antworten[].bild.name')?.widget).toBe('bild');
    expect(collectionFields('workshops').get('termine[].beginn')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm' });
  });

  it('puts a new closed-list value into the drop-down without any other change', () => {
    const field = fieldFor('farbe', z.enum(['rot', 'gruen']).optional());
    expect(field).toMatchObject({ widget: 'select', required: false, options: [{ value: 'rot' }, { value: 'gruen' }] });
  });

  it('refuses a kind of field it cannot show, instead of leaving it out', () => {
    expect(() => fieldFor('karte', z.map(z.string(), z.string()))).toThrow(/karte/);
  });
});
