/** Reads the linter's configuration file on Node; the schema and its checks are in src/lib/lint/config.ts. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONFIG_FILE, parseConfig, type LintConfig } from '../../src/lib/lint/config.ts';

export { CONFIG_FILE, ConfigError, isRuleId, parseConfig, RULE_IDS, type LintConfig, type RuleId } from '../../src/lib/lint/config.ts';

/** Reads `leichte-sprache.config.yaml` from the project root. */
export async function loadConfig(root: string): Promise<LintConfig> {
  const text = await readFile(path.join(root, CONFIG_FILE), 'utf8');
  return parseConfig(parseYaml(text) as unknown, CONFIG_FILE);
}
