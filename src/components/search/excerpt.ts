/** Cleaning Pagefind's excerpts for easy-read results (used by search.ts). */

/**
 * The index holds each split word twice: as the reader reads it ("Werkstattrat") and in its search form
 * ("Werk-statt-rat", src/components/LS.astro), so that a part ("rat") finds it too. Pagefind's excerpt shows
 * both, as "Werk-statt-rat. Werkstattrat" (a hit marked "<mark>Werk-statt-rat.</mark>"). The search form
 * goes; the word stays once.
 */
const SEARCH_FORM = /(?:<mark>)?([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)(?:\.<\/mark>|<\/mark>\.|\.) (?=(?:<mark>)?([\p{L}\p{N}]+))/gu;
const bare = (text: string) => text.replace(/<\/?mark>|-/g, '').toLocaleLowerCase('de');

/** A search form cut off at the end, before its word came: its later parts are lower case ("Werk-statt-rat."),
 *  unlike a word written with a hyphen ("Rheinland-Pfalz."). It is shown joined, as the reader reads it. */
const CUT_SEARCH_FORM = /((?:<mark>)?[\p{L}\p{N}]+(?:-[\p{Ll}\p{N}]+)+)(\.?(?:<\/mark>)?\.?)$/u;

export function withoutSearchForms(excerpt: string): string {
  return excerpt
    .replace(SEARCH_FORM, (whole: string, form: string, next: string) => (bare(form) === bare(next) ? '' : whole))
    .replace(CUT_SEARCH_FORM, (_whole: string, form: string, end: string) => form.replaceAll('-', '') + end);
}
