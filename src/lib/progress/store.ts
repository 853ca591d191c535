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
 * Version 1 (the first shape, migrated on read, never written):
 *   { "v": 1, "lektionen": { "<lesson id>": { "richtig": 3, "von": 4, "datum": "2026-03-05" } } }
 *
 * Rules:
 * - Every read is validated. Invalid entries are dropped one by one (a lesson without valid dates,
 *   an answer or a result that is not allowed); valid entries are always kept.
 * - Data that could not be read as it was is moved aside first: the raw text is copied to
 *   "ll-lernstand-sicherung" (or "-2", "-3", … when that is taken; the same text is never kept twice).
 *   Only when that copy is safe is the cleaned record written in its place.
 * - A value with a "version" greater than 2 was written by a newer site: it is read as well as we
 *   can, for display, and never overwritten.
 * - Every access to the storage is guarded: private mode, disabled storage and a full quota never
 *   throw; the caller gets a status and can tell the reader that progress is not saved.
 *
 * The file the reader can save ("Lern·stand als Datei") is an envelope around the same shape:
 *   { "format": "lernen-leicht-gemacht/lernstand", "version": 2, "exported": ISO, "lernstand": {…} }
 */
import { isRealDay } from '../calendar-day.ts';

export const PROGRESS_KEY = 'll-lernstand';
/** Broken data is kept here, never thrown away. Further copies: "ll-lernstand-sicherung-2", … */
export const PROGRESS_BACKUP_KEY = 'll-lernstand-sicherung';
export const PROGRESS_VERSION = 2;
export const MAX_IMPORT_BYTES = 200_000;
/** How many backups may exist side by side (the first key plus "-2" … "-10"). */
export const MAX_BACKUPS = 10;
/** The `format` field of a saved file. */
export const EXPORT_FORMAT = 'lernen-leicht-gemacht/lernstand';
/** The highest question index we keep (three digits), and the most indices in one answer. */
export const MAX_QUESTION_INDEX = 999;
export const MAX_ANSWER_LENGTH = 100;

/** Minimal storage, so tests can pass a fake; localStorage fits it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

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

export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'repaired' | 'newer' | 'unavailable';

export interface LoadResult {
  state: ProgressState;
  status: LoadStatus;
  /** With status 'repaired': the key under which the raw stored text is kept. Absent when the copy
   *  could not be written (then the raw text stays where it was, untouched). */
  backupKey?: string;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'newer' | 'no-consent' };

export type ImportResult =
  { ok: true; state: ProgressState } | { ok: false; reason: 'too-big' | 'not-json' | 'wrong-format' | 'newer' };

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
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CONSENTS = ['ja', 'nein', 'offen'] as const;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A lesson id: "<module>/<lesson>", lower case letters a-z, digits and hyphens, one slash. */
export const isLessonId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 200 && LESSON_ID.test(value);

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

