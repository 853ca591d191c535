/** Examples of "Weiter lernen": the start page and "Lernen" pass every lesson in order. */
import type { ComponentProps } from 'astro/types';
import type { Example } from '../example.ts';
import type Continue from './Continue.astro';

export const examples: Example<ComponentProps<typeof Continue>>[] = [
  {
    name: 'two lessons of one module, one with a split word in its title',
    props: {
      lessons: [
        {
          id: 'werkstatt-rat/wer-ist-der-werkstatt-rat',
          url: '/lernen/werkstatt-rat/wer-ist-der-werkstatt-rat/',
          titel: 'Wer ist der Werk·statt·rat?',
        },
        { id: 'werkstatt-rat/waehlen-und-mitmachen', url: '/lernen/werkstatt-rat/waehlen-und-mitmachen/', titel: 'Wählen und mitmachen' },
      ],
    },
  },
];
