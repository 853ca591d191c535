/**
 * When a lesson and a module count as done ("geschafft"): the one rule, written down for readers on
 * "Mein Lern·stand" (record.doneRule) and used by every page that shows progress.
 *
 * - A lesson is done when its last full self-check has every question right. The reader may try each
 *   question as often as they like, so this is always reachable; "1 von 5 richtig" is not done.
 * - A module is done when every one of its lessons is done.
 * - Where to go on ("Weiter lernen"): the lesson the reader worked on last, if it is not done yet;
 *   otherwise the next lesson after it (in the order of the site) that is not done.
 */
import type { LessonProgress } from './store.ts';

export type ModuleStatus = 'done' | 'started' | 'open';

export const isLessonDone = (progress: LessonProgress | undefined): boolean =>
  progress?.result !== undefined && progress.result.total > 0 && progress.result.right === progress.result.total;

export interface ModuleProgress {
  status: ModuleStatus;
  /** Lessons done, lessons with any stored answer, lessons in the module. */
  done: number;
  started: number;
  total: number;
}

export function moduleProgress(lessonIds: readonly string[], lessons: Readonly<Record<string, LessonProgress>>): ModuleProgress {
  const done = lessonIds.filter((id) => isLessonDone(lessons[id])).length;
  const started = lessonIds.filter((id) => lessons[id] !== undefined).length;
  const total = lessonIds.length;
  const status: ModuleStatus = total > 0 && done === total ? 'done' : started > 0 ? 'started' : 'open';
  return { status, done, started, total };
}

/** The lesson to go on with, or undefined when nothing is stored or every lesson is done. */
export function whereToContinue(orderedIds: readonly string[], lessons: Readonly<Record<string, LessonProgress>>): string | undefined {
  let last: string | undefined;
  for (const id of orderedIds) {
    const progress = lessons[id];
    if (progress && (last === undefined || progress.updated > (lessons[last]?.updated ?? ''))) last = id;
  }
  if (last === undefined) return undefined;
  if (!isLessonDone(lessons[last])) return last;
  const from = orderedIds.indexOf(last);
  const after = [...orderedIds.slice(from + 1), ...orderedIds.slice(0, from)];
  return after.find((id) => !isLessonDone(lessons[id]));
}
