/**
 * The <ll-word> island: the hard word becomes a button that shows and hides its explanation in
 * place (aria-expanded), by mouse, touch and keyboard; Escape closes it and keeps focus on the word.
 */
let counter = 0;

/** Punctuation right after a hard word ("Werk·statt.") moves in front of its explanation, so an opened
 *  explanation never leaves the full stop alone on the line below it. */
function keepPunctuationWithWord(word: HTMLElement, panel: HTMLElement) {
  const next = word.nextSibling;
  if (!(next instanceof Text)) return;
  const punctuation = /^[.,;:!?)»“"]+/u.exec(next.data)?.[0];
  if (!punctuation) return;
  next.data = next.data.slice(punctuation.length);
  const mark = document.createElement('span');
  mark.textContent = punctuation;
  panel.before(mark);
}

class LlWord extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>(':scope > a.ll-wort');
    const panel = this.querySelector<HTMLElement>(':scope > .ll-erklaerung');
    if (!link || !panel) return;
    counter += 1;
    panel.id = `erklaerung-${String(counter)}`;

    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);
    button.append(...link.childNodes);
    link.replaceWith(button);
    keepPunctuationWithWord(this, panel);

    const toggle = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
    };
    button.addEventListener('click', () => {
      toggle(button.getAttribute('aria-expanded') !== 'true');
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !panel.hidden) {
        toggle(false);
        button.focus();
      }
    });
  }
}

export function mountWords() {
  if (!customElements.get('ll-word')) customElements.define('ll-word', LlWord);
}
