import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  backupKeys,
  browserStorage,
  clearBackups,
  clearProgress,
  emptyProgress,
  EXPORT_FORMAT,
  exportProgress,
  backupsFile,
  importProgress,
  listBackups,
  loadProgress,
  MAX_IMPORT_BYTES,
  mergeProgress,
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  recordAnswer,
  recordResult,
  peekProgress,
  saveConsent,
  saveProgress,
  updateProgress,
  type LessonProgress,
  type ProgressState,
} from '../../../../src/lib/progress/store.ts';
import { MAX_BACKUPS } from '../../../../src/lib/local-storage.ts';
import { FakeStorage } from '../../../support/fake-storage.ts';
import { runs } from '../../../support/properties.ts';

const LESSON = 'lernen-im-arbeitsbereich/lernen-hoert-nie-auf';
const OTHER = 'peer-beratung/was-ist-peer-beratung';
const MONDAY = new Date('2026-03-02T09:00:00.000Z');
const TUESDAY = new Date('2026-03-03T10:30:00.000Z');

/** A record with two lessons, as the quiz writes it. */
function sampleState(consent: ProgressState['consent'] = 'ja'): ProgressState {
  let state: ProgressState = { ...emptyProgress(), consent };
  state = recordAnswer(state, LESSON, 0, [1], MONDAY);
  state = recordAnswer(state, LESSON, 1, true, MONDAY);
  state = recordAnswer(state, LESSON, 2, [2, 0, 1], TUESDAY);
  state = recordResult(state, LESSON, 2, 3, TUESDAY);
  state = recordAnswer(state, OTHER, 0, [0, 3], TUESDAY);
  return state;
}

const storedText = (state: ProgressState): string => JSON.stringify(state);

describe('loading the learning record', () => {
  it('gives an empty record that still asks for consent when nothing is stored', () => {
    const storage = new FakeStorage();
    expect(loadProgress(storage)).toEqual({
      status: 'empty',
      state: { version: 2, consent: 'offen', lessons: {} },
    });
    expect(storage.snapshot()).toEqual({});
  });

  it('reads a valid record exactly as it was stored and writes nothing', () => {
    const state = sampleState();
    const storage = new FakeStorage({ [PROGRESS_KEY]: storedText(state) });
    expect(loadProgress(storage)).toEqual({ status: 'ok', state });
    expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: storedText(state) });
  });

  it('moves broken JSON aside to the backup key and starts with an empty record', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: '{"version":2,"lessons":{' });
    expect(loadProgress(storage)).toEqual({
      status: 'repaired',
      state: emptyProgress(),
      backupKey: PROGRESS_BACKUP_KEY,
    });
    expect(storage.snapshot()).toEqual({ [PROGRESS_BACKUP_KEY]: '{"version":2,"lessons":{' });
    expect(loadProgress(storage).status).toBe('empty');
  });

  it.each([['[1,2,3]'], ['42'], ['null'], ['"ll"'], ['true'], [''], ['{"lessons":{}}'], ['{"version":"2","lessons":{}}']])(
    'treats %j, which is no record of any version, as broken and keeps it',
    (raw) => {
      const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
      const result = loadProgress(storage);
      expect(result.status).toBe('repaired');
      expect(result.state).toEqual(emptyProgress());
      expect(storage.getItem(PROGRESS_BACKUP_KEY)).toBe(raw);
    },
  );

  it('never overwrites an earlier backup: the next broken text goes under the next number', () => {
    const storage = new FakeStorage({ [PROGRESS_BACKUP_KEY]: 'alt', [PROGRESS_KEY]: 'neu kaputt' });
    expect(loadProgress(storage).backupKey).toBe(`${PROGRESS_BACKUP_KEY}-2`);
    storage.setItem(PROGRESS_KEY, 'noch einmal kaputt');
    expect(loadProgress(storage).backupKey).toBe(`${PROGRESS_BACKUP_KEY}-3`);
    expect(storage.snapshot()).toEqual({
      [PROGRESS_BACKUP_KEY]: 'alt',
      [`${PROGRESS_BACKUP_KEY}-2`]: 'neu kaputt',
      [`${PROGRESS_BACKUP_KEY}-3`]: 'noch einmal kaputt',
    });
    expect(listBackups(storage)).toEqual(backupKeys().slice(0, 3));
  });

  it('keeps the same broken text only once, however often it is found', () => {
    const storage = new FakeStorage({ [PROGRESS_BACKUP_KEY]: 'kaputt', [PROGRESS_KEY]: 'kaputt' });
    storage.failRemove = true; // the broken text cannot be moved, so every load finds it again
    for (let i = 0; i < 3; i++) expect(loadProgress(storage).backupKey).toBe(PROGRESS_BACKUP_KEY);
    expect(listBackups(storage)).toEqual([PROGRESS_BACKUP_KEY]);
  });

  it('leaves broken data where it is when there is no room for its backup', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: '{kaputt' });
    storage.failSet = 'quota';
    expect(loadProgress(storage)).toEqual({ status: 'repaired', state: emptyProgress(), noRoom: true });
    expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: '{kaputt' });
  });

  it('leaves broken data where it is when every backup key is taken', () => {
    const taken = Object.fromEntries(backupKeys().map((key, i) => [key, `alt ${i}`]));
    const storage = new FakeStorage({ ...taken, [PROGRESS_KEY]: '{kaputt' });
    expect(loadProgress(storage)).toEqual({ status: 'repaired', state: emptyProgress(), noRoom: true });
    expect(storage.snapshot()).toEqual({ ...taken, [PROGRESS_KEY]: '{kaputt' });
    expect(backupKeys()).toHaveLength(MAX_BACKUPS);
  });

  it('drops invalid entries one by one, keeps every valid one and backs up the whole value', () => {
    const valid = sampleState();
    const raw = JSON.stringify({
      version: 2,
      consent: 'ja',
      lessons: {
        ...valid.lessons,
        'Grosse-Buchstaben/lektion': valid.lessons[LESSON],
        'ohne-schraegstrich': valid.lessons[LESSON],
        'modul/ohne-datum': { answers: {}, started: 'gestern', updated: '2026-03-02T09:00:00.000Z' },
        'modul/keine-lektion': 'fertig',
        'modul/teils-kaputt': {
          answers: { '0': [1], '1': [1, 1], '01': true, '2': 'ja', '3': [-1], '4': false },
          result: { right: 5, total: 3 },
          started: '2026-02-30T09:00:00.000Z',
          updated: '2026-03-02T09:00:00.000Z',
        },
        'modul/nur-antworten-kaputt': {
          answers: { '0': [2], '7': { neu: true } },
          result: { right: 1, total: 1 },
          started: '2026-03-01T09:00:00+01:00',
          updated: '2026-03-02T09:00:00.000Z',
          notiz: 'unbekannt',
        },
      },
    });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    const result = loadProgress(storage);
    expect(result).toEqual({
      status: 'repaired',
      backupKey: PROGRESS_BACKUP_KEY,
      state: {
        ...valid,
        lessons: {
          ...valid.lessons,
          'modul/nur-antworten-kaputt': {
            answers: { '0': [2] },
            result: { right: 1, total: 1 },
            started: '2026-03-01T09:00:00+01:00',
            updated: '2026-03-02T09:00:00.000Z',
          },
        },
      },
    });
    expect(storage.getItem(PROGRESS_BACKUP_KEY)).toBe(raw);
    // The cleaned record took the broken one's place, so the reader is told only once.
    expect(loadProgress(storage)).toEqual({ status: 'ok', state: result.state });
  });

  it('keeps a record of an older version aside, as no migration reaches it', () => {
    // The draft version 1 and its { "v": 1 } form were never released: there is no step from them.
    for (const raw of [
      JSON.stringify({ ...sampleState(), version: 1 }),
      JSON.stringify({ v: 1, lektionen: { [LESSON]: { richtig: 3, von: 4, datum: '2025-11-20' } } }),
    ]) {
      const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
      expect(loadProgress(storage)).toEqual({ status: 'repaired', state: emptyProgress(), backupKey: PROGRESS_BACKUP_KEY });
      expect(storage.snapshot()).toEqual({ [PROGRESS_BACKUP_KEY]: raw });
    }
  });

  it('reads data of a newer version for display and writes nothing', () => {
    const raw = JSON.stringify({
      version: 3,
      consent: 'ja',
      lessons: { [LESSON]: { ...sampleState().lessons[LESSON], sterne: 4 }, 'modul/neu': { form: 'anders' } },
      abzeichen: ['erste-lektion'],
    });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    expect(loadProgress(storage)).toEqual({
      status: 'newer',
      state: { version: 2, consent: 'ja', lessons: { [LESSON]: sampleState().lessons[LESSON] } },
    });
    expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: raw });
  });

  it('reports unavailable, with an empty record, when there is no storage', () => {
    expect(loadProgress(undefined)).toEqual({ status: 'unavailable', state: emptyProgress() });
  });

  it('reports unavailable, with an empty record, when reading throws', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: storedText(sampleState()) });
    storage.failGet = true;
    expect(loadProgress(storage)).toEqual({ status: 'unavailable', state: emptyProgress() });
  });
});

