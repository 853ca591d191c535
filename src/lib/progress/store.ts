/**
 * The learning record (Mein Lern·stand): the one module that reads and writes learning progress.
 * Pure TypeScript: it is given a storage (localStorage fits), so it runs in the browser and in tests.
 *
 * Stored shape, version 2, key "ll-lernstand" (one JSON value):
 *   {
 *     "version": 2,
 *     "consent": "ja" | "nein" | "offen",        // did the reader agree to keep progress here?
 *     "lessons": {
 *       "<module id>/<lesson id>": {               // a-z, 0-9 and hyphens, exactly one slash
 *         "answers": { "<question index>": [0, 2] | true | false },
 *                                                  // chosen answers, "stimmt" answers, or the
 *                                                  // order of steps; "0", "1", … no leading zeros
 *         "result": { "right": 3, "total": 4 },    // optional: the last full check, right <= total
 *         "started": "2026-03-05T10:00:00.000Z",   // ISO date-time of the first change
 *         "updated": "2026-03-05T10:04:00.000Z"    // ISO date-time of the last change
 *       }
 *     }
 *   }
 *
 * Version 2 is the oldest: no release wrote the draft version 1. A version 3 adds its step from 2
 * to PROGRESS_MIGRATIONS (tests/unit/lib/local-storage.test.ts shows how a step is tested).
 *
 * Rules: those of every stored value on this site (src/lib/local-storage.ts): every read validated,
 * invalid entries dropped one by one (a lesson without valid dates, an answer or a result that is not
 * allowed) while valid entries are always kept; text that could not be read as it was is copied to
 * "ll-lernstand-sicherung" (or "-2", "-3", …) before the cleaned record takes its place; a record of a
 * newer version is read for display and never overwritten; every storage access is guarded.
 * Besides: progress is written only when the reader agreed (consent 'ja').
 *
 * The file the reader can save ("Lern·stand als Datei") is an envelope around the same shape:
 *   { "format": "lernen-leicht-gemacht/lernstand", "version": 2, "exported": ISO, "lernstand": {…} }
 */
import { isRealDay } from '../calendar-day.ts';
import {
  backupKeys as backupKeysOf,
  isObject,
  loadStored,
  readText,
  readValue,
  sameJson,
  saveStored,
  type JsonObject,
  type KeyValueStorage,
  type LoadResult as StoreLoadResult,
  type Migrations,
  type SaveOptions,
  type SaveResult as StoreSaveResult,
  type StoreSpec,
} from '../local-storage.ts';
import { PROGRESS_KEY } from './key.ts';

// The islands that show the record take the storage from here too.
export { browserStorage, type KeyValueStorage, type LoadStatus, type MadeRoom, type SaveOptions } from '../local-storage.ts';

export { PROGRESS_KEY };
/** Broken data is kept here, never thrown away. Further copies: "ll-lernstand-sicherung-2", … */
export const PROGRESS_BACKUP_KEY = 'll-lernstand-sicherung';
export const PROGRESS_VERSION = 2;
export const MAX_IMPORT_BYTES = 200_000;
/** The `format` field of a saved file. */
export const EXPORT_FORMAT = 'lernen-leicht-gemacht/lernstand';
/** The highest question index we keep (three digits), and the most indices in one answer. */
export const MAX_QUESTION_INDEX = 999;
export const MAX_ANSWER_LENGTH = 100;

export interface LessonProgress {
  /** Per question (index as string "0", "1", …): the reader's last answer: indices of chosen answers, true/false for
   *  "stimmt" questions, or the order of step indices for "reihenfolge" questions. */
  answers: Record<string, number[] | boolean>;
  /** The result of the last full check, if any. */
  result?: { right: number; total: number };
  /** ISO date-time of the first and the last change. */
  started: string;
  updated: string;
}

export interface ProgressState {
  version: 2;
  /** Whether the reader agreed to keep progress on this device: asked once; 'nein' means: do not store, do not ask again this visit. */
  consent: 'ja' | 'nein' | 'offen';
  /** Key: the lesson id, e.g. "lernen-im-arbeitsbereich/lernen-hoert-nie-auf". */
  lessons: Record<string, LessonProgress>;
}

