import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localChat, testDatabase, type LocalChat } from '../../../test/helpers/local-chat.js';
import { settled } from '../../../test/helpers/fixture-with-store.js';
import { mountWidget } from '../../../test/helpers/mount-widget.js';
import type { InternalAgentChat } from './internal-agent-chat.js';
import './internal-agent-chat.js';
import { chord } from '../../../test/helpers/chord.js';

/** The element that has focus, through shadow roots. */
function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `check` holds for the focused element (a keyboard-only person's way there). */
async function tabTo(check: (element: Element | null) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (check(focused())) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const named = (name: string) => (element: Element | null) => element?.getAttribute('aria-label') === name;
const titled = (text: string) => (element: Element | null) => element?.textContent?.trim() === text;

describe('internal-agent-chat: settings, by keyboard alone', () => {
  let database: string;
  let alice: LocalChat;
  let chat: InternalAgentChat;
  const gear = () => chat.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Settings"]')!;
  // Settings loads on first use: until then the element has no shadow root.
  const settingsDialog = () => chat.shadowRoot!.querySelector('iac-settings')!.shadowRoot?.querySelector('dialog') ?? { open: false };
  const switcherDialog = () => chat.shadowRoot!.querySelector('iac-quick-switcher')!.shadowRoot!.querySelector('dialog')!;

  async function mount(): Promise<void> {
    chat = await mountWidget(alice, database);
  }

  /** Whether `keys` opens the quick switcher from the gear; closes it again with Escape. */
  async function opensSwitcher(keys: string): Promise<boolean> {
    await tabTo((el) => el === gear(), 'the Settings button');
    await chord(keys);
    await settled(chat);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const opened = switcherDialog().open;
    if (opened) {
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !switcherDialog().open);
    }
    return opened;
  }

  beforeEach(async () => {
    database = testDatabase();
    alice = await localChat('alice', database);
  });

  afterEach(() => alice.stop());

  it('has a Settings button, reachable by Tab; Escape closes the screen and focus returns to it', async () => {
    await mount();
    await expect(chat).to.be.accessible();
    expect(gear().title).to.equal('Settings');
    await tabTo((el) => el === gear(), 'the Settings button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => settingsDialog().open, 'Settings opens');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !settingsDialog().open, 'Escape closes it');
    await waitUntil(() => focused() === gear(), 'focus is back on the gear');
  });

  it('remaps the quick switcher: the new key works, the old one does not, also after a reload; reset restores both', async () => {
    await mount();
    expect(await opensSwitcher('Control+KeyK'), 'Ctrl+K to begin with').to.equal(true);

    await tabTo((el) => el === gear(), 'the Settings button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => settingsDialog().open);
    await tabTo(named('Change keys for Quick switcher'), '"Change keys for Quick switcher"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.classList.contains('capture'), 'waiting for the new keys');
    await chord('Alt+Shift+KeyP');
    const settings = chat.shadowRoot!.querySelector('iac-settings')!;
    await waitUntil(() => settings.shadowRoot!.querySelector('#capture-refusal'), 'a conflict is refused');
    expect(settings.shadowRoot!.querySelector('#capture-refusal')!.textContent).to.equal(
      'Alt+Shift+P is already “Pin or unpin chat”. Choose another key, or change that one first.',
    );
    await chord('Control+Shift+KeyK');
    await waitUntil(() => named('Change keys for Quick switcher')(focused()), 'back on the Change button');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !settingsDialog().open);

    expect(await opensSwitcher('Control+Shift+KeyK'), 'the new key').to.equal(true);
    expect(await opensSwitcher('Control+KeyK'), 'the old key').to.equal(false);

    // A reload: a new store and a new element over the same storage.
    chat.remove();
    await alice.stop();
    alice = await localChat('alice', database);
    await mount();
    expect(await opensSwitcher('Control+Shift+KeyK'), 'the new key after a reload').to.equal(true);
    expect(await opensSwitcher('Control+KeyK'), 'the old key after a reload').to.equal(false);

    await tabTo((el) => el === gear(), 'the Settings button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => settingsDialog().open);
    await tabTo(titled('Reset shortcuts'), '"Reset shortcuts"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chat.keymap.keyOf('quick-switcher') === 'Mod+K');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !settingsDialog().open);
    expect(await opensSwitcher('Control+KeyK'), 'Ctrl+K after reset').to.equal(true);
    expect(await opensSwitcher('Control+Shift+KeyK'), 'the remap is gone').to.equal(false);
  });

  it('keeps "all shortcuts off" and a removed shortcut across a reload', async () => {
    await mount();
    chat.keymap.remove('toggle-pin');
    chat.keymap.disableAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    chat.remove();
    await alice.stop();
    alice = await localChat('alice', database);
    await mount();
    expect(chat.keymap.disabled).to.equal(true);
    expect(chat.keymap.keyOf('toggle-pin')).to.equal(null);
    expect(await opensSwitcher('Control+KeyK'), 'all off').to.equal(false);
  });
});
