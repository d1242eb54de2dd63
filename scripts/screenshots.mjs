/**
 * `npm run screenshots`: photographs the demo as Alice and Bob mid-conversation, and in a group
 * with Carol (New group, the @ list, a mention), wide and narrow, light and dark, into
 * screenshots/ (not committed), to look at before calling UI work done.
 */
import { mkdirSync } from 'node:fs';
import { startDemo } from '../e2e/browser.mjs';

const out = 'screenshots';
mkdirSync(out, { recursive: true });
const demo = await startDemo();
try {
  for (const colorScheme of ['light', 'dark']) {
    const context = await demo.browser.newContext({ colorScheme, viewport: { width: 1200, height: 760 } });
    const alice = await context.newPage();
    const bob = await context.newPage();
    await alice.goto(`${demo.url}?as=alice`);
    await bob.goto(`${demo.url}?as=bob`);
    await alice.getByRole('button', { name: 'Bob Smith', exact: true }).click();
    for (const text of ['Hi Bob! Do you have a minute for a transfer?', 'The caller asks about the March invoice.']) {
      await alice.getByRole('textbox', { name: 'Message' }).fill(text);
      await alice.getByRole('textbox', { name: 'Message' }).press('Enter');
    }
    await alice.locator('iac-composer input[type=file]').setInputFiles([
      { name: 'invoice-march.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(48_000) },
    ]);
    await alice.getByRole('button', { name: 'Send' }).click();
    await bob.getByRole('button', { name: 'Alice Johnson', exact: true }).locator('.badge').waitFor();
    await bob.screenshot({ path: `${out}/bob-unread-${colorScheme}.png` });
    await bob.getByRole('button', { name: 'Alice Johnson', exact: true }).click();
    await bob.getByRole('textbox', { name: 'Message' }).fill('Sure, send them over.');
    await bob.getByRole('textbox', { name: 'Message' }).press('Enter');
    await bob.getByRole('textbox', { name: 'Message' }).fill('Typing a draft…');
    await alice.waitForTimeout(400);
    await alice.screenshot({ path: `${out}/alice-thread-${colorScheme}.png` });
    await bob.setViewportSize({ width: 360, height: 720 });
    await bob.screenshot({ path: `${out}/bob-narrow-thread-${colorScheme}.png` });
    await bob.getByRole('button', { name: 'Back to agents' }).click();
    await bob.screenshot({ path: `${out}/bob-narrow-list-${colorScheme}.png` });
    const picker = await context.newPage();
    await picker.goto(demo.url);
    await picker.screenshot({ path: `${out}/picker-${colorScheme}.png` });
    await groupShots(context, alice, bob, colorScheme);
    await context.close();
  }
  // 200% zoom: a 1200 × 760 window zoomed to 200% lays out in 600 × 380 CSS pixels at twice the density.
  const zoomed = await demo.browser.newContext({ viewport: { width: 600, height: 380 }, deviceScaleFactor: 2 });
  const alice = await zoomed.newPage();
  await alice.goto(`${demo.url}?as=alice`);
  await alice.getByRole('button', { name: 'Bob Smith', exact: true }).click();
  await alice.getByRole('textbox', { name: 'Message' }).waitFor();
  await alice.waitForTimeout(300);
  await alice.screenshot({ path: `${out}/alice-zoom-200.png` });
  await zoomed.close();
  console.log(`Screenshots in ${out}/`);
} finally {
  await demo.stop();
}

/** Alice starts "Escalations" with Bob and Carol and mentions Bob: the dialog, her thread, Bob's row and thread, narrow. */
async function groupShots(context, alice, bob, colorScheme) {
  const carol = await context.newPage();
  await carol.goto(`${demo.url}?as=carol`);
  await alice.getByRole('button', { name: 'New group' }).click();
  const dialog = alice.getByRole('dialog', { name: 'New group' });
  await dialog.getByRole('textbox', { name: 'Group name' }).fill('Escalations');
  const people = dialog.getByRole('combobox', { name: 'Add people' });
  for (const [typed, name] of [['bob', 'Bob Smith'], ['carol', 'Carol Mensah']]) {
    await people.pressSequentially(typed);
    await dialog.getByRole('option', { name }).waitFor();
    await people.press('Enter');
  }
  await alice.screenshot({ path: `${out}/alice-new-group-${colorScheme}.png` });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await alice.locator('iac-chat-thread h2', { hasText: 'Escalations' }).waitFor();
  const textbox = alice.getByRole('textbox', { name: 'Message' });
  await textbox.fill('Caller on line 4 needs a supervisor.');
  await textbox.press('Enter');
  await carol.locator('iac-agent-list').getByRole('button', { name: 'Escalations', exact: true }).click();
  await carol.getByRole('textbox', { name: 'Message' }).fill('I can take it after this call.');
  await carol.getByRole('textbox', { name: 'Message' }).press('Enter');
  await textbox.pressSequentially('Thanks! @bo');
  await alice.getByRole('listbox', { name: 'People to mention' }).waitFor();
  await alice.screenshot({ path: `${out}/alice-mention-list-${colorScheme}.png` });
  await textbox.press('Enter');
  await textbox.pressSequentially('can you take the follow-up?');
  await textbox.press('Enter');
  await bob.setViewportSize({ width: 1200, height: 760 });
  const row = bob.locator('iac-agent-list').getByRole('button', { name: 'Escalations', exact: true });
  await row.locator('.badge.mention').waitFor();
  await bob.screenshot({ path: `${out}/bob-mentioned-${colorScheme}.png` });
  await row.click();
  await bob.locator('iac-chat-thread mark.mention').waitFor();
  await bob.screenshot({ path: `${out}/bob-group-thread-${colorScheme}.png` });
  await bob.setViewportSize({ width: 360, height: 720 });
  await bob.screenshot({ path: `${out}/bob-narrow-group-thread-${colorScheme}.png` });
  await carol.close();
}
