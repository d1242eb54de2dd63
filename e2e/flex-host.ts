/**
 * A stand-in for Flex UI 2.x, for e2e/plugin.test.mjs (bundled by it with esbuild, loaded before
 * the built plugin file). It provides what Flex provides as globals — `React`, `ReactDOM`,
 * `Redux`, `ReactRedux` and `Twilio.Flex` — and records what the plugin registers.
 *
 * `React.createElement` returns plain descriptors and a few lines below "mount" them (calling
 * function components, creating DOM nodes, calling refs after insertion), which is all the plugin
 * may rely on: no hooks, no React internals. Behind `manager.conversationsClient` is the strict
 * SDK double; Bob chats from the same page through a ChatStore of his own.
 *
 * Query string: `?token=bad` gives Flex a client whose token is refused; `?full` makes the service
 * refuse new conversations (Alice is at the per-identity limit); `?desktop` stubs `Notification`
 * (permission granted) and records what it is asked to show.
 */
import { ChatStore } from '../src/services/chat-store.js';
import { whenInitialized } from '../src/services/conversations/initialized.js';
import { ConversationsServiceDouble, conversationsSdkDouble } from '../src/services/conversations/sdk-double/index.js';
import { InsightsDirectory } from '../src/services/directory/insights-directory.js';
import { LocalInsightsClient } from '../src/services/local/local-insights-client.js';
import { fakeFlex } from '../src/test/fake-flex-shortcuts.js';

type Props = Record<string, unknown> & { children?: unknown; ref?: (node: Element | null) => void };
interface Descriptor {
  type: string | ((props: Props) => unknown);
  props: Props;
}

const React = {
  createElement(type: Descriptor['type'], props?: Props | null, ...children: unknown[]): Descriptor {
    return { type, props: { ...props, ...(children.length ? { children: children.length === 1 ? children[0] : children } : {}) } };
  },
};

/** Mounts a descriptor tree into `parent`; refs are called once the tree is in the document, as React does. */
function mount(node: unknown, parent: Element): () => void {
  const refs: Array<() => void> = [];
  const unmount = build(node, parent, refs);
  refs.forEach((attach) => attach());
  return unmount;
}

function build(node: unknown, parent: Element, refs: Array<() => void>): () => void {
  if (node === null || node === undefined || node === false || node === '') return () => {};
  if (typeof node === 'string' || typeof node === 'number') {
    const text = document.createTextNode(String(node));
    parent.append(text);
    return () => text.remove();
  }
  if (Array.isArray(node)) {
    const all = node.map((child) => build(child, parent, refs));
    return () => all.forEach((unmount) => unmount());
  }
  const { type, props } = node as Descriptor;
  if (typeof type === 'function') return build(type(props), parent, refs);
  const element = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'ref' || name === 'key') continue;
    if (name === 'style') Object.assign(element.style, value);
    else if (name === 'className') element.className = String(value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else element.setAttribute(name, String(value));
  }
  const children = build(props.children, element, refs);
  parent.append(element);
  if (props.ref) refs.push(() => props.ref!(element));
  return () => {
    props.ref?.(null);
    children();
    element.remove();
  };
}

// ——— the fake Flex ———

const records = {
  plugins: [] as string[],
  sideNav: [] as Array<{ options?: { sortOrder?: number } }>,
  views: [] as string[],
  registered: [] as Array<{ id: string; type: string; timeout?: number }>,
  shown: [] as Array<{ id: string; text: string }>,
  actions: [] as Array<{ name: string; payload?: Record<string, unknown> }>,
  desktop: [] as Array<{ title: string; body?: string }>,
};
const sideNavItems: Descriptor[] = [];
const viewItems: Descriptor[] = [];
const notifications = new Map<string, Descriptor | string>();
let activeView = 'agent-desktop';
let unmountNav = () => {};
let unmountView = () => {};

function renderNav(): void {
  unmountNav();
  const items = sideNavItems.map((item) => ({ ...item, props: { ...item.props, activeView } }));
  unmountNav = mount(items, document.querySelector('#side-nav')!);
}

function navigate(viewName: string): void {
  activeView = viewName;
  renderNav();
  unmountView();
  const view = viewItems.find((item) => item.props.name === viewName);
  unmountView = view ? mount(view, document.querySelector('#views')!) : () => {};
}

const SideLink = (props: Props) =>
  React.createElement(
    'button',
    { className: 'side-link', 'data-active': String(Boolean(props.isActive)), onClick: props.onClick },
    props.isActive ? props.iconActive : props.icon,
    React.createElement('span', { className: 'side-link-label' }, props.children),
  );
const View = (props: Props) => React.createElement('section', { className: 'flex-view', 'data-view': props.name }, props.children);

