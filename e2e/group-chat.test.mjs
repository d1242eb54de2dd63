/**
 * A group in the served demo, three agents in three real pages, as new users would do it:
 * Alice starts "Escalations" with Bob and Carol from the directory, both see it live with an
 * unread count, Carol's message carries her name, Alice mentions Bob and his row shows it,
 * Carol leaves and the others see it, and it all survives a reload.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './browser.mjs';

const CAROL = 'Carol Mensah';

describe('a group chat in the demo, three agents', () => {
  let demo, context, alice, bob, carol;
  const pageErrors = [];

  before(async () => {
    demo = await startDemo();
    context = await demo.browser.newContext();
    [alice, bob, carol] = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
    for (const page of [alice, bob, carol]) {
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
    }
    await alice.goto(`${demo.url}?as=alice`);
    await bob.goto(`${demo.url}?as=bob`);
    await carol.goto(`${demo.url}?as=carol`);
    for (const page of [alice, bob, carol]) await page.getByRole('button', { name: 'New group' }).waitFor();
  });

  after(async () => {
    await demo?.stop();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in any page');
  });

  const groupRow = (page) => page.locator('iac-agent-list').getByRole('button', { name: 'Escalations', exact: true });

  it('is started from the directory by keyboard and shows up live for the others, with an unread count', async () => {
    await alice.getByRole('button', { name: 'New group' }).press('Enter');
    const dialog = alice.getByRole('dialog', { name: 'New group' });
    await dialog.getByRole('textbox', { name: 'Group name' }).fill('Escalations');
    const people = dialog.getByRole('combobox', { name: 'Add people' });
    await people.pressSequentially('bob');
    await dialog.getByRole('option', { name: 'Bob Smith' }).waitFor();
    await people.press('Enter');
    await people.pressSequentially('carol');
    await dialog.getByRole('option', { name: CAROL }).waitFor();
    await people.press('Enter');
    await dialog.getByRole('button', { name: `Remove ${CAROL}` }).waitFor();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The group is open.
    await alice.locator('iac-chat-thread h2', { hasText: 'Escalations' }).waitFor();
    await alice.getByRole('textbox', { name: 'Message' }).fill('Caller on line 4 needs a supervisor');
    await alice.getByRole('textbox', { name: 'Message' }).press('Enter');

    for (const page of [bob, carol]) await groupRow(page).locator('.badge', { hasText: '1' }).waitFor();
    assert.match(await groupRow(bob).locator('.detail').textContent(), /Alice: Caller on line 4/);
  });

  it("names each message's author for the others", async () => {
    await groupRow(carol).click();
    await carol.getByRole('textbox', { name: 'Message' }).fill('On it');
    await carol.getByRole('textbox', { name: 'Message' }).press('Enter');
    const row = alice.locator('iac-chat-thread .row', { hasText: 'On it' });
    await row.waitFor();
    assert.equal((await row.locator('.author').textContent()).trim(), CAROL);
  });

  it("lets Alice mention Bob from the @ list: Bob's row says so until he reads it, and the message marks it", async () => {
    const textbox = alice.getByRole('textbox', { name: 'Message' });
    await textbox.pressSequentially('Thanks! @bo');
    await alice.getByRole('listbox', { name: 'People to mention' }).getByRole('option', { name: 'Bob Smith' }).waitFor();
    await textbox.press('Enter');
    await textbox.pressSequentially('can you take line 4?');
    assert.equal(await textbox.inputValue(), 'Thanks! @Bob Smith can you take line 4?');
    await textbox.press('Enter');

    const marker = groupRow(bob).locator('.badge.mention');
    await marker.waitFor();
    assert.equal(await groupRow(carol).locator('.badge.mention').count(), 0, 'Carol was not mentioned');
    await groupRow(bob).click();
    const mention = bob.locator('iac-chat-thread .message[data-mentions-me] mark.mention');
    await mention.waitFor();
    assert.equal(await mention.textContent(), '@Bob Smith');
    await marker.waitFor({ state: 'detached' });
  });

  it('lets Carol leave: it leaves her list, and the others see the group without her', async () => {
    await carol.locator('iac-chat-thread').getByRole('button', { name: 'Members' }).click();
    const dialog = carol.getByRole('dialog', { name: 'Members of Escalations' });
    await dialog.getByText('Bob Smith').waitFor();
    await dialog.getByRole('button', { name: 'Leave group' }).click();
    await dialog.getByText('Leave Escalations?').waitFor();
    await dialog.getByRole('button', { name: 'Leave group' }).click();
    await groupRow(carol).waitFor({ state: 'detached' });
    await alice.locator('iac-chat-thread header .activity', { hasText: '2 members' }).waitFor();
    await alice.locator('iac-chat-thread .notice', { hasText: `${CAROL} left the group` }).waitFor();
    await groupRow(bob).locator('.detail', { hasText: 'Carol: left the group' }).waitFor();
  });

  it('survives a reload', async () => {
    await alice.reload();
    await groupRow(alice).click();
    await alice.locator('iac-chat-thread .body', { hasText: 'On it' }).waitFor();
    await alice.locator('iac-chat-thread .notice', { hasText: `${CAROL} left the group` }).waitFor();
    await alice.locator('iac-chat-thread header .activity', { hasText: '2 members' }).waitFor();
    await bob.reload();
    await groupRow(bob).waitFor();
    await carol.reload();
    await carol.getByRole('button', { name: 'New group' }).waitFor();
    assert.equal(await groupRow(carol).count(), 0);
  });
});