describe('saving the learning record', () => {
  it('writes the record when the reader agreed, and reads it back the same', () => {
    const storage = new FakeStorage();
    expect(saveProgress(storage, sampleState('ja'))).toEqual({ ok: true });
    expect(loadProgress(storage)).toEqual({ status: 'ok', state: sampleState('ja') });
  });

  it.each(['offen', 'nein'] as const)('writes nothing when consent is %s', (consent) => {
    const storage = new FakeStorage();
    expect(saveProgress(storage, sampleState(consent))).toEqual({ ok: false, reason: 'no-consent' });
    expect(storage.snapshot()).toEqual({});
  });

  it('peeks at the record without repairing or writing anything', () => {
    const broken = JSON.stringify({ ...sampleState(), lessons: { ...sampleState().lessons, 'x/y': { answers: {} } } });
    const storage = new FakeStorage({ [PROGRESS_KEY]: broken });
    expect(peekProgress(storage)).toEqual(sampleState());
    expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: broken });
    expect(peekProgress(undefined)).toEqual(emptyProgress());
    expect(peekProgress(new FakeStorage({ [PROGRESS_KEY]: 'kein JSON' }))).toEqual(emptyProgress());
  });

  it("applies a change to what is stored, so another tab's answer in between is kept", () => {
    const storage = new FakeStorage();
    const start = recordAnswer({ ...emptyProgress(), consent: 'ja' }, LESSON, 0, [0], MONDAY);
    saveProgress(storage, start);
    // Two tabs loaded `start`; each answers another question of the same lesson.
    const first = updateProgress(storage, (state) => recordAnswer(state, LESSON, 1, [2], TUESDAY));
    const second = updateProgress(storage, (state) => recordAnswer(state, LESSON, 2, true, TUESDAY));
    expect(first.saved).toEqual({ ok: true });
    expect(second.saved).toEqual({ ok: true });
    expect(loadProgress(storage).state.lessons[LESSON]?.answers).toEqual({ '0': [0], '1': [2], '2': true });
  });

  it('remembers "Nein, danke" without keeping any progress, so the next lesson does not ask again', () => {
    const storage = new FakeStorage();
    expect(saveConsent(storage, sampleState('offen'), 'nein')).toEqual({ ok: true });
    expect(loadProgress(storage).state).toEqual({ version: 2, consent: 'nein', lessons: {} });
  });

  it('keeps the answers of this visit when the reader says yes after the self-check', () => {
    const storage = new FakeStorage();
    expect(saveConsent(storage, sampleState('offen'), 'ja')).toEqual({ ok: true });
    expect(loadProgress(storage).state).toEqual(sampleState('ja'));
  });

  it('never overwrites data written by a newer version', () => {
    const raw = JSON.stringify({ version: 7, lessons: {} });
    const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
    expect(saveProgress(storage, sampleState())).toEqual({ ok: false, reason: 'newer' });
    expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: raw });
  });

  it('reports a full storage when writing hits the quota, and keeps what was stored', () => {
    const before = storedText(recordAnswer({ ...emptyProgress(), consent: 'ja' }, LESSON, 0, [0], MONDAY));
    const storage = new FakeStorage({ [PROGRESS_KEY]: before });
    storage.capacity = before.length + PROGRESS_KEY.length + 10;
    expect(saveProgress(storage, sampleState())).toEqual({ ok: false, reason: 'full' });
    expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: before });
  });

  it('reports unavailable when writing throws for another reason', () => {
    const storage = new FakeStorage();
    storage.failSet = 'security';
    expect(saveProgress(storage, sampleState())).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('reports unavailable when there is no storage or reading throws', () => {
    const storage = new FakeStorage();
    storage.failGet = true;
    expect(saveProgress(storage, sampleState())).toEqual({ ok: false, reason: 'unavailable' });
    expect(saveProgress(undefined, sampleState())).toEqual({ ok: false, reason: 'unavailable' });
    expect(storage.snapshot()).toEqual({});
  });

  it('keeps broken stored text aside before writing over it', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: 'von einem anderen Tab kaputt' });
    expect(saveProgress(storage, sampleState())).toEqual({ ok: true });
    expect(storage.getItem(PROGRESS_BACKUP_KEY)).toBe('von einem anderen Tab kaputt');
    expect(loadProgress(storage).state).toEqual(sampleState());
  });

  it('writes nothing over broken text that cannot be kept aside', () => {
    const taken = Object.fromEntries(backupKeys().map((key, i) => [key, `alt ${i}`]));
    const storage = new FakeStorage({ ...taken, [PROGRESS_KEY]: '{kaputt' });
    expect(saveProgress(storage, sampleState())).toEqual({ ok: false, reason: 'noRoom' });
    expect(storage.getItem(PROGRESS_KEY)).toBe('{kaputt');
  });

  it('writes only the entries that are valid', () => {
    const state = sampleState();
    const withJunk = {
      ...state,
      lessons: { ...state.lessons, 'KEINE/ID': state.lessons[LESSON] as LessonProgress },
    };
    const storage = new FakeStorage();
    expect(saveProgress(storage, withJunk)).toEqual({ ok: true });
    expect(loadProgress(storage)).toEqual({ status: 'ok', state });
  });
});

