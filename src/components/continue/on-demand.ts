/**
 * Starts <ll-continue> ("Weiter lernen") where there is a learning record to continue from: its code
 * (continue.ts, with the record's store) comes only then. A first visit has no record, so the box stays
 * hidden, as the server rendered it, and nothing is downloaded for it (issue 20).
 */
import { mayHoldRecord } from '../../lib/progress/key.ts';

export function mountContinueOnDemand(): void {
  const islands = document.querySelectorAll<HTMLElement>('ll-continue');
  if (islands.length === 0) return;
  if (mayHoldRecord())
    void import('./continue.ts').then(({ mountContinue }) => {
      mountContinue();
    });
  // Marks the islands as started: without a record they have nothing to show (tests/e2e/every-page.spec.ts).
  else for (const island of islands) island.dataset['onDemand'] = '';
}
