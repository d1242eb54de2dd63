/**
 * The built Flex plugin file in a fake Flex UI 2.17 (e2e/flex-host.ts) that starts and loads
 * plugins the way Flex does (e2e/fake-flex/): the file comes from another origin, as from a CDN,
 * by `<script src async uuid>` or, behind Flex's PluginRenderInjectSrc flag, fetched with CORS
 * and injected; Flex's client is still initializing when the plugin starts; the page has only
 * what Flex gives a plugin (React, ReactDOM, Redux, ReactRedux, Twilio.Flex). Also checks that
 * the file holds no copy of the Conversations SDK or React.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { PLUGIN_FILE, pluginBuild, pluginSize } from '../esbuild.config.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serveFakeFlex } from './fake-flex/server.mjs';

const PLUGIN_NAME = 'plugin-internal-agent-chat';

/** Flex's page, with the release Flex would load: plugin files on the plugin origin. */
function flexPage({ pluginOrigin, release }) {
  const plugins = release.plugins.map((path) => ({ name: PLUGIN_NAME, src: `${pluginOrigin}${path}` }));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Flex</title>
<style>html,body{margin:0;height:100%} body{display:grid;grid-template-columns:64px 1fr} #views{height:100vh} .flex-view{display:block;height:100%}</style></head>
<body><nav id="side-nav" aria-label="Side navigation"></nav><main id="views"></main>
<script type="application/json" id="flex-release">${JSON.stringify({ plugins, injectSource: release.injectSource })}</script>
<script src="/flex-host.js"></script></body></html>`;
}

describe('the Flex plugin, built, in a page with only Flex’s globals', () => {
  let browser, plugin, server, metafile;
  const pageErrors = [];
  /** What the next page's Flex loads: the plugin file's paths on the plugin origin, and how. */
  let release;

  before(async () => {
    ({ metafile } = await esbuild.build({ ...pluginBuild, metafile: true, logLevel: 'warning' }));
    plugin = readFileSync(PLUGIN_FILE);
    const built = await esbuild.build({
      entryPoints: ['e2e/flex-host.ts'],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      write: false,
      logLevel: 'warning',
    });
    server = await serveFakeFlex({
      page: (pluginOrigin) => flexPage({ pluginOrigin, release }),
      host: Buffer.from(built.outputFiles[0].contents),
      plugin: { [`${PLUGIN_NAME}.js`]: plugin },
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs.filter((flag) => !flag.startsWith('--headless')),
      headless: true,
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in any page');
  });

  /**
   * A fresh fake Flex page with the plugin loaded and initialized. `plugins`: the file's paths on
   * the plugin origin (files under /cors/ answer CORS); `injectSource`: Flex's fetch-and-inject.
   */
  async function openFlex(query = '', { plugins = [`/${PLUGIN_NAME}.js`], injectSource = false, initialized = 1 } = {}) {
    release = { plugins, injectSource };
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.flexOrigin}/${query}`);
    if (initialized) await page.waitForFunction((n) => window.flexHost.plugins().initialized.length === n, initialized);
    return page;
  }

  /** A fresh fake Flex with the chat view and its Settings open. */
  async function openSettings() {
    const page = await openFlex();
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const chat = page.locator('internal-agent-chat');
    await chat.getByRole('button', { name: 'Settings' }).click();
    return { page, chat };
  }

  const records = (page) => page.evaluate(() => window.flexHost.records);

  it('registers one plugin, a side-nav link "Internal Chat", one view and an error notification', async () => {
    const page = await openFlex();
    const { sideNav, views, registered, flexErrors } = await records(page);
    assert.deepEqual((await page.evaluate(() => window.flexHost.plugins())).initialized, ['InternalAgentChatPlugin']);
    assert.deepEqual(flexErrors, []);
    assert.equal(sideNav.length, 1);
    assert.equal(typeof sideNav[0].options?.sortOrder, 'number');
    assert.deepEqual(views, ['internal-chat']);
    assert.deepEqual(registered.map((n) => n.type), ['error']);
    await page.getByRole('button', { name: 'Internal Chat' }).waitFor();
    assert.equal(await page.locator('internal-agent-chat').count(), 0, 'nothing is mounted until the view is opened');
    await page.close();
  });

  it('loads by Flex\'s fetch-and-inject from a host that answers CORS, with the headers Flex sends', async () => {
    const page = await openFlex('', { plugins: [`/cors/${PLUGIN_NAME}.js`], injectSource: true });
    assert.deepEqual((await records(page)).flexErrors, []);
    await page.getByRole('button', { name: 'Internal Chat' }).waitFor();
    const asked = server.requests.filter((r) => r.path === `/cors/${PLUGIN_NAME}.js`);
    assert.deepEqual(asked.map((r) => r.method), ['OPTIONS', 'GET'], 'a preflight, then the file');
    assert.equal(asked[1].headers['x-flex-version'], '2.17.1');
    assert.equal(asked[1].headers['x-flex-jwe'], 'a-session-jwe');
    server.requests.length = 0;
    await page.close();
  });

  it('cannot be loaded by fetch-and-inject from a host without CORS: Flex reports the failed download', async () => {
    const page = await openFlex('', { injectSource: true, initialized: 0 });
    await page.waitForFunction(() => window.flexHost.records.flexErrors.length > 0);
    assert.match((await records(page)).flexErrors[0], /^Failed to download plugin: plugin-internal-agent-chat/);
    assert.equal(await page.getByRole('button', { name: 'Internal Chat' }).count(), 0);
    await page.close();
  });

  it('is held to Flex\'s contract: Plugins.init outside the plugin\'s own script is refused', async () => {
    const page = await openFlex();
    const late = await page.evaluate(() => {
      try {
        window.Twilio.Flex.Plugins.init(class {});
        return 'accepted';
      } catch (error) {
        return error.constructor.name;
      }
    });
    assert.equal(late, 'TypeError', 'Flex reads document.currentScript, which is null here');
    await page.close();
  });

  it('survives its file being loaded twice: one link, one view, no errors', async () => {
    const messages = [];
    const page = await openFlex('', { plugins: [`/${PLUGIN_NAME}.js`, `/${PLUGIN_NAME}.js`], initialized: 0 });
    page.on('console', (message) => messages.push(message.text()));
    await page.waitForFunction(() => window.flexHost.plugins().states.every((p) => p.state === 'Initialized'));
    const { sideNav, views, flexErrors } = await records(page);
    assert.equal(sideNav.length, 1);
    assert.deepEqual(views, ['internal-chat']);
    assert.deepEqual(flexErrors, []);
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    await page.locator('internal-agent-chat').getByRole('searchbox', { name: 'Search agents' }).waitFor();
    await page.close();
  });

  it('says in the view and in a notification when Flex has no chat client to hand over', async () => {
    const page = await openFlex('?noConversations');
    await page.waitForFunction(() => window.flexHost.records.shown.length > 0);
    assert.match((await records(page)).shown[0].text, /Couldn't start the chat .*Flex has no chat connection/);
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    await page.locator('internal-agent-chat').getByRole('alert').filter({ hasText: 'Flex has no chat connection' }).waitFor();
    await page.close();
  });

  it('chats without Flex\'s insights client, and says the directory cannot search', async () => {
    const page = await openFlex('?noInsights');
    await page.evaluate(() => window.flexHost.bobSays('Can you see me?'));
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const chat = page.locator('internal-agent-chat');
    await chat.getByText(/agent directory isn't available/).first().waitFor();
    await chat.getByRole('button', { name: /bob/i }).first().click();
    await chat.locator('iac-chat-thread', { hasText: 'Can you see me?' }).waitFor();
    await page.close();
  });

  it('shows the unread total on the link while the view is closed, then mounts the chat with the double behind it', async () => {
    const page = await openFlex();
    await page.evaluate(() => window.flexHost.bobSays('Hi Alice, a quick question'));
    await page.evaluate(() => window.flexHost.bobSays('About the March invoice'));
    const badge = page.locator('#side-nav .internal-agent-chat-unread');
    await badge.filter({ hasText: /^2$/ }).waitFor();

    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const { actions } = await records(page);
    assert.deepEqual(actions.at(-1), { name: 'NavigateToView', payload: { viewName: 'internal-chat' } });
    assert.equal(await page.locator('#side-nav .side-link').getAttribute('data-active'), 'true');
    const chat = page.locator('.flex-view[data-view="internal-chat"] internal-agent-chat');
    await chat.waitFor();

    await chat.getByRole('button', { name: 'Bob Smith', exact: true }).click();
    await chat.locator('iac-chat-thread', { hasText: 'About the March invoice' }).waitFor();
    await badge.waitFor({ state: 'detached' }); // Read while looking at it: the badge goes.
    await chat.getByRole('textbox', { name: 'Message' }).fill('Sure, go ahead');
    await chat.getByRole('textbox', { name: 'Message' }).press('Enter');
    await chat.locator('iac-chat-thread', { hasText: 'Sure, go ahead' }).waitFor();

    // Away and back: the same element returns with its chat still open.
    await page.evaluate(() => window.flexHost.navigate('agent-desktop'));
    assert.equal(await chat.count(), 0);
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    await chat.locator('iac-chat-thread', { hasText: 'Sure, go ahead' }).waitFor();
    await page.close();
  });

  it("follows Flex's light and dark theme", async () => {
    const page = await openFlex();
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const background = () =>
      page.locator('internal-agent-chat').evaluate((el) => getComputedStyle(el).getPropertyValue('--iac-color-background').trim());
    // Light: the token's registered default (src/theme/token-defaults.ts); dark: Flex's dark value.
    assert.equal(await background(), '#ffffff');
    await page.evaluate(() => window.flexHost.setLightTheme(false));
    assert.equal(await background(), '#121c2d');
    await page.evaluate(() => window.flexHost.setLightTheme(true));
    assert.equal(await background(), '#ffffff');
    await page.close();
  });

  it('turns a failed send into a Flex notification', async () => {
    const page = await openFlex('?full'); // The service refuses Alice a new conversation.
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const chat = page.locator('internal-agent-chat');
    await chat.getByRole('button', { name: 'Bob Smith', exact: true }).click();
    await chat.getByRole('textbox', { name: 'Message' }).fill('Into the void');
    await chat.getByRole('textbox', { name: 'Message' }).press('Enter');
    await page.waitForFunction(() => window.flexHost.records.shown.length > 0);
    const { shown } = await records(page);
    assert.equal(shown[0].id, 'InternalAgentChatProblem');
    assert.match(shown[0].text, /Couldn't send this message: .*1,000 conversations/);
    await page.close();
  });

  it('on a Flex whose roles nobody has set up, says which permission the first message needs and how to grant it', async () => {
    const page = await openFlex('?rolesNotSetUp');
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const chat = page.locator('internal-agent-chat');
    await chat.getByRole('button', { name: 'Bob Smith', exact: true }).click();
    await chat.getByRole('textbox', { name: 'Message' }).fill('Hello?');
    await chat.getByRole('textbox', { name: 'Message' }).press('Enter');
    await page.waitForFunction(() => window.flexHost.records.shown.length > 0);
    assert.match((await records(page)).shown[0].text, /agents aren't allowed to start new chats .*“createConversation”.*npx internal-agent-chat setup/);
    await chat.locator('iac-chat-thread', { hasText: 'createConversation' }).waitFor();
    await page.close();
  });

  it('says in a notification and in the view that the chat could not start', async () => {
    const page = await openFlex('?token=bad');
    await page.waitForFunction(() => window.flexHost.records.shown.length > 0);
    const { shown } = await records(page);
    assert.match(shown[0].text, /Couldn't start the chat/);
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    await page.locator('internal-agent-chat').getByRole('alert').filter({ hasText: "Couldn't start the chat" }).waitFor();
    await page.close();
  });

  it("registers the chat's shortcuts in Flex's manager beside Flex's own, and they work with the view closed", async () => {
    const page = await openFlex();
    await page.waitForFunction(() => window.flexHost.shortcuts().G === 'Open Internal Chat');
    const shortcuts = await page.evaluate(() => window.flexHost.shortcuts());
    assert.equal(shortcuts.A, 'Accept Task', "Flex's own shortcuts are untouched");
    assert.equal(shortcuts.L, 'Logout');
    assert.equal(shortcuts.Y, 'Select Previous Task');
    assert.equal(shortcuts.F, 'Quick switcher');
    assert.equal(shortcuts['4'], 'Pin or unpin chat');

    // From the agent desktop, Ctrl+Shift+G opens the chat view with the cursor in the search box.
    await page.locator('body').press('Control+Shift+G');
    const chat = page.locator('.flex-view[data-view="internal-chat"] internal-agent-chat');
    await chat.getByRole('searchbox', { name: 'Search agents' }).waitFor();
    await page.waitForFunction(() => document.querySelector('internal-agent-chat')?.matches(':focus-within'));

    // Away again: the quick switcher (Ctrl+Shift+F) brings the view back, and Enter opens the chat.
    await page.evaluate(() => window.flexHost.navigate('agent-desktop'));
    await page.locator('body').press('Control+Shift+F');
    const switcher = chat.getByRole('dialog');
    await switcher.waitFor();
    await page.keyboard.type('Bob');
    await page.keyboard.press('Enter');
    await chat.getByRole('textbox', { name: 'Message' }).waitFor();
    await page.waitForFunction(() => document.querySelector('internal-agent-chat')?.shadowRoot?.querySelector('iac-composer')?.matches(':focus-within'));
    await page.close();
  });

  it("lists Flex's shortcuts read-only in Settings, and remaps and turns off through Flex's API, kept after a reload", async () => {
    const { page, chat } = await openSettings();
    const flexTable = chat.getByRole('table', { name: /Flex shortcuts/ });
    await flexTable.getByRole('row', { name: 'Accept Task Ctrl+Shift+A' }).waitFor();
    assert.equal(await flexTable.getByRole('button').count(), 0, "Flex's own are read-only");

    await chat.getByRole('button', { name: 'Change keys for Quick switcher' }).click();
    await page.keyboard.press('A'); // Flex's "Accept Task": refused with words, nothing changes.
    await chat.getByRole('alert').filter({ hasText: "Ctrl+Shift+A is Flex's “Accept Task”" }).waitFor();
    await page.keyboard.press('U');
    await page.waitForFunction(() => window.flexHost.shortcuts().U === 'Quick switcher');
    assert.equal((await page.evaluate(() => window.flexHost.shortcuts())).F, undefined, 'the old key is free');

    // Flex's "off" empties its map and stops listening for the session: Settings says so and changes nothing.
    await chat.getByRole('button', { name: 'Turn off all shortcuts' }).click();
    const { calls, disabled } = await page.evaluate(() => window.flexHost.shortcutCalls());
    assert.deepEqual(calls.slice(1), [['remapShortcut', 'F', 'U'], ['disableShortcuts']]);
    assert.equal(disabled, true);
    assert.deepEqual(await page.evaluate(() => window.flexHost.shortcuts()), {});
    await chat.locator('.note', { hasText: 'All shortcuts are off in this Flex session' }).first().waitFor();
    await flexTable.getByRole('row', { name: 'Accept Task Ctrl+Shift+A off' }).waitFor();
    assert.equal(await chat.getByRole('button', { name: 'Change keys for Quick switcher' }).isDisabled(), true);

    await page.reload();
    await page.waitForFunction(() => window.flexHost.shortcutCalls().disabled);
    const after = await page.evaluate(() => window.flexHost.shortcutCalls());
    assert.deepEqual(after.calls.slice(1), [['remapShortcut', 'F', 'U'], ['disableShortcuts']], 'still off after a reload, the remap kept');
    assert.deepEqual(await page.evaluate(() => window.flexHost.shortcuts()), {});
    await page.close();
  });

  it('speaks Arabic and Spanish in Flex: the file is UTF-8 and its words arrive whole', async () => {
    const { page, chat } = await openSettings();
    await chat.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'العربية' });
    await page.keyboard.press('Escape');
    await chat.getByRole('searchbox', { name: 'البحث عن وكلاء' }).waitFor();
    assert.equal(await page.locator('internal-agent-chat').evaluate((el) => el.shadowRoot.querySelector('[dir]')?.getAttribute('dir') ?? el.getAttribute('dir')), 'rtl');
    await page.close();
  });

  it('turns shortcuts back on after a reload of Flex, and they work again', async () => {
    const { page, chat } = await openSettings();
    await chat.getByRole('button', { name: 'Turn off all shortcuts' }).click();
    await chat.getByRole('button', { name: 'Turn shortcuts back on' }).click();
    await chat.getByText('Shortcuts come back on when Flex reloads').first().waitFor();
    assert.equal((await page.evaluate(() => window.flexHost.shortcutCalls())).disabled, true, 'Flex has no call to turn them on');

    await page.reload();
    await page.waitForFunction(() => window.flexHost.shortcuts().F === 'Quick switcher' && !window.flexHost.shortcutCalls().disabled);
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    await page.evaluate(() => window.flexHost.navigate('agent-desktop'));
    await page.locator('body').press('Control+Shift+F');
    await page.locator('internal-agent-chat').getByRole('dialog').waitFor();
    await page.close();
  });

  it("raises desktop notifications when the person turns them on in Settings, for messages while the view is closed", async () => {
    const page = await openFlex('?desktop');
    await page.evaluate(() => window.flexHost.bobSays('Nobody rings a bell'));
    await page.locator('#side-nav .internal-agent-chat-unread').waitFor();
    assert.deepEqual((await records(page)).desktop, [], 'off by default');

    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const chat = page.locator('internal-agent-chat');
    await chat.getByRole('button', { name: 'Settings' }).click();
    await chat.getByRole('switch', { name: 'Desktop notifications' }).check();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.flexHost.navigate('agent-desktop'));

    await page.evaluate(() => window.flexHost.bobSays('Ring ring'));
    await page.waitForFunction(() => window.flexHost.records.desktop.length > 0);
    assert.deepEqual((await records(page)).desktop, [{ title: 'Bob Smith', body: 'Ring ring' }]);
    await page.close();
  });

  it('holds no copy of the Conversations SDK or React, nor the portal’s token fetching, and reports its size', (t) => {
    const inputs = Object.keys(metafile.inputs);
    const forbidden = inputs.filter((path) =>
      /node_modules\/(@twilio\/conversations|twilsock|twilio-sync|react|react-dom|redux|react-redux|@twilio\/flex-ui)\//.test(path),
    );
    assert.deepEqual(forbidden, []);
    // Flex hands the plugin its client: it never fetches a token, so it ships without the portal's words for that.
    assert.deepEqual(inputs.filter((path) => /src\/portal\/(token-source|portal-client)\.ts$/.test(path)), []);
    const text = plugin.toString('utf8');
    for (const marker of ['twilsock', 'conversations.client.startup', 'react.element', '__SECRET_INTERNALS_DO_NOT_USE']) {
      assert.equal(text.includes(marker), false, `the plugin file contains "${marker}"`);
    }
    const { minifiedKb, gzipKb } = pluginSize();
    t.diagnostic(`${PLUGIN_FILE}: ${minifiedKb.toFixed(1)} KB minified, ${gzipKb.toFixed(1)} KB gzip`);
    assert.ok(gzipKb < 100, `${gzipKb.toFixed(1)} KB gzip: something large was bundled (the SDK alone is ~145 KB)`);
  });
});
