/** Examples of the self-check: one question of each kind (see `frageSchema` in src/lib/content/schemas.ts). */
import type { ComponentProps } from 'astro/types';
import type { Example } from '../example.ts';
import type Quiz from './Quiz.astro';

export const examples: Example<ComponentProps<typeof Quiz>>[] = [
  {
    name: 'a question with one right answer, with feedback per answer',
    props: {
      lessonId: 'beispiel/eine',
      fragen: [
        {
          art: 'eine',
          frage: 'Was ist eine Kompetenz?',
          erklaerung: 'Eine Kompetenz ist etwas, das Sie gut können.',
          antworten: [
            { text: 'Etwas, das Sie gut können.', richtig: true, rueckmeldung: 'Das ist eine Kompetenz.' },
            { text: 'Ein Werk·zeug.', richtig: false, rueckmeldung: 'Ein Werk·zeug ist ein Ding.' },
            { text: 'Ein Wunsch.', richtig: false, rueckmeldung: 'Einen Wunsch können Sie noch lernen.' },
          ],
        },
      ],
    },
  },
  {
    name: 'a question with several right answers',
    props: {
      lessonId: 'beispiel/mehrere',
      fragen: [
        {
          art: 'mehrere',
          frage: 'Was können Sie im Arbeits·bereich lernen?',
          erklaerung: 'Sie können Arbeit lernen und auch Team·arbeit.',
          antworten: [
            { text: 'Eine Arbeit.', richtig: true },
            { text: 'Team·arbeit.', richtig: true },
            { text: 'Nichts.', richtig: false, rueckmeldung: 'Sie lernen jeden Tag etwas.' },
            { text: 'Nur lesen.', richtig: false, rueckmeldung: 'Sie lernen auch die Arbeit selbst.' },
          ],
        },
      ],
    },
  },
  {
    name: 'a statement that is true or not',
    props: {
      lessonId: 'beispiel/stimmt',
      fragen: [{ art: 'stimmt', frage: 'Bei der Arbeit lernen Sie jeden Tag.', stimmt: true, erklaerung: 'Sie lernen bei jeder Arbeit.' }],
    },
  },
  {
    name: 'steps to put in order',
    props: {
      lessonId: 'beispiel/reihenfolge',
      fragen: [
        {
          art: 'reihenfolge',
          frage: 'Was kommt zuerst?',
          erklaerung: 'Zuerst lernen Sie. Dann zeigen Sie es. Dann bekommen Sie einen Nachweis.',
          schritte: ['Sie lernen etwas.', 'Sie zeigen es.', 'Sie bekommen einen Nach·weis.'],
        },
      ],
    },
  },
  {
    name: 'a question with pictures as answers',
    props: {
      lessonId: 'beispiel/bild',
      fragen: [
        {
          art: 'bild',
          frage: 'Was schützt Ihre Hände?',
          bild: { name: 'hammer', alt: 'Ein Hammer.' },
          erklaerung: 'Hand·schuhe schützen Ihre Hände.',
          antworten: [
            { text: 'Hand·schuhe', richtig: true, bild: { name: 'gloves', alt: 'Hand·schuhe.' } },
            {
              text: 'Eine Mütze',
              richtig: false,
              bild: { name: 'billed-cap', alt: 'Eine Mütze.' },
              rueckmeldung: 'Eine Mütze schützt den Kopf.',
            },
            {
              text: 'Eine Brille',
              richtig: false,
              bild: { name: 'glasses', alt: 'Eine Brille.' },
              rueckmeldung: 'Eine Brille hilft beim Sehen.',
            },
          ],
        },
      ],
    },
  },
];
