/** The <ll-progress> island: reads the learning record (only reads: a repair happens, and is reported, in the
 *  self-check and on "Mein Lern·stand") and shows how far the reader is. */
import { isLessonDone, moduleProgress } from '../../lib/progress/done.ts';
import { browserStorage, peekProgress, PROGRESS_KEY } from '../../lib/progress/store.ts';
import { format } from '../../i18n/format.ts';

class LlProgress extends HTMLElement {
  connectedCallback() {
    this.render();
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY) this.render();
    });
  }

  private render() {
    const box = this.querySelector<HTMLElement>('[data-box]');
    const text = this.querySelector<HTMLElement>('[data-text]');
    if (!box || !text) return;
    const ids = JSON.parse(this.dataset['lessons'] ?? '[]') as string[];
    const templates = JSON.parse(this.dataset['templates'] ?? '{}') as Record<string, string>;
    const { lessons } = peekProgress(browserStorage());
    if (this.dataset['kind'] === 'lesson') {
      const progress = ids[0] ? lessons[ids[0]] : undefined;
      const result = progress?.result;
      box.hidden = !result;
      if (result) {
        text.textContent = isLessonDone(progress)
          ? format(templates['done'] ?? '', { total: result.total })
          : format(templates['tried'] ?? '', { right: result.right, total: result.total });
      }
      return;
    }
    const { status, done, total } = moduleProgress(ids, lessons);
    box.hidden = status === 'open';
    text.textContent = format(templates['done'] ?? '', { done, total });
    const doneLine = this.querySelector<HTMLElement>('[data-module-done]');
    if (doneLine) doneLine.hidden = status !== 'done';
  }
}

export function mountProgress() {
  if (!customElements.get('ll-progress')) customElements.define('ll-progress', LlProgress);
}