describe('clearing the learning record', () => {
  it('removes the progress but keeps the backups', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: storedText(sampleState()), [PROGRESS_BACKUP_KEY]: 'alt' });
    expect(clearProgress(storage)).toBe(true);
    expect(storage.snapshot()).toEqual({ [PROGRESS_BACKUP_KEY]: 'alt' });
    expect(loadProgress(storage).status).toBe('empty');
  });

  it('returns false when there is no storage or removing throws', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: 'x' });
    storage.failRemove = true;
    expect(clearProgress(storage)).toBe(false);
    expect(clearProgress(undefined)).toBe(false);
    expect(storage.getItem(PROGRESS_KEY)).toBe('x');
  });

  it('removes every backup, and only the backups, when asked to', () => {
    const storage = new FakeStorage({
      [PROGRESS_KEY]: 'x',
      [PROGRESS_BACKUP_KEY]: 'a',
      [`${PROGRESS_BACKUP_KEY}-4`]: 'b',
      'll-einstellungen': '{}',
    });
    expect(listBackups(storage)).toEqual([PROGRESS_BACKUP_KEY, `${PROGRESS_BACKUP_KEY}-4`]);
    expect(clearBackups(storage)).toBe(true);
    expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: 'x', 'll-einstellungen': '{}' });
    expect(clearBackups(undefined)).toBe(false);
    expect(listBackups(undefined)).toEqual([]);
  });
});

describe('finding the browser storage', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('gives the page storage where there is one', () => {
    const storage = new FakeStorage();
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    expect(browserStorage()).toBe(storage);
  });

  it('gives undefined where touching localStorage throws', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      configurable: true,
    });
    expect(browserStorage()).toBeUndefined();
  });
});

