/**
 * The <ll-quiz> island: checks each answer and shows its easy-read feedback in a polite live
 * region, moves focus to the feedback, lets order questions be sorted with "nach oben" /
 * "nach unten" (and says which steps are in the right place), and keeps answers and results in the
 * learning record (src/lib/progress/store.ts).
 * Saving is the reader's choice. The quiz asks once the whole self-check is done, below the result,
 * so nothing moves above the feedback the reader is reading; the answer ("Nein, danke" too) is kept,
 * so no lesson asks again. Where storage fails, the quiz works for this visit and says so.
 */
import {
  browserStorage,
  loadProgress,
  PROGRESS_KEY,
  recordAnswer,
  mergeProgress,
  recordResult,
  saveConsent,
  updateProgress,
  type LoadStatus,
  type ProgressState,
} from '../../lib/progress/store.ts';
import { format } from '../../i18n/format.ts';
import { backupRoom, type BackupRoom } from '../backup-room/backup-room.ts';

type Answer = number[] | boolean;

/** One checked answer (and the result, when it completed the self-check): what a tab saves and tells the others. */
interface Change {
  lessonId: string;
  index: number;
  answer: Answer;
  result?: { right: number; total: number };
  at: string;
}

function applyChange(state: ProgressState, change: Change): ProgressState {
  const at = new Date(change.at);
  const answered = recordAnswer(state, change.lessonId, change.index, change.answer, at);
  return change.result ? recordResult(answered, change.lessonId, change.result.right, change.result.total, at) : answered;
}

/** How long a tab re-applies its own changes when another tab saves: longer than storage takes to reach all tabs. */
const RECENT_MS = 5000;

/** A message from another tab is used only when it is a change this script could have made (recordAnswer checks the rest). */
function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Partial<Change>;
  return (
    typeof change.lessonId === 'string' &&
    typeof change.index === 'number' &&
    (typeof change.answer === 'boolean' || (Array.isArray(change.answer) && change.answer.every((n) => typeof n === 'number'))) &&
    typeof change.at === 'string' &&
    !Number.isNaN(Date.parse(change.at))
  );
}

class LlQuiz extends HTMLElement {
  private storage = browserStorage();
  private state!: ProgressState;
  /** "Nein, danke" holds for this page even where it could not be stored. */
  private declined = false;
  private questions: HTMLFieldSetElement[] = [];
  private channel = 'BroadcastChannel' in window ? new BroadcastChannel(PROGRESS_KEY) : undefined;
  /** This tab's changes of the last seconds (RECENT_MS), applied again when another tab saves. */
  private recent: Change[] = [];
  /** Questions the reader changed here and has not checked yet: a save in another tab leaves them as they are. */
  private touched = new Set<number>();
  private results = new Map<number, boolean>();
  /** Asks the reader for leave to make room when a save finds none (src/lib/local-storage.ts). */
  private room!: BackupRoom;

