import { describe, expect, it } from 'vitest';
import { isRealDay } from '../../../src/lib/calendar-day.ts';

describe('days that exist', () => {
  it('knows the last day of each month, and not one day more', () => {
    const last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    last.forEach((day, i) => {
      expect(isRealDay(2026, i + 1, day)).toBe(true);
      expect(isRealDay(2026, i + 1, day + 1)).toBe(false);
    });
    expect(isRealDay(2026, 1, 0)).toBe(false);
    expect(isRealDay(2026, 0, 1)).toBe(false);
    expect(isRealDay(2026, 13, 1)).toBe(false);
  });

  it('has 29 February in leap years only: every fourth year, not every hundredth, but every four hundredth', () => {
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2026, 2, 29)).toBe(false);
    expect(isRealDay(1900, 2, 29)).toBe(false);
    expect(isRealDay(2000, 2, 29)).toBe(true);
  });

  it('keeps the years 0 to 99 as they are, which Date.UTC would move to 1900 to 1999', () => {
    expect(isRealDay(0, 2, 29)).toBe(true);
    expect(isRealDay(96, 2, 29)).toBe(true);
    expect(isRealDay(99, 12, 31)).toBe(true);
    expect(isRealDay(100, 2, 29)).toBe(false);
  });
});
