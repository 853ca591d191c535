/**
 * `npm run lint:text [--json] [--quiet] [path …]`: checks easy-read texts against the rules in
 * leichte-sprache.config.yaml. Paths are files or folders (.mdx, .md, .yaml, .txt);
 * without paths it checks every text of the site (content/ and src/i18n/de-ls.yaml).
 * Exit code 1 on any error, 0 with only warnings, 2 when the command cannot run.
 */
import { lintPathsCached } from './cache.ts';
import { ConfigError } from './config.ts';
import { DEFAULT_PATHS, lintPaths } from './lint.ts';
import { formatHuman, formatJson, totals } from './report.ts';

const HELP = `Aufruf: npm run lint:text -- [--json] [--quiet] [Datei oder Ordner …]
Prüft Texte in Leichter Sprache. Ohne Angabe: ${DEFAULT_PATHS.join(' und ')}.
  --json   Ausgabe für Programme
  --quiet  nur Fehler zeigen, dazu eine Zeile mit jeder Datei, die einen Fehler hat
  --no-cache  jede Datei neu prüfen (sonst nur die geänderten, siehe tools/lint/cache.ts)`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const json = args.includes('--json');
const quiet = args.includes('--quiet');
const noCache = args.includes('--no-cache');
const unknown = args.filter((a) => a.startsWith('-') && !['--json', '--quiet', '--no-cache'].includes(a));
if (unknown.length > 0) {
  console.error(`Unbekannte Option: ${unknown.join(' ')}\n${HELP}`);
  process.exit(2);
}
const paths = args.filter((a) => !a.startsWith('-'));

try {
  const given = paths.length > 0 ? paths : DEFAULT_PATHS;
  const reports = noCache ? await lintPaths(process.cwd(), given) : (await lintPathsCached(process.cwd(), given)).reports;
  console.log(json ? formatJson(reports) : formatHuman(reports, { quiet }));
  process.exitCode = totals(reports).errors > 0 ? 1 : 0;
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`Die Datei oder den Ordner gibt es nicht: ${(error as NodeJS.ErrnoException).path ?? ''}`);
  } else console.error(error);
  process.exitCode = 2;
}
