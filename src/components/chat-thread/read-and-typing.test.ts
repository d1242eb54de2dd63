import { expect } from '@open-wc/testing';
import type { MessageView } from '../../services/chat-state.js';
import { lastOwnMessageSeen, typingWords } from './read-and-typing.js';

const message = (index: number, own: boolean, more: Partial<MessageView> = {}): MessageView => ({
  key: `m${index}`,
  index,
  author: own ? 'alice' : 'bob',
  body: `message ${index}`,
  sentAt: new Date(2026, 0, 1, 9, index),
  own,
  attachments: [],
  mentions: [],
  delivery: 'sent',
  ...more,
});

describe('read state and typing, in words', () => {
  it("puts Seen on the user's newest message that others have read, never on a member's line after it", () => {
    const messages = [message(0, false), message(1, true), message(2, true, { notice: { kind: 'renamed', name: 'Escalations EMEA' } })];
    const horizons = new Map([['bob', 2], ['maria.garcia', 1]]);
    expect(lastOwnMessageSeen(messages, horizons)).to.deep.equal({ key: 'm1', by: ['bob', 'maria.garcia'] });
    expect(lastOwnMessageSeen(messages, new Map([['bob', 0]])), 'read by no one yet').to.equal(undefined);
  });

  it('names one or two typing, and says several beyond', () => {
    const t = { isTyping: (a: string) => `${a} is typing…`, twoTyping: (a: string, b: string) => `${a} and ${b} are typing…`, severalTyping: 'Several people are typing…' };
    expect([[], ['Bob'], ['Bob', 'Carol'], ['Bob', 'Carol', 'Dev']].map((names) => typingWords(t, names))).to.deep.equal([
      '',
      'Bob is typing…',
      'Bob and Carol are typing…',
      'Several people are typing…',
    ]);
  });
});
