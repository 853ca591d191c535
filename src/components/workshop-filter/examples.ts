/** Examples of the instant filter: the offers it narrows, and the list of their cards in its slot. */
import type { ComponentProps } from 'astro/types';
import type { Workshop } from '../../utils/content.ts';
import type { Example } from '../example.ts';
import type WorkshopFilter from './WorkshopFilter.astro';

const workshop = (id: string, data: Pick<Workshop['data'], 'titel' | 'format' | 'themen' | 'zielgruppen' | 'region'>): Workshop => ({
  id,
  collection: 'workshops',
  data: {
    ...data,
    zusammenfassung: 'Ein Angebot zum Ausprobieren.',
    dauer: 'Fragen Sie beim Anbieter.',
    gruppengroesse: 'Fragen Sie beim Anbieter.',
    kosten: 'Fragen Sie beim Anbieter.',
    anbieter: { collection: 'partners', id: 'jobinklusive' },
    barrierefreiheit: [],
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
});
const inSachsen = workshop('kurs-in-sachsen', {
  titel: 'Ein Kurs in Sachsen',
  format: 'vor-ort',
  themen: ['lernen-im-arbeitsbereich'],
  zielgruppen: ['beschaeftigte'],
  region: 'sachsen',
});

export const examples: Example<ComponentProps<typeof WorkshopFilter>>[] = [
  {
    name: 'two offers: the filter offers only the topics, audiences and formats they have',
    props: { workshops: [online, inSachsen] },
    slots: {
      default:
        '<ul><li data-offer data-format="online">Treffen im Internet</li><li data-offer data-format="vor-ort">Ein Kurs in Sachsen</li></ul>',
    },
  },
  { name: 'one offer', props: { workshops: [online] } },
];
