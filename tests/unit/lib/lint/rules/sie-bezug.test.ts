/** sie-bezug: a "Sie" right after a sentence about a group likely means the group, not the reader. */
import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('sie-bezug', () => {
  it('flags a "Sie" after a sentence whose subject is a group', () => {
    const found = of(lint('Viele Beschäftigte lernen gern.\nSie haben viel gelernt.\n'), 'sie-bezug');
    expect(found).toMatchObject([{ severity: 'warning', line: 2, column: 1, suggestion: 'Nennen Sie die Gruppe: „Diese Beschäftigte …“' }]);
  });

  it('flags "Die …" with a plural verb, but not with a singular one', () => {
    expect(of(lint('Die Workshops sind im Internet.\nSie dauern 2 Stunden.\n'), 'sie-bezug')).toHaveLength(1);
    expect(of(lint('Die Gruppen·leitung hilft Ihnen.\nSie können fragen.\n'), 'sie-bezug')).toEqual([]);
  });

  it('flags "Sie" with a verb in the singular, which never means the reader', () => {
    expect(of(lint('Die Liga ist ein Verband.\nSie hat 6 Mitglieder.\n'), 'sie-bezug')).toMatchObject([
      { line: 2, suggestion: 'Nennen Sie die Person oder die Sache noch einmal.' },
    ]);
    expect(of(lint('Eine Fach·kraft hilft.\nSie berät Sie.\n'), 'sie-bezug')).toHaveLength(1);
    expect(of(lint('Sie haben Zeit.\nSie lernen gern.\nSie selbst entscheiden.\n'), 'sie-bezug')).toEqual([]);
  });

  it('passes a "Sie" that follows a sentence about the reader', () => {
    expect(of(lint('Sie arbeiten in der Küche.\nSie lernen viel.\n'), 'sie-bezug')).toEqual([]);
  });

  it('passes a "Sie" in the next section', () => {
    expect(of(lint('Viele Menschen lernen gern.\n\n## Was Sie tun\n\nSie lernen viel.\n'), 'sie-bezug')).toEqual([]);
  });
});
