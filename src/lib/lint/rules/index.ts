/**
 * Every rule by its id, one file each (the ids and options are in leichte-sprache.config.yaml and
 * config.ts). A new rule: a file here named by its id, a line below, and its entry in the config.
 * The rule inline-abschaltung checks the switch-off comments and runs after these (lint.ts).
 */
import type { RuleId } from '../config.ts';
import { abkuerzung } from './abkuerzung.ts';
import { abschnittLaenge } from './abschnitt-laenge.ts';
import { anrede } from './anrede.ts';
import { einSatzProZeile } from './ein-satz-pro-zeile.ts';
import { einheitlich } from './einheitlich.ts';
import { falscheTrennung } from './falsche-trennung.ts';
import { genitiv } from './genitiv.ts';
import { konjunktiv } from './konjunktiv.ts';
import { langesWort } from './langes-wort.ts';
import { linkText } from './link-text.ts';
import { nebensatz } from './nebensatz.ts';
import { passiv } from './passiv.ts';
import { satzLaenge } from './satz-laenge.ts';
import { schweresWort } from './schweres-wort.ts';
import { sieBezug } from './sie-bezug.ts';
import { sonderzeichen } from './sonderzeichen.ts';
import { verneinung } from './verneinung.ts';
import { zahlen } from './zahlen.ts';
import type { Rule } from './shared.ts';

export const RULES: Record<Exclude<RuleId, 'inline-abschaltung'>, Rule> = {
  'satz-laenge': satzLaenge,
  'ein-satz-pro-zeile': einSatzProZeile,
  nebensatz,
  'langes-wort': langesWort,
  'falsche-trennung': falscheTrennung,
  abkuerzung,
  zahlen,
  sonderzeichen,
  verneinung,
  passiv,
  konjunktiv,
  genitiv,
  'schweres-wort': schweresWort,
  'link-text': linkText,
  'abschnitt-laenge': abschnittLaenge,
  anrede,
  'sie-bezug': sieBezug,
  einheitlich,
};
