/**
 * Where the content lives: `content/` in the project, unless CONTENT_DIR names another folder
 * (absolute, or relative to the project root). The benchmark builds a generated copy this way
 * (tools/bench/generate-lessons.ts); Astro's loaders and the content check read the same folder.
 */
import path from 'node:path';

export const CONTENT_DIR_VARIABLE = 'CONTENT_DIR';
export const DEFAULT_CONTENT_DIR = 'content';

/** The absolute path of the content folder for a project root. */
export function contentDirFor(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env[CONTENT_DIR_VARIABLE] || DEFAULT_CONTENT_DIR);
}
