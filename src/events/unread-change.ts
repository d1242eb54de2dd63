/** The number of unread messages across the user's chats (muted ones left out) changed. */
export class IacUnreadChangeEvent extends Event {
  constructor(readonly detail: { count: number }) {
    super('iac-unread-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iac-unread-change': IacUnreadChangeEvent;
  }
}
