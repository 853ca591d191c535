/** The components authors may use in MDX texts without importing them. */
import Bild from './Bild.astro';
import Merke from './Merke.astro';
import Wort from './word/Wort.astro';

// typescript-eslint cannot see the types of .astro files (only Astro's own language service can);
// `astro check` type-checks this file.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
export const contentComponents = { Bild, Merke, Wort };
