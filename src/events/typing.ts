/** The person is typing in the composer (fired at most every few seconds while they type). */
export class IacTypingEvent extends Event {
  constructor() {
    super('iac-typing', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iac-typing': IacTypingEvent;
  }
}
