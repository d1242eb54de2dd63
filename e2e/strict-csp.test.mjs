/**
 * The widget under a strict Content-Security-Policy, as a locked-down portal serves it: the demo
 * (embedded backend) behind a server that adds `default-src 'self'; script-src 'self';
 * style-src 'self'` to every answer. Styles may come only from stylesheets (lit's adopted ones
 * included) and from CSSOM; any inline `style` attribute is a violation, and so is any inline
 * script or `<style>`. The page is used as a person would, and no violation may be reported.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { startDemo } from './browser.mjs';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
/**
 * The gallery's images are the embedded backend's attachments, served as blob: URLs; a portal on
 * Twilio allows the SDK's media URLs the same way. Scripts and styles are held as strictly.
 */
const GALLERY_POLICY = `${POLICY}; img-src 'self' blob:`;

/** Serves what `target` serves, with `policy` on every answer. */
async function withPolicy(target, policy = POLICY) {
  const upstream = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: upstream.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-security-policy': policy });
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', (error) => outgoing.writeHead(502).end(String(error)));
    incoming.pipe(forwarded);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}/`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the widget under a strict Content-Security-Policy', () => {
  let demo, strict, gallery, page;
  const reported = [];

  before(async () => {
    demo = await startDemo();
    strict = await withPolicy(demo.url);
    gallery = await withPolicy(demo.url, GALLERY_POLICY);
    const context = await demo.browser.newContext();
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // Before any of the page's scripts: every violation, wherever in a shadow tree it happened.
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const target = event.composedPath()[0];
          const where = target instanceof Element ? `<${target.localName}${target.className ? ` class="${target.className}"` : ''}>` : target?.nodeName;
          const source = event.sourceFile ? ` from ${event.sourceFile.replace(location.origin, '')}:${event.lineNumber}` : '';
          window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} on ${where}${source}${event.sample ? ` (${event.sample})` : ''}`);
        },
        true,
      );
    });
    page.on('console', (message) => {
      // The browser's own report of each violation, its hash left out so that repeats count as one.
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) reported.push(`console: ${message.text().replace(/'sha256-[^']*'/g, 'a hash')}`);
    });
    page.on('pageerror', (error) => reported.push(`page error: ${error.message}`));
  });

  after(async () => {
    await strict?.stop();
    await gallery?.stop();
    await demo?.stop();
  });

  /** Each violation once, with how often it happened. */
  const violations = async () => {
    const counts = new Map();
    for (const line of [...(await page.evaluate(() => window.__violations)), ...reported]) counts.set(line, (counts.get(line) ?? 0) + 1);
    return [...counts].map(([line, times]) => (times > 1 ? `${line} ×${times}` : line));
  };

  it('serves the page with the policy', async () => {
    const answer = await page.goto(`${strict.url}?as=alice`);
    assert.equal(answer?.headers()['content-security-policy'], POLICY);
    await page.getByRole('button', { name: 'Bob Smith', exact: true }).waitFor();
  });

  it('lists, searches, chats, switches and opens Settings without a single violation', async () => {
    // The directory: avatars with their hues, a windowed list with its scroll padding.
    const list = page.locator('iac-agent-list nav.sections');
    const hues = await page.locator('iac-agent-list .avatar').evaluateAll((avatars) => avatars.slice(0, 6).map((a) => getComputedStyle(a).backgroundColor));
    assert.ok(new Set(hues).size > 1, `each agent's avatar keeps its own colour: ${hues}`);
    // Rows further down are windowed in: the list's padding stands for the rows not rendered.
    await list.evaluate((nav) => nav.scrollBy(0, 2000));
    await page.waitForFunction(() => {
      const nav = document.querySelector('internal-agent-chat').shadowRoot.querySelector('iac-agent-list').shadowRoot.querySelector('nav');
      const box = nav.getBoundingClientRect();
      return nav.scrollTop > 1000 && [...nav.querySelectorAll('li.row')].some((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      });
    });
    await page.getByRole('searchbox', { name: 'Search agents' }).fill('smi');
    await page.getByRole('button', { name: 'Bob Smith', exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Search agents' }).fill('');

    // A chat: header and messages with avatars, a message sent and shown, an attachment chip.
    await page.getByRole('button', { name: 'Bob Smith', exact: true }).click();
    const message = page.getByRole('textbox', { name: 'Message' });
    await message.fill('Hello under a strict policy');
    await message.press('Enter');
    await page.locator('iac-chat-thread .body', { hasText: 'Hello under a strict policy' }).waitFor();
    await page.locator('iac-composer input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
    await page.locator('iac-composer .attachment', { hasText: 'notes.txt' }).waitFor();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('iac-chat-thread iac-attachment', { hasText: 'notes.txt' }).waitFor();

    // The quick switcher and Settings.
    await message.press('Control+k');
    await page.getByRole('combobox', { name: 'Jump to agent or chat' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');

    assert.deepEqual(await violations(), []);
  });

  it('shows every gallery state, light, dark and right to left, without a single violation', async () => {
    // The gallery mounts each element alone in each of its states: what the demo never reaches
    // (errors, refusals, empty lists, dialogs) is held to the same policy.
    const answer = await page.goto(`${gallery.url}gallery/`);
    assert.equal(answer?.headers()['content-security-policy'], GALLERY_POLICY);
    await page.waitForFunction(() => window.gallery);
    await page.evaluate(() => window.gallery.ready);
    const states = await page.evaluate(() =>
      [...document.querySelectorAll('.gallery-nav a')].map((a) => new URLSearchParams(a.getAttribute('href').slice(1))).map((p) => [p.get('element'), p.get('state')]),
    );
    assert.ok(states.length > 10, `the gallery lists its states: ${states.length}`);
    const seen = [];
    for (const [element, state] of states) {
      for (const look of [{ theme: 'light', dir: 'ltr' }, { theme: 'dark', dir: 'rtl' }]) {
        await page.evaluate((selection) => window.gallery.select(selection), { element, state, ...look });
        for (const line of await violations()) if (!seen.some((s) => s.endsWith(line))) seen.push(`${element}/${state} ${look.theme}: ${line}`);
      }
    }
    assert.deepEqual(seen, []);
  });

  it('would have heard a violation (the listener works)', async () => {
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await page.waitForFunction(() => window.__violations.length > 0);
    assert.match((await violations())[0], /^style-src-attr/);
  });
});
