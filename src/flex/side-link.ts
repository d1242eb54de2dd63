/**
 * The chat's side-nav link in Flex: a `flex.SideLink` whose icon carries the unread total, kept
 * live while the view is closed (the link is always on screen). React leaves the icon's span
 * empty; the plugin fills it, so nothing here needs React beyond `createElement`.
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
  const badges = new Set<HTMLElement>();
  const update = () => badges.forEach((badge) => renderBadge(badge, unreadTotal(store.state), localization));
  store.subscribe(update);
  localization.subscribe(update);

  /** The ref is stable, so React calls it on mount and unmount only. */
  const iconSlot = (slot: { node?: HTMLElement }) => (node: HTMLElement | null) => {
    if (slot.node) badges.delete(slot.node);
    slot.node = node ?? undefined;
    if (!node) return;
    badges.add(node);
    renderBadge(node, unreadTotal(store.state), localization);
  };
  const icon = React.createElement('span', { ref: iconSlot({}) });
  const iconActive = React.createElement('span', { ref: iconSlot({}) });
  const ChatSideLink = ({ activeView }: { activeView?: string }) =>
    React.createElement(
      flex.SideLink,
      { showLabel: true, icon, iconActive, isActive: activeView === viewName, onClick: open },
      localization.words.flexLink,
    );
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
