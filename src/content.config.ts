/**
 * The content collections. The schemas themselves live in src/lib/content/schemas.ts, so that
 * the content check (src/lib/content/check.ts) validates with exactly the same rules.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildSchemas, COLLECTION_FILES, type CollectionName } from './lib/content/schemas.ts';

const schemas = buildSchemas(reference);

/**
 * The folder that holds content/: the project itself, or (LL_CONTENT_ROOT) another one, so the
 * tests can build a small site from the fixture, e.g. one whose workshop has dates.
 */
const contentRoot = process.env['LL_CONTENT_ROOT'] ?? '.';

const loaderFor = (name: CollectionName) =>
  glob({ pattern: COLLECTION_FILES[name].pattern, base: `${contentRoot}/content/${name}` });

export const collections = {
  alltag: defineCollection({ loader: loaderFor('alltag'), schema: schemas.alltag }),
  modules: defineCollection({ loader: loaderFor('modules'), schema: schemas.modules }),
  lessons: defineCollection({ loader: loaderFor('lessons'), schema: schemas.lessons }),
  workshops: defineCollection({ loader: loaderFor('workshops'), schema: schemas.workshops }),
  partners: defineCollection({ loader: loaderFor('partners'), schema: schemas.partners }),
  projects: defineCollection({ loader: loaderFor('projects'), schema: schemas.projects }),
  glossary: defineCollection({ loader: loaderFor('glossary'), schema: schemas.glossary }),
  seiten: defineCollection({ loader: loaderFor('seiten'), schema: schemas.seiten }),
};
