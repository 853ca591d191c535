import { describe, expect, it } from 'vitest';
import {
  backupKeys,
  isObject,
  loadStored,
  migrate,
  readValue,
  saveStored,
  type JsonObject,
  type Migrations,
  type StoreSpec,
} from '../../../src/lib/local-storage.ts';
import { FakeStorage } from '../../support/fake-storage.ts';

// A store made up for these tests, to show how the next real version of a store migrates: a list
// of notes, version 3: { "version": 3, "notes": [{ "text": "…", "done": false }] }. Version 1 was a
// list of strings under "notizen"; version 2 renamed the field to "notes"; version 3 made each
// note an object. The steps need not check their input: salvage checks what comes out.
interface Note {
  text: string;
  done: boolean;
}
const KEY = 'll-notizen';
const BACKUP = `${KEY}-sicherung`;

const MIGRATIONS: Migrations = {
  1: ({ notizen }) => ({ notes: notizen }),
  2: ({ notes }) => ({ notes: Array.isArray(notes) ? notes.map((text: unknown) => ({ text, done: false })) : notes }),
};

const isNote = (value: unknown): value is Note =>
  isObject(value) && typeof value['text'] === 'string' && typeof value['done'] === 'boolean';

const NOTES: StoreSpec<Note[]> = {
  key: KEY,
  version: 3,
  migrations: MIGRATIONS,
  salvage: (value) => (Array.isArray(value['notes']) ? value['notes'].filter(isNote).map(({ text, done }) => ({ text, done })) : []),
  toStored: (notes) => ({ version: 3, notes }),
  empty: () => [],
  isEmpty: (notes) => notes.length === 0,
};

const stored = (value: JsonObject): string => JSON.stringify(value);
const V1 = stored({ version: 1, notizen: ['Helm holen', 'Pause'] });
const V3_NOTES: Note[] = [
  { text: 'Helm holen', done: false },
  { text: 'Pause', done: false },
];
const V3 = stored({ version: 3, notes: V3_NOTES });

describe('migrating a stored value step by step', () => {
  it('takes every step from its version to the current one, and sets each version', () => {
    expect(migrate({ version: 1, notizen: ['a'] }, 3, MIGRATIONS)).toEqual({ version: 3, notes: [{ text: 'a', done: false }] });
    expect(migrate({ version: 2, notes: ['a'] }, 3, MIGRATIONS)).toEqual({ version: 3, notes: [{ text: 'a', done: false }] });
    expect(migrate({ version: 1, notizen: ['a'] }, 2, MIGRATIONS)).toEqual({ version: 2, notes: ['a'] });
  });

  it('gives nothing when a step is missing on the way', () => {
    expect(migrate({ version: 1, notizen: ['a'] }, 3, { 1: MIGRATIONS[1] })).toBeUndefined();
    expect(migrate({ version: 0, notizen: ['a'] }, 3, MIGRATIONS)).toBeUndefined();
    expect(migrate({ version: 1, notizen: ['a'] }, 3, {})).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['no version', undefined],
    ['a version that is no whole number', 1.5],
    ['a version written as text', '1'],
    ['the current version', 3],
    ['a newer version', 4],
  ])('migrates nothing with %s', (_, version) => {
    expect(migrate({ version, notizen: ['a'] }, 3, MIGRATIONS)).toBeUndefined();
  });

  it('leaves the stored value unchanged', () => {
    const value = { version: 1, notizen: ['a'] };
    migrate(value, 3, MIGRATIONS);
    expect(value).toEqual({ version: 1, notizen: ['a'] });
  });
});

describe('reading a value of a version', () => {
  it('says whether a migrated value kept every piece', () => {
    expect(readValue(NOTES, JSON.parse(V1))).toEqual({ kind: 'migrated', state: V3_NOTES, exact: true });
    expect(readValue(NOTES, { version: 1, notizen: ['a', 7] })).toEqual({
      kind: 'migrated',
      state: [{ text: 'a', done: false }],
      exact: false,
    });
  });

  it('reads a newer value as well as it can, and never calls it exact', () => {
    expect(readValue(NOTES, { version: 4, notes: [{ text: 'a', done: true, farbe: 'rot' }] })).toEqual({
      kind: 'newer',
      state: [{ text: 'a', done: true }],
      exact: false,
    });
  });
});

describe('loading a store with migrations', () => {
  it('migrates an older version, keeps the old text aside and writes the new version in its place', () => {
    const storage = new FakeStorage({ [KEY]: V1 });
    expect(loadStored(storage, NOTES)).toEqual({ status: 'migrated', state: V3_NOTES, backupKey: BACKUP });
    expect(storage.snapshot()).toEqual({ [BACKUP]: V1, [KEY]: V3 });
    expect(loadStored(storage, NOTES).status).toBe('ok');
  });

  it('says repaired when the migration had to drop a piece, and keeps the old text', () => {
    const raw = stored({ version: 2, notes: ['gut', { kaputt: true }] });
    const storage = new FakeStorage({ [KEY]: raw });
    expect(loadStored(storage, NOTES)).toEqual({ status: 'repaired', state: [{ text: 'gut', done: false }], backupKey: BACKUP });
    expect(storage.getItem(BACKUP)).toBe(raw);
  });

  it('keeps an older version aside as broken when a step is missing', () => {
    const storage = new FakeStorage({ [KEY]: V1 });
    expect(loadStored(storage, { ...NOTES, migrations: { 2: MIGRATIONS[2] } })).toEqual({
      status: 'repaired',
      state: [],
      backupKey: BACKUP,
    });
    expect(storage.snapshot()).toEqual({ [BACKUP]: V1 });
  });

  it('gives the migrated value but writes nothing when the old text cannot be kept aside', () => {
    const storage = new FakeStorage({ [KEY]: V1 });
    storage.failSet = 'quota';
    expect(loadStored(storage, NOTES)).toEqual({ status: 'migrated', state: V3_NOTES, noRoom: true });
    expect(storage.snapshot()).toEqual({ [KEY]: V1 });
  });

  it('keeps an older version aside before saving over it', () => {
    const storage = new FakeStorage({ [KEY]: V1 });
    expect(saveStored(storage, NOTES, [{ text: 'neu', done: true }])).toEqual({ ok: true });
    expect(storage.snapshot()).toEqual({ [BACKUP]: V1, [KEY]: stored({ version: 3, notes: [{ text: 'neu', done: true }] }) });
  });

  it('saves over the current version without a backup', () => {
    const storage = new FakeStorage({ [KEY]: V3 });
    expect(saveStored(storage, NOTES, [])).toEqual({ ok: true });
    expect(storage.snapshot()).toEqual({ [KEY]: stored({ version: 3, notes: [] }) });
  });
});

