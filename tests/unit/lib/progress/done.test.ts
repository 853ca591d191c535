import { describe, expect, it } from 'vitest';
import { isLessonDone, moduleProgress, whereToContinue } from '../../../../src/lib/progress/done.ts';
import type { LessonProgress } from '../../../../src/lib/progress/store.ts';

const at = (minute: number) => `2026-11-30T10:${String(minute).padStart(2, '0')}:00.000Z`;
const lesson = (right: number | undefined, total: number, minute: number): LessonProgress => ({
  answers: {},
  ...(right === undefined ? {} : { result: { right, total } }),
  started: at(0),
  updated: at(minute),
});

describe('isLessonDone', () => {
  it('counts a lesson as done only when every question is right', () => {
    expect(isLessonDone(lesson(5, 5, 1))).toBe(true);
    expect(isLessonDone(lesson(4, 5, 1))).toBe(false);
    expect(isLessonDone(lesson(1, 5, 1))).toBe(false);
    expect(isLessonDone(lesson(undefined, 5, 1))).toBe(false);
    expect(isLessonDone(lesson(0, 0, 1))).toBe(false);
    expect(isLessonDone(undefined)).toBe(false);
  });
});

describe('moduleProgress', () => {
  const ids = ['m/a', 'm/b', 'm/c'];
  it('is open without any stored lesson, started with one, done only with all', () => {
    expect(moduleProgress(ids, {}).status).toBe('open');
    expect(moduleProgress(ids, { 'm/a': lesson(1, 5, 1) })).toEqual({ status: 'started', done: 0, started: 1, total: 3 });
    const twoDone = { 'm/a': lesson(3, 3, 1), 'm/b': lesson(2, 2, 2) };
    expect(moduleProgress(ids, twoDone)).toEqual({ status: 'started', done: 2, started: 2, total: 3 });
    expect(moduleProgress(ids, { ...twoDone, 'm/c': lesson(4, 4, 3) }).status).toBe('done');
  });
  it('never calls an empty module done', () => {
    expect(moduleProgress([], {}).status).toBe('open');
  });
});

describe('whereToContinue', () => {
  const ids = ['a/1', 'a/2', 'b/1', 'b/2'];
  it('has no answer without a record', () => {
    expect(whereToContinue(ids, {})).toBeUndefined();
  });
  it('goes back to the last lesson when it is not done', () => {
    expect(whereToContinue(ids, { 'a/1': lesson(3, 3, 1), 'b/1': lesson(1, 3, 5) })).toBe('b/1');
  });
  it('goes on to the next lesson not done after the last one, across modules', () => {
    expect(whereToContinue(ids, { 'a/1': lesson(3, 3, 1), 'a/2': lesson(2, 2, 9) })).toBe('b/1');
    expect(whereToContinue(ids, { 'a/2': lesson(2, 2, 9), 'b/1': lesson(2, 2, 1) })).toBe('b/2');
  });
  it('comes round to an earlier lesson not done after the last lesson of the site', () => {
    expect(whereToContinue(ids, { 'a/1': lesson(1, 3, 1), 'b/2': lesson(2, 2, 9) })).toBe('a/1');
  });
  it('has no answer when every lesson is done', () => {
    const all = Object.fromEntries(ids.map((id, i) => [id, lesson(1, 1, i)]));
    expect(whereToContinue(ids, all)).toBeUndefined();
  });
});
