/** `npm run check:content`: checks every file in content/ and ends with what to fix. */
import { checkContent } from './check.ts';
import { formatSummary } from './summary.ts';
import { contentDirFor } from '../../src/lib/content/dir.ts';

const findings = await checkContent(process.cwd(), contentDirFor(process.cwd()));
if (findings.length > 0) {
  console.error(formatSummary('Der Inhalt hat Fehler', findings));
  process.exit(1);
}
console.log('Der Inhalt ist in Ordnung.');
