/** `npm run check:content`: checks every file in content/ and lists what to fix. */
import { checkContent, formatFindings } from './check.ts';
import { contentDirFor } from '../../src/lib/content/dir.ts';

const findings = await checkContent(process.cwd(), contentDirFor(process.cwd()));
if (findings.length > 0) {
  console.error(`Der Inhalt hat ${findings.length} Fehler:\n${formatFindings(findings)}`);
  process.exit(1);
}
console.log('Der Inhalt ist in Ordnung.');
