import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearestId } from './nearest.ts';

describe('the nearest id', () => {
  it('counts a swap of two neighbouring letters as one change', () => {
    expect(editDistance('werkstatt-rat', 'werkstatt-rta')).toBe(1);
    expect(editDistance('rat', 'rat')).toBe(0);
  });

  it('finds a typo and leaves a different word alone', () => {
    const known = ['werkstatt-rat', 'werkstatt', 'kompetenz'];
    expect(nearestId('werkstat-rat', known)).toBe('werkstatt-rat');
    expect(nearestId('werkstatt-raete', known)).toBe('werkstatt-rat');
    expect(nearestId('werkstatt-leitung', known)).toBeUndefined();
    expect(nearestId('kurs', known)).toBeUndefined();
    expect(didYouMean('kompetens', known)).toBe(' Meinten Sie kompetenz?');
    expect(didYouMean('kurs', known)).toBe('');
  });
});
