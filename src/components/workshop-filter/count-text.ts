/** How many offers match, in words: the same text from the build and from the filter script. */
import { format } from '../../i18n/format.ts';
import type { EasyReadStrings } from '../../i18n/schema.ts';

/** The texts the filter fills in, from the data-texts attribute. */
export interface Texts {
  count: EasyReadStrings['workshops.filter.count'];
  chosen: EasyReadStrings['workshops.filter.chosen'];
}

/** The count texts are easy-read with line breaks; a status line reads better as one line. */
const oneLine = (text: string) => text.replaceAll('\n', ' ');

export function countText(texts: Texts, shown: number): string {
  return oneLine(format(texts.count, { count: shown }));
}
