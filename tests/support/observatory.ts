/**
 * The MDN HTTP Observatory's analyzer (@mdn/mdn-http-observatory) for the server test. It is installed beside
 * the project's packages by tools/setup/ensure-observatory.ts, not as one of them: its install scripts
 * download certificate and HSTS preload lists from the internet, and `npm install` must work without it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The version the server test grades with; the setup installs exactly this one. */
export const OBSERVATORY_VERSION = '1.4.8';
/** Where the setup installs it: inside node_modules/, so git, Prettier and ESLint never see it. */
export const OBSERVATORY_FOLDER = path.resolve('node_modules/.observatory');
export const OBSERVATORY_PACKAGE = path.join(OBSERVATORY_FOLDER, 'node_modules/@mdn/mdn-http-observatory');

export interface ObservatoryTest {
  pass: boolean;
  result: string;
  scoreModifier: number;
}
export interface ObservatoryScan {
  grade: string;
  score: number;
  tests: Record<string, ObservatoryTest>;
}

type Module<T> = Promise<T>;
const load = <T>(file: string): Module<T> => import(pathToFileURL(path.join(OBSERVATORY_PACKAGE, file)).href) as Module<T>;

/**
 * Scans a site as the Observatory's own scan() does (src/scanner/index.js of version 1.4.8), with one
 * difference: scan() always asks ports 80 and 443, and a test's nginx listens on free ports. Its retriever
 * takes the ports, so this asks it with them and then grades the answers with the Observatory's own
 * tests and score table, exactly as scan() does.
 */
export async function scanSite(hostname: string, ports: { httpPort: number; httpsPort: number }): Promise<ObservatoryScan> {
  const { retrieve } = await load<{ retrieve: (host: string, options: object) => Promise<{ responses: { auto?: unknown } }> }>(
    'src/retriever/retriever.js',
  );
  const { ALL_TESTS } = await load<{ ALL_TESTS: ((requests: unknown) => { pass: boolean; result: string | null })[] }>('src/constants.js');
  const { getGradeForScore, getScoreModifier } = await load<{
    getGradeForScore: (score: number) => { grade: string; score: number };
    getScoreModifier: (result: string) => number;
  }>('src/grader/grader.js');
  const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load<{ MINIMUM_SCORE_FOR_EXTRA_CREDIT: number }>('src/grader/charts.js');

  const requests = await retrieve(hostname, ports);
  if (!requests.responses.auto) throw new Error(`Das Observatory erreicht ${hostname} nicht.`);
  let withExtraCredit = 100;
  let uncurved = 100;
  const tests: Record<string, ObservatoryTest> = {};
  for (const test of ALL_TESTS) {
    const output = test(requests);
    const modifier = output.result ? getScoreModifier(output.result) : 0;
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
    tests[test.name] = { pass: output.pass, result: output.result ?? '', scoreModifier: modifier };
  }
  // Extra credit counts only where the score without it is an A already.
  const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  return { grade, score, tests };
}
