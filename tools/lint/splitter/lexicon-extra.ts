// Our own additions to the dictionary-de compound lexicon (pure data, lower
// case). Keep this list short and say why each entry is here.
export const extra = {
  /** forms that may begin a compound or stand inside one */
  parts: [
    'statt', // Werk·statt·rat ("Statt" is missing from the dictionary)
    'krank', // Krank·meldung, Krank·schreibung
    'versicherten', // Versicherten·karte (like "behinderten", which is listed)
    'geh', // Geh·hilfe (verb stem)
    'gesetz', // Sozial·gesetz·buch, Gesetz·geber (only "Gesetzes" is listed)
  ],
  /** noun base forms that may end a compound */
  end: [
    'statt', // Werk·statt
  ],
  /** words that must never be split although their pieces are parts */
  keepWhole: [] as string[],
  /** forms that are never a part */
  notParts: [] as string[],
};
