/**
 * Loads the Lese·hilfe's code (reading-settings.ts, with the storage module: about 2.5 kB) only when a
 * reader uses it. Until then the boot script in <head> has already applied the stored settings, which is
 * all a page needs to look right; a reader who never opens the panel never downloads its code (issue 20).
 *
 * The code comes when the panel is opened, or when another tab changes the settings (this tab follows).
 * On opening, the panel shows at once what the boot script applied, so a reader who chooses before the
 * code has arrived sees the right choice marked, and that choice is then applied and stored (see
 * `data-opened-early` in reading-settings.ts).
 */
import { SETTINGS_KEY } from '../../lib/settings-key.ts';

export function loadReadingSettingsOnUse(): void {
  const element = document.querySelector<HTMLElement>('ll-reading-settings');
  const details = element?.querySelector('details');
  if (!element || !details) return;
  // Marks the island as started: its code comes on use (tests/e2e/every-page.spec.ts checks every island is).
  element.dataset['onDemand'] = '';
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= import('./reading-settings.ts').then(({ mountReadingSettings }) => {
      mountReadingSettings();
    }));
  details.addEventListener('toggle', () => {
    if (!details.open || loading) return;
    const applied = document.documentElement.dataset;
    for (const input of element.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      input.checked = applied[input.name] === input.value;
    element.dataset['openedEarly'] = '';
    void load();
  });
  window.addEventListener('storage', (event) => {
    if (event.key === SETTINGS_KEY) void load();
  });
}
