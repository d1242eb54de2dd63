/**
 * The built Flex plugin's files in a fake Flex UI 2.17 (e2e/flex-host.ts) that starts and loads
 * plugins the way Flex does (e2e/fake-flex/): the entry comes from another origin, as from a
 * CDN, by `<script src async uuid>` or, behind Flex's PluginRenderInjectSrc flag, fetched with
 * CORS and injected, and its parts from beside it; Flex's client is still initializing when the
 * plugin starts; the page has only what Flex gives a plugin (React, ReactDOM, Redux, ReactRedux,
 * Twilio.Flex). Also checks that the files hold no copy of the Conversations SDK or React, and
 * each module once.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';
import { basename } from 'node:path';
import { PLUGIN_FILE, PLUGIN_FILES, buildPlugin, pluginSize } from '../esbuild.config.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serveFakeFlex } from './fake-flex/server.mjs';
import { PLUGIN_NAME, fakeFlexHost, flexPage } from './fake-flex/page.mjs';

describe('the Flex plugin, built, in a page with only Flex’s globals', () => {
  let browser, files, server, metafile, built;
  const pageErrors = [];
  /** What the next page's Flex loads: the plugin file's paths on the plugin origin, and how. */
  let release;

  before(async () => {
    built = await buildPlugin({ logLevel: 'warning' });
    metafile = { inputs: { ...built.entry.metafile.inputs, ...built.parts.metafile.inputs } };
    files = Object.fromEntries(PLUGIN_FILES.map((file) => [basename(file), readFileSync(file)]));
    server = await serveFakeFlex({
      page: (pluginOrigin) => flexPage({ pluginOrigin, release }),
      host: await fakeFlexHost(),
      plugin: files,
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

  it('fetches its view part from beside the entry file at idle, before the view first opens, and opens it from there', async () => {
    server.requests.length = 0;
    const page = await openFlex();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith('.view.js')));
    const fetched = server.requests.filter((r) => r.path.startsWith(`/${PLUGIN_NAME}`)).map((r) => r.path);
    assert.deepEqual(fetched, [`/${PLUGIN_NAME}.js`, `/${PLUGIN_NAME}.view.js`], 'the entry, then its view part: no language part for English');
    // Its URL carries a hash of its content: a part cached from another release at the same path is never run.
    const asked = await page.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.includes('.view.js')).name);
    const hash = createHash('sha256').update(files[`${PLUGIN_NAME}.view.js`]).digest('hex').slice(0, 10);
    assert.equal(new URL(asked).search, `?v=${hash}`);
    assert.equal(await page.locator('internal-agent-chat').count(), 0, 'made, not mounted');
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    await page.locator('internal-agent-chat').getByRole('searchbox', { name: 'Search agents' }).waitFor();
    server.requests.length = 0;
    await page.close();
  });

  it('finds its parts through Flex\'s record of it when Flex injects the entry file, which then has no src', async () => {
    const page = await openFlex('', { plugins: [`/cors/${PLUGIN_NAME}.js`], injectSource: true });
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    await page.locator('internal-agent-chat').getByRole('searchbox', { name: 'Search agents' }).waitFor();
    assert.ok(server.requests.some((r) => r.path === `/cors/${PLUGIN_NAME}.view.js`), 'the view part, from the folder the entry came from');
    server.requests.length = 0;
    await page.close();
  });

  it('says in the view when its view part cannot be fetched, and Try again brings the chat once it can', async () => {
    let blocked = true;
    const context = await browser.newContext();
    await context.route(`**/${PLUGIN_NAME}.view.js?*`, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    release = { plugins: [`/${PLUGIN_NAME}.js`], injectSource: false };
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.flexOrigin}/`);
    // Opened before the idle fetch, or after it failed: either way the view says what happened.
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const view = page.locator('.internal-agent-chat-view');
    const problem = view.getByRole('alert');
    // The file's URL is isolated (U+2068…U+2069) so that it keeps its own direction in Arabic.
    await problem.filter({ hasText: `The chat couldn't be loaded: \u2068${server.pluginOrigin}/${PLUGIN_NAME}.view.js\u2069 didn't arrive` }).waitFor();
    assert.equal(await page.locator('internal-agent-chat').count(), 0);
    // Still closed off: Try again says so again; the badge and the shortcuts keep working meanwhile.
    await view.getByRole('button', { name: 'Try again' }).click();
    await problem.waitFor();
    await page.evaluate(() => window.flexHost.bobSays('Are you there?'));
    await page.locator('#side-nav .internal-agent-chat-unread').filter({ hasText: /^1$/ }).waitFor();

    blocked = false;
    await view.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    const chat = view.locator('internal-agent-chat');
    await chat.getByRole('searchbox', { name: 'Search agents' }).waitFor();
    await page.waitForFunction(() => document.querySelector('internal-agent-chat')?.matches(':focus-within'), null, { timeout: 5000 });
    await context.close();
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

  it("counts a group's unread messages on the link too, and opens the group from the directory", async () => {
    const page = await openFlex();
    await page.evaluate(() => window.flexHost.bobSaysInGroup('Caller on line 4 needs a supervisor'));
    await page.evaluate(() => window.flexHost.bobSays('And one for you alone'));
    const badge = page.locator('#side-nav .internal-agent-chat-unread');
    await badge.filter({ hasText: /^2$/ }).waitFor();
    await page.getByRole('button', { name: 'Internal Chat' }).click();
    const chat = page.locator('.flex-view[data-view="internal-chat"] internal-agent-chat');
    await chat.getByRole('button', { name: 'Escalations', exact: true }).click();
    await chat.locator('iac-chat-thread', { hasText: 'Caller on line 4 needs a supervisor' }).waitFor();
    await badge.filter({ hasText: /^1$/ }).waitFor();
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

  it("speaks a Spanish agent's browser language from the start: the words part arrives beside the entry, before the view", async () => {
    server.requests.length = 0;
    const context = await browser.newContext({ locale: 'es-ES' });
    release = { plugins: [`/${PLUGIN_NAME}.js`], injectSource: false };
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.flexOrigin}/`);
    await page.evaluate(() => window.flexHost.bobSays('¿Tienes un momento?'));
    await page.locator('#side-nav .internal-agent-chat-unread[title="1 mensaje sin leer"]').waitFor();
    assert.ok(server.requests.some((r) => r.path === `/${PLUGIN_NAME}.words.js`), 'the Spanish words, from the entry’s folder');
    await page.getByRole('button', { name: 'Chat interno' }).click(); // The link's label follows the language too.
    await page.locator('internal-agent-chat').getByRole('searchbox', { name: 'Buscar agentes' }).waitFor();
    server.requests.length = 0;
    await context.close();
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

  it('holds each module once: what the entry and a part both use is in the entry only, so the store and the words exist once', () => {
    const held = (result, name) => {
      const [, output] = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(name));
      return Object.entries(output.inputs).filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && !path.includes(':')).map(([path]) => path);
    };
    const entry = new Set(held(built.entry, `${PLUGIN_NAME}.js`));
    for (const part of PLUGIN_FILES.slice(1).map((file) => basename(file))) {
      assert.deepEqual(held(built.parts, part).filter((path) => entry.has(path)), [], `${part} repeats modules of the entry`);
    }
    assert.ok(built.shared.includes('src/l10n/localization.ts') && built.shared.includes('src/services/settings.ts'));
  });

  it('holds no copy of the Conversations SDK or React, nor the portal’s token fetching, and reports its size', (t) => {
    const inputs = Object.keys(metafile.inputs);
    const forbidden = inputs.filter((path) =>
      /node_modules\/(@twilio\/conversations|twilsock|twilio-sync|react|react-dom|redux|react-redux|@twilio\/flex-ui)\//.test(path),
    );
    assert.deepEqual(forbidden, []);
    // Flex hands the plugin its client: it never fetches a token, so it ships without the portal's words for that.
    assert.deepEqual(inputs.filter((path) => /src\/portal\/(token-source|portal-client)\.ts$/.test(path)), []);
    for (const [name, bytes] of Object.entries(files)) {
      const text = bytes.toString('utf8');
      for (const marker of ['twilsock', 'conversations.client.startup', 'react.element', '__SECRET_INTERNALS_DO_NOT_USE']) {
        assert.equal(text.includes(marker), false, `${name} contains "${marker}"`);
      }
    }
    const { gzipKb, all } = pluginSize();
    t.diagnostic(`${PLUGIN_FILE}: ${gzipKb.toFixed(1)} KB gzip at Flex start; all ${PLUGIN_FILES.length} files ${all.gzipKb.toFixed(1)} KB gzip`);
    assert.ok(all.gzipKb < 100, `${all.gzipKb.toFixed(1)} KB gzip: something large was bundled (the SDK alone is ~145 KB)`);
  });
});
