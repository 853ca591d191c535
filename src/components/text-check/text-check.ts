/**
 * The <ll-text-check> island: checks the typed text as the person types (debounced), lists the
 * findings with buttons that select their place in the text field and take a suggestion, marks them
 * in a copy of the text, shows the readability figures and a preview as the site shows the text.
 * The text stays in the browser: the engine runs here (checker.ts), and nothing is sent or stored.
 */
import { format } from '../../i18n/format.ts';
import type { EasyReadStrings } from '../../i18n/schema.ts';
import type { LintConfig } from '../../lib/lint/config.ts';
import type { FileReport, Finding, GlossaryEntry } from '../../lib/lint/lint.ts';
import { splitText, wordParts } from '../../lib/text/word-splits.ts';
import type { Check } from './checker.ts';

/** The texts the script fills in, from the data-texts attribute. */
export interface Texts {
  loading: EasyReadStrings['check.loading'];
  offline: EasyReadStrings['check.offline'];
  none: EasyReadStrings['check.none'];
  error: EasyReadStrings['check.error'];
  warning: EasyReadStrings['check.warning'];
  show: EasyReadStrings['check.show'];
  take: EasyReadStrings['check.take'];
  taken: EasyReadStrings['check.taken'];
  suggestion: EasyReadStrings['check.suggestion'];
  line: EasyReadStrings['check.line'];
  errors: EasyReadStrings['check.errors'];
  warnings: EasyReadStrings['check.warnings'];
  sentences: EasyReadStrings['check.sentences'];
  words: EasyReadStrings['check.words'];
  average: EasyReadStrings['check.average'];
  longest: EasyReadStrings['check.longest'];
  flesch: EasyReadStrings['check.flesch'];
}

/** How long the person may pause while typing before the text is checked. */
const DEBOUNCE_MS = 300;

/** Status texts are easy-read with line breaks; a status line reads better as one line. */
const oneLine = (text: string) => text.replaceAll('\n', ' ');

