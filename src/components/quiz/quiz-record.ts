/**
 * Keeps the self-check's answers and results in the learning record (src/lib/progress/store.ts), for
 * <ll-quiz> (quiz.ts), which loads this file only where this device holds a record, when the reader
 * answers the save question, or when another tab starts a record (issue 20).
 * Saving is the reader's choice: the answer ("Nein, danke" too) is kept, so no lesson asks again. Where
 * storage fails, the quiz works for this visit and says so. Two tabs that save at the same moment keep
 * both answers (issue 19): see saveSerially.
 */
import { PROGRESS_KEY } from '../../lib/progress/key.ts';
import {
  browserStorage,
  loadProgress,
  mergeProgress,
  recordAnswer,
  recordResult,
  saveConsent,
  updateProgress,
  type LoadStatus,
  type ProgressState,
} from '../../lib/progress/store.ts';
import { backupRoom, type BackupRoom } from '../backup-room/backup-room.ts';

export type Answer = number[] | boolean;

/** One checked answer (and the result, when it completed the self-check): what a tab saves and tells the others. */
export interface Change {
  lessonId: string;
  index: number;
  answer: Answer;
  result?: { right: number; total: number };
  at: string;
}

/** What the keeper needs of the quiz. */
export interface QuizHost extends HTMLElement {
  readonly lessonId: string;
  /** Every answer checked in this visit, oldest first. */
  readonly visit: readonly Change[];
  /** Shows the stored answers and result of this lesson, where the reader has not changed them here. */
  showStored(answers: Partial<Record<string, Answer>>, result: { right: number; total: number } | undefined): void;
  /** Shows the hidden part that matches the selector. */
  reveal(selector: string): void;
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

export class RecordKeeper {
  private host: QuizHost;
  private storage = browserStorage();
  /** The record as this tab knows it. */
  private state: ProgressState;
  /** "Nein, danke" holds for this page even where it could not be stored. */
  private declined = false;
  private channel = 'BroadcastChannel' in window ? new BroadcastChannel(PROGRESS_KEY) : undefined;
  /** This tab's changes of the last seconds (RECENT_MS), applied again when another tab saves. */
  private recent: Change[] = [];
  /** Asks the reader for leave to make room when a save finds none (src/lib/local-storage.ts). */
  private room: BackupRoom;

  /** Reads the record, shows its answers, and adds this visit's answers (checked before this code came) to this tab's copy. */
  constructor(host: QuizHost) {
    this.host = host;
    this.room = backupRoom(host, this.storage, () => this.saveMakingRoom());
    this.state = this.load();
    this.state = host.visit.reduce(applyChange, this.state);
    // Another tab checked an answer: make sure it is stored (see persist).
    this.channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      // With it, this tab's own answers of the last seconds again: the other tab's write may have missed them.
      if (this.state.consent === 'ja' && isChange(event.data)) this.saveSerially([...this.recent, event.data]);
    });
    // Another tab changed the record: show the same answers here.
    window.addEventListener('storage', (event) => {
      if (event.key !== PROGRESS_KEY) return;
      this.state = this.load();
      // A write that reached the storage after ours, from a tab that had not seen ours: ours again.
      if (this.state.consent === 'ja' && this.recent.some((change) => !this.isStored(change))) this.saveSerially(this.recent);
    });
  }

  private isStored(change: Change): boolean {
    const stored = this.state.lessons[change.lessonId]?.answers[String(change.index)];
    return JSON.stringify(stored) === JSON.stringify(change.answer);
  }

  /** Reads the record and shows the stored answers of this lesson. */
  private load(): ProgressState {
    const { state, status, backupKey } = loadProgress(this.storage);
    // "Wir haben eine Sicherung gemacht" only where a backup was made; where there was no room, the next save asks.
    if (status !== 'repaired' || backupKey !== undefined) this.showNotice(status);
    const lesson = state.lessons[this.host.lessonId];
    this.host.showStored(lesson?.answers ?? {}, lesson?.result);
    return this.declined ? { ...state, consent: 'nein' } : state;
  }

  private showNotice(status: LoadStatus) {
    const notice = { unavailable: 'notSaved', repaired: 'repaired', newer: 'newer' } as Partial<Record<LoadStatus, string>>;
    const which = notice[status];
    if (which) this.host.reveal(`[data-notice="${which}"]`);
  }

  /** Keeps a checked answer, where the reader said yes; asks, once the whole self-check is done, where they have not answered yet. */
  persist(change: Change) {
    this.state = applyChange(this.state, change);
    if (this.state.consent === 'offen') {
      // Asked once the whole self-check is done: a calm moment, below the result.
      if (change.result) this.host.reveal('[data-consent]');
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
      else if (result.saved.reason !== 'newer' && result.saved.reason !== 'no-consent') this.host.reveal('[data-notice="saveFailed"]');
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

  /** The reader's answer to the save question. Yes: this visit's answers join what other tabs stored. No: only that answer is kept. */
  answerConsent(yes: boolean) {
    this.declined = !yes;
    this.state = { ...this.state, consent: yes ? 'ja' : 'nein' };
    const mine = this.state;
    const saved = yes
      ? updateProgress(this.storage, (stored) => ({ ...mergeProgress(stored, mine), consent: 'ja' })).saved
      : saveConsent(this.storage, this.state, 'nein');
    if (!saved.ok && saved.reason === 'noRoom') this.room.show();
    else if (!saved.ok && saved.reason !== 'newer') this.host.reveal('[data-notice="saveFailed"]');
    else this.host.reveal(yes ? '[data-notice="saved"]' : '[data-notice="declined"]');
    // The button that had focus is gone: focus goes to what the page now says.
    const said = this.host.querySelector<HTMLElement>(
      '[data-notice="saved"]:not([hidden]), [data-notice="declined"]:not([hidden]), [data-notice="saveFailed"]:not([hidden]), [data-backup-room]:not([hidden]) [data-room-ask]',
    );
    if (said) {
      said.tabIndex = -1;
      said.focus();
    }
  }
}

/** Starts keeping the record for this quiz. */
export function keepRecord(host: QuizHost): RecordKeeper {
  return new RecordKeeper(host);
}
