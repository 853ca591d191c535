/**
 * Output of the linter: for people (grouped by file, a summary per file and a closing line),
 * and as JSON for tools.
 */
import type { FileReport, Finding } from './lint.ts';
import { formatSummary, type SummaryItem } from '../content-check/summary.ts';

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  sentences: number;
  /** Sentences with a finding, and with an error. */
  flaggedSentences: number;
  sentencesWithErrors: number;
  /** Findings per rule id. */
  byRule: Record<string, { errors: number; warnings: number }>;
}

export function totals(reports: readonly FileReport[]): Totals {
  const result: Totals = {
    files: reports.length,
    errors: 0,
    warnings: 0,
    sentences: 0,
    flaggedSentences: 0,
    sentencesWithErrors: 0,
    byRule: {},
  };
  for (const report of reports) {
    result.sentences += report.stats.sentences;
    result.flaggedSentences += report.stats.flaggedSentences;
    result.sentencesWithErrors += report.stats.sentencesWithErrors;
    for (const finding of report.findings) {
      const rule = (result.byRule[finding.ruleId] ??= { errors: 0, warnings: 0 });
      if (finding.severity === 'error') {
        result.errors++;
        rule.errors++;
      } else {
        result.warnings++;
        rule.warnings++;
      }
    }
  }
  return result;
}

const number = (value: number, digits = 1) =>
  value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

function formatFinding(finding: Finding): string {
  const where = `${String(finding.line)}:${String(finding.column)}`.padEnd(8);
  const severity = (finding.severity === 'error' ? 'Fehler' : 'Warnung').padEnd(8);
  const lines = [`  ${where}${severity}${finding.ruleId.padEnd(20)}${finding.message}`];
  if (finding.words && !finding.message.includes(finding.words)) lines.push(`${' '.repeat(38)}Text: „${finding.words}“`);
  if (finding.suggestion) lines.push(`${' '.repeat(38)}Vorschlag: ${finding.suggestion}`);
  return lines.join('\n');
}

/** An error as the closing summary of the linter and of the build lists it. */
export function summaryItem(finding: Pick<Finding, 'file' | 'line' | 'message' | 'suggestion' | 'ruleId'>): SummaryItem {
  return {
    file: finding.file,
    line: finding.line,
    message: `${finding.message}${finding.suggestion ? ` Vorschlag: ${finding.suggestion}` : ''} (Regel ${finding.ruleId})`,
  };
}

/** The closing summary of a run with errors: each error with file, line and what to do. */
function errorSummary(reports: readonly FileReport[], warnings: number): string {
  const errors = reports.flatMap((report) => report.findings.filter((f) => f.severity === 'error').map(summaryItem));
  return formatSummary('Leichte Sprache', errors, warnings);
}

/**
 * The report for people. `quiet` (the build uses it) shows only errors, each under its file, and one
 * closing line; a run with errors ends with the summary of every error, so none is buried in warnings.
 */
export function formatHuman(reports: readonly FileReport[], options: { quiet?: boolean } = {}): string {
  const t = totals(reports);
  if (options.quiet) {
    const out: string[] = [];
    const withErrors = reports.filter((report) => report.findings.some((f) => f.severity === 'error'));
    for (const report of withErrors) {
      out.push(report.file, ...report.findings.filter((f) => f.severity === 'error').map(formatFinding), '');
    }
    out.push(
      t.errors === 0
        ? `Leichte Sprache: kein Fehler in ${plural(t.files, 'Datei', 'Dateien')} (${plural(t.warnings, 'Warnung', 'Warnungen')}: npm run lint:text zeigt sie).`
        : errorSummary(reports, t.warnings),
    );
    return out.join('\n');
  }
  const out: string[] = [];
  for (const report of reports) {
    const s = report.stats;
    out.push(report.file);
    for (const finding of report.findings) out.push(formatFinding(finding));
    out.push(
      `  ${plural(s.sentences, 'Satz', 'Sätze')} · ${number(s.averageSentenceLength)} Wörter pro Satz, längster ${String(s.longestSentence)}` +
        ` · lange Wörter ${number(s.longWordShare * 100, 0)} %` +
        ` · Flesch (Amstad) ${number(s.fleschAmstad, 0)} · Wiener Sachtextformel ${number(s.wienerSachtextformel)}`,
      '',
    );
  }
  out.push(
    `${plural(t.files, 'Datei', 'Dateien')}, ${plural(t.sentences, 'Satz', 'Sätze')}: ` +
      `${plural(t.errors, 'Fehler', 'Fehler')}, ${plural(t.warnings, 'Warnung', 'Warnungen')}. ` +
      `${String(t.sentencesWithErrors)} Sätze mit Fehlern, ${String(t.flaggedSentences)} Sätze mit einer Meldung.`,
  );
  if (t.errors > 0) out.push('', errorSummary(reports, 0));
  return out.join('\n');
}

/** The report for tools: every finding, the measures per file and the totals. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    {
      findings: reports.flatMap((r) => r.findings),
      files: reports.map((r) => ({ file: r.file, ...r.stats })),
      summary: totals(reports),
    },
    null,
    2,
  );
}
