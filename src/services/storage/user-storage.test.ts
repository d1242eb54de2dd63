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

  it('falls back to memory, and says so, when the browser refuses IndexedDB', async () => {
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const storage = await openUserStorage('alice', `iac-blocked-${crypto.randomUUID()}`);
      expect(storage.persistent).to.equal(false);
      await storage.set('pins', ['bob']);
      expect(await storage.get('pins')).to.deep.equal(['bob']);
    } finally {
      indexedDB.open = open;
    }
  });
});
