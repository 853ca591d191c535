/** The <ll-progress> island: reads the learning record and shows how far the reader is. */
import { browserStorage, loadProgress, PROGRESS_KEY } from '../../lib/progress/store.ts';
import { format } from '../../i18n/format.ts';

class LlProgress extends HTMLElement {
  connectedCallback() {
    this.render();
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY) this.render();
    });
  }

  private render() {
    const text = this.querySelector<HTMLElement>('[data-text]');
    if (!text) return;
    const ids = JSON.parse(this.dataset['lessons'] ?? '[]') as string[];
    const { lessons } = loadProgress(browserStorage()).state;
    const template = this.dataset['template'] ?? '';
    const done = ids.filter((id) => lessons[id]?.result);
    const result = ids[0] ? lessons[ids[0]]?.result : undefined;
    if (this.dataset['kind'] === 'lesson') {
      text.hidden = !result;
      if (result) text.textContent = format(template, { right: result.right, total: result.total });
      return;
    }
    text.hidden = done.length === 0;
    text.textContent = format(template, { done: done.length, total: ids.length });
  }
}

export function mountProgress() {
  if (!customElements.get('ll-progress')) customElements.define('ll-progress', LlProgress);
}