describe('recording answers and results', () => {
  it('starts a lesson at the first answer and keeps the last answer per question', () => {
    let state = recordAnswer(emptyProgress(), LESSON, 0, [1], MONDAY);
    state = recordAnswer(state, LESSON, 0, [2, 3], TUESDAY);
    state = recordAnswer(state, LESSON, 4, false, TUESDAY);
    expect(state.lessons[LESSON]).toEqual({
      answers: { '0': [2, 3], '4': false },
      started: MONDAY.toISOString(),
      updated: TUESDAY.toISOString(),
    });
  });

  it('keeps the result of the last full check next to the answers', () => {
    let state = recordAnswer(emptyProgress(), LESSON, 0, true, MONDAY);
    state = recordResult(state, LESSON, 1, 2, TUESDAY);
    state = recordResult(state, LESSON, 2, 2, TUESDAY);
    expect(state.lessons[LESSON]).toEqual({
      answers: { '0': true },
      result: { right: 2, total: 2 },
      started: MONDAY.toISOString(),
      updated: TUESDAY.toISOString(),
    });
  });

  it('leaves the given record unchanged', () => {
    const before = sampleState();
    const copy = structuredClone(before);
    recordAnswer(before, LESSON, 0, [0], TUESDAY);
    recordResult(before, OTHER, 1, 1, TUESDAY);
    expect(before).toEqual(copy);
  });

  it('does not share answer lists with the caller', () => {
    const order = [2, 0, 1];
    const state = recordAnswer(emptyProgress(), LESSON, 0, order, MONDAY);
    order.reverse();
    expect(state.lessons[LESSON]?.answers['0']).toEqual([2, 0, 1]);
  });

  it('keeps dates in the years 0 to 9999, the years of an ISO date with four digits, and refuses one more', () => {
    const first = new Date('0000-01-01T00:00:00.000Z');
    const last = new Date('9999-12-31T23:59:59.999Z');
    let state = recordAnswer(emptyProgress(), LESSON, 0, true, first);
    state = recordResult(state, LESSON, 1, 1, last);
    expect(state.lessons[LESSON]).toMatchObject({ started: '0000-01-01T00:00:00.000Z', updated: '9999-12-31T23:59:59.999Z' });
    const storage = new FakeStorage();
    saveProgress(storage, { ...state, consent: 'ja' });
    expect(loadProgress(storage)).toEqual({ status: 'ok', state: { ...state, consent: 'ja' } });
    expect(() => recordAnswer(emptyProgress(), LESSON, 0, true, new Date(first.getTime() - 1))).toThrow(RangeError);
    expect(() => recordAnswer(emptyProgress(), LESSON, 0, true, new Date(last.getTime() + 1))).toThrow(RangeError);
  });

  it.each<[string, () => unknown]>([
    ['a lesson id without a module', () => recordAnswer(emptyProgress(), 'lektion', 0, true, MONDAY)],
    ['a lesson id with capitals', () => recordAnswer(emptyProgress(), 'Modul/lektion', 0, true, MONDAY)],
    ['a negative question', () => recordAnswer(emptyProgress(), LESSON, -1, true, MONDAY)],
    ['a question that is not whole', () => recordAnswer(emptyProgress(), LESSON, 1.5, true, MONDAY)],
    ['an answer chosen twice', () => recordAnswer(emptyProgress(), LESSON, 0, [1, 1], MONDAY)],
    ['an invalid date', () => recordAnswer(emptyProgress(), LESSON, 0, true, new Date('kein Datum'))],
    ['more right than total', () => recordResult(emptyProgress(), LESSON, 3, 2, MONDAY)],
    ['a negative count', () => recordResult(emptyProgress(), LESSON, -1, 2, MONDAY)],
  ])('refuses %s, which could never be stored', (_, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('merging two records', () => {
  const at = (iso: string): Date => new Date(iso);

  it('takes the lesson that was changed last and keeps the earlier start', () => {
    const base = recordAnswer({ ...emptyProgress(), consent: 'ja' }, LESSON, 0, [1], at('2026-01-10T08:00:00Z'));
    let incoming = recordAnswer(emptyProgress(), LESSON, 0, [2], at('2026-01-05T08:00:00Z'));
    incoming = recordResult(incoming, LESSON, 1, 1, at('2026-02-01T08:00:00Z'));
    expect(mergeProgress(base, incoming).lessons[LESSON]).toEqual({
      answers: { '0': [2] },
      result: { right: 1, total: 1 },
      started: '2026-01-05T08:00:00.000Z',
      updated: '2026-02-01T08:00:00.000Z',
    });
    expect(mergeProgress(incoming, base).lessons[LESSON]).toEqual(mergeProgress(base, incoming).lessons[LESSON]);
  });

  it('keeps the lesson in base when both were changed at the same moment', () => {
    const base = recordAnswer(emptyProgress(), LESSON, 0, [1], MONDAY);
    const incoming = recordAnswer(emptyProgress(), LESSON, 0, [2], MONDAY);
    expect(mergeProgress(base, incoming).lessons[LESSON]?.answers).toEqual({ '0': [1] });
  });

  it('keeps lessons found on only one side, and consent from base', () => {
    const base = recordAnswer({ ...emptyProgress(), consent: 'offen' }, LESSON, 0, true, MONDAY);
    const incoming = recordAnswer({ ...emptyProgress(), consent: 'ja' }, OTHER, 0, false, TUESDAY);
    const merged = mergeProgress(base, incoming);
    expect(merged.consent).toBe('offen');
    expect(merged.lessons).toEqual({ ...base.lessons, ...incoming.lessons });
  });
});

describe('saving to a file and loading from a file', () => {
  /** A stored record with a valid file around it, padded by a note to reach a size. */
  const fileWithNote = (note: string): string =>
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: 2,
      exported: TUESDAY.toISOString(),
      notiz: note,
      lernstand: sampleState(),
    });

  it('gives back the same record after export and import', () => {
    expect(importProgress(exportProgress(sampleState(), TUESDAY))).toEqual({ ok: true, state: sampleState(), leftOut: 0 });
  });

  it('writes a versioned envelope that says what it is', () => {
    expect(JSON.parse(exportProgress(sampleState(), TUESDAY))).toEqual({
      format: 'lernen-leicht-gemacht/lernstand',
      version: 2,
      exported: '2026-03-03T10:30:00.000Z',
      lernstand: sampleState(),
    });
  });

  it('refuses a file over 200,000 bytes, counting UTF-8 bytes, not characters', () => {
    const overhead = Buffer.byteLength(fileWithNote(''));
    const fits = fileWithNote('ü'.repeat((MAX_IMPORT_BYTES - overhead) / 2));
    const tooBig = fileWithNote('ü'.repeat((MAX_IMPORT_BYTES - overhead) / 2 + 1));
    expect(Buffer.byteLength(fits)).toBe(MAX_IMPORT_BYTES);
    expect(tooBig.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(importProgress(fits)).toEqual({ ok: true, state: sampleState(), leftOut: 0 });
    expect(importProgress(tooBig)).toEqual({ ok: false, reason: 'too-big' });
  });

  it.each([['kein JSON'], ['{"format":'], ['']])('refuses %j as not JSON', (text) => {
    expect(importProgress(text)).toEqual({ ok: false, reason: 'not-json' });
  });

  it.each<[string, unknown]>([
    ['a stored record without its envelope', sampleState()],
    ['another format', { format: 'andere-seite/daten', version: 2, lernstand: sampleState() }],
    ['an envelope without a record', { format: EXPORT_FORMAT, version: 2 }],
    ['an envelope of version 1', { format: EXPORT_FORMAT, version: 1, lernstand: sampleState() }],
    ['a record of an older version', { format: EXPORT_FORMAT, version: 2, lernstand: { ...sampleState(), version: 1 } }],
    [
      'a record with one invalid lesson',
      { format: EXPORT_FORMAT, version: 2, lernstand: { ...sampleState(), lessons: { 'x/y': { answers: {} } } } },
    ],
    ['a list', [sampleState()]],
  ])('refuses %s as the wrong format', (_, value) => {
    expect(importProgress(JSON.stringify(value))).toEqual({ ok: false, reason: 'wrong-format' });
  });

  it.each<[string, unknown]>([
    ['an envelope of a newer version', { format: EXPORT_FORMAT, version: 3, lernstand: sampleState() }],
    ['a newer record in a current envelope', { format: EXPORT_FORMAT, version: 2, lernstand: { version: 4, lessons: {} } }],
  ])('refuses %s as newer', (_, value) => {
    expect(importProgress(JSON.stringify(value))).toEqual({ ok: false, reason: 'newer' });
  });

  it('loads the valid lessons of a file with one broken lesson, and says how many it left out', () => {
    const good = sampleState();
    const file = { format: EXPORT_FORMAT, version: 2, lernstand: { ...good, lessons: { ...good.lessons, 'x/y': { answers: {} } } } };
    expect(importProgress(JSON.stringify(file))).toEqual({ ok: true, state: good, leftOut: 1 });
    const one = { ...good, lessons: { [LESSON]: good.lessons[LESSON] } };
    const oneBroken = { format: EXPORT_FORMAT, version: 2, lernstand: { ...one, lessons: { ...one.lessons, [OTHER]: { answers: {} } } } };
    expect(importProgress(JSON.stringify(oneBroken))).toEqual({ ok: true, state: one, leftOut: 1 });
  });

  it('changes nothing when a file is refused', () => {
    const storage = new FakeStorage();
    saveProgress(storage, sampleState());
    const before = storage.snapshot();
    const { state } = loadProgress(storage);
    const copy = structuredClone(state);
    for (const file of [
      fileWithNote('ü'.repeat(MAX_IMPORT_BYTES)),
      'kein JSON',
      '{"format":"x"}',
      '{"format":"lernen-leicht-gemacht/lernstand","version":9}',
    ]) {
      const result = importProgress(file);
      expect(result.ok).toBe(false);
      const shown = result.ok ? mergeProgress(state, result.state) : state;
      expect(shown).toEqual(copy);
    }
    expect(storage.snapshot()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based tests: generated stored values, corrupted, older and newer.

/** Runs per property over stored values; four properties, 1,400 generated values in all. */
const RUNS = { corruptedEntries: 400, corruptedText: 300, newerVersion: 300, savedAfterNewer: 400 };

const idPart = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const lessonIdArb = fc.tuple(idPart, idPart).map(([module, lesson]) => `${module}/${lesson}`);
const isoArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const answerArb = fc.oneof(fc.boolean(), fc.uniqueArray(fc.nat({ max: 100 }), { maxLength: 6 }));
const resultArb = fc.nat({ max: 50 }).chain((total) => fc.nat({ max: total }).map((right) => ({ right, total })));
/** A valid lesson whose answers use questions 0–499. */
const lessonArb: fc.Arbitrary<LessonProgress> = fc.record(
  {
    answers: fc.dictionary(fc.nat({ max: 499 }).map(String), answerArb, { maxKeys: 5 }),
    result: resultArb,
    started: isoArb,
    updated: isoArb,
  },
  { requiredKeys: ['answers', 'started', 'updated'] },
);
const consentArb = fc.constantFrom('ja' as const, 'nein' as const, 'offen' as const);

/** Values that are not answers, and answer keys that are not question indices. */
const badAnswerArb = fc.oneof(
  fc.constant([1, 1]),
  fc.constant([-1]),
  fc.constant([0.5]),
  fc.constant([101]),
  fc.string(),
  fc.constant(null),
  fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }),
);
const badAnswerKeyArb = fc
  .oneof(fc.constantFrom('01', '-1', '1000', '1.5', ' 1', 'a', ''), fc.string())
  .filter((key) => !/^(?:0|[1-9][0-9]{0,2})$/.test(key));
const badResultArb = fc.oneof(
  fc.constant({ right: 3, total: 2 }),
  fc.constant({ right: -1, total: 2 }),
  fc.constant({ right: 1.5, total: 2 }),
  fc.constant({ right: 1 }),
  fc.string(),
  fc.constant(null),
);
const badDateArb = fc.constantFrom('gestern', '2026-02-30T10:00:00.000Z', '2026-03-02', '2026-03-02T10:00:00', '', 0);

/** A valid lesson and the same lesson dirtied by invalid answers, an invalid result or unknown fields. */
const dirtyLessonArb = fc
  .tuple(
    lessonArb,
    fc.dictionary(badAnswerKeyArb, fc.jsonValue(), { maxKeys: 2 }),
    fc.dictionary(fc.integer({ min: 500, max: 999 }).map(String), badAnswerArb, { maxKeys: 2 }),
    fc.option(badResultArb, { nil: undefined }),
    fc.option(fc.jsonValue(), { nil: undefined }),
  )
  .map(([clean, badKeys, badValues, badResult, unknownField]) => {
    const dirty: Record<string, unknown> = { ...clean, answers: { ...badKeys, ...badValues, ...clean.answers } };
    if (badResult !== undefined && clean.result === undefined) dirty['result'] = badResult;
    if (unknownField !== undefined) dirty['sterne'] = unknownField;
    return { clean, dirty };
  });

/** A lesson that cannot be saved at all: not an object, or without valid dates. */
const brokenLessonArb = fc.oneof(
  fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 })),
  fc
    .tuple(lessonArb, badDateArb, fc.boolean())
    .map(([lesson, bad, which]) => (which ? { ...lesson, started: bad } : { ...lesson, updated: bad })),
  lessonArb.map(({ answers, result }) => ({ answers, result })),
);
const badLessonIdArb = fc
  .oneof(
    fc.string(),
    lessonIdArb.map((id) => id.toUpperCase()),
    lessonIdArb.map((id) => `${id}/mehr`),
    idPart,
    lessonIdArb.map((id) => `${id}-`),
    fc.constantFrom('__proto__', 'constructor', '', '/', 'a/', '/b', 'ä/b', 'a//b'),
  )
  .filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));

/** Valid entries under ids starting "gut-", broken ones under "weg-" or invalid ids: never the same key. */
const prefixed = <T>(prefix: string, entries: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(entries).map(([id, value]) => [`${prefix}${id}`, value]));

// The schema the store used before its checks were written out by hand (to save 8 kB in the
// browser): kept here as the reference the checks must agree with.
const ID_PART = '[a-z0-9]+(?:-[a-z0-9]+)*';
const count = z.int().nonnegative();
const dateTime = z.iso.datetime({ offset: true }).refine((text) => !Number.isNaN(Date.parse(text)));
const lessonId = z
  .string()
  .max(200)
  .regex(new RegExp(`^${ID_PART}/${ID_PART}$`));
const progressStateReference = z.object({
  version: z.literal(2),
  consent: z.enum(['ja', 'nein', 'offen']),
  lessons: z.record(
    lessonId,
    z.object({
      answers: z.record(
        z.string().regex(/^(?:0|[1-9][0-9]{0,2})$/),
        z.union([
          z
            .array(count.lte(100))
            .max(100)
            .refine((indices) => new Set(indices).size === indices.length),
          z.boolean(),
        ]),
      ),
      result: z.optional(z.object({ right: count, total: count }).refine((r) => r.right <= r.total)),
      started: dateTime,
      updated: dateTime,
    }),
  ),
});

/** Builds storage holding `raw` and loads it, checking what holds for every load. */
function loadChecked(raw: string): { storage: FakeStorage; result: ReturnType<typeof loadProgress> } {
  const storage = new FakeStorage({ [PROGRESS_KEY]: raw });
  let result: ReturnType<typeof loadProgress> | undefined;
  expect(() => (result = loadProgress(storage))).not.toThrow();
  if (!result) throw new Error('loadProgress gave nothing');
  expect(progressStateReference.safeParse(result.state).success).toBe(true);
  return { storage, result };
}

/** A plain copy of generated data (fast-check may build objects without a prototype). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('loading generated stored values', () => {
  it('keeps every valid entry of a version-2 record among invalid ones, and backs up the rest', () => {
    fc.assert(
      fc.property(
        fc.dictionary(lessonIdArb, dirtyLessonArb, { maxKeys: 6 }),
        fc.dictionary(badLessonIdArb, fc.jsonValue(), { maxKeys: 3 }),
        fc.dictionary(lessonIdArb, brokenLessonArb, { maxKeys: 3 }),
        fc.oneof(consentArb, fc.jsonValue()),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }),
        (valid, invalidIds, brokenValues, consent, extras) => {
          const good = prefixed('gut-', valid);
          const stored = {
            ...extras,
            version: 2,
            consent,
            lessons: {
              ...invalidIds,
              ...prefixed('weg-', brokenValues),
              ...Object.fromEntries(Object.entries(good).map(([id, { dirty }]) => [id, dirty])),
            },
          };
          const raw = JSON.stringify(stored);
          const { storage, result } = loadChecked(raw);
          const expected = plain({
            version: 2,
            consent: consent === 'ja' || consent === 'nein' || consent === 'offen' ? consent : 'offen',
            lessons: Object.fromEntries(Object.entries(good).map(([id, { clean }]) => [id, clean])),
          });
          expect(result.state).toEqual(expected);
          if (isDeepStrictEqual(JSON.parse(raw), expected)) {
            expect(result.status).toBe('ok');
          } else {
            expect(result.status).toBe('repaired');
            expect(storage.getItem(PROGRESS_BACKUP_KEY)).toBe(raw);
            // The cleaned record took its place (or, when nothing was left to keep, the key is gone).
            const nothingLeft = isDeepStrictEqual(result.state, emptyProgress());
            expect(loadProgress(storage)).toEqual({ status: nothingLeft ? 'empty' : 'ok', state: result.state });
          }
        },
      ),
      runs(RUNS.corruptedEntries),
    );
  });

  it('never throws on text that is no record, and keeps that text as a backup', () => {
    const validText = fc
      .tuple(consentArb, fc.dictionary(lessonIdArb, lessonArb, { minKeys: 1, maxKeys: 4 }))
      .map(([consent, lessons]) => JSON.stringify({ version: 2, consent, lessons }));
    const brokenText = fc.oneof(
      fc.string(),
      // Any code point, lone surrogates too. Not fc.string({ unit: 'binary' }): fast-check builds a table of
      // every code point for it, which took 2 s of a busy machine before the first run, outside the time limit.
      fc.string({ unit: fc.nat({ max: 0x10ffff }).map((code) => String.fromCodePoint(code)) }),
      validText.chain((text) => fc.nat({ max: text.length - 1 }).map((end) => text.slice(0, end))),
      fc
        .jsonValue()
        .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value))
        .map((value) => JSON.stringify(value)),
      fc
        .dictionary(fc.string(), fc.jsonValue())
        .filter((value) => !('version' in value))
        .map((value) => JSON.stringify(value)),
      fc
        .oneof(fc.string(), fc.double(), fc.constant(null), fc.constant(2.5), fc.constant(-3))
        .filter((version) => typeof version !== 'number' || !Number.isInteger(version) || version < 2)
        .map((version) => JSON.stringify({ version, lessons: {} })),
    );
    fc.assert(
      fc.property(brokenText, (raw) => {
        const { storage, result } = loadChecked(raw);
        expect(result).toEqual({ status: 'repaired', state: emptyProgress(), backupKey: PROGRESS_BACKUP_KEY });
        expect(storage.snapshot()).toEqual({ [PROGRESS_BACKUP_KEY]: raw });
      }),
      runs(RUNS.corruptedText),
    );
  });

  /** A record written by a newer site: a higher version, new fields, lessons old and new in shape. */
  const newerArb = fc
    .tuple(
      fc.oneof(fc.integer({ min: 3, max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER)),
      fc.oneof(consentArb, fc.jsonValue()),
      fc.dictionary(lessonIdArb, lessonArb, { maxKeys: 4 }),
      fc.dictionary(fc.oneof(lessonIdArb, badLessonIdArb), fc.jsonValue(), { maxKeys: 3 }),
      fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
    )
    .map(([version, consent, valid, other, extras]) => ({
      valid: prefixed('gut-', valid),
      raw: JSON.stringify({
        ...extras,
        version,
        consent,
        lessons: { ...prefixed('neu-', other), ...prefixed('gut-', valid) },
      }),
    }));

  it('reads every valid entry of a newer record for display, and writes nothing', () => {
    fc.assert(
      fc.property(newerArb, ({ valid, raw }) => {
        const { storage, result } = loadChecked(raw);
        expect(result.status).toBe('newer');
        for (const [id, lesson] of Object.entries(valid)) expect(result.state.lessons[id]).toEqual(plain(lesson));
        expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: raw });
      }),
      runs(RUNS.newerVersion),
    );
  });

  it('never overwrites a newer record, whatever is saved after loading it', () => {
    fc.assert(
      fc.property(newerArb, lessonIdArb, fc.nat({ max: 999 }), answerArb, ({ raw }, lessonId, question, answer) => {
        const { storage, result } = loadChecked(raw);
        const changed = recordAnswer({ ...result.state, consent: 'ja' }, lessonId, question, answer, TUESDAY);
        expect(saveProgress(storage, changed)).toEqual({ ok: false, reason: 'newer' });
        expect(saveProgress(storage, { ...result.state, consent: 'ja' })).toEqual({ ok: false, reason: 'newer' });
        expect(storage.snapshot()).toEqual({ [PROGRESS_KEY]: raw });
      }),
      runs(RUNS.savedAfterNewer),
    );
  });
});

