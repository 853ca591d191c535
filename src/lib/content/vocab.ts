/**
 * Closed lists the content schemas choose from, with the easy-read label each one shows.
 * Editors add a value here (and its label) before they use it in content.
 */

export const BUNDESLAENDER = {
  'baden-wuerttemberg': 'Baden-Württemberg',
  bayern: 'Bayern',
  berlin: 'Berlin',
  brandenburg: 'Brandenburg',
  bremen: 'Bremen',
  hamburg: 'Hamburg',
  hessen: 'Hessen',
  'mecklenburg-vorpommern': 'Mecklenburg-Vorpommern',
  niedersachsen: 'Niedersachsen',
  'nordrhein-westfalen': 'Nordrhein-Westfalen',
  'rheinland-pfalz': 'Rheinland-Pfalz',
  saarland: 'Saarland',
  sachsen: 'Sachsen',
  'sachsen-anhalt': 'Sachsen-Anhalt',
  'schleswig-holstein': 'Schleswig-Holstein',
  thueringen: 'Thüringen',
} as const;
export type Bundesland = keyof typeof BUNDESLAENDER;

/** A region is one Land, or the whole country. */
export const REGIONEN = { ...BUNDESLAENDER, bundesweit: 'ganz Deutschland' } as const;
export type Region = keyof typeof REGIONEN;

/** Work areas (Praxis·felder) of a module; "arbeit-und-leben" is for topics that cross all areas. */
export const PRAXISFELDER = {
  kueche: 'Küche',
  lager: 'Lager',
  garten: 'Garten',
  buero: 'Büro',
  hauswirtschaft: 'Haus·wirtschaft',
  montage: 'Montage',
  waescherei: 'Wäscherei',
  'arbeit-und-leben': 'Arbeit und Leben',
} as const;

/** The four levels of the harmonised education frameworks, with how we say them in easy-read. */
export const NIVEAUS = {
  taetigkeitsbezogen: {
    name: 'tätigkeits·bezogen',
    erklaerung: 'Sie lernen einzelne Tätigkeiten.',
  },
  arbeitsplatzbezogen: {
    name: 'arbeits·platz·bezogen',
    erklaerung: 'Sie lernen alles für einen Arbeits·platz.',
  },
  berufsbildbezogen: {
    name: 'berufs·bild·bezogen',
    erklaerung: 'Sie lernen Teile von einem Beruf.',
  },
  berufsfeldbezogen: {
    name: 'berufs·feld·bezogen',
    erklaerung: 'Sie lernen für mehrere ähnliche Berufe.',
  },
} as const;

/** Which competent body can certify such a module in a real programme. */
export const ZERTIFIZIERUNG = {
  ihk: 'Die Industrie- und Handels·kammer kann so einen Bau·stein prüfen.',
  hwk: 'Die Hand·werks·kammer kann so einen Bau·stein prüfen.',
  keine: 'Für dieses Thema gibt es keine Prüfung bei einer Kammer.',
} as const;

/** How learning is checked in a real programme, besides the self-check on this site. */
export const LERNKONTROLLEN = {
  arbeitsprobe: 'Arbeits·probe',
  fachgespraech: 'Gespräch mit der Fach·kraft',
  test: 'Test',
} as const;

export const WORKSHOP_FORMATE = {
  online: 'Online',
  'vor-ort': 'Vor Ort',
  hybrid: 'Online und vor Ort',
} as const;

export const WORKSHOP_THEMEN = {
  'allgemeiner-arbeitsmarkt': 'Arbeit auf dem allgemeinen Arbeits·markt',
  'lernen-im-arbeitsbereich': 'Lernen im Arbeits·bereich',
  kompetenzen: 'Kompetenzen zeigen',
  werkstattrat: 'Werk·statt·rat',
  'peer-beratung': 'Beratung von Mensch zu Mensch',
  mentoring: 'Begleitung im Betrieb',
  orientierung: 'Berufe kennen·lernen',
  vernetzung: 'Netz·werk und Austausch',
} as const;

export const ZIELGRUPPEN = {
  beschaeftigte: 'Beschäftigte in Werk·stätten',
  'beschaeftigte-betrieb': 'Beschäftigte mit Behinderung in Betrieben',
  werkstattraete: 'Werk·statt·räte',
  fachkraefte: 'Fach·kräfte für Bildung',
  arbeitgeber: 'Arbeit·geber',
  'ohne-arbeit': 'Menschen mit Behinderung ohne Arbeit',
  gefluechtete: 'Menschen mit Flucht·geschichte',
} as const;

export const BARRIEREFREIHEIT = {
  gebaerdensprache: 'Gebärden·sprache',
  'leichte-sprache': 'Material in Leichter Sprache',
  untertitel: 'Unter·titel',
  pausen: 'Pausen',
  assistenz: 'Assistenz ist willkommen',
  stufenlos: 'Ort ohne Stufen',
} as const;

export const PARTNER_ARTEN = {
  'lag-wfbm': 'Landes·arbeits·gemeinschaft der Werk·stätten',
  wohlfahrt: 'Wohlfahrts·verband',
  behoerde: 'Ministerium oder Amt',
  parlament: 'Parlament',
  kammer: 'Kammer',
  fachdienst: 'Fach·dienst für Arbeit',
  bildung: 'Bildungs·träger',
  forschung: 'Institut',
  verband: 'Verband',
  projekt: 'Projekt·träger',
} as const;

export const PROJEKT_ARTEN = {
  modellprojekt: 'Modell·projekt',
  kooperation: 'Kooperations·vertrag',
  initiative: 'Initiative',
  programm: 'Programm',
} as const;
