/**
 * The reader's settings (Lese·hilfe): text size, line spacing, colours, and how split words show.
 * They stay on this device in localStorage under one versioned key and are applied as data
 * attributes on <html> (data-schrift, data-zeilen, data-kontrast, data-trenner) by a small script
 * in <head>, before the page is painted. CSS does the rest.
 *
 * Stored shape, key "ll-einstellungen":
 *   { "v": 1, "schrift": "100" | "125" | "150" | "200", "zeilen": "normal" | "weit" | "sehr-weit",
 *     "kontrast": "normal" | "hoch", "trenner": "bindestrich" | "punkt" | "ohne" }
 * A value that is not allowed falls back to its default; data that cannot be read at all is kept
 * under "ll-einstellungen-kaputt" and the settings panel says so.
 */
import { SEPARATORS } from './text/word-splits.ts';

export const SETTINGS_KEY = 'll-einstellungen';
export const SETTINGS_BACKUP_KEY = 'll-einstellungen-kaputt';
export const SETTINGS_VERSION = 1;

/** Each setting: its allowed values, the first is the default. */
export const SETTING_VALUES = {
  schrift: ['100', '125', '150', '200'],
  zeilen: ['normal', 'weit', 'sehr-weit'],
  kontrast: ['normal', 'hoch'],
  trenner: SEPARATORS,
} as const;

export type SettingName = keyof typeof SETTING_VALUES;
export type Settings = { [K in SettingName]: (typeof SETTING_VALUES)[K][number] };
export const SETTING_NAMES = Object.keys(SETTING_VALUES) as SettingName[];

export const DEFAULT_SETTINGS = Object.fromEntries(
  SETTING_NAMES.map((name) => [name, SETTING_VALUES[name][0]]),
) as Settings;

export interface ReadResult {
  settings: Settings;
  /** True when stored data was there but could not be read: it has been kept as a backup. */
  broken: boolean;
}

const isAllowed = <K extends SettingName>(name: K, value: unknown): value is Settings[K] =>
  (SETTING_VALUES[name] as readonly unknown[]).includes(value);

/** Reads stored text into valid settings: unknown or missing values take their default. */
export function parseSettings(raw: string | null): ReadResult {
  if (raw === null) return { settings: { ...DEFAULT_SETTINGS }, broken: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, broken: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { settings: { ...DEFAULT_SETTINGS }, broken: true };
  }
  const record = data as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS };
  for (const name of SETTING_NAMES) {
    const value = record[name];
    if (isAllowed(name, value)) (settings as Record<SettingName, string>)[name] = value;
  }
  return { settings, broken: false };
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ v: SETTINGS_VERSION, ...settings });
}

/**
 * The script for <head> that applies stored settings before the first paint. It is built from
 * the lists above, so the allowed values live in one place. It must stay tiny and never throw.
 * It also sets data-skript="an": the page can then show, from the first paint, what only works with
 * JavaScript (the Lese·hilfe), instead of pushing the page down when the script arrives.
 */
export function settingsBootScript(): string {
  const allowed = JSON.stringify(SETTING_VALUES);
  return `document.documentElement.dataset.skript="an";try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})||"{}"),a=${allowed},d=document.documentElement;for(var k in a)d.dataset[k]=a[k].indexOf(s&&s[k])>-1?s[k]:a[k][0]}catch(e){}`;
}