describe('generated records and files', () => {
  const stateArb: fc.Arbitrary<ProgressState> = fc.record({
    version: fc.constant(2 as const),
    consent: consentArb,
    lessons: fc.dictionary(lessonIdArb, lessonArb, { maxKeys: 6 }),
  });

  it('gives back any valid record after saving and loading, and after export and import', () => {
    fc.assert(
      fc.property(stateArb, (generated) => {
        const state = plain(generated);
        const storage = new FakeStorage();
        expect(saveProgress(storage, { ...state, consent: 'ja' })).toEqual({ ok: true });
        expect(loadProgress(storage)).toEqual({ status: 'ok', state: { ...state, consent: 'ja' } });
        expect(importProgress(exportProgress(state, TUESDAY))).toEqual({ ok: true, state, leftOut: 0 });
      }),
      runs(200),
    );
  });
});

describe('the hand-written checks accept exactly what the zod schema of version 2 accepted', () => {
  // Mostly valid pieces, so that whole valid records are common, with every kind of near miss among them.
  const mostly = <T, U>(valid: fc.Arbitrary<T>, broken: fc.Arbitrary<U>) =>
    fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: broken, weight: 1 });
  const dates = mostly(
    fc.constantFrom(
      '2026-03-05T10:00:00.000Z',
      '2026-03-05T10:00:00Z',
      '2026-03-05T10:00:00+02:00',
      '2024-02-29T10:00:00Z',
      '2026-03-05T10:00:00.123456-11:30',
      '0000-02-29T00:00:00Z',
    ),
    fc.constantFrom(
      '2026-03-05T10:00Z',
      '2026-03-05T10:00:00+0200',
      '2026-03-05T24:00:00Z',
      '2026-02-29T10:00:00Z',
      '2026-04-31T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-03-05 10:00:00Z',
      '',
      5,
      null,
    ),
  );
  const answers = mostly(
    fc.oneof(fc.boolean(), fc.uniqueArray(fc.nat({ max: 100 }), { maxLength: 5 })),
    fc.oneof(
      fc.array(fc.oneof(fc.integer({ min: -2, max: 102 }), fc.constant(1.5), fc.constant('1')), { maxLength: 5 }),
      fc.array(fc.nat({ max: 100 }), { minLength: 99, maxLength: 102 }),
      fc.constant(null),
    ),
  );
  const results = mostly(
    fc.oneof(
      fc.constant(undefined),
      fc.nat({ max: 5 }).chain((total) => fc.record({ right: fc.nat({ max: total }), total: fc.constant(total) })),
    ),
    fc.oneof(
      fc.record({ right: fc.integer({ min: -1, max: 6 }), total: fc.integer({ min: -1, max: 5 }) }),
      fc.record({ right: fc.constant(1.5), total: fc.constant(3) }),
      fc.constant('3 von 4'),
    ),
  );
  const lesson = fc.record(
    {
      answers: fc.dictionary(mostly(fc.constantFrom('0', '1', '999'), fc.constantFrom('01', '1000', 'a')), answers, { maxKeys: 3 }),
      result: results,
      started: dates,
      updated: dates,
    },
    { requiredKeys: ['answers', 'started', 'updated'] },
  );
  const ids = mostly(
    fc.constantFrom('a/b', 'modul-1/lektion-2', `${'a'.repeat(150)}/${'b'.repeat(49)}`),
    fc.constantFrom('A/b', 'a/b/c', 'a-/b', `${'a'.repeat(150)}/${'b'.repeat(50)}`, 'ab'),
  );
  const states = fc.record({
    version: mostly(fc.constant(2), fc.constantFrom(3, '2')),
    consent: mostly(fc.constantFrom('ja', 'nein', 'offen'), fc.constant('vielleicht')),
    lessons: fc.dictionary(ids, lesson, { maxKeys: 3 }),
  });

  it('reads a record as it was exactly when the schema accepts it, for generated records valid and broken', () => {
    fc.assert(
      fc.property(states, (value) => {
        const stored = plain(value);
        const { status } = loadProgress(new FakeStorage({ [PROGRESS_KEY]: JSON.stringify(stored) }));
        expect(status === 'ok').toBe(progressStateReference.safeParse(stored).success);
      }),
      runs(2000),
    );
  });

  it('keeps exactly the lessons the schema would keep when a stored record is read', () => {
    fc.assert(
      fc.property(fc.dictionary(ids, lesson, { maxKeys: 4 }), (lessons) => {
        const stored = JSON.parse(JSON.stringify(lessons)) as Record<string, Record<string, unknown>>;
        const storage = new FakeStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 2, consent: 'ja', lessons: stored }) });
        const { state } = loadProgress(storage);
        // A lesson is kept when its id and both dates are valid; its broken answers or result are dropped.
        const kept = Object.entries(stored)
          .filter(
            ([id, entry]) =>
              lessonId.safeParse(id).success &&
              dateTime.safeParse(entry['started']).success &&
              dateTime.safeParse(entry['updated']).success,
          )
          .map(([id]) => id);
        expect(Object.keys(state.lessons).sort()).toEqual(kept.sort());
        expect(progressStateReference.safeParse(state).success).toBe(true);
      }),
      runs(500),
    );
  });
});

describe('the file of old data, saved before old backups give way', () => {
  it('holds the stored record and every backup exactly as stored', () => {
    const taken = Object.fromEntries(backupKeys().map((key, i) => [key, `alt ${String(i)}`]));
    const storage = new FakeStorage({ ...taken, [PROGRESS_KEY]: '{kaputt', andere: 'nicht dabei' });
    const file = JSON.parse(backupsFile(storage, new Date('2026-12-01T10:00:00.000Z')) ?? 'null') as unknown;
    expect(file).toEqual({
      format: 'lernen-leicht-gemacht/sicherungen',
      saved: '2026-12-01T10:00:00.000Z',
      texte: { [PROGRESS_KEY]: '{kaputt', ...taken },
    });
  });

  it('is not made when nothing is stored or the storage cannot be read', () => {
    expect(backupsFile(new FakeStorage(), new Date())).toBeUndefined();
    const failing = new FakeStorage({ [PROGRESS_KEY]: '{}' });
    failing.failGet = true;
    expect(backupsFile(failing, new Date())).toBeUndefined();
    expect(backupsFile(undefined, new Date())).toBeUndefined();
  });
});
