import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('nebensatz', () => {
  it('passes an enumeration after a comma', () => {
    expect(of(lint('Es helfen die Werk·statt, die Liga und das Amt.\n'), 'nebensatz')).toEqual([]);
  });

  it('warns at a comma followed by a conjunction or a relative pronoun', () => {
    expect(of(lint('Das ist wichtig, weil Sie lernen.\n'), 'nebensatz')).toMatchObject([{ severity: 'warning', column: 16 }]);
    expect(of(lint('Das ist etwas, das Sie gut können.\n'), 'nebensatz')).toHaveLength(1);
    expect(of(lint('Das ist der Mensch, mit dem Sie reden.\n'), 'nebensatz')).toHaveLength(1);
  });
});