export type LoadResult = StoreLoadResult<ProgressState>;

export type SaveResult = StoreSaveResult | { ok: false; reason: 'no-consent' };

export type ImportResult =
  { ok: true; state: ProgressState; leftOut: number } | { ok: false; reason: 'too-big' | 'not-json' | 'wrong-format' | 'newer' };

// ---------------------------------------------------------------------------------------------
// Checks: one per piece, so a read can keep every piece that is valid. Each returns the piece
// (a copy where it is an object or a list) or undefined. Written out by hand rather than with a
// schema library: this module runs in the browser on every lesson, and a library's set-up cost
// about 8 kB and 20 ms of a slow phone's time before the first paint (npm run bench).

const ID_PART = '[a-z0-9]+(?:-[a-z0-9]+)*';
const LESSON_ID = new RegExp(`^${ID_PART}/${ID_PART}$`);
/** A question index as a record key: "0", "1", … without leading zeros. */
const QUESTION_KEY = /^(?:0|[1-9][0-9]{0,2})$/;
/** An ISO date-time with seconds and a time zone (Z or an offset), e.g. 2026-03-05T10:00:00.000Z. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const CONSENTS = ['ja', 'nein', 'offen'] as const;

/** A lesson id: "<module>/<lesson>", lower case letters a-z, digits and hyphens, one slash. */
export const isLessonId = (value: unknown): value is string => typeof value === 'string' && value.length <= 200 && LESSON_ID.test(value);

const isQuestionKey = (value: string): boolean => QUESTION_KEY.test(value);

/** A count or an index: a whole number, 0 or more. */
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** An ISO date-time on a real day that the browser can read. */
function readDateTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value);
  if (!match || !isRealDay(Number(match[1]), Number(match[2]), Number(match[3])) || Number.isNaN(Date.parse(value))) return undefined;
  return value;
}

/** An answer: indices of chosen answers or the order of steps (each index once, at most 100), or true/false. */
function readAnswer(value: unknown): number[] | boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (!Array.isArray(value) || value.length > MAX_ANSWER_LENGTH) return undefined;
  const indices: unknown[] = value;
  if (!indices.every((index) => isCount(index) && index <= MAX_ANSWER_LENGTH)) return undefined;
  return new Set(indices).size === indices.length ? [...(indices as number[])] : undefined;
}

/** The result of a full check: how many answers were right, of how many. */
function readResult(value: unknown): { right: number; total: number } | undefined {
  if (!isObject(value)) return undefined;
  const { right, total } = value;
  return isCount(right) && isCount(total) && right <= total ? { right, total } : undefined;
}

function readConsent(value: unknown): ProgressState['consent'] | undefined {
  return CONSENTS.find((consent) => consent === value);
}

// ---------------------------------------------------------------------------------------------
// Pure helpers.

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, consent: 'offen', lessons: {} };
}

/** A copy of one lesson, fields in a fixed order. */
function copyLesson(lesson: LessonProgress): LessonProgress {
  const answers: Record<string, number[] | boolean> = {};
  for (const [key, answer] of Object.entries(lesson.answers)) {
    answers[key] = typeof answer === 'boolean' ? answer : [...answer];
  }
  const copy: LessonProgress = { answers, started: lesson.started, updated: lesson.updated };
  if (lesson.result) copy.result = { right: lesson.result.right, total: lesson.result.total };
  return copy;
}

/** Keeps every valid piece of one stored lesson; undefined when its dates are not valid. */
function salvageLesson(value: unknown): LessonProgress | undefined {
  if (!isObject(value)) return undefined;
  const started = readDateTime(value['started']);
  const updated = readDateTime(value['updated']);
  if (started === undefined || updated === undefined) return undefined;
  const answers: Record<string, number[] | boolean> = {};
  const storedAnswers = value['answers'];
  if (isObject(storedAnswers)) {
    for (const [key, answer] of Object.entries(storedAnswers)) {
      const parsed = readAnswer(answer);
      if (isQuestionKey(key) && parsed !== undefined) answers[key] = parsed;
    }
  }
  const lesson: LessonProgress = { answers, started, updated };
  const result = readResult(value['result']);
  if (result) lesson.result = result;
  return lesson;
}

