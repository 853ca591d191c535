/** The benchmark's budget check (tools/bench/figures.ts): which figure misses which budget. */
import { describe, expect, it } from 'vitest';
import { BUDGETS, NEEDS_SCRIPT, TEMPLATE_BUDGETS, TEMPLATES, type Template } from './budgets.ts';
import { checkBudgets, failsBench, median, type BenchResults, type TemplateFigures } from './figures.ts';
import { formatReport } from './report.ts';

function goodTemplate(path: string): TemplateFigures {
  return {
    path,
    transfer: {
      html: 5000,
      css: 5000,
      js: 2000,
      inlineJs: 2000,
      fonts: 0,
      images: 1000,
      other: 0,
      withoutPictures: 12000,
      pagefindRequests: 0,
      files: [],
    },
    lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 900, tbtMs: 0, cls: 0, failedAudits: [] },
  };
}

function goodResults(): BenchResults {
  return {
    measuredAt: '2026-11-23T12:00:00.000Z',
    templates: Object.fromEntries(TEMPLATES.map((template) => [template, goodTemplate(`/${template}/`)])) as Record<
      Template,
      TemplateFigures
    >,
    build: {
      site: { pages: 160, ms: 8000, msPerPage: 50, cpuMs: 7000, cpuMsPerPage: 43.8, maxRssMb: 700 },
      generated: { pages: 1160, ms: 40000, msPerPage: 34.5, cpuMs: 29000, cpuMsPerPage: 25, maxRssMb: 1900, lessons: 1000 },
    },
    background: { path: '/lesson/', firstVisit: 0, laterVisit: 40_000 },
    search: {
      lessonIndexedWords: 200,
      indexBytes: 900_000,
      indexedPages: 150,
      indexBytesPerPage: 6000,
      firstQuery: { term: 'Werkstatt', bytes: 120_000, requests: 20 },
      secondQuery: { term: 'Prüfung', bytes: 12_000, requests: 10 },
    },
    load: [
      { server: 'serve.ts', path: '/lernen/a/b/', requests: 20_000, errors: 0, requestsPerSecond: 5000, p99Ms: 30 },
      { server: 'nginx', path: '/lernen/a/b/', requests: 20_000, errors: 0, requestsPerSecond: 9000, p99Ms: 12 },
    ],
  };
}

const missed = (results: BenchResults) => checkBudgets(results).filter((check) => !check.pass);

describe('the budget check', () => {
  it('passes figures within every budget', () => {
    expect(missed(goodResults())).toEqual([]);
  });

  it('fails HTML over 8 kB and HTML with CSS over 14 kB', () => {
    const results = goodResults();
    results.templates.network.transfer.html = BUDGETS.htmlBytes + 1;
    expect(missed(results).map((check) => `${check.budget} ${check.subject}`)).toEqual(['htmlBytes network']);
    results.templates.network.transfer.css = BUDGETS.htmlCssBytes - BUDGETS.htmlBytes;
    expect(missed(results).map((check) => `${check.budget} ${check.subject}`)).toEqual(['htmlBytes network', 'htmlCssBytes network']);
  });

  it('gives the dictionary its own HTML limit, and only the dictionary', () => {
    const results = goodResults();
    results.templates.dictionary.transfer.html = BUDGETS.htmlBytes + 5000;
    expect(missed(results)).toEqual([]);
    results.templates.dictionary.transfer.html = (TEMPLATE_BUDGETS.dictionary?.htmlBytes ?? 0) + 1;
    expect(missed(results).map((check) => `${check.budget} ${check.subject}`)).toEqual(['htmlBytes dictionary']);
  });

  it('allows more JavaScript only on templates that need it, and at most 15 kB on a lesson', () => {
    const results = goodResults();
    for (const template of TEMPLATES) results.templates[template].transfer.js = 10_000;
    const failing = missed(results).map((check) => check.subject);
    const withoutNeed = TEMPLATES.filter((template) => !NEEDS_SCRIPT[template]);
    expect(failing.sort()).toEqual([...withoutNeed].sort());
    results.templates.lesson.transfer.js = BUDGETS.lessonScriptBytes + 1;
    expect(missed(results).some((check) => check.budget === 'lessonScriptBytes')).toBe(true);
  });

  it('fails a Lighthouse score below 100, any layout shift, a slow LCP, Pagefind before a search', () => {
    const results = goodResults();
    const lesson = results.templates.lesson;
    if (!lesson.lighthouse) throw new Error('fixture without Lighthouse');
    lesson.lighthouse.accessibility = 99;
    lesson.lighthouse.cls = 0.001;
    lesson.lighthouse.lcpMs = 1201;
    results.templates.start.transfer.pagefindRequests = 1;
    expect(
      missed(results)
        .map((check) => `${check.budget} ${check.subject}`)
        .sort(),
    ).toEqual(['cls lesson', 'lcpMs lesson', 'lighthouseScore lesson accessibility', 'pagefindRequestsBeforeSearch start'].sort());
  });

  it('fails a slow build at scale and a heavy first search, and says so in the report', () => {
    const results = goodResults();
    if (!results.build.generated) throw new Error('fixture without generated build');
    results.build.generated.cpuMsPerPage = 31;
    results.search.firstQuery.bytes = 130_001;
    const checks = checkBudgets(results);
    expect(
      checks
        .filter((check) => !check.pass)
        .map((check) => check.budget)
        .sort(),
    ).toEqual(['buildMsPerPage', 'firstSearchBytes']);
    const report = formatReport(results, checks);
    expect(report).toContain('2 of');
    expect(report).toContain('- firstSearchBytes (search): 130.0 kB, budget ≤ 130.0 kB');
  });
});

