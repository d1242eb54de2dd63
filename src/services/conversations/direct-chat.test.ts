import { expect } from '@open-wc/testing';
import { directChatName, isChatAttributes, legacyPairName, UNIQUE_NAME_MAX_LENGTH } from './direct-chat.js';

describe('direct chat naming', () => {
  it('gives a pair one name, whichever side opens it', async () => {
    expect(await directChatName('alice', 'bob')).to.equal(await directChatName('bob', 'alice'));
  });

  it('keeps pairs apart that the original plugin confused', async () => {
    expect(legacyPairName('a+b', 'c')).to.equal(legacyPairName('a', 'b+c'));
    expect(await directChatName('a+b', 'c')).not.to.equal(await directChatName('a', 'b+c'));
    expect(await directChatName('a:b', 'c')).not.to.equal(await directChatName('a', 'b:c'));
  });

  it('stays within the uniqueName limit for the longest identities', async () => {
    const long = 'x'.repeat(256);
    const name = await directChatName(long, `${long.slice(1)}y`);
    expect(name.length).to.be.at.most(UNIQUE_NAME_MAX_LENGTH);
    expect(name).not.to.equal(await directChatName(long, `${long.slice(1)}z`));
  });
});

describe('chat tagging', () => {
  it('recognises our tag and the original plugin tag', () => {
    expect(isChatAttributes({ internalAgentChat: { kind: 'direct' } })).to.equal(true);
    expect(isChatAttributes({ internalChat: 'internalChat' })).to.equal(true);
  });

  it('ignores untagged and malformed attributes without throwing', () => {
    for (const attributes of [null, undefined, 'internalChat', 42, [], {}, { internalAgentChat: 'yes' }, { internalChat: true }]) {
      expect(isChatAttributes(attributes as never)).to.equal(false);
    }
  });
});
