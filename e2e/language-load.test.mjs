/**
 * A language whose words cannot be fetched (offline, a blocked chunk) is said in words with a
 * way forward, not only in the console: the chat keeps its language, and a reload (the browser
 * keeps a module that failed as failed until then) shows the language chosen.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './browser.mjs';

describe('choosing a language whose words cannot be fetched', () => {
  let demo, page;
  let blocked = true;

  before(async () => {
    demo = await startDemo();
    page = await demo.browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.route(/\/chunks\/es-[^/]*\.js$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${demo.url}?as=alice`);
    await page.getByRole('button', { name: 'Bob Smith', exact: true }).waitFor();
  });

  after(() => demo?.stop());

  it('says why the chat stays in English where the choice was made and above the chat, and Reload shows Spanish', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');

    const inSettings = page.locator('iac-settings').getByRole('alert').filter({ hasText: "Español couldn't be loaded" });
    await inSettings.waitFor();
    assert.match(await inSettings.textContent(), /keeps its current language\. Check your connection and reload the page\./);
    assert.equal(await page.getByRole('heading', { name: 'Settings' }).count(), 1, 'the words stay English');

    await page.getByRole('button', { name: 'Close' }).click();
    const banner = page.locator('internal-agent-chat').getByRole('alert').filter({ hasText: "Español couldn't be loaded" });
    await banner.waitFor();

    blocked = false;
    await banner.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('searchbox', { name: 'Buscar agentes' }).waitFor();
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Español' }).count(), 0, 'no banner is left behind');
  });
});