describe('the figures of issue 20', () => {
  it('passes each at its limit and fails each one past it: lesson bytes, background bytes, indexed words, second query', () => {
    const results = goodResults();
    results.templates.lesson.transfer.withoutPictures = BUDGETS.lessonPageBytes;
    results.search.lessonIndexedWords = BUDGETS.indexedWordsPerLesson;
    results.search.secondQuery.bytes = BUDGETS.secondSearchBytes;
    expect(missed(results)).toEqual([]);
    results.templates.lesson.transfer.withoutPictures += 1;
    results.background.firstVisit = 1;
    results.search.lessonIndexedWords += 1;
    results.search.secondQuery.bytes += 1;
    expect(missed(results).map((check) => check.budget)).toEqual([
      'lessonPageBytes',
      'backgroundBytesFirstVisit',
      'secondSearchBytes',
      'indexedWordsPerLesson',
    ]);
    expect(failsBench(checkBudgets(results))).toBe(true);
  });

  it('reports the build CPU per lesson with its budget without failing the bench', () => {
    const results = goodResults();
    if (!results.build.generated) throw new Error('fixture without generated build');
    results.build.generated.cpuMs = (BUDGETS.buildCpuMsPerLesson + 1) * results.build.generated.lessons;
    results.build.generated.cpuMsPerPage = BUDGETS.buildMsPerPage;
    const checks = checkBudgets(results);
    expect(missed(results).map((check) => check.budget)).toEqual(['buildCpuMsPerLesson']);
    expect(failsBench(checks)).toBe(false);
    expect(formatReport(results, checks)).toContain(
      '- buildCpuMsPerLesson (build, 1000 extra lessons): 64 ms, budget ≤ 63 ms/lesson (reported only)',
    );
  });

  it('shows the background bytes of a first and a later visit, and the build at 5,000 lessons with its time', () => {
    const results = goodResults();
    results.build.memory = {
      pages: 5160,
      ms: 300_000,
      msPerPage: 58,
      cpuMs: 290_000,
      cpuMsPerPage: 56,
      maxRssMb: 4100,
      lessons: 5000,
      minutes: 5.5,
    };
    const report = formatReport(results, checkBudgets(results));
    expect(report).toContain('| `/lesson/` | 0.0 kB | 40.0 kB |');
    expect(report).toContain('| + 5000 generated lessons (--memory, 5.5 min) | 5160 | 300.0 | 58 | 290.0 | 56 | 58 | 4100 |');
  });
});

describe('the load check', () => {
  it('fails a server with one error in its load run, and shows both servers in the report', () => {
    const results = goodResults();
    const nginx = results.load[1];
    if (!nginx) throw new Error('fixture without nginx');
    nginx.errors = 1;
    expect(missed(results).map((check) => `${check.budget} ${check.subject}`)).toEqual(['loadErrors nginx /lernen/a/b/']);
    const report = formatReport(results, checkBudgets(results));
    expect(report).toContain('| serve.ts | `/lernen/a/b/` | 20000 | 0 | 5000 | 30 |');
    expect(report).toContain('| nginx | `/lernen/a/b/` | 20000 | 1 | 9000 | 12 |');
  });
});

describe('median', () => {
  it('takes the middle of three runs, whatever their order', () => {
    expect(median([1300, 900, 1000])).toBe(1000);
    expect(median([0.1, 0, 0])).toBe(0);
  });
});
