/** The generated files of the editor's guide and how each is made. */
import { fieldsMarkdownFromProject } from './fields.ts';
import { pictureCatalogue } from './pictures.ts';

export const GENERATED: Record<string, () => string> = {
  'docs/redaktion/felder.md': () => fieldsMarkdownFromProject(),
  'docs/redaktion/bilder.html': pictureCatalogue,
};
