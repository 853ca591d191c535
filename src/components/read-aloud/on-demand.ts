/**
 * Puts a "Vorlesen" button into each section's place (rendered empty under its heading, kept free by CSS
 * from the first paint, so nothing moves) and loads the reading code (read-aloud.ts, with the sentence
 * splitter: about 2 kB) at the first press only. A reader who never has a text read aloud never downloads
 * it (issue 20). Where the browser cannot speak at all, the boot script in <head> has not marked it
 * (data-sprechen), and CSS shows the hint that says so instead.
 */
export function mountReadAloudOnDemand(): void {
  if (typeof speechSynthesis === 'undefined') return;
  for (const island of document.querySelectorAll<HTMLElement>('ll-read-aloud')) {
    for (const [index, place] of island.querySelectorAll('section.ll-abschnitt > [data-read-aloud-bar]').entries()) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'll-button ll-vorlesen-knopf';
      button.textContent = island.dataset['start'] ?? '';
      button.dataset['section'] = String(index);
      const heading = place.previousElementSibling;
      if (heading?.id) button.setAttribute('aria-describedby', heading.id);
      // A live region that is there before anything is said in it, so a screen reader announces what
      // read-aloud.ts later puts in (that this device has no German voice). Empty, it takes no room.
      const said = document.createElement('span');
      said.setAttribute('role', 'status');
      said.dataset['said'] = '';
      place.append(button, said);
    }
    // Marks the island as started: its code comes at the first press (tests/e2e/every-page.spec.ts).
    island.dataset['onDemand'] = '';
    island.addEventListener('click', function first(event) {
      const button = (event.target as Element).closest<HTMLElement>('button[data-section]');
      if (!button) return;
      island.removeEventListener('click', first);
      // The section pressed, for the code to start with once it is here.
      island.dataset['first'] = button.dataset['section'];
      void import('./read-aloud.ts').then(({ mountReadAloud }) => {
        mountReadAloud();
      });
    });
  }
}
