/**
 * The bench's Flex figure, run inside the fake Flex (e2e/fake-flex/): from the click on the
 * side-nav link to the first painted frame in which the directory's search box is in the view,
 * ready for typing.
 */
import { paintedWhen } from './paint.js';

function searchBox(): HTMLInputElement | null | undefined {
  const chat = document.querySelector('.internal-agent-chat-view internal-agent-chat');
  return chat?.shadowRoot?.querySelector('iac-agent-list')?.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
}

/** Milliseconds from the click to the paint of the open view with its search box. */
export async function openChatView(): Promise<number> {
  const link = [...document.querySelectorAll<HTMLElement>('#side-nav .side-link')].find((button) => button.textContent?.includes('Internal Chat'));
  if (!link) throw new Error('no side-nav link "Internal Chat"');
  const clicked = performance.now();
  link.click();
  const painted = await paintedWhen(() => !!searchBox()?.isConnected && searchBox()!.getClientRects().length > 0, 10_000, 'the chat view');
  return painted - clicked;
}

(window as unknown as { benchFlex: unknown }).benchFlex = { openChatView };
