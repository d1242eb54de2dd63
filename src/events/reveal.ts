/**
 * The widget wants to be seen: a shortcut or a clicked desktop notification asked for the chat
 * while it isn't showing. A host that shows and hides it (Flex's chat view) brings it into view.
 */
export class IacRevealEvent extends Event {
  constructor() {
    super('iac-reveal', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iac-reveal': IacRevealEvent;
  }
}
