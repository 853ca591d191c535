/**
 * The one formatter of interface texts: slots, forms per number, and loud failures where a text and
 * its values do not fit. The `@ts-expect-error` lines are checked by `npm run check:types`: a call
 * with a missing or extra value must not compile.
 */
import { describe, expect, it } from 'vitest';
import { format, type Forms, type Text } from '../../../src/i18n/format.ts';

const position = 'Lektion {n} von {total}' as Text<'n' | 'total'>;
const offers: Forms = { zero: 'Kein Angebot passt.', one: '1 Angebot passt.', other: '{count} Angebote passen.' };
const lessons: Forms = { one: '{count} Lektion', other: '{count} Lektionen' };

describe('filling slots', () => {
  it('puts each value into its slot, numbers and text alike', () => {
    expect(format(position, { n: 2, total: 5 })).toBe('Lektion 2 von 5');
    expect(format('Workshops für {audience}', { audience: 'Werk·statt·räte' })).toBe('Workshops für Werk·statt·räte');
  });

  it('fills a slot that appears twice, and leaves text without slots as it is', () => {
    expect(format('{n} und noch einmal {n}', { n: 3 })).toBe('3 und noch einmal 3');
    expect(format('Start·seite', {})).toBe('Start·seite');
  });

  it('throws where a slot has no value, naming the slot', () => {
    // @ts-expect-error -- the value for {total} is missing.
    expect(() => format(position, { n: 2 })).toThrow('{total}');
  });

  it('throws where a value has no slot, naming the value', () => {
    // @ts-expect-error -- the text has no slot {date}.
    expect(() => format(position, { n: 2, total: 5, date: 'heute' })).toThrow('date');
  });

  it('does not take a property of every object for a value', () => {
    expect(() => format('{toString}', {})).toThrow('{toString}');
  });
});

describe('forms per number', () => {
  it('takes the zero form for 0, the one form for 1 and the other form from 2 on', () => {
    expect(format(offers, { count: 0 })).toBe('Kein Angebot passt.');
    expect(format(offers, { count: 1 })).toBe('1 Angebot passt.');
    expect(format(offers, { count: 2 })).toBe('2 Angebote passen.');
    expect(format(offers, { count: 1000 })).toBe('1000 Angebote passen.');
  });

  it('takes the other form for 0 where there is no zero form', () => {
    expect(format(lessons, { count: 0 })).toBe('0 Lektionen');
    expect(format(lessons, { count: 1 })).toBe('1 Lektion');
    expect(format(lessons, { count: 2 })).toBe('2 Lektionen');
  });

  it('lets a form leave the number out, but not another value', () => {
    const score: Forms<'count' | 'name'> = { one: '{name} hat 1 Punkt.', other: '{name} hat {count} Punkte.' };
    expect(format(score, { count: 1, name: 'Ali' })).toBe('Ali hat 1 Punkt.');
    expect(format(score, { count: 4, name: 'Ali' })).toBe('Ali hat 4 Punkte.');
    expect(() => format(offers, { count: 0, name: 'Ali' } as { count: number })).toThrow('name');
  });

  it('throws where the number is missing', () => {
    // @ts-expect-error -- forms need the value count.
    expect(() => format(offers, {})).toThrow('{count}');
  });
});
