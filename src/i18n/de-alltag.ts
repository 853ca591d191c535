/**
 * Interface texts of the network pages in standard German (Alltagssprache), for the public,
 * partners and employers. The easy-read linter does not check these; keep them plain and short.
 */
import { parseStrings } from './schema.ts';

export const alltag = parseStrings({
  'alltag.notice': 'Sie lesen diese Seite in Alltagssprache.',
  'alltag.toEasy': 'Diese Seite in Leichter Sprache lesen',
  'alltag.kind': 'Art',
  'alltag.region': 'Region',
  'alltag.town': 'Ort',
  'alltag.website': 'Website',
  'alltag.signed': 'Unterzeichnet am',
  'alltag.start': 'Beginn',
  'alltag.end': 'Ende',
  'alltag.projects': 'Projekte und Vereinbarungen',
  'alltag.workshops': 'Angebote dieser Organisation (in Leichter Sprache)',
  'alltag.partners': 'Beteiligte Organisationen',
  'alltag.funders': 'Förderung',
  'alltag.sources': 'Quellen',
  'alltag.sourcesNote': 'Alle Angaben stammen aus diesen Texten:',
});
