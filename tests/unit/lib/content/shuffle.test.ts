import { describe, expect, it } from 'vitest';
import { answerOrder, displayPosition, seededPermutation, stepOrder } from '../../../../src/lib/content/shuffle.ts';

const sorted = (order: number[]) => [...order].sort((a, b) => a - b);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const lessonIds = range(200).map((n) => `modul/lektion-${String(n)}`);

describe('the mixed order of a self-check', () => {
  it('gives every index exactly once', () => {
    for (const length of [0, 1, 2, 3, 7]) expect(sorted(seededPermutation(length, 'x'))).toEqual(range(length));
  });

  it('gives the same order for the same lesson and question, and another for another question', () => {
    expect(answerOrder('a/b', 2, 5)).toEqual(answerOrder('a/b', 2, 5));
    const orders = new Set(range(10).map((i) => answerOrder('a/b', i, 5).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('puts the first answer in every place across lessons, not mostly first', () => {
    const places = lessonIds.map((id) => displayPosition(answerOrder(id, 0, 3), 0));
    for (const place of [0, 1, 2]) {
      const share = places.filter((p) => p === place).length / places.length;
      expect(share, `place ${String(place)}`).toBeGreaterThan(0.2);
      expect(share, `place ${String(place)}`).toBeLessThan(0.47);
    }
  });

  it('never shows 3 steps in the right order or reversed', () => {
    // 3 steps have 6 orders; 200 lessons × 6 questions reach every one the mix can give.
    const seen = new Set<string>();
    for (const id of lessonIds) {
      for (const i of range(6)) {
        const order = stepOrder(id, i, 3);
        expect(sorted(order)).toEqual([0, 1, 2]);
        seen.add(order.join());
      }
    }
    expect(seen.has('0,1,2')).toBe(false);
    expect(seen.has('2,1,0')).toBe(false);
    expect(seen.size).toBe(4);
  });

  it('never shows 4 or 5 steps in the right order or reversed', () => {
    for (const length of [4, 5]) {
      for (const id of lessonIds) {
        const order = stepOrder(id, 0, length);
        expect(order).not.toEqual(range(length));
        expect(order).not.toEqual(range(length).reverse());
      }
    }
  });

  it('cannot avoid both orders with 2 steps (the schema asks for 3), and still gives both steps', () => {
    expect(sorted(stepOrder('a/b', 0, 2))).toEqual([0, 1]);
  });
});
