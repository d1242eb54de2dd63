/**
 * The chat's side-nav link in Flex: a `flex.SideLink` whose icon carries the unread total, kept
 * live while the view is closed (the link is always on screen), and whose label follows the
 * chat's language. React leaves the icon's and the label's spans empty; the plugin fills them,
 * so nothing here needs React beyond `createElement`.
 */
import type { Localization } from '../l10n/localization.js';
import { unreadTotal } from '../services/chat-state.js';
import type { ChatStore } from '../services/chat-store.js';
import type { FlexApi, ReactElementLike, ReactLike } from './flex-api.js';

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="currentColor"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm2 5v2h12V9H6Zm0 4v2h8v-2H6Z"/></svg>';

/** The link, for `flex.SideNav.Content.add`: active on `viewName`, opening it on click. */
export function chatSideLink(
  flex: Pick<FlexApi, 'SideLink'>,
  React: ReactLike,
  { localization, store, viewName, open }: { localization: Localization; store: ChatStore; viewName: string; open: () => void },
): ReactElementLike {
  // Nodes the plugin fills itself, each with how: React leaves them empty, so they can follow the
  // unread total and the language (which may arrive after start) without React re-rendering.
  const filled = new Map<HTMLElement, (node: HTMLElement) => void>();
  const update = () => filled.forEach((fill, node) => fill(node));
  store.subscribe(update);
  localization.subscribe(update);

  /** A span the plugin fills with `fill`; its ref is stable, so React calls it on mount and unmount only. */
  const span = (fill: (node: HTMLElement) => void) => {
    let mounted: HTMLElement | undefined;
    const ref = (node: HTMLElement | null) => {
      if (mounted) filled.delete(mounted);
      mounted = node ?? undefined;
      if (!node) return;
      filled.set(node, fill);
      fill(node);
    };
    return React.createElement('span', { ref });
  };
  const badge = (node: HTMLElement) => renderBadge(node, unreadTotal(store.state), localization);
  const icon = span(badge);
  const iconActive = span(badge);
  const label = span((node) => {
    if (node.textContent !== localization.words.flexLink) node.textContent = localization.words.flexLink;
  });
  const ChatSideLink = ({ activeView }: { activeView?: string }) =>
    React.createElement(flex.SideLink, { showLabel: true, icon, iconActive, isActive: activeView === viewName, onClick: open }, label);
  return React.createElement(ChatSideLink, { key: 'internal-agent-chat-link' });
}

function renderBadge(node: HTMLElement, unread: number, localization: Localization): void {
  const words = localization.words;
  const shown = `${unread}|${localization.tag}`;
  if (node.dataset.unread === shown) return; // The store announces every change, most not about unread.
  node.dataset.unread = shown;
  node.style.cssText = 'position:relative;display:inline-flex';
  node.innerHTML = CHAT_ICON;
  if (unread === 0) return;
  const badge = document.createElement('span');
  badge.className = 'internal-agent-chat-unread';
  badge.textContent = words.badge(unread);
  badge.title = words.unreadMessages(unread);
  badge.style.cssText =
    'position:absolute;inset-block-start:-6px;inset-inline-end:-8px;min-inline-size:16px;padding:0 4px;box-sizing:border-box;' +
    'border-radius:8px;background:#d61f1f;color:#fff;font:600 10px/16px Inter,system-ui,sans-serif;text-align:center';
  node.append(badge);
}
