/**
 * `npm run write:editor-guide`: writes the generated parts of the editor's guide, docs/redaktion/felder.md (every
 * field and its allowed values, the easy-read rules) and docs/redaktion/bilder.html (the picture catalogue).
 * Run it after changing a schema, a closed list, the linter's configuration or the icon package;
 * guide.test.ts fails while the files differ from what this writes.
 */
import { writeFile } from 'node:fs/promises';
import { GENERATED } from './generated.ts';

for (const [file, make] of Object.entries(GENERATED)) {
  await writeFile(file, make());
  console.log(`${file} geschrieben.`);
}
