/**
 * The <ll-learning-record> island on "Mein Lern·stand": shows the record per module and lesson, fills
 * the printable Lern·pass, saves the record to a file, loads it from a file (validated, size-limited,
 * merged, shown as text only, nothing changed on a wrong file), and deletes it on request.
 */
import {
  clearBackups,
  clearProgress,
  emptyProgress,
  exportProgress,
  importProgress,
  browserStorage,
  loadProgress,
  MAX_IMPORT_BYTES,
  mergeProgress,
  PROGRESS_KEY,
  saveProgress,
  type ProgressState,
} from '../../lib/progress/store.ts';
import { format } from '../../i18n/format.ts';

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric' });
const formatDate = (iso: string) => dateFormat.format(new Date(iso));

class LlLearningRecord extends HTMLElement {
  private storage = browserStorage();
  private state: ProgressState = emptyProgress();

  connectedCallback() {
    const app = this.querySelector<HTMLElement>('[data-app]');
    const noscript = this.querySelector<HTMLElement>('[data-noscript]');
    if (!app) return;
    app.hidden = false;
    if (noscript) noscript.hidden = true;
    this.load();
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('button[data-action]')?.dataset['action'];
      if (action) this.act(action);
    });
    this.querySelector<HTMLInputElement>('input[data-action="import"]')?.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void this.importFile(file).finally(() => (input.value = ''));
    });
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY || event.key === null) this.load();
    });
  }

  private load() {
    const { state, status } = loadProgress(this.storage);
    this.state = state;
    if (status === 'repaired' || status === 'newer') this.say(status);
    if (status === 'unavailable') this.say('notSaved');
    this.render();
  }

  private say(message: string) {
    for (const p of this.querySelectorAll<HTMLElement>('[data-message]')) p.hidden = p.dataset['message'] !== message;
  }

  private render() {
    const lessons = this.state.lessons;
    const template = this.dataset['lessonResult'] ?? '';
    let anyStarted = false;
    const stamps: string[] = [];
    for (const section of this.querySelectorAll<HTMLElement>('[data-modul]')) {
      const items = [...section.querySelectorAll<HTMLElement>('[data-lesson]')];
      let done = 0;
      let started = 0;
      let last = '';
      let right = 0;
      let total = 0;
      for (const item of items) {
        const progress = lessons[item.dataset['lesson'] ?? ''];
        const status = item.querySelector<HTMLElement>('[data-lesson-status]');
        if (!progress) {
          if (status) status.textContent = '';
          continue;
        }
        started += 1;
        stamps.push(progress.started, progress.updated);
        if (progress.updated > last) last = progress.updated;
        if (progress.result) {
          done += 1;
          right += progress.result.right;
          total += progress.result.total;
          if (status) {
            status.textContent = format(template, {
              right: progress.result.right,
              total: progress.result.total,
              date: formatDate(progress.updated),
            });
          }
        } else if (status) {
          status.textContent = '';
        }
      }
      anyStarted ||= started > 0;
      const moduleStatus = done === items.length && items.length > 0 ? 'done' : started > 0 ? 'started' : 'open';
      for (const span of section.querySelectorAll<HTMLElement>('[data-modul-status]')) {
        span.hidden = span.dataset['modulStatus'] !== moduleStatus;
      }
      this.renderPassModule(
        section.dataset['modul'] ?? '',
        moduleStatus === 'done',
        format(this.dataset['score'] ?? '', { right, total }),
        last,
      );
    }
    const empty = this.querySelector<HTMLElement>('[data-message="empty"]');
    if (empty && !anyStarted) this.say('empty');
    else if (empty) empty.hidden = true;
    this.renderPassHeader(stamps.sort());
  }

  private renderPassModule(id: string, done: boolean, result: string, last: string) {
    const block = this.querySelector<HTMLElement>(`[data-pass-modul="${id}"]`);
    if (!block) return;
    block.hidden = !done;
    const resultField = block.querySelector('[data-pass-result]');
    const dateField = block.querySelector('[data-pass-date]');
    if (resultField) resultField.textContent = done ? result : '';
    if (dateField) dateField.textContent = done && last ? formatDate(last) : '';
  }

  private renderPassHeader(stamps: string[]) {
    const anyDone = this.querySelector('[data-pass-modul]:not([hidden])') !== null;
    const none = this.querySelector<HTMLElement>('[data-pass-none]');
    if (none) none.hidden = anyDone;
    const period = this.querySelector('[data-pass-period]');
    const first = stamps[0];
    const last = stamps.at(-1);
    if (period)
      period.textContent = first && last ? format(this.dataset['range'] ?? '', { from: formatDate(first), to: formatDate(last) }) : '';
    const today = this.querySelector('[data-pass-today]');
    if (today) today.textContent = dateFormat.format(new Date());
  }

  private act(action: string) {
    const confirm = this.querySelector<HTMLElement>('[data-clear-confirm]');
    switch (action) {
      case 'print':
        window.print();
        break;
      case 'export':
        this.download();
        break;
      case 'clear':
        if (confirm) confirm.hidden = false;
        confirm?.querySelector('button')?.focus();
        break;
      case 'clear-no':
        if (confirm) confirm.hidden = true;
        break;
      case 'clear-yes':
        clearProgress(this.storage);
        clearBackups(this.storage);
        this.state = { ...emptyProgress(), consent: this.state.consent };
        if (confirm) confirm.hidden = true;
        this.render();
        this.say('cleared');
        break;
    }
  }

  private download() {
    const blob = new Blob([exportProgress(this.state, new Date())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = format(this.dataset['fileName'] ?? '', { date: new Date().toISOString().slice(0, 10) });
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
    }, 1000);
  }

  private async importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      this.say('import-too-big');
      return;
    }
    const result = importProgress(await file.text());
    if (!result.ok) {
      this.say(`import-${result.reason}`);
      return;
    }
    // Loading a file is the reader's own choice to keep this record on the device.
    this.state = { ...mergeProgress(this.state, result.state), consent: 'ja' };
    const saved = saveProgress(this.storage, this.state);
    this.render();
    this.say(saved.ok ? 'imported' : 'notSaved');
  }
}

export function mountLearningRecord() {
  if (!customElements.get('ll-learning-record')) customElements.define('ll-learning-record', LlLearningRecord);
}
