/** falsche-trennung: a middle dot only between two words (../words.ts decides what a word is). */
import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

/** Every wrong split the issue found in the site's texts, with what the linter must suggest instead. */
const REGRESSIONS: [string, string][] = [
  ['Zerti·fikat', 'Zertifikat'],
  ['Quali·fizierungs·bau·stein', 'Qualifizierungs·bau·stein'],
  ['Möglich·keiten', 'Möglichkeiten'],
  ['Fertig·keiten', 'Fertigkeiten'],
  ['Lern·schwierig·keiten', 'Lern·schwierigkeiten'],
  ['Be·schäftigung', 'Beschäftigung'],
  ['Ko·operation', 'Kooperation'],
  ['Mega·fon', 'Megafon'],
  ['Java·Script', 'JavaScript'],
  ['Behin·derung', 'Behinderung'],
  ['Beschäf·tigten', 'Beschäftigten'],
  ['Berufsge·nossenschaft', 'Berufs·genossenschaft'],
  ['Gleichberech·tigung', 'Gleich·berechtigung'],
  ['Tätig·keiten', 'Tätigkeiten'],
  ['Gewerk·schaften', 'Gewerkschaften'],
];

describe('falsche-trennung', () => {
  it.each(REGRESSIONS)('fails „%s“ and suggests „%s“', (wrong, right) => {
    const found = of(lint(`Das Wort ${wrong} steht hier.\n`), 'falsche-trennung');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', words: wrong });
    expect(found[0]?.suggestion).toContain(right);
  });

  it('passes splits between words: compounds, linking elements, verb stems, particles', () => {
    const text = [
      'Der Werk·statt·rat prüft den Arbeits·vertrag.',
      'Die Prüf·gruppe liest den Lern·pass.',
      'Sie können mit·machen und weiter·lernen.',
      'Die Seite ist barriere·frei.',
      'Die Kinder·garten·gruppe und die Gebärden·sprache.',
      'Das Talent-PASS·Netz·werk hilft.',
      'Die Peer·beratung hilft.',
    ].join('\n');
    expect(of(lint(`${text}\n`), 'falsche-trennung')).toEqual([]);
  });

  it('names the piece that is no word', () => {
    expect(of(lint('Ein Zerti·fikat.\n'), 'falsche-trennung')[0]?.message).toBe(
      '„Zerti·fikat“ ist an der falschen Stelle getrennt: „Zerti“ und „fikat“ sind keine Wörter.',
    );
  });
});
