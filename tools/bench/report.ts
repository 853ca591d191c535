/** The benchmark's figures as a readable Markdown table (stdout and tools/bench/results.md). */
import { BUDGETS, TEMPLATE_BUDGETS, TEMPLATES, type BudgetName } from './budgets.ts';
import { cpuMsPerLesson, type BenchResults, type BudgetCheck, type BuildFigures } from './figures.ts';

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** A budget's limit as a reader understands it. */
export function formatLimit(budget: BudgetName, limit: number): string {
  if (budget.includes('Bytes')) return `≤ ${kB(limit)} kB`;
  if (budget === 'lighthouseScore') return `≥ ${limit}`;
  if (budget === 'lcpMs') return `≤ ${limit} ms`;
  if (budget === 'buildMsPerPage') return `≤ ${limit} ms/page`;
  if (budget === 'buildCpuMsPerLesson') return `≤ ${limit} ms/lesson`;
  if (budget === 'indexedWordsPerLesson') return `≤ ${limit} words`;
  return `≤ ${limit}`;
}

function formatValue(check: BudgetCheck): string {
  if (check.budget.includes('Bytes')) return `${kB(check.value)} kB`;
  if (check.budget === 'lcpMs') return `${Math.round(check.value)} ms`;
  if (check.budget === 'cls') return check.value.toFixed(3);
  if (check.budget === 'buildCpuMsPerLesson') return `${check.value} ms`;
  return String(check.value);
}

export function formatReport(results: BenchResults, checks: BudgetCheck[]): string {
  const transfer = table(
    ['template', 'path', 'HTML', 'CSS', 'JS (inline)', 'fonts', 'pictures', 'page w/o pictures', 'Pagefind before search'],
    TEMPLATES.map((template) => {
      const { path, transfer: t } = results.templates[template];
      return [
        template,
        `\`${path}\``,
        kB(t.html),
        kB(t.css),
        `${kB(t.js)} (${kB(t.inlineJs)})`,
        kB(t.fonts),
        kB(t.images),
        kB(t.withoutPictures),
        t.pagefindRequests,
      ];
    }),
  );
  const lighthouse = table(
    ['template', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
    TEMPLATES.map((template) => {
      const lh = results.templates[template].lighthouse;
      if (!lh) return [template, '–', '–', '–', '–', '–', '–', '–'];
      return [
        template,
        lh.performance,
        lh.accessibility,
        lh.bestPractices,
        lh.seo,
        Math.round(lh.lcpMs),
        Math.round(lh.tbtMs),
        lh.cls.toFixed(3),
      ];
    }),
  );
  const { site, generated, memory } = results.build;
  const buildRow = (name: string, b: BuildFigures, perLesson: string) => [
    name,
    b.pages,
    (b.ms / 1000).toFixed(1),
    b.msPerPage,
    (b.cpuMs / 1000).toFixed(1),
    b.cpuMsPerPage,
    perLesson,
    b.maxRssMb,
  ];
  const build = table(
    ['site', 'pages', 'build s (clock)', 'ms per page (clock)', 'CPU s', 'CPU ms per page', 'CPU ms per added lesson', 'peak memory MB'],
    [
      buildRow('real content', site, '–'),
      generated
        ? buildRow(`+ ${generated.lessons} generated lessons`, generated, String(cpuMsPerLesson(generated)))
        : ['+ generated lessons', '–', '–', '–', '–', '–', '–', '–'],
      memory
        ? buildRow(`+ ${memory.lessons} generated lessons (--memory, ${memory.minutes} min)`, memory, String(cpuMsPerLesson(memory)))
        : ['+ 5000 generated lessons (only with --memory)', '–', '–', '–', '–', '–', '–', '–'],
    ],
  );
  const bg = results.background;
  const background = table(
    ['page', 'first visit', 'later visit'],
    [[`\`${bg.path}\``, `${kB(bg.firstVisit)} kB`, `${kB(bg.laterVisit)} kB`]],
  );
  const s = results.search;
  const search = table(
    ['Pagefind', 'value'],
    [
      ['index (all files)', `${kB(s.indexBytes)} kB for ${s.indexedPages} pages`],
      ['index per page', `${kB(s.indexBytesPerPage)} kB`],
      ['words indexed for the lesson', String(s.lessonIndexedWords)],
      [`first query „${s.firstQuery.term}“`, `${kB(s.firstQuery.bytes)} kB in ${s.firstQuery.requests} requests`],
      [`second query „${s.secondQuery.term}“`, `${kB(s.secondQuery.bytes)} kB in ${s.secondQuery.requests} requests`],
    ],
  );
  const load = table(
    ['server', 'path', 'requests', 'errors', 'requests per second', 'p99 ms'],
    results.load.map((run) => [run.server, `\`${run.path}\``, run.requests, run.errors, run.requestsPerSecond, run.p99Ms]),
  );
  const missed = checks.filter((check) => !check.pass);
  const line = (c: BudgetCheck) =>
    `- ${c.budget} (${c.subject}): ${formatValue(c)}, budget ${formatLimit(c.budget, c.limit)}${c.reportedOnly ? ' (reported only)' : ''}`;
  const verdict =
    missed.length === 0
      ? `All ${checks.length} budget checks pass.`
      : [`${missed.length} of ${checks.length} budget checks missed:`, ...missed.map(line)].join('\n');
  const notes = TEMPLATES.flatMap((template) => {
    const failed = results.templates[template].lighthouse?.failedAudits ?? [];
    return failed.length ? [`- ${template}: ${failed.join('; ')}`] : [];
  });
  return [
    `# Benchmark, ${results.measuredAt}`,
    'Bytes: brotli quality 11, kB = 1000 bytes, first visit with an empty cache in Chromium (412 × 823 phone screen).',
    '## Transfer per template (kB)',
    transfer,
    '## Lighthouse (mobile preset, median of 3 runs)',
    lighthouse,
    ...(notes.length ? ['Audits below full score in some run:', notes.join('\n')] : []),
    '## Downloaded in the background by the service worker (kB)',
    background,
    '## Build',
    build,
    '## Search',
    search,
    "## Load on loopback (20,000 requests, 50 at a time, with a browser's Accept-Encoding)",
    load,
    '## Budgets (tools/bench/budgets.ts)',
    [
      ...Object.entries(BUDGETS).map(([name, limit]) => `- ${name}: ${formatLimit(name as BudgetName, limit)}`),
      ...Object.entries(TEMPLATE_BUDGETS).flatMap(([template, own]) =>
        Object.entries(own).map(([name, limit]) => `- ${name} for ${template}: ${formatLimit(name as BudgetName, limit)}`),
      ),
    ].join('\n'),
    verdict,
  ].join('\n\n');
}
