/** How many offers match, in words: the same text from the build and from the filter script. */
export interface Texts {
  one: string;
  many: string;
  none: string;
  chosen: string;
}

/** The count texts are easy-read with line breaks; a status line reads better as one line. */
const oneLine = (text: string) => text.replaceAll('\n', ' ');

export function countText(texts: Texts, shown: number): string {
  if (shown === 0) return oneLine(texts.none);
  if (shown === 1) return oneLine(texts.one);
  return oneLine(texts.many.replace('{n}', String(shown)));
}
