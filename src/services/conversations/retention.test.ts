import { expect } from '@open-wc/testing';
import { chatsToLeave, conversationBudget, type RetentionCandidate } from './retention.js';
import { inEnglish } from '../../../test/helpers/english.js';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 23, 12);
const daysAgo = (days: number) => new Date(now - days * DAY);

function chat(sid: string, lastActivity: Date | null, extra: Partial<RetentionCandidate> = {}): RetentionCandidate {
  return { chat: `chat-${sid}`, sid, lastActivity, unread: 0, pinned: false, ...extra };
}

const sids = (chats: readonly RetentionCandidate[]) => chats.map((c) => c.sid);

describe('retention: chats to leave', () => {
  it('chooses chats idle longer than 30 days by default, oldest first', () => {
    const chats = [chat('recent', daysAgo(2)), chat('old', daysAgo(31)), chat('older', daysAgo(400)), chat('edge', daysAgo(30))];
    expect(sids(chatsToLeave(chats, { now }))).to.deep.equal(['older', 'old']);
  });

  it('honours a configured number of idle days', () => {
    const chats = [chat('a', daysAgo(8)), chat('b', daysAgo(6))];
    expect(sids(chatsToLeave(chats, { now, idleDays: 7 }))).to.deep.equal(['a']);
    expect(sids(chatsToLeave(chats, { now: new Date(now), idleDays: 0 }))).to.deep.equal(['a', 'b']);
  });

  it('never chooses a pinned chat', () => {
    expect(chatsToLeave([chat('pinned', daysAgo(90), { pinned: true })], { now })).to.deep.equal([]);
  });

  it('never chooses a chat with unread messages, or one never read', () => {
    const chats = [
      chat('unread', daysAgo(90), { unread: 3 }),
      chat('never-read', daysAgo(90), { unread: null }),
      chat('nonsense', daysAgo(90), { unread: Number.NaN }),
      chat('read', daysAgo(90), { unread: 0 }),
    ];
    expect(sids(chatsToLeave(chats, { now }))).to.deep.equal(['read']);
  });

  it('keeps a chat whose last activity is unknown, invalid or in the future', () => {
    const chats = [chat('unknown', null), chat('invalid', new Date(Number.NaN)), chat('future', daysAgo(-5))];
    expect(chatsToLeave(chats, { now })).to.deep.equal([]);
  });

  it("returns the caller's own objects and leaves the input alone", () => {
    const old = { ...chat('old', daysAgo(60)), preview: 'hi' };
    const input = [{ ...chat('new', daysAgo(1)), preview: 'hello' }, old];
    const result = chatsToLeave(input, { now });
    expect(result[0]).to.equal(old);
    expect(result[0].preview).to.equal('hi');
    expect(sids(input)).to.deep.equal(['new', 'old']);
  });

  it('refuses a nonsensical number of days in words', () => {
    expect(() => chatsToLeave([], { idleDays: -1 })).to.throw(RangeError, /idleDays must be a number of days/);
    expect(() => chatsToLeave([], { idleDays: Number.NaN })).to.throw(RangeError);
  });
});

describe('retention: conversation budget', () => {
  it('says nothing well below the limit', () => {
    expect(conversationBudget({ count: 120 })).to.deep.equal({ level: 'ok', warn: false, message: null });
    expect(conversationBudget({ count: 799 }).warn).to.equal(false);
  });

  it('warns from 800 of 1,000 in words that say what happens and what to do', () => {
    const budget = conversationBudget({ count: 812 });
    expect(budget.level).to.equal('warn');
    expect(budget.warn).to.equal(true);
    expect(inEnglish(budget.message)).to.equal(
      "You're in 812 of Twilio's 1,000 conversations. Old chats are cleared after 30 days idle; unpin chats you no longer need.",
    );
    expect(conversationBudget({ count: 800 }).warn).to.equal(true);
  });

  it('says plainly when the limit is reached', () => {
    const budget = conversationBudget({ count: 1000 });
    expect(budget.level).to.equal('full');
    expect(inEnglish(budget.message)).to.contain("You're in 1,000 of Twilio's 1,000 conversations. New chats can't start");
  });

  it('follows a configured limit, threshold and retention', () => {
    const budget = conversationBudget({ count: 45, limit: 50, warnAt: 40, idleDays: 1 });
    expect(inEnglish(budget.message)).to.equal(
      "You're in 45 of Twilio's 50 conversations. Old chats are cleared after 1 day idle; unpin chats you no longer need.",
    );
  });
});
