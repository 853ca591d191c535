/**
 * Starts <ll-progress> where it has something to show: its code (progress.ts, with the record's store)
 * comes only where this device holds a learning record, or when another tab starts one. Without a
 * record the box stays hidden, as the server rendered it, and nothing is downloaded (issue 20).
 */
import { mayHoldRecord, PROGRESS_KEY } from '../../lib/progress/key.ts';

export function mountProgressOnDemand(): void {
  const islands = document.querySelectorAll<HTMLElement>('ll-progress');
  if (islands.length === 0) return;
  const load = () =>
    void import('./progress.ts').then(({ mountProgress }) => {
      mountProgress();
    });
  if (mayHoldRecord()) {
    load();
    return;
  }
  // Marks the islands as started: their code comes with a record (tests/e2e/every-page.spec.ts).
  for (const island of islands) island.dataset['onDemand'] = '';
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PROGRESS_KEY) return;
    window.removeEventListener('storage', onStorage);
    load();
  };
  window.addEventListener('storage', onStorage);
}
