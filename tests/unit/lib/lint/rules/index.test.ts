/** One rule per file, named by its id, with its tests beside it: so a new rule has one obvious place. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../../../src/lib/lint/config.ts';
import { RULES } from '../../../../../src/lib/lint/rules/index.ts';

describe('the rules', () => {
  it('run every rule of the config; inline-abschaltung runs after them', () => {
    expect(Object.keys(RULES).sort()).toEqual(RULE_IDS.filter((id) => id !== 'inline-abschaltung').sort());
  });

  it('each have a file and a test file named by the rule id', () => {
    const missing = RULE_IDS.flatMap((id) => [`${id}.ts`, `${id}.test.ts`]).filter((name) => !existsSync(new URL(name, import.meta.url)));
    expect(missing).toEqual([]);
  });
});
