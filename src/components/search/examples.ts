/** Examples of the site search: it has no props; the page /suche/ shows it as it is. */
import type { ComponentProps } from 'astro/types';
import type { Example } from '../example.ts';
import type SearchBox from './SearchBox.astro';

export const examples: Example<ComponentProps<typeof SearchBox>>[] = [
  { name: 'the search form with its note for readers without JavaScript', props: {} },
];