/** Reads a version-2 value (or a newer one, best-effort): every valid entry is kept. */
function salvageState(value: JsonObject): ProgressState {
  const consent = readConsent(value['consent']);
  const state: ProgressState = { ...emptyProgress(), consent: consent ?? 'offen' };
  const lessons = value['lessons'];
  if (!isObject(lessons)) return state;
  for (const [id, entry] of Object.entries(lessons)) {
    if (!isLessonId(id)) continue;
    const lesson = salvageLesson(entry);
    if (lesson) state.lessons[id] = lesson;
  }
  return state;
}

/** A valid copy of a state: whatever does not pass the checks is left out. */
function cleanState(state: ProgressState): ProgressState {
  return salvageState(state as unknown as JsonObject);
}

/** Steps from older versions, by the version each reads: { 2: fromVersion2 } once there is a version 3. */
const PROGRESS_MIGRATIONS: Migrations = {};

const PROGRESS: StoreSpec<ProgressState> = {
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  migrations: PROGRESS_MIGRATIONS,
  salvage: salvageState,
  toStored: (state) => cleanState(state) as unknown as JsonObject,
  empty: emptyProgress,
  isEmpty: (state) => state.consent === 'offen' && Object.keys(state.lessons).length === 0,
};

function checkLessonId(lessonId: string): void {
  if (!isLessonId(lessonId)) {
    throw new RangeError(`Not a lesson id (module/lesson, a-z, 0-9 and hyphens): ${JSON.stringify(lessonId)}`);
  }
}

function isoOf(now: Date): string {
  const iso = now.toISOString(); // throws RangeError for an invalid date
  if (readDateTime(iso) === undefined) throw new RangeError(`Date out of range: ${iso}`);
  return iso;
}

/** The lesson as it is, or a new one started now. */
function lessonFor(state: ProgressState, lessonId: string, iso: string): LessonProgress {
  const lesson = state.lessons[lessonId];
  return lesson ? copyLesson(lesson) : { answers: {}, started: iso, updated: iso };
}

/**
 * Keeps the reader's last answer to one question. Returns a new state; `state` is not changed.
 * Throws a RangeError for input that could never be stored (a programming error): a lesson id not
 * in the form module/lesson, a question index that is not a whole number 0–999, an answer with
 * repeated or negative indices, an invalid date.
 */
export function recordAnswer(
  state: ProgressState,
  lessonId: string,
  question: number,
  answer: number[] | boolean,
  now: Date,
): ProgressState {
  checkLessonId(lessonId);
  if (!Number.isInteger(question) || question < 0 || question > MAX_QUESTION_INDEX) {
    throw new RangeError(`Not a question index: ${question}`);
  }
  if (readAnswer(answer) === undefined) {
    throw new RangeError(`Not an answer: ${JSON.stringify(answer)}`);
  }
  const iso = isoOf(now);
  const lesson = lessonFor(state, lessonId, iso);
  lesson.answers[String(question)] = typeof answer === 'boolean' ? answer : [...answer];
  lesson.updated = iso;
  return { ...state, lessons: { ...state.lessons, [lessonId]: lesson } };
}

/**
 * Keeps the result of a full check in one lesson. Returns a new state; `state` is not changed.
 * Throws a RangeError for a lesson id not in the form module/lesson, counts that are not whole
 * numbers 0 or more, more right than total, an invalid date.
 */
export function recordResult(state: ProgressState, lessonId: string, right: number, total: number, now: Date): ProgressState {
  checkLessonId(lessonId);
  if (!readResult({ right, total })) {
    throw new RangeError(`Not a result: ${right} of ${total}`);
  }
  const iso = isoOf(now);
  const lesson = lessonFor(state, lessonId, iso);
  lesson.result = { right, total };
  lesson.updated = iso;
  return { ...state, lessons: { ...state.lessons, [lessonId]: lesson } };
}

