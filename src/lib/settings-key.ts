/**
 * The storage key of the reader's settings, alone in its file: the page frame listens for changes of it
 * (src/components/reading-settings/on-demand.ts) without loading the settings' code (src/lib/settings.ts).
 */
export const SETTINGS_KEY = 'll-einstellungen';
