/**
 * The <ll-reading-settings> island (the Lese·hilfe): shows the stored settings in the form, applies a
 * change at once and stores it. Every storage access is guarded: where storage is off or full, the
 * choice still applies to this page and the panel says that it is not saved.
 */
import { browserStorage } from '../../lib/local-storage.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  settingsFromText,
  SETTING_NAMES,
  SETTINGS_KEY,
  withSetting,
  type SettingName,
  type Settings,
} from '../../lib/settings.ts';

function apply(settings: Settings): void {
  for (const name of SETTING_NAMES) document.documentElement.dataset[name] = settings[name];
}

class LlReadingSettings extends HTMLElement {
  private storage = browserStorage();
  private settings: Settings = { ...DEFAULT_SETTINGS };

  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-form]');
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
    if (!form || !reset) return;
    const { state, status, backupKey } = loadSettings(this.storage);
    this.settings = state;
    // "Wir haben sie aufgehoben" only where a backup was made; without room for one, nothing can be saved here.
    if (status === 'repaired') this.say(backupKey === undefined ? 'notSaved' : 'broken');
    // Opened before this code arrived (on-demand.ts): the panel showed what was applied, so a choice that
    // differs from it is one the reader made in the meantime. It counts.
    const chosen = 'openedEarly' in this.dataset ? this.chosenInForm(form) : [];
    for (const [name, value] of chosen) this.settings = withSetting(this.settings, name, value);
    this.showInForm(form);
    if (chosen.length > 0) this.save();
    else apply(this.settings);
    this.hidden = false;

    form.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const name = SETTING_NAMES.find((n) => n === input.name);
      if (!name) return;
      // Through the same check as stored data, so only allowed values get in.
      this.settings = withSetting(this.settings, name, input.value);
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
      this.settings = settingsFromText(event.newValue);
      this.showInForm(form);
      apply(this.settings);
    });
  }

  private save() {
    apply(this.settings);
    if (!saveSettings(this.storage, this.settings).ok) this.say('notSaved');
  }

  /** The choices marked in the form that differ from the loaded settings. */
  private chosenInForm(form: HTMLElement): [SettingName, string][] {
    return SETTING_NAMES.flatMap((name): [SettingName, string][] => {
      const value = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
      return value !== undefined && value !== this.settings[name] ? [[name, value]] : [];
    });
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