/**
 * Newest `updated` wins per lesson (on a tie, `base` wins); `started` is the earlier of the two,
 * since the reader began then. Consent is kept from `base`. Neither argument is changed.
 */
export function mergeProgress(base: ProgressState, incoming: ProgressState): ProgressState {
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, lesson] of Object.entries(base.lessons)) lessons[id] = copyLesson(lesson);
  for (const [id, theirs] of Object.entries(incoming.lessons)) {
    const ours = lessons[id];
    if (!ours) {
      lessons[id] = copyLesson(theirs);
      continue;
    }
    const winner = Date.parse(theirs.updated) > Date.parse(ours.updated) ? copyLesson(theirs) : ours;
    winner.started = Date.parse(theirs.started) < Date.parse(ours.started) ? theirs.started : ours.started;
    lessons[id] = winner;
  }
  return { version: PROGRESS_VERSION, consent: base.consent, lessons };
}

/** A file to save: a versioned JSON envelope {"format":"lernen-leicht-gemacht/lernstand","version":2,"exported":ISO,"lernstand":{…}}. */
export function exportProgress(state: ProgressState, now: Date): string {
  const envelope = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exported: now.toISOString(),
    lernstand: cleanState(state),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * Reads a saved file. Validates with the same schema and migrations as loadProgress; size-limited
 * by MAX_IMPORT_BYTES (UTF-8 bytes). As loading does, invalid entries are left out one by one and the
 * valid ones kept; `leftOut` says how many lessons of the file could not be read as they were. A file
 * with no valid lesson at all is refused ('wrong-format'), so a wrong file never changes anything.
 * Pure: touches no storage.
 */
export function importProgress(text: string): ImportResult {
  // Each UTF-16 unit is at least one byte, so a long text is refused before it is encoded.
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return { ok: false, reason: 'too-big' };
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isObject(envelope) || envelope['format'] !== EXPORT_FORMAT) return { ok: false, reason: 'wrong-format' };
  const version = envelope['version'];
  if (Number.isInteger(version) && (version as number) > PROGRESS_VERSION) return { ok: false, reason: 'newer' };
  if (version !== PROGRESS_VERSION) return { ok: false, reason: 'wrong-format' };
  const read = readValue(PROGRESS, envelope['lernstand']);
  if (read?.kind === 'newer') return { ok: false, reason: 'newer' };
  if (!read) return { ok: false, reason: 'wrong-format' };
  if (read.exact) return { ok: true, state: read.state, leftOut: 0 };
  const given = isObject(envelope['lernstand']) ? envelope['lernstand']['lessons'] : undefined;
  const entries = isObject(given) ? Object.entries(given) : [];
  const kept = entries.filter(([id, lesson]) => sameJson(read.state.lessons[id], lesson)).length;
  if (kept === 0) return { ok: false, reason: 'wrong-format' };
  return { ok: true, state: read.state, leftOut: entries.length - kept };
}

// ---------------------------------------------------------------------------------------------
// Storage: every access guarded, as src/lib/local-storage.ts does it.

/** The keys a backup may use, in order: "ll-lernstand-sicherung", "ll-lernstand-sicherung-2", … */
export function backupKeys(): string[] {
  return backupKeysOf(PROGRESS_KEY);
}

/** Never throws. As loadStored (src/lib/local-storage.ts): 'ok', 'empty', 'unavailable', 'newer' (read for
 *  display; saveProgress refuses to overwrite it), 'migrated' or 'repaired' (the old text kept aside under
 *  PROGRESS_BACKUP_KEY or the next free numbered key, then replaced by the cleaned record, or removed when
 *  nothing is left). Invalid entries are dropped one by one; valid entries are never lost. */
export function loadProgress(storage: KeyValueStorage | undefined): LoadResult {
  return loadStored(storage, PROGRESS);
}

