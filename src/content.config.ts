/**
 * The content collections. The schemas themselves live in src/lib/content/schemas.ts, so that
 * the content check (tools/content-check/check.ts) validates with exactly the same rules.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirFor } from './lib/content/dir.ts';
import { buildSchemas, COLLECTION_FILES, type CollectionName } from './lib/content/schemas.ts';

const schemas = buildSchemas(reference);
// `content/` in the project, or the folder CONTENT_DIR names (the benchmark's generated copy, the test fixture).
const contentDir = contentDirFor('.');

const loaderFor = (name: CollectionName) => glob({ pattern: COLLECTION_FILES[name].pattern, base: `${contentDir}/${name}` });

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
