/**
 * The Content Security Policy in a real browser: zero violations on every page of the sitemap and the
 * 404 page, and while a reader searches and answers a quiz question. Violations are caught twice: the
 * `securitypolicyviolation` events of each page (recorded by an init script) and the browser's own
 * console errors about the policy. Each test reuses one page for many addresses, so the sweep stays fast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { sitemapPaths } from '../support/site.ts';

const paths = [...sitemapPaths(), '/diese-seite-gibt-es-nicht/'];
const LESSON = '/lernen/lernen-im-arbeitsbereich/lernen-hoert-nie-auf/';
/** The two Playwright workers each take one share of the pages. */
const SHARES = 2;

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}
type Recorder = Window & { cspViolations?: Violation[] };

/** Records every violation of the page's policy on `window.cspViolations`, from the first byte on. */
function recordViolations() {
  const recorder = window as Recorder;
  recorder.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    recorder.cspViolations?.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${String(event.lineNumber)}`,
    });
  });
}

/** Starts watching a page; `findings()` then lists every violation seen so far, with its address. */
async function watch(page: Page) {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      consoleErrors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    }
  });
  await page.addInitScript(recordViolations);
  const events: string[] = [];
  return {
    /** Reads the violations recorded on the current document; call before leaving it. */
    async collect() {
      const recorded = await page.evaluate(() => (window as Recorder).cspViolations ?? null);
      const where = new URL(page.url()).pathname;
      if (recorded === null) events.push(`${where}: the recorder did not run`);
      for (const v of recorded ?? []) events.push(`${where}: ${v.directive} blocked ${v.blocked} (${v.source})`);
    },
    findings: () => [...events, ...consoleErrors],
  };
}

/** Whether the policy <meta> comes before every script and stylesheet: a policy covers only what follows it. */
function policyComesFirst(): string {
  const policy = document.querySelector('meta[http-equiv="content-security-policy"]');
  if (!policy) return 'no policy';
  const earlier = [...document.querySelectorAll('script, style, link[rel="stylesheet"]')].filter(
    (element) => element.compareDocumentPosition(policy) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return earlier.length === 0 ? 'first' : `after ${earlier.map((e) => e.outerHTML.slice(0, 60)).join(', ')}`;
}

test.describe('Content Security Policy', () => {
  for (let share = 0; share < SHARES; share++) {
    const mine = paths.filter((_, index) => index % SHARES === share);
    test(`no violations on pages ${String(share + 1)} of ${String(SHARES)} (${String(mine.length)} pages)`, async ({ page }) => {
      test.setTimeout(mine.length * 2_000);
      const watcher = await watch(page);
      const order: string[] = [];
      for (const address of mine) {
        await page.goto(address);
        const position = await page.evaluate(policyComesFirst);
        if (position !== 'first') order.push(`${address}: policy ${position}`);
        await watcher.collect();
      }
      expect(order, 'the policy <meta> is the first thing that loads').toEqual([]);
      expect(watcher.findings()).toEqual([]);
    });
  }

  test('no violations while searching, with Pagefind in its worker', async ({ page }) => {
    const watcher = await watch(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto('/suche/');
    await page.getByLabel('Wonach suchen Sie?').fill('Werkstattrat');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page.getByRole('status')).toContainText('Treffer');
    await expect(page.locator('[data-list] li').first()).toBeVisible();
    expect(workers).toContain('/pagefind/pagefind-worker.js');
    await watcher.collect();
    expect(watcher.findings()).toEqual([]);
  });

  test('no violations while answering a quiz question and changing a reading setting', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto(LESSON);
    const question = page.locator('fieldset[data-kind="eine"]').first();
    const solution = JSON.parse((await question.getAttribute('data-solution')) ?? '[]') as number[];
    await question.locator(`input[value="${String(solution[0])}"]`).check();
    await question.getByRole('button', { name: 'Antwort prüfen' }).click();
    await expect(question.locator('[data-feedback]')).toContainText('Richtig.');
    await page.getByText('Lesehilfe', { exact: true }).click();
    await page.getByLabel('Doppelt so groß').check();
    await expect(page.locator('html')).toHaveAttribute('data-schrift', '200');
    await watcher.collect();
    expect(watcher.findings()).toEqual([]);
  });
});

/** Every built page as a parsed tree: what a browser would only report on the pages and states we visit. */
function builtPages(): { file: string; tree: Root }[] {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, tree: fromHtml(readFileSync(path.join('dist', file), 'utf8')) }));
}

test('every built page has one strict policy and no inline styles or event handlers', () => {
  const findings: string[] = [];
  for (const { file, tree } of builtPages()) {
    const policies: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'meta' && String(node.properties['httpEquiv']).toLowerCase() === 'content-security-policy') {
        policies.push(String(node.properties['content']));
      }
      if ('style' in node.properties) findings.push(`${file}: style attribute on <${node.tagName}>`);
      for (const name of Object.keys(node.properties)) {
        if (/^on[a-z]/i.test(name)) findings.push(`${file}: event handler ${name} on <${node.tagName}>`);
      }
    });
    if (policies.length !== 1) findings.push(`${file}: ${String(policies.length)} policies instead of one`);
    for (const policy of policies) {
      if (/'unsafe-(inline|eval|hashes)'/.test(policy)) findings.push(`${file}: the policy allows ${policy}`);
      if (!/script-src 'self' 'wasm-unsafe-eval' 'sha256-/.test(policy)) findings.push(`${file}: unexpected script-src in ${policy}`);
    }
  }
  expect(findings).toEqual([]);
});