/** Writes only when consent is 'ja'; never overwrites data of a newer version; catches quota errors ('full').
 *  Only valid entries are written. Stored text that is not exactly a valid record is kept aside first (as
 *  loadProgress does); if that copy cannot be made, nothing is written. */
export function saveProgress(storage: KeyValueStorage | undefined, state: ProgressState, options: SaveOptions = {}): SaveResult {
  if (storage && state.consent !== 'ja') return { ok: false, reason: 'no-consent' };
  return saveStored(storage, PROGRESS, state, options);
}

/**
 * Reads the record for display only: nothing is repaired or written. The parts of a page that only show
 * progress (the badges, "Weiter lernen") use it, so a repair happens where it is reported: in the
 * self-check and on "Mein Lern·stand" (loadProgress).
 */
export function peekProgress(storage: KeyValueStorage | undefined): ProgressState {
  try {
    const raw = storage?.getItem(PROGRESS_KEY) ?? null;
    return (raw === null ? undefined : readText(PROGRESS, raw)?.state) ?? emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/**
 * Saves one change of this tab without losing what another tab saved meanwhile: reads what is stored,
 * applies `change` to it, writes. Two tabs that save at the same moment must not interleave between the
 * read and the write: where the browser has Web Locks, the quiz runs this inside one lock for all tabs
 * (see quiz.ts). Returns the state written (or the one that would have been) and how saving went.
 */
export function updateProgress(
  storage: KeyValueStorage | undefined,
  change: (stored: ProgressState) => ProgressState,
  options: SaveOptions = {},
): { state: ProgressState; saved: SaveResult } {
  const { state: stored, status } = loadProgress(storage);
  const next = change(status === 'unavailable' ? emptyProgress() : stored);
  return { state: next, saved: saveProgress(storage, next, options) };
}

/** Keeps the reader's answer to "Sollen wir Ihren Lern·stand merken?". 'ja' keeps the record as it is;
 *  'nein' keeps that answer alone, so no lesson asks again, and never any progress. */
export function saveConsent(
  storage: KeyValueStorage | undefined,
  state: ProgressState,
  consent: 'ja' | 'nein',
  options: SaveOptions = {},
): SaveResult {
  const next: ProgressState = consent === 'ja' ? { ...state, consent } : { ...emptyProgress(), consent };
  return saveStored(storage, PROGRESS, next, options);
}

/** Removes the progress key (not the backup), returns false where storage is unavailable. */
export function clearProgress(storage: KeyValueStorage | undefined): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(PROGRESS_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The backup keys that hold data, for "Alles löschen" and for telling the reader. [] where unavailable. */
export function listBackups(storage: KeyValueStorage | undefined): string[] {
  if (!storage) return [];
  try {
    return backupKeys().filter((key) => storage.getItem(key) !== null);
  } catch {
    return [];
  }
}

/** Removes every backup; returns false where storage is unavailable. For "Alles löschen" only. */
export function clearBackups(storage: KeyValueStorage | undefined): boolean {
  if (!storage) return false;
  try {
    for (const key of backupKeys()) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The `format` field of the file with the stored texts that are kept as backups. */
export const BACKUPS_FORMAT = 'lernen-leicht-gemacht/sicherungen';

/**
 * Every text kept as a backup, and the stored record as it is, as one file the reader can save before old
 * backups give way: { "format": BACKUPS_FORMAT, "saved": ISO, "texte": { "<key>": "<text as stored>" } }.
 * The texts are copied unchanged (they may be broken). Undefined where nothing is stored or storage fails.
 */
export function backupsFile(storage: KeyValueStorage | undefined, now: Date): string | undefined {
  if (!storage) return undefined;
  try {
    const texts: Record<string, string> = {};
    for (const key of [PROGRESS_KEY, ...backupKeys()]) {
      const raw = storage.getItem(key);
      if (raw !== null) texts[key] = raw;
    }
    if (Object.keys(texts).length === 0) return undefined;
    return JSON.stringify({ format: BACKUPS_FORMAT, saved: now.toISOString(), texte: texts });
  } catch {
    return undefined;
  }
}
