/**
 * How the site keeps data in the browser: the convention that both stores follow, the learning
 * record (src/lib/progress/store.ts) and the reading settings (src/lib/settings.ts).
 *
 * - One key per store holds one JSON object with a whole-number "version". Each store documents
 *   the shape of its current version in a comment and keeps a table of migrations by version.
 * - Every read is validated by the store's `salvage`, which keeps each valid piece and drops the rest.
 * - Stored text that is not exactly a valid value of the current version (no JSON, no version, an
 *   invalid piece, an older version) is copied aside before anything replaces it: to
 *   "<key>-sicherung", or "-2" … "-10" when that is taken. A backup is never overwritten, and the
 *   same text is kept only once. Only when that copy is safe is the cleaned value written in its place.
 * - When there is no room for that copy (all ten backup keys taken, or the storage full), nothing is
 *   written and the caller hears 'noRoom'. The reader is told and offered the backups as a file; only
 *   with the reader's leave (`makeRoom`) do old backups give way, one by one, until the save fits.
 * - An older version is migrated step by step where the table has every step, and counts as broken
 *   where it does not. A newer version (written by a newer site) is read as well as we can, for
 *   display, and never overwritten.
 * - Every access to the storage is guarded: private mode, disabled storage and a full quota never
 *   throw; the caller gets a status and can tell the reader that nothing is saved.
 *
 * Pure TypeScript: the storage is passed in (localStorage fits), so it runs in the browser and in tests.
 */

/** Minimal storage, so tests can pass a fake; localStorage fits it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality for JSON values, independent of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Versions and migrations.

/**
 * One step: turns a value of one version into the shape of the next. It need not check its input
 * (the store's salvage checks what comes out, and a piece it drops makes the read inexact, so the
 * old text is kept aside). The version field is set by `migrate`.
 */
export type Migration = (value: JsonObject) => JsonObject;

/** Steps by the version they read: `{ 2: fromVersion2 }` turns a version-2 value into version 3. */
export type Migrations = Readonly<Partial<Record<number, Migration>>>;

/**
 * Steps a stored value of an older version up to `current`, one migration at a time. Gives
 * undefined when its version is not a whole number below `current`, or a step is missing.
 */
export function migrate(value: JsonObject, current: number, migrations: Migrations): JsonObject | undefined {
  const from = value['version'];
  if (!Number.isInteger(from) || (from as number) >= current) return undefined;
  let migrated = value;
  for (let version = from as number; version < current; version++) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return undefined;
    migrated = { ...step(migrated), version: version + 1 };
  }
  return migrated;
}

/** What a store knows about its data; the store's own module documents the shape. */
export interface StoreSpec<State> {
  /** The storage key, e.g. "ll-lernstand". */
  key: string;
  /** The version this site writes. */
  version: number;
  /** Steps from older versions, by the version each reads. */
  migrations: Migrations;
  /** Reads a value stored in a shape older than the "version" field (e.g. { "v": 1 }) as { "version": 1, … }. */
  fromOldShape?(value: JsonObject): JsonObject;
  /** Every valid piece of a value of the current version, or of a newer one read as well as we can. */
  salvage(value: JsonObject): State;
  /** The JSON object stored for a state, "version" included. */
  toStored(state: State): JsonObject;
  /** What a load gives when nothing readable is stored. */
  empty(): State;
  /** Whether a state holds nothing worth keeping: after a repair the key is then removed. */
  isEmpty(state: State): boolean;
}

export interface Read<State> {
  kind: 'current' | 'migrated' | 'newer';
  state: State;
  /** Whether the value was exactly a valid value of its version, so that nothing was dropped. */
  exact: boolean;
}

/** Reads a parsed value; undefined when it is no value of any version we can read. */
export function readValue<State>(spec: StoreSpec<State>, stored: unknown): Read<State> | undefined {
  if (!isObject(stored)) return undefined;
  const value = spec.fromOldShape ? spec.fromOldShape(stored) : stored;
  const version = value['version'];
  if (Number.isInteger(version) && (version as number) > spec.version) {
    return { kind: 'newer', state: spec.salvage(value), exact: false };
  }
  const kind = version === spec.version ? 'current' : 'migrated';
  const current = kind === 'current' ? value : migrate(value, spec.version, spec.migrations);
  if (!current) return undefined;
  const state = spec.salvage(current);
  return { kind, state, exact: sameJson(spec.toStored(state), current) };
}

