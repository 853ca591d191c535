/**
 * A space after each closing tag of a block (</dt>, </li>, </p>, …) that is followed directly by an opening tag.
 * Astro writes pages without whitespace between tags; browsers still show separate blocks, but the search
 * index (Pagefind) reads the text as it stands and glued "Art" and "Programm" into "ArtProgramm" in
 * search results. Between blocks a space changes nothing a reader sees (flex and grid ignore it, and a
 * block's whitespace-only neighbour takes no room).
 */
const BLOCK_END =
  /(<\/(?:p|li|dt|dd|h[1-6]|div|section|article|aside|ul|ol|dl|nav|header|footer|main|figure|figcaption|blockquote|table|tr|td|th|details|summary|fieldset|legend)>)(?=<[a-zA-Z])/g;

export function spaceBetweenBlocks(html: string): string {
  return html.replace(BLOCK_END, '$1 ');
}
