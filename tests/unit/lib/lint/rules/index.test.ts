/** One rule per file, named by its id (src/lib/lint/rules/), with its test in this folder: one obvious place. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../../../src/lib/lint/config.ts';
import { RULES } from '../../../../../src/lib/lint/rules/index.ts';

describe('the rules', () => {
  it('run every rule of the config; inline-abschaltung runs after them', () => {
    expect(Object.keys(RULES).sort()).toEqual(RULE_IDS.filter((id) => id !== 'inline-abschaltung').sort());
  });

  it('each have a file and a test file named by the rule id', () => {
    const rules = new URL('../../../../../src/lib/lint/rules/', import.meta.url);
    const missing = RULE_IDS.flatMap((id) => [new URL(`${id}.ts`, rules), new URL(`${id}.test.ts`, import.meta.url)])
      .filter((file) => !existsSync(file))
      .map((file) => file.pathname.split('/').slice(-2).join('/'));
    expect(missing).toEqual([]);
  });
});
