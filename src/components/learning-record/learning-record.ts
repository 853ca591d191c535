/**
 * The <ll-learning-record> island on "Mein Lern·stand": shows the record per module and lesson, fills
 * the printable Lern·pass, saves the record to a file, loads it from a file (validated, size-limited,
 * merged, shown as text only, nothing changed on a wrong file), and deletes it on request.
 * It says why the record is empty (saving not chosen yet, declined, or not possible here) and offers
 * to switch saving on. What counts as done: src/lib/progress/done.ts.
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
  saveConsent,
  saveProgress,
  updateProgress,
  type LoadStatus,
  type ProgressState,
} from '../../lib/progress/store.ts';
import { isLessonDone, moduleProgress } from '../../lib/progress/done.ts';
import { format } from '../../i18n/format.ts';
import { saveFile } from '../save-file.ts';
import type { EasyReadStrings } from '../../i18n/schema.ts';
import { backupRoom, type BackupRoom } from '../backup-room/backup-room.ts';

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
    this.room = backupRoom(this, this.storage, () => this.saveMakingRoom());
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

  private storageStatus: LoadStatus = 'empty';
  private room!: BackupRoom;
  /** What loading found (a repair, data of a newer version): said beside whatever else the page says. */
  private loadNotice: string | undefined;

  private load() {
    const { state, status, backupKey, noRoom } = loadProgress(this.storage);
    this.state = state;
    this.storageStatus = status;
    // "Wir haben eine Sicherung gemacht" only where one was made. Where there was no room, and the reader
    // keeps a record here, they are asked for leave to make room.
    this.loadNotice = (status === 'repaired' && backupKey !== undefined) || status === 'newer' ? status : undefined;
    this.render();
    if (noRoom && state.consent === 'ja') this.room.show();
  }

  /** Shows these messages of the status area and hides the others: one message never hides another. */
  private say(...messages: string[]) {
    const shown = [this.loadNotice, ...messages];
    for (const p of this.querySelectorAll<HTMLElement>('[data-message]')) p.hidden = !shown.includes(p.dataset['message']);
  }

  /** Why nothing is shown yet, truthfully: storage unavailable, saving not chosen, declined, or no self-check yet. */
  private emptyReason(): string {
    if (this.storageStatus === 'unavailable') return 'notSaved';
    if (this.state.consent === 'offen') return 'consentOpen';
    if (this.state.consent === 'nein') return 'consentNo';
    return 'empty';
  }

  private render() {
    const lessons = this.state.lessons;
    const template = this.dataset['lessonResult'] ?? '';
    let anyStarted = false;
    const stamps: string[] = [];
    for (const section of this.querySelectorAll<HTMLElement>('[data-modul]')) {
      const items = [...section.querySelectorAll<HTMLElement>('[data-lesson]')];
      const ids = items.map((item) => item.dataset['lesson'] ?? '');
      let last = '';
      let right = 0;
      let total = 0;
      for (const item of items) {
        const progress = lessons[item.dataset['lesson'] ?? ''];
        const status = item.querySelector<HTMLElement>('[data-lesson-status]');
        if (status) status.textContent = '';
        if (!progress) continue;
        stamps.push(progress.started, progress.updated);
        if (progress.updated > last) last = progress.updated;
        if (!progress.result) continue;
        right += progress.result.right;
        total += progress.result.total;
        if (status) {
          status.textContent = format(template, {
            right: progress.result.right,
            total: progress.result.total,
            date: formatDate(progress.updated),
          });
          status.classList.toggle('font-bold', isLessonDone(progress));
        }
      }
      const { status: moduleStatus, started } = moduleProgress(ids, lessons);
      anyStarted ||= started > 0;
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
    const reason = this.emptyReason();
    if (!anyStarted || reason === 'notSaved') this.say(reason);
    else this.say();
    const consentSwitch = this.querySelector<HTMLElement>('[data-consent-switch]');
    if (consentSwitch) consentSwitch.hidden = reason !== 'consentOpen' && reason !== 'consentNo';
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
      case 'clear-yes': {
        clearProgress(this.storage);
        clearBackups(this.storage);
        this.state = emptyProgress();
        if (confirm) confirm.hidden = true;
        this.render();
        this.say('cleared');
        // The button that had focus is gone: focus and view go to the message that says what happened.
        const cleared = this.querySelector<HTMLElement>('[data-message="cleared"]');
        cleared?.focus();
        cleared?.scrollIntoView({ block: 'center' });
        break;
      }
      case 'consent': {
        this.state = { ...this.state, consent: 'ja' };
        const saved = saveConsent(this.storage, this.state, 'ja');
        this.render();
        this.say(...(saved.ok ? ['consentOn'] : saved.reason === 'noRoom' ? [] : ['notSaved']));
        if (!saved.ok && saved.reason === 'noRoom') this.room.show();
        this.querySelector<HTMLElement>('[data-message]:not([hidden])')?.setAttribute('tabindex', '-1');
        this.querySelector<HTMLElement>('[data-message]:not([hidden])')?.focus();
        break;
      }
    }
  }

  /** The save the reader allowed after "no room": this page's record joins what is stored, old backups give way. */
  private saveMakingRoom() {
    const mine = this.state;
    const { state, saved } = updateProgress(this.storage, (stored) => ({ ...mergeProgress(stored, mine), consent: mine.consent }), {
      makeRoom: true,
    });
    if (saved.ok) {
      this.state = state;
      this.loadNotice = undefined;
      this.render();
    }
    return saved;
  }

  private download() {
    saveFile(
      exportProgress(this.state, new Date()),
      format(this.dataset['fileName'] ?? '', { date: new Date().toISOString().slice(0, 10) }),
    );
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
    const partly = this.querySelector('[data-message="importedPartly"]');
    const forms = JSON.parse(this.dataset['importedPartly'] ?? '{}') as EasyReadStrings['record.importedPartly'];
    if (partly) partly.textContent = format(forms, { count: result.leftOut });
    this.say(...(saved.ok ? [result.leftOut > 0 ? 'importedPartly' : 'imported'] : saved.reason === 'noRoom' ? [] : ['notSaved']));
    if (!saved.ok && saved.reason === 'noRoom') this.room.show();
  }
}

export function mountLearningRecord() {
  if (!customElements.get('ll-learning-record')) customElements.define('ll-learning-record', LlLearningRecord);
}
