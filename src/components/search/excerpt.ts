/** Cleaning Pagefind's excerpts for easy-read results (used by search.ts). */

/**
 * The index holds each split word once, in its search form ("Werk-statt-rat", the data-such attribute of
 * src/components/LS.astro and rehype-word-splits.ts), so that the whole word and each part find it; the
 * word as the page shows it is left out (pagefind.yml). Pagefind's excerpt shows that form with a full stop
 * after it, as after every attribute's text: "vom Werk-statt-rat. ist", "<mark>Werk-statt-rat</mark>. ?",
 * and after an opening quote a space: "„ Werk-statt-rat. “". Here it becomes the word as a reader reads it
 * (Werkstattrat). A search form is told from a word written with a hyphen by its later parts: they start
 * in lower case (Werk-statt-rat), unlike "Rheinland-Pfalz." or "Online-Workshop."; only those hyphens go.
 */
const SEARCH_FORM = /([„‚"»«(] )?(<mark>)?([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)(\.<\/mark>|<\/mark>\.|\.)(?: (?=[,.;:?!“‘"«»)]))?/gu;
const SPLIT = /-(?=\p{Ll})/gu;

export function withoutSearchForms(excerpt: string): string {
  return excerpt.replace(SEARCH_FORM, (whole: string, open: string | undefined, mark: string | undefined, form: string, end: string) => {
    if (!SPLIT.test(form)) return whole;
    SPLIT.lastIndex = 0;
    return `${open?.trimEnd() ?? ''}${mark ?? ''}${form.replace(SPLIT, '')}${end.includes('</mark>') ? '</mark>' : ''}`;
  });
}
