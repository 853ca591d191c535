/**
 * The linter's configuration: `leichte-sprache.config.yaml` at the project root, the one file where
 * editors change thresholds and word lists. Keys are German (editors write them); this module checks
 * the file and turns it into the typed `LintConfig` the rules read. Pure: tools/lint/config.ts reads
 * the file on Node; the "Text prüfen" page gets it parsed at build time.
 */
import { z } from 'astro/zod';

export const CONFIG_FILE = 'leichte-sprache.config.yaml';

/** How a rule reports (the key `schwere`): as in the rule table, everything as a warning, or not at all. */
const schwere = z.enum(['fehler', 'warnung', 'aus'], {
  error: 'Bei schwere muss fehler, warnung oder aus stehen.',
});
const woerter = z.array(z.string().min(1), { error: 'Hier muss eine Liste von Wörtern stehen.' });
const anzahl = z.number({ error: 'Hier muss eine Zahl stehen.' }).int().min(0);

const configSchema = z.strictObject({
  regeln: z.strictObject({
    'satz-laenge': z.strictObject({
      schwere,
      'fehler-bei-mehr-als': anzahl,
      'warnung-bei-mehr-als': anzahl,
    }),
    'ein-satz-pro-zeile': z.strictObject({ schwere }),
    nebensatz: z.strictObject({ schwere, bindewoerter: woerter, relativpronomen: woerter }),
    'langes-wort': z.strictObject({
      schwere,
      'fehler-ab-buchstaben': anzahl,
      'hinweis-ab-buchstaben': anzahl,
      erlaubt: woerter.default([]),
    }),
    'falsche-trennung': z.strictObject({ schwere }),
    abkuerzung: z.strictObject({
      schwere,
      abkuerzungen: z.record(z.string().min(1), z.string().min(1)),
      'erlaubte-namen-in-grossbuchstaben': woerter.default([]),
      'erlaubte-namen': woerter.default([]),
    }),
    zahlen: z.strictObject({
      schwere,
      zahlwoerter: z.record(z.string().min(1), z.number().int()),
    }),
    sonderzeichen: z.strictObject({ schwere, 'fehler-zeichen': woerter, 'warnung-zeichen': woerter }),
    verneinung: z.strictObject({ schwere, woerter }),
    passiv: z.strictObject({ schwere, 'formen-von-werden': woerter }),
    konjunktiv: z.strictObject({ schwere, woerter }),
    genitiv: z.strictObject({ schwere, woerter }),
    'schweres-wort': z.strictObject({ schwere }),
    'link-text': z.strictObject({ schwere, verboten: woerter }),
    'abschnitt-laenge': z.strictObject({ schwere, 'warnung-bei-mehr-als': anzahl }),
    anrede: z.strictObject({ schwere, 'du-formen': woerter }),
    'sie-bezug': z.strictObject({ schwere }),
    einheitlich: z.strictObject({ schwere, begriffe: woerter.default([]) }),
    'inline-abschaltung': z.strictObject({ schwere }),
  }),
});

export type LintConfig = z.infer<typeof configSchema>;
export type RuleId = keyof LintConfig['regeln'];

/** Every rule id, in the order of the rule table. */
export const RULE_IDS = Object.keys(configSchema.shape.regeln.shape) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as string[]).includes(id);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Checks parsed YAML; throws a `ConfigError` whose message names every wrong key. */
export function parseConfig(raw: unknown, source = CONFIG_FILE): LintConfig {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`${source} ist nicht in Ordnung:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