describe('backups', () => {
  it('uses ten keys named after the store', () => {
    expect(backupKeys(KEY)).toEqual([BACKUP, ...Array.from({ length: 9 }, (_, i) => `${BACKUP}-${i + 2}`)]);
  });
});

describe('when there is no room for a backup (issue 19, item 2)', () => {
  const BROKEN = '{kaputt';
  const NEW: Note[] = [{ text: 'neu', done: true }];
  /** Broken text in the store's key and `count` older backups, each different. */
  const withBackups = (count: number) =>
    new FakeStorage({
      [KEY]: BROKEN,
      ...Object.fromEntries(
        backupKeys(KEY)
          .slice(0, count)
          .map((key, i) => [key, `alt ${String(i)}`]),
      ),
    });

  it('keeps the broken text as the tenth backup when nine are taken', () => {
    const storage = withBackups(9);
    expect(saveStored(storage, NOTES, NEW)).toEqual({ ok: true });
    expect(storage.getItem(`${BACKUP}-10`)).toBe(BROKEN);
    expect(storage.getItem(KEY)).toBe(stored({ version: 3, notes: NEW }));
  });

  it('with all ten taken, loading says there is no room, claims no backup and changes nothing', () => {
    const storage = withBackups(10);
    const before = storage.snapshot();
    expect(loadStored(storage, NOTES)).toEqual({ status: 'repaired', state: [], noRoom: true });
    expect(storage.snapshot()).toEqual(before);
  });

  it('with all ten taken, a save asks for room and writes nothing', () => {
    const storage = withBackups(10);
    const before = storage.snapshot();
    expect(saveStored(storage, NOTES, NEW)).toEqual({ ok: false, reason: 'noRoom' });
    expect(storage.snapshot()).toEqual(before);
  });

  it('with leave to make room, one old backup gives way and the save goes through', () => {
    const storage = withBackups(10);
    expect(saveStored(storage, NOTES, NEW, { makeRoom: true })).toEqual({ ok: true, madeRoom: { removed: 1, dropped: false } });
    expect(storage.getItem(KEY)).toBe(stored({ version: 3, notes: NEW }));
    expect(storage.getItem(BACKUP)).toBe(BROKEN);
    expect(backupKeys(KEY).filter((key) => storage.getItem(key) !== null)).toHaveLength(10);
    // The next save needs no room any more.
    expect(saveStored(storage, NOTES, [])).toEqual({ ok: true });
  });

  it('a broken text too big for a copy: no room, then with leave it is replaced without a copy', () => {
    const big = `{${'x'.repeat(2_000)}`;
    const storage = new FakeStorage({ [KEY]: big });
    storage.capacity = 3_000;
    expect(loadStored(storage, NOTES)).toEqual({ status: 'repaired', state: [], noRoom: true });
    expect(saveStored(storage, NOTES, NEW)).toEqual({ ok: false, reason: 'noRoom' });
    expect(storage.getItem(KEY)).toBe(big);
    expect(saveStored(storage, NOTES, NEW, { makeRoom: true })).toEqual({ ok: true, madeRoom: { removed: 0, dropped: true } });
    expect(storage.snapshot()).toEqual({ [KEY]: stored({ version: 3, notes: NEW }) });
  });

  it('a big backup that leaves no room for the value itself: no room, then it gives way', () => {
    const storage = new FakeStorage({ [KEY]: V3, [BACKUP]: 'y'.repeat(2_000) });
    storage.capacity = 2_100;
    const more = Array.from({ length: 10 }, (_, i) => ({ text: `Notiz ${String(i)}`, done: false }));
    expect(saveStored(storage, NOTES, more)).toEqual({ ok: false, reason: 'noRoom' });
    expect(storage.getItem(KEY)).toBe(V3);
    expect(saveStored(storage, NOTES, more, { makeRoom: true })).toEqual({ ok: true, madeRoom: { removed: 1, dropped: false } });
    expect(storage.snapshot()).toEqual({ [KEY]: stored({ version: 3, notes: more }) });
  });

  it('says full, not no room, when the value does not fit and there is no backup to remove', () => {
    const storage = new FakeStorage({ [KEY]: V3 });
    storage.capacity = 60;
    const more = Array.from({ length: 10 }, (_, i) => ({ text: `Notiz ${String(i)}`, done: false }));
    expect(saveStored(storage, NOTES, more)).toEqual({ ok: false, reason: 'full' });
    expect(saveStored(storage, NOTES, more, { makeRoom: true })).toEqual({ ok: false, reason: 'full' });
    expect(storage.getItem(KEY)).toBe(V3);
  });
});
