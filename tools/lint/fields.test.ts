/** The linter reads exactly the fields the schemas mark as easy-read text, and no other. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/schemas.ts';
import { contentSchemas } from '../content-check/check.ts';
import { isEasyReadField, schemaFields } from './fields.ts';
import { extract } from './sources.ts';

/** Front matter with a sentence in every field of the collection's schema (one item in every list). */
function everyFieldFilled(collection: CollectionName): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const { pattern } of schemaFields(contentSchemas[collection])) {
    const steps = pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), 0] : [part]));
    let node: Record<string | number, unknown> = data;
    steps.forEach((step, i) => {
      const next = steps[i + 1];
      if (next === undefined) node[step] = 'Das ist ein Satz.';
      else node = (node[step] ??= typeof next === 'number' ? [] : {}) as Record<string | number, unknown>;
    });
  }
  return data;
}

const fileOf = (collection: CollectionName) =>
  collection === 'glossary'
    ? 'content/glossary/wort.yaml'
    : collection === 'alltag'
      ? 'content/alltag/partners/p.mdx'
      : `content/${collection}/x.mdx`;

describe('easy-read fields', () => {
  it.each(COLLECTIONS)('reads exactly the marked fields of %s', (collection) => {
    const yaml = stringify(everyFieldFilled(collection));
    const source = collection === 'glossary' ? yaml : `---\n${yaml}---\n`;
    const read = extract(fileOf(collection), source).blocks.map((block) => block.field);
    const marked = schemaFields(contentSchemas[collection])
      .filter((field) => field.easyRead)
      .map((field) => field.pattern.replaceAll('[]', '[Nr. 1]'));
    expect(read.sort()).toEqual(marked.sort());
  });

  it('finds the marks inside lists, optional fields and every kind of question', () => {
    const lessons = schemaFields(contentSchemas.lessons);
    const easyRead = lessons.filter((field) => field.easyRead).map((field) => field.pattern);
    expect(easyRead).toEqual(
      expect.arrayContaining([
        'gelernt[]',
        'selbstcheck[].antworten[].rueckmeldung',
        'selbstcheck[].antworten[].bild.alt',
        'selbstcheck[].schritte[]',
      ]),
    );
    expect(lessons.find((field) => field.pattern === 'pruefung.gruppe')).toEqual({ pattern: 'pruefung.gruppe', easyRead: false });
  });

  it('leaves official names, sources and standard German alone', () => {
    expect(isEasyReadField('partners', ['rolle'])).toBe(true);
    expect(isEasyReadField('partners', ['name'])).toBe(false);
    expect(isEasyReadField('projects', ['titel'])).toBe(false);
    expect(isEasyReadField('projects', ['kurztitel'])).toBe(true);
    expect(isEasyReadField('projects', ['quellen', 0])).toBe(false);
    expect(isEasyReadField('alltag', ['titel'])).toBe(false);
  });
});
