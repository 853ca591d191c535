import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('ein-satz-pro-zeile', () => {
  it('passes one sentence per line', () => {
    expect(of(lint('Sie lernen viel.\nDas ist gut.\n'), 'ein-satz-pro-zeile')).toEqual([]);
  });

  it('fails a second sentence on the same line and points at its start', () => {
    expect(of(lint('Sie lernen viel. Das ist gut.\n'), 'ein-satz-pro-zeile')).toMatchObject([
      { severity: 'error', line: 1, column: 18, words: 'Das ist gut.' },
    ]);
  });

  it('fails two sentences in one line of a front-matter field and of a UI string', () => {
    const mdx = '---\nrolle: Sie hilft. Sie berät.\n---\n';
    expect(of(lint(mdx, 'content/partners/p.mdx'), 'ein-satz-pro-zeile')).toMatchObject([{ line: 2, column: 19 }]);
    const yaml = 'a.b: Sie hilft. Sie berät.\na.c: |-\n  Sie hilft.\n  Sie berät.\n';
    expect(of(lint(yaml, 'src/i18n/de-ls.yaml'), 'ein-satz-pro-zeile')).toMatchObject([{ line: 1, column: 17 }]);
  });
});
