/**
 * The learning record's storage key, and whether this device may hold a record, alone in one small file:
 * the islands that show or save progress load the record's code (store.ts, about 4 kB) only where there is
 * a record, or once the reader asks to keep one (issue 20: a first visit downloads only what it uses).
 */
export const PROGRESS_KEY = 'll-lernstand';

/**
 * True where a record is stored, and where the storage cannot be read at all: then the store's code must
 * come, because it says why nothing can be kept. False only where the storage answers and has no record.
 */
export function mayHoldRecord(): boolean {
  try {
    return localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return true;
  }
}
