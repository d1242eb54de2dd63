import { expect } from '@open-wc/testing';
import { openUserStorage } from './user-storage.js';

describe('user storage', () => {
  const database = `iac-storage-test-${crypto.randomUUID()}`;

  it('keeps values across openings, like a reload', async () => {
    await (await openUserStorage('alice', database)).set('pins', ['bob', 'carol']);
    const reopened = await openUserStorage('alice', database);
    expect(reopened.persistent).to.equal(true);
    expect(await reopened.get('pins')).to.deep.equal(['bob', 'carol']);
  });

  it('keeps two agents sharing a browser apart', async () => {
    await (await openUserStorage('alice', database)).set('pins', ['bob']);
    await (await openUserStorage('bob', database)).set('pins', ['dave']);
    expect(await (await openUserStorage('alice', database)).get('pins')).to.deep.equal(['bob']);
    expect(await (await openUserStorage('erin', database)).get('pins')).to.equal(undefined);
  });
});
