/** Examples of a hard word in a text, as authors write it: <Wort id="kompetenz">Kompetenz</Wort>. */
import type { ComponentProps } from 'astro/types';
import type { Example } from '../../example.ts';
import type Wort from './Wort.astro';

export const examples: Example<ComponentProps<typeof Wort>>[] = [
  { name: 'a word in its dictionary form', props: { id: 'kompetenz' }, slots: { default: 'Kompetenz' } },
  { name: 'another form of a word: the id names the entry', props: { id: 'werkstatt-rat' }, slots: { default: 'Werkstatträte' } },
];
