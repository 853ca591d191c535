import { describe, expect, it } from 'vitest';
import { createSplitter, parseLexiconText } from '../../../src/lib/lint/splitter/compound-splitter.ts';
import { formSpeller, wordKnowledge } from '../../../src/lib/lint/words.ts';
import { config } from '../test-helpers.ts';
import { ownWords } from '../lint.ts';
import { loadWordKnowledge } from '../words.ts';
import { candidateForms, lexiconFile } from './word-forms.ts';
import { compounds, simpleWords, wrongSplits } from './wordlist.ts';

describe('candidateForms', () => {
  const aff = ['SFX A Y 2', 'SFX A 0 e .', 'SFX A 0 en/B .', 'SFX B Y 1', 'SFX B 0 d .', 'PFX G Y 1', 'PFX G 0 ge .'].join('\n');

  it('adds every suffix, a suffix a rule allows after it, and the prefixes', () => {
    expect([...candidateForms(aff, '2\nlauf/AG\nhaus\n')].sort()).toEqual(
      ['gelauf', 'gelaufe', 'gelaufen', 'gelaufend', 'haus', 'lauf', 'laufe', 'laufen', 'laufend'].sort(),
    );
  });

  it('leaves out a suffix whose condition the stem does not meet', () => {
    expect([...candidateForms('SFX A Y 1\nSFX A 0 n e', '1\nhaus/A\nrose/A\n')].sort()).toEqual(['haus', 'rose', 'rosen']);
  });
});

describe('the lexicon file of "Text prüfen"', () => {
  it('judges every split of our word lists right or wrong as hunspell does', async () => {
    const allow = ownWords(config);
    const lexicon = parseLexiconText(await lexiconFile());
    const splitter = createSplitter(lexicon, { allow });
    const page = wordKnowledge(splitter, formSpeller(lexicon.forms ?? [], splitter), allow);
    const command = await loadWordKnowledge(allow);
    const dotted = [...compounds, ...wrongSplits, ...simpleWords.map((word) => word.replace(/(.{4})/, '$1·'))];
    // Right or wrong agree; the parts named can differ where hunspell builds a compound the splitter does
    // not know ("Berufsge·nossenschaft": the page names "Berufsge" too).
    const differ = dotted.filter((word) => page.checkSplit(word).ok !== command.checkSplit(word).ok);
    expect(differ).toEqual([]);
    expect(lexicon.forms?.length).toBeGreaterThan(300_000);
  });
});
