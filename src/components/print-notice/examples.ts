/** Examples of the print button: it has no props; every workshop page shows it. */
import type { ComponentProps } from 'astro/types';
import type { Example } from '../example.ts';
import type PrintNotice from './PrintNotice.astro';

export const examples: Example<ComponentProps<typeof PrintNotice>>[] = [
  { name: 'the note and the button, hidden until the script shows them', props: {} },
];
