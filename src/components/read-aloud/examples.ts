/** Examples of the read-aloud wrapper: a text cut into sections, as rehype-sections.ts cuts every MDX text. */
import type { ComponentProps } from 'astro/types';
import type { Example } from '../example.ts';
import type ReadAloud from './ReadAloud.astro';

export const examples: Example<ComponentProps<typeof ReadAloud>>[] = [
  {
    name: 'a text with two sections, each read aloud from its heading',
    props: {},
    slots: {
      default: [
        '<div class="ll-text">',
        '<section class="ll-abschnitt"><h2 id="lernen">Sie lernen jeden Tag</h2><div class="ll-vorlesen-leiste ll-no-print" data-read-aloud-bar></div><p>Bei der Arbeit lernen Sie jeden Tag.\nDas ist gut.</p></section>',
        '<section class="ll-abschnitt"><h2 id="zeigen">Sie zeigen, was Sie können</h2><div class="ll-vorlesen-leiste ll-no-print" data-read-aloud-bar></div><p>Sie zeigen es im Team.</p></section>',
        '</div>',
      ].join(''),
    },
  },
];
