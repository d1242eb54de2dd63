/**
 * The portal entry's elements arrive on demand: nothing is fetched until a page uses one of the
 * tags (or goes idle); what the page set on an element before it was defined reaches it; and a
 * module that cannot be fetched is said in the chat, with Reload. Real dynamic imports: the
 * elements' own module, and a URL the test server does not have.
 */
import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS, elementsOnDemand } from './elements-on-demand.js';
import { localChat, testDatabase } from '../test/helpers/local-chat.js';
import { openUserStorage } from './services/storage/user-storage.js';
import { until } from '../test/helpers/until.js';
import { until as eventually } from './services/local/test-support.js';

/** A place of the test's own in the page, watched instead of the whole document. */
function area(): HTMLElement {
  const div = document.createElement('div');
  div.style.cssText = 'width: 900px; height: 500px';
  document.body.append(div);
  return div;
}

const nextMutations = () => new Promise((resolve) => setTimeout(resolve));

describe('elements on demand', () => {
  // First, while no element is defined in this page: a fetch that fails.
  it('says in each chat which file did not arrive, with Reload, when the elements cannot be fetched', async () => {
    const watched = area();
    const load = elementsOnDemand(() => import(/* a file the server does not have */ `${'/no-such-folder'}/internal-agent-chat-elements.js`), watched);
    const chat = document.createElement('internal-agent-chat');
    watched.append(chat);
    await load().catch(() => {});
    await nextMutations();
    const alert = chat.querySelector('[role="alert"]');
    expect(alert?.textContent).to.match(/^The chat couldn't be loaded: http:\/\/\S+\/no-such-folder\/internal-agent-chat-elements\.js didn't arrive\. Check your connection and reload the page\./);
    expect(alert?.querySelector('button')?.textContent).to.equal('Reload');
    await expect(chat).to.be.accessible();

    const later = document.createElement('internal-agent-chat');
    watched.append(later);
    await nextMutations();
    await nextMutations();
    expect(later.querySelector('[role="alert"]')?.textContent, 'a chat the page adds after the failure says so too').to.contain("didn't arrive");
    expect(chat.querySelectorAll('[role="alert"]')).to.have.length(1);
    watched.remove();
  });

  it('fetches nothing until the page uses a tag, then defines them all; what the page set before is kept', async () => {
    const database = testDatabase();
    const alice = await localChat('alice', database);
    const watched = area();
    let fetched = 0;
    const load = elementsOnDemand(() => {
      fetched++;
      return import('./elements.js');
    }, watched);
    expect(fetched, 'nothing fetched at start').to.equal(0);

    // As a portal does it: made, given its store and storage, put in the page.
    const chat = document.createElement('internal-agent-chat');
    chat.userStorage = await openUserStorage('alice', `${database}-settings`);
    chat.store = alice.store;
    watched.append(chat);
    await customElements.whenDefined('internal-agent-chat');
    expect(fetched).to.equal(1);
    expect(customElements.get('iac-composer'), 'every tag is defined with it').to.exist;

    const elements = await load();
    const { InternalAgentChat } = elements;
    expect(Object.values(elements).map((element) => customElements.getName(element)).sort(), 'the tags watched are the ones it defines').to.deep.equal([...ELEMENT_TAGS].sort());
    expect(chat).to.be.instanceOf(InternalAgentChat);
    expect(chat.store, 'the store set before the element was defined').to.equal(alice.store);
    const someone = await until(alice.store, (s) => s.agents.get(s.directory.results.find((id) => id !== 'alice') ?? ''));
    await eventually(() => !!chat.shadowRoot?.querySelector('iac-agent-list')?.shadowRoot?.textContent?.includes(someone.displayName));
    expect(fetched, 'fetched once').to.equal(1);
    watched.remove();
    await alice.stop();
  });
});
