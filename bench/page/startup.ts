/**
 * Start-up to an interactive list: run as the page loads, from navigation start (time 0 of
 * `performance.now()`) to the paint of the first frame whose chat list shows its rows: all of
 * them, or as many as fill the list (a virtualized list renders only those).
 */
import { paintedWhen } from './paint.js';
import { signIn } from './widget.js';

export async function measureStartup(database: string, identity: string, directorySize: number, chats: number) {
  const scriptStartedAt = performance.now();
  const signingIn = signIn({ database, identity, directorySize });
  signingIn.catch(() => {}); // Reported through the paint's time-out instead.
  const paintedAt = await paintedWhen(() => listFilled(chats), 20_000, 'the chat list');
  const agent = await signingIn;
  return {
    ms: paintedAt,
    scriptToListMs: paintedAt - scriptStartedAt,
    chats: agent.store.state.chats.size,
  };
}

function listFilled(chats: number): boolean {
  const list = document.querySelector('internal-agent-chat')?.shadowRoot?.querySelector('iac-agent-list');
  const rows = list?.shadowRoot?.querySelectorAll('[part~="agent"]');
  if (!list || !rows?.length) return false;
  return rows.length >= chats || rows[rows.length - 1]!.getBoundingClientRect().bottom >= list.getBoundingClientRect().bottom;
}
