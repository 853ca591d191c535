/**
 * Every performance budget of the site, in one place (issue 6). `npm run bench` measures and fails
 * when one is missed. Bytes are brotli-compressed bytes (quality 11), 1 kB = 1000 bytes.
 * Change a budget only here, and write down why in its line.
 */

/** The page templates the benchmark measures. */
export const TEMPLATES = [
  'start',
  'module',
  'lesson',
  'workshopList',
  'workshop',
  'network',
  'dictionary',
  'search',
  'learningRecord',
] as const;
export type Template = (typeof TEMPLATES)[number];

/**
 * Which templates may load JavaScript beyond the site frame, and why. The rule: every page has the
 * frame script, which loads the code of the Lese·hilfe in the header (text size, contrast, split words)
 * when the reader opens it, to store the reader's choice; a few hundred bytes in <head> apply that
 * choice before the first paint.
 * A template not listed here may load at most `frameScriptBytes` of JavaScript in all (inline and
 * files): the frame script and the small helpers of its text that work without it too (a dictionary
 * word that opens in place, the print button). Everything else needs an entry here with its reason.
 */
export const NEEDS_SCRIPT: Partial<Record<Template, string>> = {
  module: 'shows which lessons the reader has finished (stored on the device)',
  lesson: 'self-check quiz, read-aloud, dictionary words that open in place, progress',
  workshopList: 'instant filter of the offers',
  search: 'Pagefind search',
  learningRecord: 'the learning record lives on the device: show, export, import, delete',
};

export const BUDGETS = {
  /** Why: the HTML alone should arrive in the first round trips on a slow mobile connection. */
  htmlBytes: 8_000,
  /** Why: HTML and CSS together fit the first TCP window (about 14 kB), so text renders after one round trip. */
  htmlCssBytes: 14_000,
  /** Why: the frame script (Lese·hilfe) is all a page without its own interaction may load. */
  frameScriptBytes: 3_000,
  /** Why: a lesson with its quiz must stay light on an old phone's slow CPU. */
  lessonScriptBytes: 15_000,
  /** Why: a whole page (HTML, CSS, JavaScript, fonts) stays near a minimal page of our stack, far below a typical docs site. */
  pageBytesWithoutPictures: 50_000,
  /** Why: accessibility, best practices, SEO and performance are all checkable in the lab; we accept nothing less. */
  lighthouseScore: 100,
  /** Why: the main content must show fast on a throttled mobile profile. */
  lcpMs: 1_200,
  /** Why: moving content makes readers lose their place. */
  cls: 0,
  /** Why: editors must be able to build a site of 1,000 lessons in under a minute. CPU time of the build, see tools/bench/measure-build.ts. */
  buildMsPerPage: 30,
  /** Why: the first search (Pagefind script, WebAssembly, index chunks, results) must stay small on mobile data. */
  firstSearchBytes: 130_000,
  /** Why: Pagefind is loaded only when someone searches, never before. */
  pagefindRequestsBeforeSearch: 0,
  /** Why: both servers (npm start and nginx) answer every one of 20,000 requests, 50 at a time, with 200. */
  loadErrors: 0,
  /**
   * Why (issue 20): a lesson with its self-check, pictures aside, is what a reader on a prepaid phone pays for
   * most; 16 kB is half of what it was (31 kB) and a third of the field's docs framework (Starlight, 47 kB).
   */
  lessonPageBytes: 16_000,
  /** Why (issue 20): a first visit downloads nothing the reader did not ask for; the offline copies come on a later visit. */
  backgroundBytesFirstVisit: 0,
  /** Why (issue 20): the index holds the reading text once; 1.2 times Starlight's 225 words per lesson on the same pages. */
  indexedWordsPerLesson: 270,
  /** Why (issue 20): the second query cost 3 times Starlight's bytes (36.5 kB); 1.2 times Starlight's is about 15 kB. */
  secondSearchBytes: 15_000,
  /**
   * Why (issue 20): CPU per lesson of the build at 1,000 generated lessons, no more than Starlight's (about 63 ms).
   * Reported, not enforced: the build's speed is another change's work (the linter cache, the native Markdown engine).
   */
  buildCpuMsPerLesson: 63,
} as const;
export type BudgetName = keyof typeof BUDGETS;

/** Budgets the bench reports with their figure but does not fail on, each with the reason above. */
export const REPORTED_ONLY: readonly BudgetName[] = ['buildCpuMsPerLesson'];

/**
 * A template's own limit where the general one is wrong for it, with the reason.
 * The dictionary is one A to Z page on purpose: its jump list, the browser's find, and the anchors
 * that every <Wort> in a lesson links to (/woerterbuch/#id). It holds all 111 words with explanation,
 * example, forms and the lessons that use them, about 0.18 kB each, and grows with the dictionary.
 * HTML renders as it arrives, so its first screen still comes with the first 14 kB. The limit is an
 * alarm for growth: past about 130 words, split it into pages by letter.
 */
export const TEMPLATE_BUDGETS: Partial<Record<Template, Partial<Record<'htmlBytes' | 'htmlCssBytes', number>>>> = {
  dictionary: { htmlBytes: 20_000, htmlCssBytes: 26_000 },
  /**
   * "Mein Lern·stand" is also the Lern·pass that prints: every module with its lessons and what the reader can
   * do after it, about 0.4 kB each, and every message of the record, all in the HTML so it works before its
   * script. With 12 modules it is 8.6 kB. Past about 16 modules, show the goals on the printed
   * Lern·pass only (they are on each module's page too).
   */
  learningRecord: { htmlBytes: 10_000 },
};