/** One lesson in version 1: { richtig, von, datum }. */
function readLessonV1(value: unknown): { richtig: number; von: number; datum: string } | undefined {
  if (!isObject(value)) return undefined;
  const { richtig, von, datum } = value;
  if (!isCount(richtig) || !isCount(von) || richtig > von || typeof datum !== 'string') return undefined;
  const match = DATE.exec(datum);
  return match && isRealDay(Number(match[1]), Number(match[2]), Number(match[3])) ? { richtig, von, datum } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Pure helpers.

/** Deep equality for JSON values, independent of key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
    );
  }
  return false;
}

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

/** Midnight UTC of a version-1 day, as an ISO date-time. */
const dayStart = (datum: string): string => new Date(`${datum}T00:00:00Z`).toISOString();

/** Migrates version 1 to version 2: every valid lesson is kept; data was stored, so consent is 'ja'. */
function migrateV1(value: JsonObject): ProgressState {
  const state: ProgressState = { ...emptyProgress(), consent: 'ja' };
  const lessons = value['lektionen'];
  if (!isObject(lessons)) return state;
  for (const [id, entry] of Object.entries(lessons)) {
    const lesson = readLessonV1(entry);
    if (!isLessonId(id) || !lesson) continue;
    const date = dayStart(lesson.datum);
    state.lessons[id] = {
      answers: {},
      result: { right: lesson.richtig, total: lesson.von },
      started: date,
      updated: date,
    };
  }
  return state;
}

/** Whether a value says it was written by a newer version of the site. */
const isNewer = (value: unknown): boolean =>
  isObject(value) && Number.isInteger(value['version']) && (value['version'] as number) > PROGRESS_VERSION;

type Read = { kind: 'newer' | 'current' | 'v1'; state: ProgressState; exact: boolean };
/** A read value, or undefined when it is no record of any version we know (or no JSON at all). */
type Parsed = Read | undefined;

/**
 * Reads a stored value (already parsed JSON) into a state. `exact` tells whether the value was
 * exactly a valid record of its version, so that nothing was dropped.
 */
function readValue(value: unknown): Parsed {
  if (!isObject(value)) return undefined;
  if (isNewer(value)) return { kind: 'newer', state: salvageState(value), exact: false };
  if (value['version'] === PROGRESS_VERSION) {
    const state = salvageState(value);
    return { kind: 'current', state, exact: sameJson(state, value) };
  }
  if (value['v'] === 1 && !('version' in value)) {
    const state = migrateV1(value);
    return { kind: 'v1', state, exact: sameJson(value, toV1(state)) };
  }
  return undefined;
}

/** Version 1 of a migrated state: used only to see whether migration kept everything. */
function toV1(state: ProgressState): JsonObject {
  const lektionen: JsonObject = {};
  for (const [id, lesson] of Object.entries(state.lessons)) {
    lektionen[id] = { richtig: lesson.result?.right, von: lesson.result?.total, datum: lesson.started.slice(0, 10) };
  }
  return { v: 1, lektionen };
}

function parseText(raw: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return readValue(value);
}

/** The stored text of a state: only valid entries, fields in a fixed order. */
function serialize(state: ProgressState): string {
  return JSON.stringify(cleanState(state));
}

/** A valid copy of a state: whatever does not pass the schema is left out. */
function cleanState(state: ProgressState): ProgressState {
  return salvageState(state as unknown as JsonObject);
}

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
export function recordResult(
  state: ProgressState,
  lessonId: string,
  right: number,
  total: number,
  now: Date,
): ProgressState {
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

/** The length of a text in UTF-8 bytes, without building the bytes. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair: one character outside the basic plane
        i++;
      } else bytes += 3; // a lone surrogate is written as U+FFFD
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Reads a saved file. Validates with the same schema and migrations as loadProgress; size-limited
 * by MAX_IMPORT_BYTES (UTF-8 bytes). Unlike loading, a file with any invalid entry is refused as a
 * whole ('wrong-format'), so that a wrong file never changes anything. Pure: touches no storage.
 */
export function importProgress(text: string): ImportResult {
  // Each UTF-16 unit is at least one byte, so a long text is refused before it is measured.
  if (text.length > MAX_IMPORT_BYTES || utf8ByteLength(text) > MAX_IMPORT_BYTES) {
    return { ok: false, reason: 'too-big' };
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isObject(envelope) || envelope['format'] !== EXPORT_FORMAT) return { ok: false, reason: 'wrong-format' };
  if (isNewer(envelope)) return { ok: false, reason: 'newer' };
  if (envelope['version'] !== PROGRESS_VERSION) return { ok: false, reason: 'wrong-format' };
  const read = readValue(envelope['lernstand']);
  if (read?.kind === 'newer') return { ok: false, reason: 'newer' };
  if (!read?.exact) return { ok: false, reason: 'wrong-format' };
  return { ok: true, state: read.state };
}

// ---------------------------------------------------------------------------------------------
// Storage: every access guarded.

/** The page's localStorage, or undefined where reading it throws (disabled storage, some private modes). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage;
  } catch {
    return undefined;
  }
}

/** The keys a backup may use, in order: "ll-lernstand-sicherung", "ll-lernstand-sicherung-2", … */
export function backupKeys(): string[] {
  return Array.from({ length: MAX_BACKUPS }, (_, i) =>
    i === 0 ? PROGRESS_BACKUP_KEY : `${PROGRESS_BACKUP_KEY}-${i + 1}`,
  );
}

/** Whether an error from setItem means the storage is full. */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

type KeepResult = { ok: true; key: string } | { ok: false; reason: 'unavailable' | 'full' };

/**
 * Copies raw text to the first free backup key; never overwrites a backup. When a backup with the
 * same text exists already, that one is used. Never throws.
 */
function keepAside(storage: KeyValueStorage, raw: string): KeepResult {
  try {
    let free: string | undefined;
    for (const key of backupKeys()) {
      const kept = storage.getItem(key);
      if (kept === raw) return { ok: true, key };
      if (kept === null) free ??= key;
    }
    if (free === undefined) return { ok: false, reason: 'full' };
    storage.setItem(free, raw);
    return storage.getItem(free) === raw ? { ok: true, key: free } : { ok: false, reason: 'unavailable' };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

/** Puts the cleaned record where broken data was, once that data is kept aside. Never throws. */
function replaceRepaired(storage: KeyValueStorage, state: ProgressState): void {
  try {
    if (state.consent === 'offen' && Object.keys(state.lessons).length === 0) storage.removeItem(PROGRESS_KEY);
    else storage.setItem(PROGRESS_KEY, serialize(state));
  } catch {
    // The raw text stays in place; the next load repairs it again and finds its backup.
  }
}

/** Never throws. storage undefined or throwing on access → status 'unavailable' with an empty state.
 *  Broken JSON or a value that is not an object → the raw text is copied to PROGRESS_BACKUP_KEY (without overwriting an
 *  existing backup: the next free numbered key; the same text is kept only once), status 'repaired', empty state.
 *  Version 1 → migrated to version 2, status 'migrated'. Version greater than 2 (written by a newer site) → status 'newer':
 *  the state read best-effort for display, and saveProgress must refuse to overwrite it.
 *  Entries that are invalid are dropped one by one (and the whole raw value is backed up, status 'repaired'); valid
 *  entries are never lost. 'repaired' wins over 'migrated'.
 *  After a repair, once the raw text is safely kept aside, the cleaned record replaces it (or the key is removed
 *  when nothing is left), so the reader is told only once. Nothing else is ever written. */
export function loadProgress(storage: KeyValueStorage | undefined): LoadResult {
  if (!storage) return { state: emptyProgress(), status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { state: emptyProgress(), status: 'unavailable' };
  }
  if (raw === null) return { state: emptyProgress(), status: 'empty' };
  const read = parseText(raw);
  if (read?.kind === 'newer') return { state: read.state, status: 'newer' };
  if (read?.exact) return { state: read.state, status: read.kind === 'v1' ? 'migrated' : 'ok' };
  const state = read?.state ?? emptyProgress();
  const kept = keepAside(storage, raw);
  if (!kept.ok) return { state, status: 'repaired' };
  replaceRepaired(storage, state);
  return { state, status: 'repaired', backupKey: kept.key };
}

/** Writes only when consent is 'ja'; never overwrites data of a newer version; catches quota errors ('full').
 *  Only valid entries are written. Stored text that is neither a valid record nor our own older version is
 *  kept aside first (as loadProgress does); if that copy cannot be made, nothing is written. */
export function saveProgress(storage: KeyValueStorage | undefined, state: ProgressState): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  if (state.consent !== 'ja') return { ok: false, reason: 'no-consent' };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (raw !== null) {
    const read = parseText(raw);
    if (read?.kind === 'newer') return { ok: false, reason: 'newer' };
    if (!read?.exact) {
      const kept = keepAside(storage, raw);
      if (!kept.ok) return { ok: false, reason: kept.reason };
    }
  }
  try {
    storage.setItem(PROGRESS_KEY, serialize(state));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
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
