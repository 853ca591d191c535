/**
 * The <ll-reading-settings> island (the Lese·hilfe): shows the stored settings in the form, applies a
 * change at once and stores it. Every storage access is guarded: where storage is off or full, the
 * choice still applies to this page and the panel says that it is not saved.
 */
import {
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  SETTING_NAMES,
  SETTINGS_BACKUP_KEY,
  SETTINGS_KEY,
  type Settings,
} from '../../lib/settings.ts';

function readStored(): string | null {
  try {
    return localStorage.getItem(SETTINGS_KEY);
  } catch {
    return null;
  }
}

function store(settings: Settings): boolean {
  try {
    localStorage.setItem(SETTINGS_KEY, serializeSettings(settings));
    return true;
  } catch {
    return false;
  }
}

/** Keeps unreadable data under the backup key instead of overwriting it. */
function keepBroken(raw: string): void {
  try {
    localStorage.setItem(SETTINGS_BACKUP_KEY, raw);
  } catch {
    /* Nothing more can be done; the panel tells the reader. */
  }
}

function apply(settings: Settings): void {
  for (const name of SETTING_NAMES) document.documentElement.dataset[name] = settings[name];
}

class LlReadingSettings extends HTMLElement {
  private settings: Settings = { ...DEFAULT_SETTINGS };

  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-form]');
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
    if (!form || !reset) return;
    const raw = readStored();
    const { settings, broken } = parseSettings(raw);
    this.settings = settings;
    if (broken && raw !== null) {
      keepBroken(raw);
      this.say('broken');
    }
    this.showInForm(form);
    apply(this.settings);
    this.hidden = false;

    form.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const name = SETTING_NAMES.find((n) => n === input.name);
      if (!name) return;
      // Through the same check as stored data, so only allowed values get in.
      this.settings = parseSettings(JSON.stringify({ ...this.settings, [name]: input.value })).settings;
      this.save();
    });
    reset.addEventListener('click', () => {
      this.settings = { ...DEFAULT_SETTINGS };
      this.showInForm(form);
      this.save();
    });
    // Another tab changed the settings: follow it.
    window.addEventListener('storage', (event) => {
      if (event.key !== SETTINGS_KEY) return;
      this.settings = parseSettings(event.newValue).settings;
      this.showInForm(form);
      apply(this.settings);
    });
  }

  private save() {
    apply(this.settings);
    if (!store(this.settings)) this.say('notSaved');
  }

  private showInForm(form: HTMLElement) {
    for (const name of SETTING_NAMES) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${this.settings[name]}"]`);
      if (input) input.checked = true;
    }
  }

  private say(what: 'broken' | 'notSaved') {
    const message = this.querySelector<HTMLElement>(`[data-message="${what}"]`);
    if (message) message.hidden = false;
  }
}

export function mountReadingSettings() {
  if (!customElements.get('ll-reading-settings')) customElements.define('ll-reading-settings', LlReadingSettings);
}
