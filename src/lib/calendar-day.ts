/**
 * Whether a year, month (1 to 12) and day name a day that exists: 30 February does not, 29 February
 * only in leap years. Used by the content check (src/lib/content/dates.ts) and by the learning record
 * in the browser (src/lib/progress/store.ts), so it stays free of imports.
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  // The date rolls 31 April over to 1 May: compare to catch days that do not exist.
  // setUTCFullYear, unlike Date.UTC, keeps the years 0 to 99 as they are.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