// Flex's shortcut manager with Flex's defaults; Flex runs a shortcut on Ctrl+Shift+key anywhere in the page.
const { KeyboardShortcutManager, defaultKeyboardShortcuts } = fakeFlex();
document.addEventListener('keydown', (event) => {
  const key = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(event.code);
  if (!event.ctrlKey || !event.shiftKey || event.altKey || !key) return;
  event.preventDefault();
  KeyboardShortcutManager.press(key[1] ?? key[2]!);
});

const flex = {
  KeyboardShortcutManager,
  defaultKeyboardShortcuts,
  SideLink,
  View,
  SideNav: {
    Content: {
      add(element: Descriptor, options?: { sortOrder?: number }) {
        records.sideNav.push({ options });
        sideNavItems.push(element);
        renderNav();
      },
    },
  },
  ViewCollection: {
    Content: {
      add(element: Descriptor) {
        records.views.push(String(element.props.name));
        viewItems.push(element);
      },
    },
  },
  Actions: {
    async invokeAction(name: string, payload?: Record<string, unknown>) {
      records.actions.push({ name, payload });
      if (name === 'NavigateToView') navigate(String(payload?.viewName));
    },
  },
  Notifications: {
    registerNotification(notification: { id: string; type: string; content: Descriptor | string; timeout?: number }) {
      records.registered.push({ id: notification.id, type: notification.type, timeout: notification.timeout });
      notifications.set(notification.id, notification.content);
    },
    showNotification(id: string, context?: Record<string, unknown>) {
      const content = notifications.get(id);
      const text =
        typeof content === 'string' ? content : String((content?.type as (p: Props) => unknown)({ ...content?.props, notificationContext: context }));
      records.shown.push({ id, text });
    },
  },
};

// ——— the manager, with the strict double behind it ———

const query = new URLSearchParams(location.search);
const service = new ConversationsServiceDouble({ latencyMs: 2, ...(query.has('full') ? { conversationLimit: 0 } : {}) });
const { Client } = conversationsSdkDouble(service);
const insightsClient = new LocalInsightsClient();
const reduxListeners = new Set<() => void>();
const configuration = { theme: { isLight: true } };
const refused = query.get('token') === 'bad';
const connect = () => new Client(refused ? 'a-refused-token' : service.issueToken('alice'), { throwErrorsAlways: true });
// Flex normally loads plugins once its client has started. A refused client is made as Flex
// calls init, so the plugin meets it still connecting and sees it fail. (Met after it failed,
// the store would wait for an initFailed that never comes again: see whenInitialized.)
let conversationsClient = refused ? undefined : connect();
const manager = {
  user: { identity: 'alice' },
  get conversationsClient() {
    return (conversationsClient ??= connect());
  },
  insightsClient,
  configuration,
  store: { subscribe: (listener: () => void) => (reduxListeners.add(listener), () => reduxListeners.delete(listener)) },
};

if (query.has('desktop')) {
  (window as unknown as { Notification: unknown }).Notification = class {
    static permission = 'granted';
    static requestPermission = async () => 'granted';
    onclick: (() => void) | null = null;
    constructor(title: string, options?: { body?: string }) {
      records.desktop.push({ title, body: options?.body });
    }
    close() {}
  };
}

const flexReady = conversationsClient ? whenInitialized(conversationsClient) : Promise.resolve();

let bob: ChatStore | undefined;
const host = {
  records,
  /** The calls the plugin made on Flex's KeyboardShortcutManager, and whether Flex's shortcuts are off. */
  shortcutCalls: () => ({ calls: KeyboardShortcutManager.calls, disabled: KeyboardShortcutManager.disabled }),
  /** The shortcuts in force in Flex's manager, key → name. */
  shortcuts: () => Object.fromEntries(Object.entries(KeyboardShortcutManager.keyboardShortcuts).map(([key, s]) => [key, s.name])),
  navigate,
  /** Bob, on the same service, writes to Alice through a store of his own. */
  async bobSays(text: string) {
    if (!bob) {
      const client = new Client(service.issueToken('bob'), { throwErrorsAlways: true });
      bob = new ChatStore({ client, directory: new InsightsDirectory(insightsClient) });
      await bob.start();
    }
    await bob.send('alice', { text, files: [] });
  },
  /** Flex's theme changes the way updateConfig does: new configuration, then a Redux update. */
  setLightTheme(isLight: boolean) {
    configuration.theme = { isLight };
    reduxListeners.forEach((listener) => listener());
  },
};

Object.assign(window, {
  flexHost: host,
  React,
  ReactDOM: { render() {}, createPortal() {} },
  Redux: {},
  ReactRedux: {},
  Twilio: {
    Flex: {
      ...flex,
      Plugins: {
        init(Plugin: new () => { name: string; init(flexApi: unknown, flexManager: unknown): void }) {
          void flexReady.then(() => {
            const plugin = new Plugin();
            records.plugins.push(plugin.name);
            plugin.init(flex, manager);
          });
        },
      },
    },
  },
});
