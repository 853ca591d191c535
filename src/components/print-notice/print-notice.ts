/** The <ll-print-notice> island: shows the print button and prints the page as a notice for the notice board. */
class LlPrintNotice extends HTMLElement {
  connectedCallback() {
    const box = this.querySelector<HTMLElement>('[data-print-notice]');
    if (!box) return;
    box.hidden = false;
    box.querySelector('[data-print-button]')?.addEventListener('click', () => {
      window.print();
    });
  }
}

export function mountPrintNotice() {
  if (!customElements.get('ll-print-notice')) customElements.define('ll-print-notice', LlPrintNotice);
}
