/**
 * <ll-offline-keep>: the buttons that keep a module for reading offline, or remove it again.
 * The service worker does the work (service-worker.ts); this element sends it the request over a
 * MessageChannel and shows what it reports in the polite status region.
 */
import { format } from '../i18n/format.ts';
import type { OfflineReply, OfflineRequest } from './protocol.ts';

/** How long to wait for the worker to be ready: it may be installing right now. */
const READY_TIMEOUT_MS = 20_000;

type Message = 'progress' | 'wait' | 'kept' | 'partly' | 'forgotten' | 'failed';

/**
 * The worker, registered first when the reader keeps a module: register.ts leaves it out on a first visit
 * and when the browser saves data, but keeping a module is the reader's own request for the download.
 * The address and options are those of register.ts, written out: a shared module would cost every page an extra file.
 */
async function readyWorker(register: boolean): Promise<ServiceWorker> {
  if (register) await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => {
      reject(new Error('timeout'));
    }, READY_TIMEOUT_MS),
  );
  const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
  if (!registration.active) throw new Error('no active worker');
  return registration.active;
}

/** Sends a request to the worker; `onReply` sees every answer, and the promise ends with the last one. */
async function ask(request: OfflineRequest, onReply: (reply: OfflineReply) => void = () => undefined): Promise<OfflineReply> {
  const worker = await readyWorker(request.type === 'keep');
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => {
      onReply(event.data);
      if (event.data.type !== 'progress') {
        channel.port1.close();
        resolve(event.data);
      }
    };
    worker.postMessage(request, [channel.port2]);
  });
}

class LlOfflineKeep extends HTMLElement {
  private busy = false;

  connectedCallback() {
    // The same test as register.ts, written out: a shared module would cost every page an extra file.
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const section = this.querySelector('section');
    if (section) section.hidden = false;
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('button[data-action]')?.dataset['action'];
      if (action === 'keep') void this.keep();
      if (action === 'forget') void this.forget();
    });
    void this.showStatus();
  }

  private get module(): string {
    return this.dataset['module'] ?? '';
  }

  private button(action: 'keep' | 'forget'): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  /** Shows the keep button, or the remove button when the module is kept; moves focus along when asked. */
  private showKept(kept: boolean, moveFocus = false) {
    const keep = this.button('keep');
    const forget = this.button('forget');
    if (!keep || !forget) return;
    const hadFocus = moveFocus && (document.activeElement === keep || document.activeElement === forget);
    keep.hidden = kept;
    forget.hidden = !kept;
    if (hadFocus) (kept ? forget : keep).focus();
  }

  private say(message: Message | undefined, text?: string) {
    for (const p of this.querySelectorAll<HTMLElement>('[data-message]')) {
      p.hidden = p.dataset['message'] !== message;
      if (text !== undefined && p.dataset['message'] === message) p.textContent = text;
    }
  }

  private async showStatus() {
    try {
      // No worker: nothing is kept, and asking would wait for one that never comes.
      if (!(await navigator.serviceWorker.getRegistration('/'))) return;
      const reply = await ask({ type: 'status', module: this.module });
      if (reply.type === 'status') this.showKept(reply.kept);
    } catch {
      // No worker yet: the keep button stays, and waits for it when pressed.
    }
  }

  private async run(request: OfflineRequest, done: (reply: OfflineReply) => void) {
    if (this.busy) return;
    this.busy = true;
    this.say('wait');
    try {
      done(
        await ask(request, (reply) => {
          if (reply.type === 'progress') {
            const template = this.dataset['progress'] ?? '';
            this.say('progress', format(template, { done: reply.done, total: reply.total }));
          }
        }),
      );
    } catch {
      this.say('failed');
    } finally {
      this.busy = false;
    }
  }

  private keep() {
    return this.run({ type: 'keep', module: this.module }, (reply) => {
      if (reply.type !== 'kept') {
        this.say('failed');
        return;
      }
      this.say(reply.missing === 0 ? 'kept' : 'partly');
      this.showKept(true, true);
    });
  }

  private forget() {
    return this.run({ type: 'forget', module: this.module }, (reply) => {
      if (reply.type !== 'forgotten') {
        this.say('failed');
        return;
      }
      this.say('forgotten');
      this.showKept(false, true);
    });
  }
}

export function mountKeepOffline() {
  if (!customElements.get('ll-offline-keep')) customElements.define('ll-offline-keep', LlOfflineKeep);
}
