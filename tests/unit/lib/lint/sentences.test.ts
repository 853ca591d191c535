import { describe, expect, it } from 'vitest';
import { sentenceTexts, splitSentences } from '../../../../src/lib/lint/sentences.ts';
import { extract } from '../../../../tools/lint/sources.ts';

describe('German sentence splitting', () => {
  it('keeps a date with an ordinal day in one sentence', () => {
    expect(sentenceTexts('Am 14. Juni 2022 hat sie einen Vertrag unter·schrieben. Der Vertrag gilt.')).toEqual([
      'Am 14. Juni 2022 hat sie einen Vertrag unter·schrieben.',
      'Der Vertrag gilt.',
    ]);
  });

  it('keeps "Nr. 3" and "z. B." inside the sentence', () => {
    expect(sentenceTexts('Das ist Nr. 3 auf der Liste. Danach kommt mehr.')).toEqual([
      'Das ist Nr. 3 auf der Liste.',
      'Danach kommt mehr.',
    ]);
    expect(sentenceTexts('Es gibt Hilfe, z. B. Fach·dienste. Die helfen.')).toEqual(['Es gibt Hilfe, z. B. Fach·dienste.', 'Die helfen.']);
    expect(sentenceTexts('Es gibt Hilfe, z.B. vom Amt. Das hilft.')).toHaveLength(2);
  });

  it('reads "3. Stock" as an ordinal, but a number before a new sentence as its end', () => {
    expect(sentenceTexts('Das Büro ist im 3. Stock. Sie finden es leicht.')).toEqual([
      'Das Büro ist im 3. Stock.',
      'Sie finden es leicht.',
    ]);
    expect(sentenceTexts('Das steht in Lektion 3. Dort lernen Sie mehr.')).toEqual(['Das steht in Lektion 3.', 'Dort lernen Sie mehr.']);
    expect(sentenceTexts('Das Projekt endete 2023. Dann kam ein neues.')).toEqual(['Das Projekt endete 2023.', 'Dann kam ein neues.']);
  });

  it('keeps dates without spaces and list numbers with Roman numerals together', () => {
    expect(sentenceTexts('Es lief vom 1.März 2019 bis 29. Februar 2023. Danach war Schluss.')).toHaveLength(2);
    expect(sentenceTexts('Es endet am 31.12.2020. Grund genug für ein Fest.')).toEqual([
      'Es endet am 31.12.2020.',
      'Grund genug für ein Fest.',
    ]);
    expect(sentenceTexts('I. Kompetenz·nachweis erfassen')).toEqual(['I. Kompetenz·nachweis erfassen']);
    expect(sentenceTexts('II. Kompetenz·bausteine entwickeln')).toEqual(['II. Kompetenz·bausteine entwickeln']);
    expect(sentenceTexts('Das steht in § 192ff. SGB IX. Dann kommt mehr.')).toEqual(['Das steht in § 192ff. SGB IX.', 'Dann kommt mehr.']);
  });

  it('ends sentences at question and exclamation marks', () => {
    expect(sentenceTexts('Sie arbeiten in einer Werk·statt? Dann ist das für Sie! Gut.')).toEqual([
      'Sie arbeiten in einer Werk·statt?',
      'Dann ist das für Sie!',
      'Gut.',
    ]);
  });

  it('ends a sentence after a closing quotation mark and after an abbreviation that may end one', () => {
    expect(sentenceTexts('Er sagt: „Das ist gut.“ Dann geht er.')).toEqual(['Er sagt: „Das ist gut.“', 'Dann geht er.']);
    expect(sentenceTexts('Die LAG e.V. und die Liga. Sie arbeiten zusammen.')).toEqual([
      'Die LAG e.V. und die Liga.',
      'Sie arbeiten zusammen.',
    ]);
  });

  it('never splits at the middle dot and keeps a colon inside the line', () => {
    expect(sentenceTexts('Der Werk·statt·rat hilft. Kompetenz heißt: Das können Sie gut.')).toEqual([
      'Der Werk·statt·rat hilft.',
      'Kompetenz heißt: Das können Sie gut.',
    ]);
  });

  it('ends a sentence at a colon at the end of a line', () => {
    expect(sentenceTexts('Zum Beispiel:\nSie sortieren Schrauben.')).toEqual(['Zum Beispiel:', 'Sie sortieren Schrauben.']);
  });

  it('makes each heading and each list item its own sentence, even without a full stop', () => {
    const file = extract('content/seiten/x.mdx', '## Das Menü\n\n- Lernen: Hier lernen Sie\n- Suche: Hier suchen Sie\n');
    const sentences = file.blocks.flatMap((block) => splitSentences(block)).map((s) => s.text);
    expect(sentences).toEqual(['Das Menü', 'Lernen: Hier lernen Sie', 'Suche: Hier suchen Sie']);
  });
});