/** Reads stored text; undefined when it is no JSON, or no value of any version we can read. */
export function readText<State>(spec: StoreSpec<State>, raw: string): Read<State> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return readValue(spec, value);
}

// ---------------------------------------------------------------------------------------------
// Storage: every access guarded.

/** How many backups may exist side by side (the first key plus "-2" … "-10"). */
export const MAX_BACKUPS = 10;

/** The page's localStorage, or undefined where reading it throws (disabled storage, some private modes). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage;
  } catch {
    return undefined;
  }
}

/** The keys a backup of `key` may use, in order: "<key>-sicherung", "<key>-sicherung-2", … */
export function backupKeys(key: string): string[] {
  return Array.from({ length: MAX_BACKUPS }, (_, i) => (i === 0 ? `${key}-sicherung` : `${key}-sicherung-${i + 1}`));
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
 * same text exists already, that one is used. 'full': every backup key is taken, or the copy does not
 * fit into the storage. Never throws.
 */
function keepAside(storage: KeyValueStorage, key: string, raw: string): KeepResult {
  try {
    let free: string | undefined;
    for (const backup of backupKeys(key)) {
      const kept = storage.getItem(backup);
      if (kept === raw) return { ok: true, key: backup };
      if (kept === null) free ??= backup;
    }
    if (free === undefined) return { ok: false, reason: 'full' };
    storage.setItem(free, raw);
    return storage.getItem(free) === raw ? { ok: true, key: free } : { ok: false, reason: 'unavailable' };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}

/** What making room cost: how many old backups were removed, and whether the broken text itself was
 *  replaced without a copy (it did not fit into the storage even with every backup gone). */
export interface MadeRoom {
  removed: number;
  dropped: boolean;
}

/** Removes the first backup that holds data; false when none is left. Never throws. */
function removeOneBackup(storage: KeyValueStorage, key: string): boolean {
  try {
    const taken = backupKeys(key).find((backup) => storage.getItem(backup) !== null);
    if (taken === undefined) return false;
    storage.removeItem(taken);
    return storage.getItem(taken) === null;
  } catch {
    return false;
  }
}

/**
 * Keeps raw text aside as keepAside does; where there is no room, old backups give way one by one until the
 * copy fits, and where even that is not enough, the text is not copied. Only for a save the reader allowed
 * after being told (and offered to save the backups to a file first).
 */
function keepAsideMakingRoom(
  storage: KeyValueStorage,
  key: string,
  raw: string,
  room: MadeRoom,
): { ok: true } | { ok: false; reason: 'unavailable' } {
  for (;;) {
    const kept = keepAside(storage, key, raw);
    if (kept.ok) return { ok: true };
    if (kept.reason === 'unavailable') return { ok: false, reason: 'unavailable' };
    if (removeOneBackup(storage, key)) room.removed++;
    else {
      room.dropped = true;
      return { ok: true };
    }
  }
}

/** Whether any backup of `key` holds data. Never throws. */
function hasBackups(storage: KeyValueStorage, key: string): boolean {
  try {
    return backupKeys(key).some((backup) => storage.getItem(backup) !== null);
  } catch {
    return false;
  }
}

/** Puts the cleaned value where the old text was, once that text is kept aside. Never throws. */
function replaceKeptText<State>(storage: KeyValueStorage, spec: StoreSpec<State>, state: State): void {
  try {
    if (spec.isEmpty(state)) storage.removeItem(spec.key);
    else storage.setItem(spec.key, JSON.stringify(spec.toStored(state)));
  } catch {
    // The old text stays in place; the next load reads it again and finds its backup.
  }
}

export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'repaired' | 'newer' | 'unavailable';

export interface LoadResult<State> {
  state: State;
  status: LoadStatus;
  /** With status 'repaired' or 'migrated': the key under which the old stored text is kept. Absent
   *  when the copy could not be written (then the old text stays where it was, untouched). */
  backupKey?: string;
  /** With status 'repaired' or 'migrated': the old text could not be kept aside because every backup key is
   *  taken or the copy does not fit. Nothing was written; a save needs the reader's leave to make room. */
  noRoom?: true;
}

/**
 * Never throws. No storage, or reading throws → 'unavailable' with the empty state. Nothing stored → 'empty'.
 * Exactly a valid value of the current version → 'ok', nothing written. A newer version → 'newer': read as
 * well as we can, nothing written. An older version that migrates with nothing dropped → 'migrated'.
 * Anything else (no JSON, no value of a version we can read, invalid pieces) → 'repaired', with every valid
 * piece kept. After 'migrated' and 'repaired' the old text is kept aside, and once it is safe the cleaned
 * value takes its place (or the key is removed when nothing is left), so the reader is told only once.
 */
export function loadStored<State>(storage: KeyValueStorage | undefined, spec: StoreSpec<State>): LoadResult<State> {
  if (!storage) return { state: spec.empty(), status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(spec.key);
  } catch {
    return { state: spec.empty(), status: 'unavailable' };
  }
  if (raw === null) return { state: spec.empty(), status: 'empty' };
  const read = readText(spec, raw);
  if (read?.kind === 'newer') return { state: read.state, status: 'newer' };
  if (read?.kind === 'current' && read.exact) return { state: read.state, status: 'ok' };
  const state = read?.state ?? spec.empty();
  const status = read?.kind === 'migrated' && read.exact ? 'migrated' : 'repaired';
  const kept = keepAside(storage, spec.key, raw);
  if (!kept.ok) return kept.reason === 'full' ? { state, status, noRoom: true } : { state, status };
  replaceKeptText(storage, spec, state);
  return { state, status, backupKey: kept.key };
}

export type SaveResult = { ok: true; madeRoom?: MadeRoom } | { ok: false; reason: 'unavailable' | 'full' | 'newer' | 'noRoom' };

export interface SaveOptions {
  /** The reader allowed old backups to give way (and was offered to save them to a file first). */
  makeRoom?: boolean;
}

/**
 * Never throws, and never overwrites a value of a newer version. Only valid pieces are written. Stored
 * text that is not exactly a valid value of the current version is kept aside first (as loadStored does).
 * Where there is no room for that copy, or for the value itself while backups take space, nothing is
 * written and the result is 'noRoom': the reader is asked, and a save with `makeRoom` then removes old
 * backups one by one until it fits (`madeRoom` says what it cost). 'full': the value does not fit even
 * with no backup left.
 */
export function saveStored<State>(
  storage: KeyValueStorage | undefined,
  spec: StoreSpec<State>,
  state: State,
  options: SaveOptions = {},
): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(spec.key);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  const room: MadeRoom = { removed: 0, dropped: false };
  if (raw !== null) {
    const read = readText(spec, raw);
    if (read?.kind === 'newer') return { ok: false, reason: 'newer' };
    if (read?.kind !== 'current' || !read.exact) {
      if (options.makeRoom) {
        const kept = keepAsideMakingRoom(storage, spec.key, raw, room);
        if (!kept.ok) return kept;
      } else {
        const kept = keepAside(storage, spec.key, raw);
        if (!kept.ok) return { ok: false, reason: kept.reason === 'full' ? 'noRoom' : kept.reason };
      }
    }
  }
  const text = JSON.stringify(spec.toStored(state));
  for (;;) {
    try {
      // A broken text that could not be kept goes first: the new value may not fit beside it.
      if (room.dropped) storage.removeItem(spec.key);
      storage.setItem(spec.key, text);
      return room.removed > 0 || room.dropped ? { ok: true, madeRoom: room } : { ok: true };
    } catch (error) {
      if (!isQuotaError(error)) return { ok: false, reason: 'unavailable' };
      if (!options.makeRoom) return { ok: false, reason: hasBackups(storage, spec.key) ? 'noRoom' : 'full' };
      if (!removeOneBackup(storage, spec.key)) return { ok: false, reason: 'full' };
      room.removed++;
    }
  }
}
