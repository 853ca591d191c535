/** satz-laenge: at most 14 words a sentence, a warning from 11 (leichte-sprache.config.yaml). */
import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

/** A lesson line of exactly `count` words, one sentence (the middle dot keeps "Werk·statt" one word). */
const sentenceOf = (count: number) => {
  const words = 'Sie lernen in der Werk·statt jeden Tag etwas ganz Neues und auch viel Gutes dazu heute'.split(' ');
  if (count > words.length) throw new Error(`at most ${String(words.length)} words`);
  return `${words.slice(0, count).join(' ')}.\n`;
};

describe('satz-laenge', () => {
  it('passes a sentence of 10 words, the most without a warning', () => {
    expect(of(lint(sentenceOf(10)), 'satz-laenge')).toEqual([]);
  });

  it('warns at 11 words, one more than the warning limit', () => {
    expect(of(lint(sentenceOf(11)), 'satz-laenge')).toMatchObject([
      { severity: 'warning', line: 1, column: 1, message: 'Der Satz hat 11 Wörter. Gut sind höchstens 10.' },
    ]);
  });

  it('only warns at 14 words, the most without an error', () => {
    expect(of(lint(sentenceOf(14)), 'satz-laenge')).toMatchObject([{ severity: 'warning' }]);
  });

  it('fails at 15 words, one more than the error limit', () => {
    expect(of(lint(sentenceOf(15)), 'satz-laenge')).toMatchObject([
      { severity: 'error', message: 'Der Satz hat 15 Wörter. Gut sind höchstens 14.' },
    ]);
  });

  it('suggests a place to split: a comma or "und" near the middle', () => {
    const error = of(
      lint('Der Werk·statt·rat spricht mit der Leitung über die Arbeits·zeit, und er fragt nach neuen Kursen für alle.\n'),
      'satz-laenge',
    );
    expect(error).toMatchObject([{ severity: 'error', message: 'Der Satz hat 17 Wörter. Gut sind höchstens 14.' }]);
    expect(error[0]?.suggestion).toContain('nach „Arbeits·zeit“');
  });
});
