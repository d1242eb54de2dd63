/** The people chosen in an `<iac-people-picker>` changed. */
export class IacPeopleChangeEvent extends Event {
  constructor(readonly detail: { chosen: readonly string[] }) {
    super('iac-people-change', { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iac-people-change': IacPeopleChangeEvent;
  }
}
