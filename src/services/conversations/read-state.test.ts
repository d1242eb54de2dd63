import { expect } from '@open-wc/testing';
import { advance, unreadCount } from './read-state.js';

describe('read state', () => {
  it('counts every message of a chat never read, including a brand-new incoming one', () => {
    expect(unreadCount({ lastIndex: 2, horizon: null })).to.equal(3);
    expect(unreadCount({ lastIndex: -1, horizon: null })).to.equal(0);
  });

  it('counts what lies past the read horizon', () => {
    expect(unreadCount({ lastIndex: 9, horizon: 6 })).to.equal(3);
    expect(unreadCount({ lastIndex: 9, horizon: 9 })).to.equal(0);
  });

  it('gives the same answer whatever order the news arrives in', () => {
    const start = { lastIndex: -1, horizon: null };
    const news = [{ lastIndex: 0 }, { lastIndex: 2 }, { lastIndex: 1 }, { horizon: 1 }, { lastIndex: 2 }];
    const forwards = news.reduce(advance, start);
    const backwards = [...news].reverse().reduce(advance, start);
    expect(forwards).to.deep.equal({ lastIndex: 2, horizon: 1 });
    expect(backwards).to.deep.equal(forwards);
    expect(unreadCount(forwards)).to.equal(1);
  });
});
