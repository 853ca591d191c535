/** Examples of the Lese·hilfe: it has no props; every page shows it in the header. */
import type { ComponentProps } from 'astro/types';
import type { Example } from '../example.ts';
import type ReadingSettings from './ReadingSettings.astro';

export const examples: Example<ComponentProps<typeof ReadingSettings>>[] = [
  { name: 'one group of choices per setting, the defaults chosen', props: {} },
];
