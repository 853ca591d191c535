/** Examples of the instant filter: the offers it narrows, and the list of their cards in its slot. */
import type { ComponentProps } from 'astro/types';
import type { Workshop } from '../../utils/content.ts';
import type { Example } from '../example.ts';
import type WorkshopFilter from './WorkshopFilter.astro';

const workshop = (
  id: string,
  data: Pick<Workshop['data'], 'titel' | 'format' | 'themen' | 'zielgruppen' | 'region' | 'barrierefreiheit'>,
): Workshop => ({
  id,
  collection: 'workshops',
  data: {
    ...data,
    zusammenfassung: 'Ein Angebot zum Ausprobieren.',
    anbieter: { collection: 'partners', id: 'jobinklusive' },
    kontakt: { collection: 'partners', id: 'jobinklusive' },
    anmeldung: 'Fragen Sie beim Anbieter nach einem Platz.',
    termine: [],
    quellen: ['Ein Beispiel'],
  },
});

const online = workshop('online-treffen', {
  titel: 'Treffen im Internet',
  format: 'online',
  themen: ['vernetzung'],
  zielgruppen: ['werkstattraete'],
  region: 'bundesweit',
  barrierefreiheit: ['pausen'],
});
const inSachsen = workshop('kurs-in-sachsen', {
  titel: 'Ein Kurs in Sachsen',
  format: 'vor-ort',
  themen: ['lernen-im-arbeitsbereich'],
  zielgruppen: ['beschaeftigte'],
  region: 'sachsen',
  barrierefreiheit: [],
});
/** An offer whose source gives neither format nor region: it adds no option to those two kinds. */
const unknownFormat = workshop('angebot-ohne-art', {
  titel: 'Ein Angebot ohne bekannte Art',
  themen: ['orientierung'],
  zielgruppen: ['gefluechtete'],
  barrierefreiheit: [],
});

export const examples: Example<ComponentProps<typeof WorkshopFilter>>[] = [
  {
    name: 'three offers: the filter offers only the topics, audiences, formats, supports and Länder they have',
    props: { workshops: [online, inSachsen, unknownFormat] },
    slots: {
      default:
        '<ul><li data-offer data-format="online">Treffen im Internet</li><li data-offer data-format="vor-ort">Ein Kurs in Sachsen</li><li data-offer>Ein Angebot ohne bekannte Art</li></ul>',
    },
  },
  { name: 'one offer', props: { workshops: [online] } },
];