/** Where a finding is in the text, as offsets: its fix's range, else its words from its line and column. */
export function rangeOf(text: string, finding: Finding): [number, number] {
  if (finding.fix) return [finding.fix.offset, finding.fix.offset + finding.fix.length];
  let start = 0;
  for (let line = 1; line < finding.line; line++) start = text.indexOf('\n', start) + 1;
  start += finding.column - 1;
  const length = text.startsWith(finding.words, start) ? finding.words.length : 1;
  return [start, Math.min(text.length, start + length)];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** One line of text as the site shows it: split words get the markup of LS.astro, so the reading settings apply. */
function previewLine(line: string): Node[] {
  return splitText(line).map((piece) => {
    if (piece.searchForm === undefined) return document.createTextNode(piece.text);
    const word = element('span', undefined, { class: 'll-w' });
    for (const [i, part] of wordParts(piece.text).entries()) {
      word.append(i === 0 ? part.text : element('span', part.text, { class: part.capital ? 'll-t ll-t-gross' : 'll-t' }));
    }
    return word;
  });
}

/** A part of the island's markup (TextCheck.astro renders each one). */
function part(root: Element, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<ll-text-check> ohne ${selector}`);
  return found;
}

class LlTextCheck extends HTMLElement {
  private texts!: Texts;
  private input: HTMLTextAreaElement | undefined;
  private status!: HTMLElement;
  private check: Check | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private findings: Finding[] = [];

  connectedCallback() {
    if (this.input) return;
    this.texts = JSON.parse(this.dataset['texts'] ?? '{}') as Texts;
    const input = part(this, '[data-input]') as HTMLTextAreaElement;
    this.input = input;
    this.status = part(this, '[data-status]');
    this.querySelector('[data-no-script]')?.setAttribute('hidden', '');
    this.querySelector('[data-checker]')?.removeAttribute('hidden');
    // The engine and its lexicon load when the person comes to the text field: building them keeps the
    // browser busy for a moment (seconds on a slow phone), which the page's first paint should not wait for.
    input.addEventListener('focus', () => void this.load(), { once: true });
    input.addEventListener('input', () => {
      void this.load();
      this.schedule();
    });
    this.querySelector('[data-findings]')?.addEventListener('click', (event) => {
      this.onFindingClick(event);
    });
  }

  private loading: Promise<void> | undefined;

  /** Loads the engine once. */
  private load(): Promise<void> {
    this.loading ??= this.loadEngine();
    return this.loading;
  }

  private async loadEngine() {
    this.status.textContent = oneLine(this.texts.loading);
    const config = JSON.parse(this.dataset['config'] ?? '{}') as LintConfig;
    const glossary = JSON.parse(this.dataset['glossary'] ?? '[]') as GlossaryEntry[];
    try {
      const { createChecker } = await import('./checker.ts');
      this.check = await createChecker(config, glossary, this.dataset['lexicon'] ?? '');
    } catch {
      this.status.textContent = oneLine(this.texts.offline);
      return;
    }
    this.run();
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.run();
    }, DEBOUNCE_MS);
  }

  /** Checks the text now and shows the result. */
  private run() {
    if (!this.check || !this.input) return;
    const text = this.input.value;
    const report = this.check(text);
    this.findings = report.findings;
    this.dataset['checked'] = String(Number(this.dataset['checked'] ?? 0) + 1);
    this.showFindings(text);
    this.showMarked(text);
    this.showFigures(report);
    this.showPreview(text);
  }

  private showFindings(text: string) {
    const list = part(this, '[data-findings]');
    const { texts } = this;
    const errors = this.findings.filter((f) => f.severity === 'error').length;
    this.status.textContent =
      text.trim() === ''
        ? ''
        : this.findings.length === 0
          ? oneLine(texts.none)
          : `${format(texts.errors, { count: errors })}, ${format(texts.warnings, { count: this.findings.length - errors })}.`;
    list.replaceChildren(
      ...this.findings.map((finding, index) => {
        const item = element('li', undefined, {
          'data-rule': finding.ruleId,
          'data-line': String(finding.line),
          'data-severity': finding.severity,
        });
        const head = element('p');
        head.append(
          element('strong', finding.severity === 'error' ? texts.error : texts.warning),
          ` (${format(texts.line, { line: finding.line })}): ${finding.message}`,
        );
        item.append(head);
        if (finding.suggestion) item.append(element('p', `${texts.suggestion}: ${finding.suggestion}`));
        item.append(element('button', texts.show, { type: 'button', class: 'll-button ll-button-secondary', 'data-show': String(index) }));
        if (finding.fix) item.append(element('button', texts.take, { type: 'button', class: 'll-button', 'data-take': String(index) }));
        return item;
      }),
    );
  }

  private showMarked(text: string) {
    const marked = part(this, '[data-marked]');
    const ranges = this.findings.map((finding) => ({ finding, range: rangeOf(text, finding) })).sort((a, b) => a.range[0] - b.range[0]);
    const nodes: Node[] = [];
    let at = 0;
    for (const { finding, range } of ranges) {
      if (range[0] < at) continue; // Overlapping findings: the first one is marked.
      nodes.push(document.createTextNode(text.slice(at, range[0])));
      nodes.push(element('mark', text.slice(range[0], range[1]), { 'data-severity': finding.severity }));
      at = range[1];
    }
    nodes.push(document.createTextNode(text.slice(at)));
    marked.replaceChildren(...nodes);
  }

  private showFigures(report: FileReport) {
    const { texts } = this;
    const { stats } = report;
    const rows: [string, number][] = [
      [texts.sentences, stats.sentences],
      [texts.words, stats.words],
      [texts.average, stats.averageSentenceLength],
      [texts.longest, stats.longestSentence],
      [texts.flesch, stats.fleschAmstad],
    ];
    const number = new Intl.NumberFormat('de', { maximumFractionDigits: 1 });
    part(this, '[data-figures]').replaceChildren(
      ...rows.flatMap(([label, value]) => [element('dt', label), element('dd', number.format(value))]),
    );
  }

  private showPreview(text: string) {
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
    part(this, '[data-preview]').replaceChildren(
      ...paragraphs.map((paragraph) => {
        const p = element('p', undefined, { class: 'll-lines' });
        for (const [i, line] of paragraph.trim().split('\n').entries()) {
          if (i > 0) p.append(element('br'));
          p.append(...previewLine(line.trim()));
        }
        return p;
      }),
    );
  }

  private onFindingClick(event: Event) {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const show = button.getAttribute('data-show');
    const take = button.getAttribute('data-take');
    const finding = this.findings[Number(show ?? take)];
    if (!finding || !this.input) return;
    const text = this.input.value;
    if (take !== null && finding.fix) {
      const { offset, length, text: replacement } = finding.fix;
      this.input.value = text.slice(0, offset) + replacement + text.slice(offset + length);
      this.input.focus();
      this.input.setSelectionRange(offset, offset + replacement.length);
      this.run();
      this.status.textContent = `${oneLine(this.texts.taken)} ${this.status.textContent}`;
      return;
    }
    const [start, end] = rangeOf(text, finding);
    this.input.focus();
    this.input.setSelectionRange(start, end);
  }
}

export function mountTextCheck() {
  if (!customElements.get('ll-text-check')) customElements.define('ll-text-check', LlTextCheck);
}
