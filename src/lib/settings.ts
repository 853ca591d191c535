/**
 * The reader's settings (Lese·hilfe): text size, line spacing, colours, how split words show, and the font.
 * They stay on this device in localStorage under one versioned key and are applied as data
 * attributes on <html> (data-schrift, data-zeilen, data-kontrast, data-trenner, data-schriftart) by a small script
 * in <head>, before the page is painted. CSS does the rest.
 *
 * Stored shape, version 3, key "ll-einstellungen" (one JSON value):
 *   {
 *     "version": 3,
 *     "schrift": "100" | "125" | "150" | "200",        // text size in per cent
 *     "zeilen": "normal" | "weit" | "sehr-weit",        // line spacing
 *     "kontrast": "normal" | "hoch",                    // colours
 *     "trenner": "bindestrich" | "punkt" | "ohne",      // how split words show (word-splits.ts)
 *     "schriftart": "geraet" | "atkinson"           // the device's font, or Atkinson Hyperlegible Next
 *   }
 * Version 2 had no "schriftart": its step to 3 adds the default, the device's font. Version 1, { "v": 1, … },
 * had the settings of version 2. A version 4 adds its step from 3 to SETTINGS_MIGRATIONS.
 *
 * Rules: those of every stored value on this site (src/lib/local-storage.ts), as for the learning
 * record: every read validated (a value that is not allowed takes its default); text that could not
 * be read as it was is copied to "ll-einstellungen-sicherung" (or "-2", "-3", …) before the cleaned
 * settings take its place, and the panel says so; settings of a newer version are applied as well as
 * we can and never overwritten; every storage access is guarded.
 */
import {
  loadStored,
  readText,
  saveStored,
  type JsonObject,
  type KeyValueStorage,
  type LoadResult,
  type Migrations,
  type SaveResult,
  type StoreSpec,
} from './local-storage.ts';
import { SEPARATORS } from './text/word-splits.ts';

import { SETTINGS_KEY } from './settings-key.ts';

export { SETTINGS_KEY };
/** Data that could not be read as it was is kept here. Further copies: "ll-einstellungen-sicherung-2", … */
export const SETTINGS_BACKUP_KEY = 'll-einstellungen-sicherung';
export const SETTINGS_VERSION = 3;

/** Each setting: its allowed values, the first is the default. */
export const SETTING_VALUES = {
  schrift: ['100', '125', '150', '200'],
  zeilen: ['normal', 'weit', 'sehr-weit'],
  kontrast: ['normal', 'hoch'],
  trenner: SEPARATORS,
  /** The device's own sans-serif (nothing to download), or the reading font, fetched only when chosen (src/styles/font.css). */
  schriftart: ['geraet', 'atkinson'],
} as const;

export type SettingName = keyof typeof SETTING_VALUES;
export type Settings = { [K in SettingName]: (typeof SETTING_VALUES)[K][number] };
export const SETTING_NAMES = Object.keys(SETTING_VALUES) as SettingName[];

export const DEFAULT_SETTINGS = Object.fromEntries(SETTING_NAMES.map((name) => [name, SETTING_VALUES[name][0]])) as Settings;

const isAllowed = <K extends SettingName>(name: K, value: unknown): value is Settings[K] =>
  (SETTING_VALUES[name] as readonly unknown[]).includes(value);

/** Every allowed value of a stored object; a missing or unknown value takes its default. */
function salvageSettings(value: JsonObject): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const name of SETTING_NAMES) {
    const stored = value[name];
    if (isAllowed(name, stored)) (settings as Record<SettingName, string>)[name] = stored;
  }
  return settings;
}

/**
 * Steps from older versions, by the version each reads. Version 1 ({ "v": 1, … }, written by the site
 * before the stores shared one convention) had the same settings under the key "v" for its version.
 */
const SETTINGS_MIGRATIONS: Migrations = { 1: (value) => value, 2: (value) => ({ schriftart: 'geraet', ...value }) };

/** { "v": 1, … } → { "version": 1, … }. */
function fromOldShape(value: JsonObject): JsonObject {
  if (value['v'] !== 1 || 'version' in value) return value;
  const rest = { ...value };
  delete rest['v'];
  return { ...rest, version: 1 };
}

const SETTINGS: StoreSpec<Settings> = {
  key: SETTINGS_KEY,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  fromOldShape,
  salvage: salvageSettings,
  toStored: (settings) => ({ version: SETTINGS_VERSION, ...salvageSettings(settings) }),
  empty: () => ({ ...DEFAULT_SETTINGS }),
  isEmpty: (settings) => SETTING_NAMES.every((name) => settings[name] === DEFAULT_SETTINGS[name]),
};

/** Never throws. The statuses of loadStored (src/lib/local-storage.ts); with 'repaired' the panel says
 *  that the stored settings could not be read, and `backupKey` names where they are kept. */
export function loadSettings(storage: KeyValueStorage | undefined): LoadResult<Settings> {
  return loadStored(storage, SETTINGS);
}

/** Never throws; never overwrites settings of a newer version ('newer'); 'full' or 'unavailable' where the
 *  storage refuses. Stored text that could not be read as it was is kept aside first. */
export function saveSettings(storage: KeyValueStorage | undefined, settings: Settings): SaveResult {
  return saveStored(storage, SETTINGS, settings);
}

/** The settings another tab stored (the `storage` event), read as well as we can; writes nothing. */
export function settingsFromText(raw: string | null): Settings {
  return (raw === null ? undefined : readText(SETTINGS, raw))?.state ?? { ...DEFAULT_SETTINGS };
}

/** The settings with one changed, when the name and the value are allowed; otherwise unchanged. */
export function withSetting(settings: Settings, name: string, value: string): Settings {
  const known = SETTING_NAMES.find((setting) => setting === name);
  return known && isAllowed(known, value) ? { ...settings, [known]: value } : { ...settings };
}

/**
 * The script for <head> that applies stored settings before the first paint. It is built from
 * the lists above, so the allowed values live in one place. It must stay tiny and never throw.
 * It reads as loadSettings does, in short: from a value of version 1 or more (or the old { "v": 1 }), each allowed
 * value, else the default; anything else gives the defaults (and the panel keeps it aside).
 * It also sets data-skript="an": the page can then show, from the first paint, what only works with
 * JavaScript (the Lese·hilfe), instead of pushing the page down when the script arrives. Where the browser
 * can speak (speech synthesis), data-sprechen="an" keeps the place of the read-aloud buttons free from the
 * first paint (read-aloud.css); where it cannot, the hint that says so shows from the first paint instead.
 */
export function settingsBootScript(): string {
  const allowed = JSON.stringify(SETTING_VALUES);
  return `var d=document.documentElement.dataset;d.skript="an";typeof speechSynthesis<"u"&&(d.sprechen="an");try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)}))||{},v=s.version>0||s.v===1,a=${allowed};for(var k in a)d[k]=v&&a[k].includes(s[k])?s[k]:a[k][0]}catch{}`;
}
