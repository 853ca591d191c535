/**
 * The script of BackupRoom.astro, for the islands that save progress (the self-check, "Mein Lern·stand").
 * When a save finds no room for a backup, the island calls `show()`; the reader can save every stored
 * text to a file first ("Alte Daten als Datei speichern"), and then lets old data give way. Only then
 * does the island's own `save` run with `makeRoom`, and the part says what it cost: how many backups were
 * removed, and whether the broken record itself had to go (it did not fit into a backup).
 */
import { backupsFile, type KeyValueStorage, type MadeRoom } from '../../lib/progress/store.ts';
import { format } from '../../i18n/format.ts';
import { saveFile } from '../save-file.ts';

type Saved = { ok: true; madeRoom?: MadeRoom } | { ok: false };

export interface BackupRoom {
  /** Shows the question; the button that makes room runs `save`. */
  show(): void;
}

/** Wires the part inside `host`; `save` is the island's own save, run with leave to make room. */
export function backupRoom(host: HTMLElement, storage: KeyValueStorage | undefined, save: () => Saved | Promise<Saved>): BackupRoom {
  const part = host.querySelector<HTMLElement>('[data-backup-room]');
  const ask = part?.querySelector<HTMLElement>('[data-room-ask]');
  const done = part?.querySelector<HTMLElement>('[data-room-done]');
  const said = (which: string, shown: boolean) => {
    const p = done?.querySelector<HTMLElement>(`[data-room-said="${which}"]`);
    if (p) p.hidden = !shown;
  };

  part?.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-room-action]')?.dataset['roomAction'];
    if (action === 'file') saveBackups();
    if (action === 'make') void makeRoom();
  });

  function saveBackups() {
    const text = backupsFile(storage, new Date());
    if (text === undefined) return;
    saveFile(text, format(part?.dataset['fileName'] ?? '', { date: new Date().toISOString().slice(0, 10) }));
    const saved = part?.querySelector<HTMLElement>('[data-room-file-saved]');
    if (saved) saved.hidden = false;
  }

  async function makeRoom() {
    const result = await save();
    if (ask) ask.hidden = result.ok;
    const removed = result.ok ? (result.madeRoom?.removed ?? 0) : 0;
    said('saved', result.ok);
    said('failed', !result.ok);
    said('one', removed === 1);
    said('other', removed > 1);
    said('dropped', result.ok && result.madeRoom?.dropped === true);
    const count = done?.querySelector('[data-room-count]');
    if (count) count.textContent = String(removed);
    if (done) {
      done.hidden = false;
      done.focus();
      done.scrollIntoView({ block: 'center' });
    }
  }

  return {
    show() {
      if (!part) return;
      part.hidden = false;
      if (ask) ask.hidden = false;
      if (done) done.hidden = true;
    },
  };
}
