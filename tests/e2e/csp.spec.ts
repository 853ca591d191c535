/**
 * The Content Security Policy in a real browser: zero violations while a reader searches and answers a quiz
 * question (tests/support/csp.ts watches), and one strict policy in every built page. Zero violations on
 * every page of the sitemap, and the policy first in each, are checked in the sweep over every page
 * (every-page.spec.ts), in the same visit as axe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { watch } from '../support/csp.ts';

const LESSON = '/lernen/lernen-im-arbeitsbereich/lernen-hoert-nie-auf/';

test.describe('Content Security Policy', () => {
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
