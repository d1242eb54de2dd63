// `internal-agent-chat cleanup`: find the service's chats (conversations tagged as ours or as the
// original plugin's) idle for longer than N days, list them, and delete them only when asked.
// A conversation without our tag is never touched; one whose last activity cannot be established
// is left alone.
import { EXIT } from './errors.mjs';
import { count, day, plural, printable } from './output.mjs';
import { isChatAttributes, lastActivity } from './tags.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {import('./rest.mjs').ConversationsApi} ConversationsApi
 * @typedef {import('./rest.mjs').ConversationRecord} ConversationRecord
 * @typedef {import('./output.mjs').Output} Output
 * @typedef {ConversationRecord & { lastActivity: Date }} IdleChat
 */

/**
 * @param {object} options
 * @param {ConversationsApi} options.api
 * @param {string} options.serviceSid
 * @param {number} options.idleDays
 * @param {boolean} options.apply delete (`--yes`); otherwise only list
 * @param {Output} options.out
 * @param {Date} [options.now]
 * @param {number} [options.concurrency] requests in flight at once when checking and deleting
 * @returns {Promise<number>} the exit code
 */
export async function cleanup({ api, serviceSid, idleDays, apply, out, now = new Date(), concurrency = 4 }) {
  const cutoff = new Date(now.getTime() - idleDays * DAY_MS);
  out.line(`Chats in ${serviceSid} idle for more than ${plural(idleDays, 'day')} (no activity since ${day(cutoff)}):`);

  // 1. Every conversation of the service, all pages; keep the tagged ones.
  let read = 0;
  /** @type {ConversationRecord[]} */
  const tagged = [];
  for await (const page of api.pages()) {
    read += page.length;
    for (const conversation of page) if (isChatAttributes(conversation.attributes)) tagged.push(conversation);
    out.progress(`Reading conversations: ${count(read)} read, ${count(tagged.length)} tagged…`);
  }

  // 2. Only a chat whose own dates are old can be idle; its last message decides.
  const maybeIdle = tagged.filter((c) => isBefore(lastActivity(c), cutoff));
  /** @type {IdleChat[]} */
  const idle = [];
  /** @type {{ chat: ConversationRecord, why: string }[]} */
  const unchecked = [];
  let checked = 0;
  await eachLimited(maybeIdle, concurrency, async (chat) => {
    try {
      const lastMessageAt = await api.lastMessageAt(chat.sid);
      if (lastMessageAt !== 'gone') {
        const at = lastActivity({ ...chat, lastMessageAt });
        if (at && at < cutoff) idle.push({ ...chat, lastActivity: at });
      }
    } catch (error) {
      unchecked.push({ chat, why: messageOf(error) });
    }
    checked++;
    if (checked % 25 === 0 || checked === maybeIdle.length) {
      out.progress(`Checking last messages: ${count(checked)} of ${count(maybeIdle.length)}…`);
    }
  });

  // 3. The list, oldest first.
  idle.sort((a, b) => a.lastActivity.getTime() - b.lastActivity.getTime() || a.sid.localeCompare(b.sid));
  for (const chat of idle) {
    const days = Math.floor((now.getTime() - chat.lastActivity.getTime()) / DAY_MS);
    out.line(`  ${chat.sid}  last active ${day(chat.lastActivity)} (${plural(days, 'day')} ago)  ${printable(chat.name)}`);
  }
  for (const { chat, why } of unchecked) {
    out.problem(`Could not check ${chat.sid} (${printable(chat.name)}): ${why}. Left alone.`);
  }

  const found = `Found ${plural(idle.length, 'idle chat')} out of ${count(tagged.length)} tagged (${plural(read, 'conversation')} read).`;
  const uncheckedNote = unchecked.length
    ? ` ${plural(unchecked.length, 'tagged chat')} could not be checked and ${unchecked.length === 1 ? 'was' : 'were'} left alone (see above): run the command again to retry.`
    : '';
  const checkedAll = unchecked.length ? EXIT.failed : EXIT.ok;

  if (!apply || idle.length === 0) {
    const next = idle.length === 0 ? ' Nothing to delete.' : ' Dry run: nothing deleted. Run again with --yes to delete them.';
    out.line(`${found}${next}${uncheckedNote}`);
    return checkedAll;
  }

  // 4. Delete, a few at a time. Already gone is as good as deleted.
  let deleted = 0;
  let gone = 0;
  /** @type {{ chat: IdleChat, why: string }[]} */
  const failed = [];
  let done = 0;
  await eachLimited(idle, concurrency, async (chat) => {
    try {
      if ((await api.remove(chat.sid)) === 'gone') gone++;
      else deleted++;
    } catch (error) {
      const why = messageOf(error);
      failed.push({ chat, why });
      out.problem(`Could not delete ${chat.sid} (${printable(chat.name)}): ${why}.`);
    }
    done++;
    if (done % 25 === 0 || done === idle.length) out.progress(`Deleting: ${count(done)} of ${count(idle.length)}…`);
  });

  const parts = [`Deleted ${count(deleted)}`];
  if (gone) parts.push(`${count(gone)} ${gone === 1 ? 'was' : 'were'} already gone`);
  if (failed.length) {
    parts.push(
      `${count(failed.length)} could not be deleted (see above): run the command again to retry ${failed.length === 1 ? 'it' : 'them'}`,
    );
  }
  out.line(`${found} ${parts.join('; ')}.${uncheckedNote}`);
  return failed.length ? EXIT.failed : checkedAll;
}

/**
 * @param {Date | null} date
 * @param {Date} cutoff
 */
const isBefore = (date, cutoff) => date !== null && date < cutoff;

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/**
 * Run `work` over `items` with at most `limit` in flight. `work` must not throw.
 * @template T
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<void>} work
 */
async function eachLimited(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
