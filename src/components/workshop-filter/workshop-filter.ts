/**
 * The <ll-workshop-filter> island: narrows the offer list as the reader ticks boxes, keeps the
 * choice in the address (so a council can send the link, and a reload keeps it), and says in a polite live region how many offers match.
 */
import {
  emptyFilter,
  FILTER_NAMES,
  filterToParams,
  matches,
  parseFilter,
  type FilterableOffer,
  type FilterState,
} from '../../lib/workshops/filter.ts';

import { format } from '../../i18n/format.ts';
import { countText, type Texts } from './count-text.ts';

/** An offer's filter values, from the data attributes WorkshopCard writes. */
function offerOf(item: HTMLElement): FilterableOffer {
  const list = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
  return {
    format: item.dataset['format'] ?? '',
    themen: list(item.dataset['thema']),
    zielgruppen: list(item.dataset['fuer']),
    barrierefreiheit: list(item.dataset['hilfe']),
    region: item.dataset['region'] ?? '',
  };
}

class LlWorkshopFilter extends HTMLElement {
  private form: HTMLFormElement | null = null;
  private texts: Texts = { count: { one: '', other: '' }, chosen: '' };

  connectedCallback() {
    this.form = this.querySelector<HTMLFormElement>('[data-filter-form]');
    if (!this.form) return;
    try {
      this.texts = JSON.parse(this.dataset['texts'] ?? '{}') as Texts;
    } catch {
      return; // Without its texts the filter stays off; the pages per topic still work.
    }
    this.form.hidden = false;
    this.setBoxes(parseFilter(new URLSearchParams(window.location.search)));
    this.apply(false);
    this.form.addEventListener('change', () => {
      this.apply(true);
    });
    // The list already follows every box; the button is there for readers who expect to confirm.
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.apply(true);
    });
    // A reset clears the boxes after this event; apply once they are clear.
    this.form.addEventListener('reset', () => {
      setTimeout(() => {
        this.apply(true);
      });
    });
  }

  private boxes(): HTMLInputElement[] {
    return [...(this.form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  }

  private setBoxes(state: FilterState) {
    for (const box of this.boxes()) {
      const name = box.name as keyof FilterState;
      box.checked = FILTER_NAMES.includes(name) && state[name].includes(box.value);
    }
    // A group with a choice from the address starts open, so the reader sees why the list is short.
    for (const group of this.querySelectorAll<HTMLDetailsElement>('details[data-group]')) {
      if (group.querySelector('input:checked')) group.open = true;
    }
  }

  private state(): FilterState {
    const state = emptyFilter();
    for (const box of this.boxes()) {
      const name = box.name as keyof FilterState;
      if (box.checked && FILTER_NAMES.includes(name)) state[name].push(box.value);
    }
    return state;
  }

  /** Shows the matching offers; `remember` writes the choice into the address. */
  private apply(remember: boolean) {
    const state = this.state();
    let shown = 0;
    for (const item of this.querySelectorAll<HTMLElement>('[data-offer]')) {
      const visible = matches(offerOf(item), state);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of this.querySelectorAll<HTMLElement>('details[data-group]')) {
      const chosen = group.querySelectorAll('input:checked').length;
      const label = group.querySelector('[data-chosen]');
      if (label) label.textContent = chosen > 0 ? format(this.texts.chosen, { n: chosen }) : '';
    }
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = countText(this.texts, shown);
    if (remember) {
      const query = filterToParams(state).toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      window.history.replaceState(null, '', url);
    }
  }
}

export function mountWorkshopFilter() {
  if (!customElements.get('ll-workshop-filter')) customElements.define('ll-workshop-filter', LlWorkshopFilter);
}
