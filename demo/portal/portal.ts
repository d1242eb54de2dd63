/**
 * The portal demo: `<internal-agent-chat>` embedded the way an internal portal embeds it — a
 * token callback and a list of agents — with the strict SDK double standing in for
 * `@twilio/conversations` (no Twilio account needed). Alice is signed in to the "portal"; Bob,
 * simulated in the same page on the same in-memory service, greets her and answers what she
 * writes. Tokens live 90 s and are renewed before they expire; `?refuse` shows a refused token.
 */
import { ChatStore, type Agent } from '../../src/index.js';
import { ConversationsServiceDouble, conversationsSdkDouble } from '../../test/sdk-double/index.js';
import { agentFromWorker } from '../../src/services/directory/insights-directory.js';
import { seedWorkers } from '../../src/services/local/seed.js';
import { applyDemoTheme } from '../theme.js';

const TOKEN_LIFETIME_MS = 90_000;
const service = new ConversationsServiceDouble({ latencyMs: 30, tokenWarningMs: 30_000 });
const sdk = conversationsSdkDouble(service);
const agents: Agent[] = seedWorkers().flatMap((worker) => agentFromWorker(worker) ?? []);
const refuse = new URLSearchParams(location.search).has('refuse');

applyDemoTheme();
const status = document.createElement('span');
document.querySelector('#who')!.append(
  text('span', 'Signed in to the portal as Alice Johnson'),
  status,
  link(refuse ? './' : '?refuse', refuse ? 'Back to a working token' : 'Try a refused token'),
);

let issued = 0;
/** What the portal's token endpoint would do, for the identity of its own login session. */
async function tokenCallback(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 150)); // A round trip to the portal's server.
  if (refuse) throw new Error('the portal session has ended; sign in again');
  issued++;
  status.textContent = `· chat token #${issued} at ${new Date().toLocaleTimeString()}`;
  return service.issueToken('alice', TOKEN_LIFETIME_MS);
}

const chat = document.createElement('internal-agent-chat');
chat.tokenCallback = tokenCallback;
chat.directory = agents;
chat.loadSdk = async () => sdk; // A real portal leaves this out: the SDK is then imported on first use.
document.querySelector('#app')!.replaceChildren(chat);
if (!refuse) void simulateBob();

/** Bob, a colleague on the same service: says hello, then answers each message Alice sends him. */
async function simulateBob(): Promise<void> {
  const bob = new ChatStore({
    client: new sdk.Client(service.issueToken('bob', 24 * 3_600_000), { throwErrorsAlways: true }),
    directory: { search: async () => agents, lookup: async (ids) => agents.filter((a) => ids.includes(a.identity)), watch: () => () => {} },
  });
  await bob.start();
  await new Promise((resolve) => setTimeout(resolve, 800));
  await bob.send('alice', { text: 'Morning Alice! Are you on the escalations queue today?', files: [] });
  const answered = new Set<string>();
  bob.subscribe(() => {
    const thread = bob.state.threads.get('alice');
    for (const message of thread?.messages ?? []) {
      if (message.own || message.index < 0 || answered.has(message.key)) continue;
      answered.add(message.key);
      setTimeout(() => void bob.send('alice', { text: `Got it: “${message.body || 'your file'}”. Thanks!`, files: [] }), 1200);
    }
  });
  await bob.openChat('alice'); // Bob keeps the chat open and in view: he reads what Alice writes.
  bob.setViewing('alice');
}

function text(tag: string, content: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}

function link(href: string, label: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  return a;
}
