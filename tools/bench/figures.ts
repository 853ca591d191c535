/**
 * The figures `npm run bench` measures (the shape of tools/bench/results.json), and the budget check
 * over them. Pure code: measuring is in tools/bench/measure-*.ts.
 */
import { BUDGETS, NEEDS_SCRIPT, REPORTED_ONLY, TEMPLATE_BUDGETS, TEMPLATES, type BudgetName, type Template } from './budgets.ts';

/** Brotli bytes a first visit fetches, by kind. `html` is the whole document, inline scripts included. */
export interface TransferFigures {
  html: number;
  css: number;
  /** External scripts plus the inline scripts of the document (those are part of `html` as well). */
  js: number;
  /** Of `js`: the inline scripts. */
  inlineJs: number;
  fonts: number;
  images: number;
  other: number;
  /** HTML, CSS, external scripts, fonts and other files: everything but pictures, each byte once. */
  withoutPictures: number;
  /** Requests to /pagefind/ while the page loads, before anyone searches. */
  pagefindRequests: number;
  /** Every fetched file: path, kind, brotli bytes. */
  files: { path: string; kind: ResourceKind; bytes: number }[];
}
export type ResourceKind = 'html' | 'css' | 'js' | 'fonts' | 'images' | 'other';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that did not pass in the median run's category, for the reader of the report. */
  failedAudits: string[];
}

export interface TemplateFigures {
  path: string;
  transfer: TransferFigures;
  lighthouse?: LighthouseFigures;
}

export interface BuildFigures {
  pages: number;
  /** Wall-clock time of `astro build`. */
  ms: number;
  msPerPage: number;
  /** CPU time (user and system) of the build process: what the budget checks, see tools/bench/measure-build.ts. */
  cpuMs: number;
  cpuMsPerPage: number;
  maxRssMb: number;
}

export interface SearchFigures {
  /** Words Pagefind indexed for the lesson the bench measures (its fragment's word_count). */
  lessonIndexedWords: number;
  indexBytes: number;
  indexedPages: number;
  indexBytesPerPage: number;
  firstQuery: { term: string; bytes: number; requests: number };
  secondQuery: { term: string; bytes: number; requests: number };
}

/** One load run: a fixed number of requests at a fixed concurrency against one address (tools/bench/measure-load.ts). */
export interface LoadFigures {
  /** Which server answered: "serve.ts" (npm start) or "nginx". */
  server: string;
  path: string;
  requests: number;
  /** Connection errors, timeouts and answers other than 200. */
  errors: number;
  requestsPerSecond: number;
  /** 99th percentile of the time to an answer. */
  p99Ms: number;
}

/** Bytes the service worker fetched in the background, beyond what the page itself loaded (tools/bench/measure-transfer.ts). */
export interface BackgroundFigures {
  path: string;
  /** In a fresh browser: the first page a reader opens. */
  firstVisit: number;
  /** The same page again in a new tab of that browser: a later visit. */
  laterVisit: number;
}

export interface BenchResults {
  measuredAt: string;
  templates: Record<Template, TemplateFigures>;
  background: BackgroundFigures;
  /** `memory`: the build at 5,000 generated lessons (npm run bench -- --memory), for its peak memory; `minutes` is how long that took. */
  build: {
    site: BuildFigures;
    generated?: BuildFigures & { lessons: number };
    memory?: BuildFigures & { lessons: number; minutes: number };
  };
  search: SearchFigures;
  load: LoadFigures[];
}

export interface BudgetCheck {
  budget: BudgetName;
  /** What was measured: a template, "search" or "build". */
  subject: string;
  value: number;
  limit: number;
  pass: boolean;
  /** Reported with its budget, but a miss does not fail the bench (REPORTED_ONLY in budgets.ts). */
  reportedOnly?: boolean;
}

const atMost = (budget: BudgetName, subject: string, value: number, limit: number): BudgetCheck => ({
  budget,
  subject,
  value,
  limit,
  pass: value <= limit,
  ...(REPORTED_ONLY.includes(budget) ? { reportedOnly: true } : {}),
});
const atLeast = (budget: BudgetName, subject: string, value: number, limit: number): BudgetCheck => ({
  budget,
  subject,
  value,
  limit,
  pass: value >= limit,
});

/** Every budget applied to the figures; a check is missing only where its figure was not measured. */
export function checkBudgets(
  results: BenchResults,
  budgets: typeof BUDGETS = BUDGETS,
  templateBudgets: typeof TEMPLATE_BUDGETS = TEMPLATE_BUDGETS,
): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const template of TEMPLATES) {
    const { transfer, lighthouse } = results.templates[template];
    const own = templateBudgets[template] ?? {};
    checks.push(atMost('htmlBytes', template, transfer.html, own.htmlBytes ?? budgets.htmlBytes));
    checks.push(atMost('htmlCssBytes', template, transfer.html + transfer.css, own.htmlCssBytes ?? budgets.htmlCssBytes));
    checks.push(atMost('pageBytesWithoutPictures', template, transfer.withoutPictures, budgets.pageBytesWithoutPictures));
    checks.push(atMost('pagefindRequestsBeforeSearch', template, transfer.pagefindRequests, budgets.pagefindRequestsBeforeSearch));
    if (template === 'lesson') {
      checks.push(atMost('lessonScriptBytes', template, transfer.js, budgets.lessonScriptBytes));
      checks.push(atMost('lessonPageBytes', template, transfer.withoutPictures, budgets.lessonPageBytes));
    } else if (!NEEDS_SCRIPT[template]) checks.push(atMost('frameScriptBytes', template, transfer.js, budgets.frameScriptBytes));
    if (lighthouse) {
      for (const score of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
        checks.push(atLeast('lighthouseScore', `${template} ${score}`, lighthouse[score], budgets.lighthouseScore));
      }
      checks.push(atMost('lcpMs', template, lighthouse.lcpMs, budgets.lcpMs));
      checks.push(atMost('cls', template, lighthouse.cls, budgets.cls));
    }
  }
  const { generated } = results.build;
  if (generated) {
    const subject = `build, ${generated.lessons} extra lessons`;
    checks.push(atMost('buildMsPerPage', subject, generated.cpuMsPerPage, budgets.buildMsPerPage));
    checks.push(atMost('buildCpuMsPerLesson', subject, cpuMsPerLesson(generated), budgets.buildCpuMsPerLesson));
  }
  checks.push(
    atMost('backgroundBytesFirstVisit', results.background.path, results.background.firstVisit, budgets.backgroundBytesFirstVisit),
  );
  checks.push(atMost('firstSearchBytes', 'search', results.search.firstQuery.bytes, budgets.firstSearchBytes));
  checks.push(atMost('secondSearchBytes', 'search', results.search.secondQuery.bytes, budgets.secondSearchBytes));
  checks.push(atMost('indexedWordsPerLesson', 'search', results.search.lessonIndexedWords, budgets.indexedWordsPerLesson));
  for (const run of results.load) checks.push(atMost('loadErrors', `${run.server} ${run.path}`, run.errors, budgets.loadErrors));
  return checks;
}

/** CPU time of the build per generated lesson: the whole build's CPU over the lessons added. */
export function cpuMsPerLesson(build: BuildFigures & { lessons: number }): number {
  return Math.round((build.cpuMs / build.lessons) * 10) / 10;
}

/** Whether the bench fails: a missed budget that is enforced. */
export const failsBench = (checks: readonly BudgetCheck[]): boolean => checks.some((check) => !check.pass && !check.reportedOnly);

/** The middle value: for three Lighthouse runs, the one that is neither best nor worst. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
