/** Files dropped somewhere other than the composer (e.g. on the thread), for the composer's one list. */
export class IacAttachEvent extends Event {
  constructor(readonly detail: { files: File[] }) {
    super('iac-attach', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iac-attach': IacAttachEvent;
  }
}
