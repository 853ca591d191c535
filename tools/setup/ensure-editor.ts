/**
 * Makes sure the editing page (`npm run editor`, `npm run test:editor`) has Decap CMS in the version it is made for
 * (tools/editor/decap.ts says why it is not one of the project's packages). It fetches the package with `npm pack`
 * from the registry, refuses it unless its integrity is the pinned one, and keeps only the browser bundle
 * (no source maps, no second bundle, no install scripts run). Prints the time and the bytes it took.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DECAP_FOLDER,
  DECAP_INTEGRITY,
  DECAP_MARKER,
  DECAP_VERSION,
  decapReady,
  integrityOf,
  isBundleFile,
  untar,
} from '../editor/decap.ts';

const PACKAGE = `decap-cms@${DECAP_VERSION}`;

if (!decapReady()) {
  const started = Date.now();
  console.log(`Hole ${PACKAGE} für die Bearbeitungs·seite …`);
  const parent = path.dirname(DECAP_FOLDER);
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(path.join(parent, 'laden-'));
  try {
    let packed: { filename: string }[];
    try {
      const output = execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], { encoding: 'utf8' });
      packed = JSON.parse(output) as { filename: string }[];
    } catch (error) {
      console.error(`
Decap CMS ließ sich nicht laden (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).
Die Bearbeitungs·seite braucht einmal eine Verbindung zur npm-Registry. So geht es von Hand:
  npm pack ${PACKAGE}   und dann   node tools/setup/ensure-editor.ts
`);
      process.exit(1);
    }
    const tgz = readFileSync(path.join(work, packed[0]?.filename ?? ''));
    if (integrityOf(tgz) !== DECAP_INTEGRITY) {
      console.error(`${PACKAGE} hat nicht die erwartete Prüf·summe (${DECAP_INTEGRITY}). Es wird nicht benutzt.`);
      process.exit(1);
    }
    const unpacked = path.join(work, 'dist');
    mkdirSync(unpacked);
    let bytes = 0;
    let count = 0;
    for (const [name, data] of untar(tgz)) {
      const file = name.replace(/^package\/dist\//, '');
      if (file === name || file.includes('/') || !isBundleFile(file)) continue;
      writeFileSync(path.join(unpacked, file), data);
      bytes += data.length;
      count++;
    }
    writeFileSync(path.join(unpacked, DECAP_MARKER), `${JSON.stringify({ version: DECAP_VERSION, integrity: DECAP_INTEGRITY })}\n`);
    rmSync(DECAP_FOLDER, { recursive: true, force: true });
    renameSync(unpacked, DECAP_FOLDER);
    const mb = (n: number) => (n / 1_000_000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
    console.log(
      `${PACKAGE}: ${mb(tgz.length)} MB geladen, ${count} Dateien mit ${mb(bytes)} MB behalten, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
console.log(`Decap CMS für die Bearbeitungs·seite: ${DECAP_VERSION} (${path.relative(process.cwd(), DECAP_FOLDER)})`);
