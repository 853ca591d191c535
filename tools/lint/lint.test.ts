/** What the linter does with the rules' findings: the config's schwere decides how they are reported. */
import { describe, expect, it } from 'vitest';
import { config, contextWith, lint, of } from './test-helpers.ts';

describe('severity from the config', () => {
  const ruleSetTo = (schwere: 'fehler' | 'warnung' | 'aus') => ({
    ...contextWith(),
    config: { ...config, regeln: { ...config.regeln, sonderzeichen: { ...config.regeln.sonderzeichen, schwere } } },
  });

  it('reports as in the rule table when the schwere is fehler', () => {
    const findings = of(lint('Arbeit & Leben (neu).\n', undefined, ruleSetTo('fehler')), 'sonderzeichen');
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  it('reports everything of a rule as a warning when its schwere is warnung, and nothing when aus', () => {
    expect(of(lint('Arbeit & Leben.\n', undefined, ruleSetTo('warnung')), 'sonderzeichen')).toMatchObject([{ severity: 'warning' }]);
    expect(of(lint('Arbeit & Leben.\n', undefined, ruleSetTo('aus')), 'sonderzeichen')).toEqual([]);
  });
});
