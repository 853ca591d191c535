/**
 * The closing summary of every failing check and build: each error with its file, line and field and what to do,
 * and the warnings as one line that points to `npm run lint:text`. Nothing else, so that an editor finds every
 * error at the end of the output, however long it was.
 */

/** One error as the summary lists it. */
export interface SummaryItem {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
}

const RULE = '─'.repeat(60);

/** "content/x.mdx, Zeile 7, Feld nummer: …" */
export function summaryLine(item: SummaryItem): string {
  return `${item.file}${item.line ? `, Zeile ${item.line}` : ''}${item.field ? `, Feld ${item.field}` : ''}: ${item.message}`;
}

/** The line about warnings, or "" when there are none. */
export function warningsLine(warnings: number): string {
  if (warnings === 0) return '';
  return `${warnings === 1 ? '1 Warnung' : `${warnings} Warnungen`} zur Leichten Sprache, die den Bau nicht aufhalten: npm run lint:text zeigt sie.`;
}

/** The summary of a failing run (errors by file and line, numbered), or "" when there is no error. */
export function formatSummary(title: string, unsorted: readonly SummaryItem[], warnings = 0): string {
  if (unsorted.length === 0) return '';
  const errors = [...unsorted].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const width = String(errors.length).length;
  return [
    RULE,
    `${title}: ${errors.length === 1 ? '1 Fehler' : `${errors.length} Fehler`}. Bitte ändern:`,
    ...errors.map((item, i) => `${String(i + 1).padStart(width)}. ${summaryLine(item)}`),
    warningsLine(warnings),
    RULE,
  ]
    .filter(Boolean)
    .join('\n');
}
