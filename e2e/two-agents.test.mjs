/**
 * Two agents chat through the served demo in two real pages of one browser (same origin, so
 * the embedded backend links them through IndexedDB and BroadcastChannel), as a new user would.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './browser.mjs';

const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

describe('two agents chatting in the demo', () => {
  let demo, context, alice, bob;
  const dialogs = [];
  const pageErrors = [];

  before(async () => {
    demo = await startDemo();
    context = await demo.browser.newContext({ acceptDownloads: true });
    alice = await context.newPage();
    bob = await context.newPage();
    for (const page of [alice, bob]) {
      page.setDefaultTimeout(10_000);
      page.on('dialog', (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }
    await alice.goto(`${demo.url}?as=alice`);
    await bob.goto(`${demo.url}?as=bob`);
    await alice.getByRole('button', { name: 'Bob Smith', exact: true }).waitFor();
    await bob.getByRole('button', { name: 'Alice Johnson', exact: true }).waitFor();
  });

  after(async () => {
    await demo?.stop();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in either page');
  });

  it('delivers a message live, with an unread badge until it is opened', async () => {
    await alice.getByRole('button', { name: 'Bob Smith', exact: true }).click();
    await alice.getByRole('textbox', { name: 'Message' }).fill('Hello Bob, got a minute?');
    await alice.getByRole('textbox', { name: 'Message' }).press('Enter');

    const aliceRow = bob.getByRole('button', { name: 'Alice Johnson', exact: true });
    await aliceRow.locator('.badge', { hasText: '1' }).waitFor();
    await aliceRow.click();
    await bob.locator('iac-chat-thread .body', { hasText: 'Hello Bob, got a minute?' }).waitFor();
    await aliceRow.locator('.badge').waitFor({ state: 'detached' });
  });

  it('sends two picked files and one dropped file as one message with three downloadable attachments', async () => {
    await alice.locator('iac-composer input[type=file]').setInputFiles([file('notes.txt', 'meeting notes'), file('plan.txt', 'the plan')]);
    const dataTransfer = await alice.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['dropped bytes'], 'dropped.txt', { type: 'text/plain' }));
      return transfer;
    });
    await alice.locator('iac-composer').dispatchEvent('drop', { dataTransfer });
    await alice.getByRole('textbox', { name: 'Message' }).fill('Three files for you');
    await alice.getByRole('button', { name: 'Send' }).click();

    const message = bob.locator('iac-chat-thread .message', { hasText: 'Three files for you' });
    await message.waitFor();
    const names = await message.locator('iac-attachment .name').allTextContents();
    assert.deepEqual(names, ['notes.txt', 'plan.txt', 'dropped.txt']);

    const [download] = await Promise.all([
      bob.waitForEvent('download'),
      message.getByRole('button', { name: 'Download plan.txt' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'plan.txt');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    assert.equal(Buffer.concat(chunks).toString(), 'the plan');
  });

  it('shows a hostile body as text and runs nothing', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    await alice.getByRole('textbox', { name: 'Message' }).fill(payload);
    await alice.getByRole('textbox', { name: 'Message' }).press('Enter');
    await bob.locator('iac-chat-thread .body', { hasText: payload }).waitFor();
    assert.equal(await bob.locator('iac-chat-thread .body img').count(), 0);
    assert.deepEqual(dialogs, []);
  });

  it('keeps pins and history across a reload', async () => {
    await bob.getByRole('button', { name: 'Pin chat' }).click();
    // Reload once the pin shows, as a person would: not in the same moment as the click, while it is still being stored.
    await bob.getByRole('region', { name: 'Pinned' }).getByRole('button', { name: 'Alice Johnson', exact: true }).waitFor();
    await bob.reload();
    const pinned = bob.getByRole('region', { name: 'Pinned' });
    await pinned.getByRole('button', { name: 'Alice Johnson', exact: true }).click();
    await bob.locator('iac-chat-thread .body', { hasText: 'Hello Bob, got a minute?' }).waitFor();
    assert.equal(await bob.getByRole('button', { name: 'Pin chat' }).getAttribute('aria-pressed'), 'true');
  });
});
