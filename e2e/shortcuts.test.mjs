/**
 * A new user reshapes a shortcut in the served demo with the keyboard alone, and a real reload
 * keeps it (issue 8's "done when", as a test).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './browser.mjs';

describe('keyboard shortcuts in the demo', () => {
  let demo, page;
  const pageErrors = [];

  before(async () => {
    demo = await startDemo();
    page = await demo.browser.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${demo.url}?as=alice`);
    await page.getByRole('button', { name: 'Bob Smith', exact: true }).waitFor();
  });

  after(async () => {
    await demo?.stop();
    assert.deepEqual(pageErrors, [], 'no uncaught errors');
  });

  /** Tabs until `name` has focus (at most 60 presses). */
  async function tabTo(name) {
    const seen = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element?.getAttribute('aria-label') ?? element?.textContent?.trim();
      });
      if (focused === name) return;
      seen.push(focused);
    }
    assert.fail(`Tab never reached "${name}": ${seen.join(' | ')}`);
  }

  /** Tab to the gear and press Enter; the screen loads on first use. */
  async function openSettings() {
    await tabTo('Settings');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
  }

  const switcher = () => page.getByRole('dialog', { name: 'Jump to a chat' });

  async function opensSwitcher(keys) {
    await page.getByRole('searchbox', { name: 'Search agents' }).focus();
    await page.keyboard.press(keys);
    const opened = await switcher().waitFor({ timeout: 1_000 }).then(() => true, () => false);
    if (opened) await page.keyboard.press('Escape');
    return opened;
  }

  it('remaps the quick switcher from the keyboard; after a reload the new key works and the old does not; reset restores it', async () => {
    assert.equal(await opensSwitcher('Control+K'), true, 'the default key');
    await openSettings();
    await tabTo('Change keys for Quick switcher');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+K');
    await page.getByText('Ctrl+Shift+K').first().waitFor();
    await page.keyboard.press('Escape'); // Closes Settings.

    await page.reload();
    await page.getByRole('button', { name: 'Bob Smith', exact: true }).waitFor();
    assert.equal(await opensSwitcher('Control+Shift+K'), true, 'the new key, after a reload');
    assert.equal(await opensSwitcher('Control+K'), false, 'the old key no longer');

    await openSettings();
    await tabTo('Reset shortcuts');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    assert.equal(await opensSwitcher('Control+K'), true, 'the default key again');
    assert.equal(await opensSwitcher('Control+Shift+K'), false);
  });
});
