/**
 * The two registers a network page comes in: easy-read (Leichte Sprache) and standard German
 * (Alltags·sprache). Both are German, so every page keeps `lang="de"` (screen readers and search
 * stemming stay German); the register is told by `hreflang` on the links between the two, with
 * a private-use subtag for easy-read, and by a search meta field.
 */
export const REGISTERS = {
  /** `searchLabel` is what a search result shows under its title. */
  leicht: { hreflang: 'de-x-ls', searchLabel: 'In Leichter Sprache' },
  alltag: { hreflang: 'de', searchLabel: 'In Alltags·sprache' },
} as const;
export type Register = keyof typeof REGISTERS;

/** The standard-German twin of an easy-read network page, and back. */
export const alltagUrl = (easyReadUrl: string) => `${easyReadUrl}alltagssprache/`;
