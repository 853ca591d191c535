/** Examples of the progress line: on a module page and on a lesson page. */
import type { ComponentProps } from 'astro/types';
import type { Example } from '../example.ts';
import type Progress from './Progress.astro';

export const examples: Example<ComponentProps<typeof Progress>>[] = [
  {
    name: 'a module page: how many of its lessons are done',
    props: {
      kind: 'module',
      lessonIds: [
        'werkstatt-rat/wer-ist-der-werkstatt-rat',
        'werkstatt-rat/waehlen-und-mitmachen',
        'werkstatt-rat/rechte-vom-werkstatt-rat',
      ],
    },
  },
  {
    name: 'a lesson page: whether it is done, and how many answers were right',
    props: { kind: 'lesson', lessonIds: ['werkstatt-rat/wer-ist-der-werkstatt-rat'] },
  },
];
