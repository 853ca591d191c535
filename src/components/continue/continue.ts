/** The <ll-continue> island: "Weiter lernen" from the stored learning record (see Continue.astro). */
import { moduleProgress, whereToContinue } from '../../lib/progress/done.ts';
import { browserStorage, peekProgress } from '../../lib/progress/store.ts';
import { format } from '../../i18n/format.ts';

class LlContinue extends HTMLElement {
  connectedCallback() {
    const box = this.querySelector<HTMLElement>('[data-box]');
    const items = [...this.querySelectorAll<HTMLElement>('[data-lessons] > li')];
    const ids = items.map((item) => item.dataset['lesson'] ?? '');
    const { lessons } = peekProgress(browserStorage());
    const { done, started, total } = moduleProgress(ids, lessons);
    if (!box || started === 0) return;
    const text = box.querySelector('[data-text]');
    if (text) text.textContent = format(this.dataset['summary'] ?? '', { done, total });
    const next = whereToContinue(ids, lessons);
    const link = items.find((item) => item.dataset['lesson'] === next)?.querySelector('a');
    if (link) box.querySelector('[data-go]')?.append(link.cloneNode(true));
    else box.querySelector<HTMLElement>('[data-all-done]')?.removeAttribute('hidden');
    box.hidden = false;
  }
}

export function mountContinue() {
  if (!customElements.get('ll-continue')) customElements.define('ll-continue', LlContinue);
}
