/**
 * The <ll-quiz> island: checks each answer and shows its easy-read feedback in a polite live
 * region, moves focus to the feedback, and lets order questions be sorted with "nach oben" /
 * "nach unten" (and says which steps are in the right place).
 * Saving is the reader's choice. The quiz asks once the whole self-check is done, below the result,
 * so nothing moves above the feedback the reader is reading. Keeping answers and results in the
 * learning record is quiz-record.ts: its code, with the record's store, comes only where this device
 * holds a record, when the reader answers the save question, or when another tab starts a record
 * (issue 20). Checking answers needs none of it, and a reader on a first visit has no record yet.
 */
import { mayHoldRecord, PROGRESS_KEY } from '../../lib/progress/key.ts';
import { format } from '../../i18n/format.ts';
import type { Answer, Change, QuizHost, RecordKeeper } from './quiz-record.ts';

class LlQuiz extends HTMLElement implements QuizHost {
  private keeper: Promise<RecordKeeper> | undefined;
  /** Every answer checked in this visit: they join the record when its code comes later. */
  readonly visit: Change[] = [];
  private questions: HTMLFieldSetElement[] = [];
  /** Questions the reader changed here and has not checked yet: a save in another tab leaves them as they are. */
  private touched = new Set<number>();
  private results = new Map<number, boolean>();

  get lessonId(): string {
    return this.dataset['lesson'] ?? '';
  }

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    if (!form) return;
    this.questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
    if (mayHoldRecord()) void this.openRecord();
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
        const prompt = this.querySelector<HTMLElement>('[data-consent]');
        if (prompt) prompt.hidden = true;
        void this.openRecord().then((keeper) => {
          keeper.answerConsent(button.dataset['consentAnswer'] === 'ja');
        });
      });
    }
    // Another tab started a record: from now on this tab keeps it too (the keeper follows further changes).
    window.addEventListener('storage', (event) => {
      if (event.key === PROGRESS_KEY) void this.openRecord();
    });
  }

  /** Loads the record's code once; the keeper reads the record and shows its answers. */
  private openRecord(): Promise<RecordKeeper> {
    this.keeper ??= import('./quiz-record.ts').then(({ keepRecord }) => keepRecord(this));
    return this.keeper;
  }

  /** Shows the stored answers and result of this lesson (the keeper calls it after reading the record). */
  showStored(answers: Partial<Record<string, Answer>>, result: { right: number; total: number } | undefined) {
    for (const [index, fieldset] of this.questions.entries()) {
      const answer = answers[String(index)];
      // An answer that no longer fits the question (the lesson changed) is left aside, not shown; the record stays as it is.
      // A question the reader works on here (changed or checked in this tab) keeps what this tab shows.
      if (answer === undefined || !this.fits(fieldset, answer) || this.touched.has(index) || this.results.has(index)) continue;
      this.setAnswer(fieldset, answer);
      this.check(fieldset, index, false);
    }
    if (result && result.total === this.questions.length) this.showResult(result.right);
  }

  reveal(selector: string) {
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
    this.visit.push(change);
    if (complete) this.showResult(rightCount);
    if (this.keeper)
      void this.keeper.then((keeper) => {
        keeper.persist(change);
      });
    // No record on this device: nothing is saved until the reader says yes, asked once the self-check is done.
    // The record's code starts to load with the question, so it is here when the reader answers.
    else if (complete) {
      this.reveal('[data-consent]');
      void this.openRecord();
    }
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
}

export function mountQuiz() {
  if (!customElements.get('ll-quiz')) customElements.define('ll-quiz', LlQuiz);
}
