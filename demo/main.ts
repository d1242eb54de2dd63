/**
 * The demo `npm start` serves: the widget on the embedded backend. `?as=<identity>` signs in as
 * a seeded agent; two tabs signed in as two agents chat in real time through IndexedDB and
 * BroadcastChannel.
 */
import { ChatStore, InsightsDirectory, openUserStorage } from '../src/index.js';
import { LocalConversationsClient, LocalInsightsClient, seedWorkers } from '../src/services/local/index.js';
import { agentFromWorker } from '../src/services/directory/insights-directory.js';
import { applyDemoTheme } from './theme.js';

const app = document.querySelector<HTMLElement>('#app')!;
const who = document.querySelector<HTMLElement>('#who')!;
const agents = seedWorkers().flatMap((worker) => agentFromWorker(worker) ?? []);
const identity = new URLSearchParams(location.search).get('as');
const me = agents.find((agent) => agent.identity === identity);

applyDemoTheme();
if (me) void signIn(me.identity, me.displayName);
else showPicker(identity);

async function signIn(identity: string, displayName: string): Promise<void> {
  const storage = await openUserStorage(identity);
  const store = new ChatStore({
    client: new LocalConversationsClient(identity, { friendlyName: displayName }),
    directory: new InsightsDirectory(new LocalInsightsClient()),
    storage,
  });
  (window as { chatStore?: ChatStore }).chatStore = store; // For debugging from the console.
  const chat = document.createElement('internal-agent-chat');
  chat.userStorage = storage; // Settings and shortcut changes beside pins and drafts.
  chat.store = store;
  app.replaceChildren(chat);
  const other = identity === 'bob' ? 'alice' : 'bob';
  who.replaceChildren(
    text('span', `Signed in as ${displayName}`),
    link(`?as=${other}`, `Open ${other === 'bob' ? 'Bob' : 'Alice'} in a new tab`, true),
    link('./', 'Switch agent'),
  );
  chat.addEventListener('iac-unread-change', ({ detail }) => {
    document.title = `${detail.count ? `(${detail.count}) ` : ''}${displayName} · Internal Agent Chat`;
  });
  document.title = `${displayName} · Internal Agent Chat`;
  await store.start();
}

function showPicker(unknown: string | null): void {
  const list = document.createElement('ul');
  list.append(
    ...agents.map((agent) => {
      const item = document.createElement('li');
      const a = link(`?as=${encodeURIComponent(agent.identity)}`, agent.displayName);
      a.append(text('small', agent.identity));
      item.append(a);
      return item;
    }),
  );
  const picker = document.createElement('section');
  picker.className = 'picker';
  picker.append(
    text('h1', 'Who are you?'),
    text(
      'p',
      unknown
        ? `There is no seeded agent “${unknown}”. Pick one of these to sign in as:`
        : 'Sign in as a seeded agent. Open a second tab as someone else to chat between the two.',
    ),
    list,
  );
  app.replaceChildren(picker);
}

function text(tag: string, content: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}

function link(href: string, label: string, newTab = false): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  if (newTab) a.target = '_blank';
  return a;
}
