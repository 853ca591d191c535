/**
 * The search island: <ll-search> upgrades the server-rendered fallback to a live search.
 * Pagefind's script and index are fetched on the first search only.
 */
import { format } from '../../i18n/format.ts';
import { withoutSearchForms } from './excerpt.ts';
import type { EasyReadStrings } from '../../i18n/schema.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** `sprache` says whether the page is in easy-read or standard German (set in BaseLayout). */
  meta: { title?: string; sprache?: string };
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

/**
 * How many results are shown, and fetched, at a time. Each result's text is a file of its own (about 1 kB):
 * five, as Pagefind's own interface shows, keep a search light on mobile data (issue 20: 10 cost a second
 * query 48 kB, 5 cost it about 35 kB), and a short list is easier to read; "Mehr Treffer zeigen" brings more.
 */
const RESULTS_PER_PAGE = 5;

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A variable URL keeps the bundler from trying to resolve a file that exists only after indexing.
  const url = PAGEFIND_URL;
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind marks hits with <mark>; rebuild the excerpt as DOM nodes so no markup is injected. */
export function excerptNodes(excerpt: string, doc: Document): Node[] {
  return withoutSearchForms(excerpt)
    .split(/(<mark>.*?<\/mark>)/g)
    .map((part) => {
      const hit = /^<mark>(.*)<\/mark>$/.exec(part);
      if (hit) {
        const mark = doc.createElement('mark');
        mark.textContent = hit[1] ?? '';
        return mark;
      }
      return doc.createTextNode(part.replace(/<[^>]*>/g, ''));
    });
}

class LlSearch extends HTMLElement {
  private found: PagefindResult[] = [];
  private shown = 0;
  private failed = 0;

  connectedCallback() {
    this.querySelector('[data-more]')?.addEventListener('click', () => {
      void this.showMore().then((first) => first?.querySelector('a')?.focus());
    });
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const fallback = this.querySelector<HTMLElement>('[data-fallback]');
    if (!form || !input) return;
    form.hidden = false;
    if (fallback) fallback.hidden = true;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      void this.search(input.value);
    });
    const initial = new URLSearchParams(window.location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.search(initial);
    }
  }

  private async search(term: string) {
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector<HTMLOListElement>('[data-list]');
    if (!status || !list) return;
    const query = term.trim();
    list.replaceChildren();
    this.found = [];
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (more) more.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = this.dataset.loading ?? '';
    let found: Awaited<ReturnType<Pagefind['search']>>;
    try {
      found = await (await loadPagefind()).search(query);
    } catch {
      // Offline, and the search files are not saved on this device.
      pagefind = undefined;
      status.textContent = this.dataset.unavailable ?? '';
      return;
    }
    this.found = found.results;
    this.shown = 0;
    this.failed = 0;
    await this.showMore();
    const shownCount = list.childElementCount;
    // Nothing shown while offline (or only results whose text could not be loaded): that is not "nothing found".
    const offline = this.failed > 0 || !navigator.onLine;
    status.textContent =
      shownCount === 0
        ? ((offline ? this.dataset.unavailable : this.dataset.noResults) ?? '')
        : format(JSON.parse(this.dataset.results ?? '') as EasyReadStrings['search.results'], { count: this.found.length - this.failed });
  }

  /**
   * Shows the next results. Each result's text is a file of its own, so only a page of them is
   * fetched at a time: a first search stays small on mobile data.
   */
  private async showMore() {
    const list = this.querySelector<HTMLOListElement>('[data-list]');
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (!list) return;
    const next = this.found.slice(this.shown, this.shown + RESULTS_PER_PAGE);
    this.shown += next.length;
    // Offline, a result whose text is not saved cannot be shown; the others still are.
    const settled = await Promise.allSettled(next.map((r) => r.data()));
    const results = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    this.failed += settled.length - results.length;
    const items = results.map((result) => resultItem(result, document));
    list.append(...items);
    if (more) more.hidden = this.shown >= this.found.length;
    return items[0];
  }
}

/** One result: its title as a link, the register it is written in, and the words around the hit. */
function resultItem(result: PagefindResultData, doc: Document): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'll-card !mt-0';
  const heading = doc.createElement('h2');
  heading.className = '!text-2xl !mt-0';
  const link = doc.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const register = doc.createElement('p');
  register.className = '!mb-1 font-bold text-[var(--color-muted)]';
  register.dataset['register'] = '';
  register.textContent = result.meta.sprache ?? '';
  const excerpt = doc.createElement('p');
  excerpt.className = '!mb-0';
  excerpt.append(...excerptNodes(result.excerpt, doc));
  item.append(heading, register, excerpt);
  return item;
}

export function mountSearch() {
  if (!customElements.get('ll-search')) customElements.define('ll-search', LlSearch);
}
