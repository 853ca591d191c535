/** Examples of the learning record: the modules with their lessons, as the page /mein-lernstand/ passes them. */
import type { ComponentProps } from 'astro/types';
import type { Lektion, Modul } from '../../utils/content.ts';
import type { Example } from '../example.ts';
import type LearningRecord from './LearningRecord.astro';

const modul: Modul = {
  id: 'werkstatt-rat',
  collection: 'modules',
  data: {
    titel: 'Der Werk·statt·rat',
    zusammenfassung: 'Der Werk·statt·rat spricht für die Menschen in der Werkstatt.',
    reihenfolge: 1,
    praxisfeld: 'arbeit-und-leben',
    niveau: 'taetigkeitsbezogen',
    qualifizierungsziel: 'Ich kann die Aufgaben vom Werk·statt·rat erklären.',
    taetigkeiten: ['Sie erklären die Wahl vom Werk·statt·rat.', 'Sie kennen die Rechte vom Werk·statt·rat.'],
    ichKann: ['Ich kann die Wahl vom Werk·statt·rat erklären.', 'Ich kann die Rechte vom Werk·statt·rat nennen.'],
    theorie: 'Sie lesen 2 kurze Lektionen.',
    praxis: 'Sie gehen zu einer Sprech·stunde.',
    lernkontrolle: ['test'],
    zertifizierung: 'keine',
  },
};

const lesson = (slug: string, nummer: number, titel: string): Lektion => ({
  id: `werkstatt-rat/${slug}`,
  collection: 'lessons',
  data: {
    titel,
    zusammenfassung: 'Eine kurze Lektion.',
    modul: { collection: 'modules', id: 'werkstatt-rat' },
    nummer,
    dauerMinuten: 15,
    gelernt: ['Sie kennen den Werk·statt·rat.'],
    pruefung: { status: 'offen' },
    selbstcheck: [],
  },
});

export const examples: Example<ComponentProps<typeof LearningRecord>>[] = [
  {
    name: 'one module with two lessons',
    props: {
      modules: [
        {
          modul,
          lessons: [
            lesson('wer-ist-der-werkstatt-rat', 1, 'Wer ist der Werk·statt·rat?'),
            lesson('waehlen-und-mitmachen', 2, 'Wählen und mitmachen'),
          ],
        },
      ],
    },
  },
];