  private get lessonId(): string {
    return this.dataset['lesson'] ?? '';
  }

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    if (!form) return;
    this.questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
    this.room = backupRoom(this, this.storage, () => this.saveMakingRoom());
    this.load();
    for (const fieldset of this.questions) {
      fieldset.querySelector<HTMLElement>('[data-check-row]')?.removeAttribute('hidden');
      for (const buttons of fieldset.querySelectorAll<HTMLElement>('.ll-schritt-knoepfe')) buttons.hidden = false;
      const steps = fieldset.querySelector('[data-steps]');
      if (steps) this.markEnds(steps);
      fieldset.addEventListener('click', (event) => {
        const move = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
        if (move) {
          this.touched.add(Number(fieldset.dataset['question']));
          this.moveStep(fieldset, move);
        }
      });
      fieldset.addEventListener('change', () => this.touched.add(Number(fieldset.dataset['question'])));
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const index = Number(event.submitter?.dataset['check']);
      const fieldset = this.questions[index];
      if (fieldset) this.check(fieldset, index, true);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-consent-answer]')) {
      button.addEventListener('click', () => {
        this.answerConsent(button.dataset['consentAnswer'] === 'ja');
      });
    }
    // Another tab checked an answer: make sure it is stored (see persist).
    this.channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      // With it, this tab's own answers of the last seconds again: the other tab's write may have missed them.
      if (this.state.consent === 'ja' && isChange(event.data)) this.saveSerially([...this.recent, event.data]);
    });
    // Another tab changed the record: show the same answers here.
    window.addEventListener('storage', (event) => {
      if (event.key !== PROGRESS_KEY) return;
      this.load();
      // A write that reached the storage after ours, from a tab that had not seen ours: ours again.
      if (this.state.consent === 'ja' && this.recent.some((change) => !this.isStored(change))) this.saveSerially(this.recent);
    });
  }

  private isStored(change: Change): boolean {
    const stored = this.state.lessons[change.lessonId]?.answers[String(change.index)];
    return JSON.stringify(stored) === JSON.stringify(change.answer);
  }

  /** Reads the record and shows the stored answers of this lesson. */
  private load() {
    const { state, status, backupKey } = loadProgress(this.storage);
    this.state = this.declined ? { ...state, consent: 'nein' } : state;
    // "Wir haben eine Sicherung gemacht" only where a backup was made; where there was no room, the next save asks.
    if (status !== 'repaired' || backupKey !== undefined) this.showNotice(status);
    const saved = this.state.lessons[this.lessonId]?.answers ?? {};
    for (const [index, fieldset] of this.questions.entries()) {
      const answer = saved[String(index)];
      // An answer that no longer fits the question (the lesson changed) is left aside, not shown; the record stays as it is.
      // A question the reader works on here (changed or checked in this tab) keeps what this tab shows.
      if (answer === undefined || !this.fits(fieldset, answer) || this.touched.has(index) || this.results.has(index)) continue;
      this.setAnswer(fieldset, answer);
      this.check(fieldset, index, false);
    }
    const result = this.state.lessons[this.lessonId]?.result;
    if (result && result.total === this.questions.length) this.showResult(result.right);
  }

  private showNotice(status: LoadStatus) {
    const notice = { unavailable: 'notSaved', repaired: 'repaired', newer: 'newer' } as Partial<Record<LoadStatus, string>>;
    const which = notice[status];
    if (which) this.reveal(`[data-notice="${which}"]`);
  }

  private reveal(selector: string) {
    const element = this.querySelector<HTMLElement>(selector);
    if (element) element.hidden = false;
  }

  private answerOf(fieldset: HTMLFieldSetElement): Answer | undefined {
    const kind = fieldset.dataset['kind'];
    if (kind === 'reihenfolge') {
      return [...fieldset.querySelectorAll<HTMLElement>('[data-step]')].map((li) => Number(li.dataset['step']));
    }
    const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    if (checked.length === 0) return undefined;
    if (kind === 'stimmt') return checked[0] === 'ja';
    return checked.map(Number);
  }

  private setAnswer(fieldset: HTMLFieldSetElement, answer: Answer) {
    if (fieldset.dataset['kind'] === 'reihenfolge' && Array.isArray(answer)) {
      const list = fieldset.querySelector('[data-steps]');
      for (const index of answer) {
        const item = fieldset.querySelector(`[data-step="${String(index)}"]`);
        if (item) list?.append(item);
      }
      if (list) this.markEnds(list);
      return;
    }
    for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
      input.checked = typeof answer === 'boolean' ? (input.value === 'ja') === answer : answer.includes(Number(input.value));
    }
  }

  /** Whether a stored answer is one this question can have: a statement's true/false, chosen answers that
   *  exist (one for a one-answer question), or every step exactly once. */
  private fits(fieldset: HTMLFieldSetElement, answer: Answer): boolean {
    const kind = fieldset.dataset['kind'];
    if (kind === 'stimmt') return typeof answer === 'boolean';
    if (!Array.isArray(answer)) return false;
    if (kind === 'reihenfolge') {
      const steps = fieldset.querySelectorAll('[data-step]').length;
      return answer.length === steps && new Set(answer).size === steps && answer.every((step) => step >= 0 && step < steps);
    }
    const choices = fieldset.querySelectorAll('input').length;
    return answer.length > 0 && (kind === 'mehrere' || answer.length === 1) && answer.every((j) => j >= 0 && j < choices);
  }

  private isRight(fieldset: HTMLFieldSetElement, answer: Answer): boolean {
    const solution = JSON.parse(fieldset.dataset['solution'] ?? 'null') as number[] | boolean | null;
    if (fieldset.dataset['kind'] === 'reihenfolge') return Array.isArray(answer) && answer.every((step, i) => step === i);
    if (typeof solution === 'boolean') return answer === solution;
    return (
      Array.isArray(answer) && Array.isArray(solution) && answer.length === solution.length && answer.every((a) => solution.includes(a))
    );
  }

  /** Checks one question and shows its feedback; `byReader` also records it and moves focus. */
  private check(fieldset: HTMLFieldSetElement, index: number, byReader: boolean) {
    const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]');
    if (!feedback) return;
    const answer = this.answerOf(fieldset);
    if (answer === undefined) {
      this.showFeedback(feedback, fieldset, ['chooseFirst']);
      if (byReader) feedback.focus();
      return;
    }
    const right = this.isRight(fieldset, answer);
    this.results.set(index, right);
    const parts = [right ? 'right' : 'wrong'];
    if (fieldset.dataset['kind'] === 'reihenfolge' && !right) parts.push(this.markSteps(fieldset));
    if (fieldset.dataset['kind'] === 'reihenfolge' && right) this.markSteps(fieldset);
    const chosen = Array.isArray(answer) && fieldset.dataset['kind'] !== 'reihenfolge' ? answer.map((j) => `a${String(j)}`) : [];
    parts.push(...chosen);
    if (fieldset.dataset['kind'] === 'stimmt' || (right && chosen.every((c) => !fieldset.querySelector(`[data-snippet="${c}"]`)))) {
      parts.push('explanation');
    }
    if (!right) parts.push('tryAgain');
    this.showFeedback(feedback, fieldset, parts);
    fieldset.classList.toggle('ll-frage-richtig', right);
    if (!byReader) return;
    this.touched.delete(index);
    feedback.focus();
    // This tab's change, as a step: applied to this tab's copy now, and to what is stored when saving.
    const complete = this.results.size === this.questions.length;
    const rightCount = [...this.results.values()].filter(Boolean).length;
    const change: Change = {
      lessonId: this.lessonId,
      index,
      answer,
      ...(complete ? { result: { right: rightCount, total: this.questions.length } } : {}),
      at: new Date().toISOString(),
    };
    this.state = applyChange(this.state, change);
    if (complete) this.showResult(rightCount);
    this.persist(change);
  }

  /** Copies the server-rendered snippets (easy-read, split words as the reader chose) into the feedback. */
  private showFeedback(feedback: HTMLElement, fieldset: HTMLFieldSetElement, keys: string[]) {
    const nodes = keys.flatMap((key) => {
      const snippet =
        fieldset.querySelector(`[data-snippets] [data-snippet="${key}"]`) ??
        this.querySelector(`:scope [data-snippets] > [data-snippet="${key}"]`);
      return snippet ? [snippet.cloneNode(true)] : [];
    });
    feedback.replaceChildren(...nodes);
  }

  private showResult(right: number) {
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (!result) return;
    const total = this.questions.length;
    result.textContent =
      right === total ? (this.dataset['allRight'] ?? '') : format(this.dataset['resultTemplate'] ?? '', { right, total });
  }

  private moveStep(fieldset: HTMLFieldSetElement, button: HTMLButtonElement) {
    const item = button.closest('li');
    const list = item?.parentElement;
    const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]');
    if (!item || !list || !feedback) return;
    const up = Number(button.dataset['move']) < 0;
    const neighbour = up ? item.previousElementSibling : item.nextElementSibling;
    if (!neighbour) {
      // Already at the end: say so, instead of doing nothing.
      this.showFeedback(feedback, fieldset, [up ? 'atTop' : 'atBottom']);
      return;
    }
    if (up) neighbour.before(item);
    else neighbour.after(item);
    button.focus();
    this.markEnds(list);
    for (const mark of fieldset.querySelectorAll<HTMLElement>('[data-step-mark]')) mark.hidden = true;
    fieldset.classList.remove('ll-frage-richtig');
    feedback.textContent = format(this.dataset['moved'] ?? '', { n: [...list.children].indexOf(item) + 1 });
  }

  /** The first step's "nach oben" and the last step's "nach unten" say that they cannot move further. */
  private markEnds(list: Element) {
    const items = [...list.children];
    for (const [position, item] of items.entries()) {
      for (const button of item.querySelectorAll<HTMLButtonElement>('button[data-move]')) {
        const up = Number(button.dataset['move']) < 0;
        const atEnd = up ? position === 0 : position === items.length - 1;
        if (atEnd) button.setAttribute('aria-disabled', 'true');
        else button.removeAttribute('aria-disabled');
      }
    }
  }

  /** After checking an order: a tick on each step in its right place, and a sentence that says what the ticks mean. */
  private markSteps(fieldset: HTMLFieldSetElement): string {
    let anyRight = false;
    for (const [position, item] of fieldset.querySelectorAll<HTMLElement>('[data-step]').entries()) {
      const right = Number(item.dataset['step']) === position;
      anyRight ||= right;
      const mark = item.querySelector<HTMLElement>('[data-step-mark]');
      if (mark) mark.hidden = !right;
    }
    return anyRight ? 'stepsSomeRight' : 'stepsNoneRight';
  }

  private persist(change: Change) {
    if (this.state.consent === 'offen') {
      // Asked once the whole self-check is done: a calm moment, below the result.
      if (this.results.size === this.questions.length) this.reveal('[data-consent]');
      return;
    }
    if (this.state.consent !== 'ja') return;
    const now = Date.now();
    // Only the newest answer per question: an older one applied again would undo it.
    const same = (c: Change) => c.lessonId === change.lessonId && c.index === change.index;
    this.recent = [...this.recent.filter((c) => now - Date.parse(c.at) < RECENT_MS && !same(c)), change];
    this.saveSerially([change]);
    // Other tabs apply it too: a tab's copy of the storage may not have this write yet when it saves next.
    this.channel?.postMessage(change);
  }

  /**
   * Read what is stored, apply the change, write: one tab at a time (Web Locks, where the browser has
   * them), so two tabs saving at the same moment keep both answers (issue 19). A change is the same
   * whoever applies it, so applying another tab's change again does no harm.
   */
  private saveSerially(changes: Change[]) {
    const inOrder = [...changes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const save = () => {
      let result: ReturnType<typeof updateProgress>;
      try {
        result = updateProgress(this.storage, (stored) => inOrder.reduce(applyChange, stored));
      } catch {
        return; // A change that could never be stored (recordAnswer refused it): nothing to keep.
      }
      if (result.saved.ok) this.state = result.state;
      else if (result.saved.reason === 'noRoom') this.room.show();
      else if (result.saved.reason !== 'newer' && result.saved.reason !== 'no-consent') this.reveal('[data-notice="saveFailed"]');
    };
    if ('locks' in navigator) void navigator.locks.request(PROGRESS_KEY, save);
    else save();
  }

  /** The save the reader allowed after "no room": this tab's record joins what is stored, and old backups give way. */
  private saveMakingRoom(): Promise<ReturnType<typeof updateProgress>['saved']> {
    const save = () => {
      const mine = this.state;
      const consent = this.declined ? 'nein' : 'ja';
      const result =
        consent === 'ja'
          ? updateProgress(this.storage, (stored) => ({ ...mergeProgress(stored, mine), consent }), { makeRoom: true })
          : { state: mine, saved: saveConsent(this.storage, mine, 'nein', { makeRoom: true }) };
      if (result.saved.ok) this.state = result.state;
      return result.saved;
    };
    return 'locks' in navigator ? navigator.locks.request(PROGRESS_KEY, save) : Promise.resolve(save());
  }

  private answerConsent(yes: boolean) {
    const prompt = this.querySelector<HTMLElement>('[data-consent]');
    if (prompt) prompt.hidden = true;
    this.declined = !yes;
    this.state = { ...this.state, consent: yes ? 'ja' : 'nein' };
    // Yes: this visit's answers join what other tabs stored. No: only that answer is kept.
    const mine = this.state;
    const saved = yes
      ? updateProgress(this.storage, (stored) => ({ ...mergeProgress(stored, mine), consent: 'ja' })).saved
      : saveConsent(this.storage, this.state, 'nein');
    if (!saved.ok && saved.reason === 'noRoom') this.room.show();
    else if (!saved.ok && saved.reason !== 'newer') this.reveal('[data-notice="saveFailed"]');
    else this.reveal(yes ? '[data-notice="saved"]' : '[data-notice="declined"]');
    // The button that had focus is gone: focus goes to what the page now says.
    const said = this.querySelector<HTMLElement>(
      '[data-notice="saved"]:not([hidden]), [data-notice="declined"]:not([hidden]), [data-notice="saveFailed"]:not([hidden]), [data-backup-room]:not([hidden]) [data-room-ask]',
    );
    if (said) {
      said.tabIndex = -1;
      said.focus();
    }
  }
}

export function mountQuiz() {
  if (!customElements.get('ll-quiz')) customElements.define('ll-quiz', LlQuiz);
}
