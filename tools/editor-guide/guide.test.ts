import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldComments, fieldsMarkdown, rulesMarkdown } from './fields.ts';
import { GENERATED } from './generated.ts';

const schemaSource = readFileSync('src/lib/content/schemas.ts', 'utf8');
const configSource = readFileSync('leichte-sprache.config.yaml', 'utf8');

describe("the editor's guide", () => {
  it.each(Object.keys(GENERATED))('%s is what npm run write:editor-guide writes (run it after changing a schema)', (file) => {
    expect(readFileSync(file, 'utf8') === GENERATED[file]!(), `${file} ist veraltet: npm run write:editor-guide`).toBe(true);
  });

  it('lists a field with its limit, whether it is required, its closed list with labels and its comment', () => {
    const markdown = fieldsMarkdown(schemaSource, configSource);
    expect(markdown).toContain('| `titel` | ja | Text, höchstens 80 Zeichen | ja |');
    expect(markdown).toMatch(
      /\| `format` \| nein \| eins von: `online` \(Online\), `vor-ort` \(Vor Ort\), `hybrid` \(Online und vor Ort\) \|/,
    );
    expect(markdown).toContain('| `modul` | ja | die id einer Datei in `content/modules/` |  | The module this lesson belongs to');
    expect(markdown).toContain('`selbstcheck[].stimmt (bei art: stimmt)` | ja | `true` oder `false`');
  });

  it('follows a change of the schema: a new limit shows in the guide', () => {
    const changed = schemaSource.replace("titel: text('den Titel', 80)", "titel: text('den Titel', 81)");
    expect(fieldComments(changed).get('moduleSchema')?.get('titel')).toBe("The module's name, in easy-read.");
    // The limits come from the schema module itself, the comments from its source.
    expect(fieldsMarkdown(changed, configSource)).toContain('höchstens 80 Zeichen');
  });

  it('lists each easy-read rule with its severity and the comment above it in the configuration', () => {
    const rules = rulesMarkdown(configSource).join('\n');
    expect(rules).toMatch(/\| `satz-laenge` \| Fehler und Warnungen .*\| Ein Satz hat höchstens \d+ Wörter\./);
    expect(rules).toMatch(/\| `verneinung` \| nur Warnungen \|/);
    const off = configSource.replace(/(verneinung:\n\s+schwere:) warnung/, '$1 aus');
    expect(rulesMarkdown(off).join('\n')).toMatch(/\| `verneinung` \| ausgeschaltet \|/);
  });
});
