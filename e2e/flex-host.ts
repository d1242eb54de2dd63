/**
 * A stand-in for Flex UI 2.17, for e2e/plugin.test.mjs (bundled by it with esbuild). Built from
 * what @twilio/flex-ui 2.17.1's declarations and bundle say Flex does, not from what the plugin
 * happens to need: it starts the way Flex starts, then loads the plugin the way Flex loads it
 * (fake-flex/plugin-loader.ts), and records what the plugin registers.
 *
 * Start-up, in Flex's order: Flex's shortcuts are in force; the agent's Conversations client is
 * created (the strict SDK double) and, as in Flex, plugins load while it is still initializing
 * (its socket is connected, its user's identity still ''); then the release's plugins load.
 * Globals are what Flex gives a plugin: `React`, `ReactDOM`, `Redux`, `ReactRedux`, `Twilio.Flex`.
 *
 * The page passes the release in `<script type="application/json" id="flex-release">`
 * (`{ plugins: [{ name, src }], injectSource }`). Query string: `?token=bad` gives Flex a client
 * whose token is refused; `?full` makes the service refuse new conversations (Alice is at the
 * per-identity limit); `?desktop` stubs `Notification` (permission granted) and records what it
 * is asked to show; `?noConversations` / `?noInsights` leave Flex without that client, as a
 * degraded Flex does; `?rolesNotSetUp` gives the service Flex's default roles, which nobody has
 * granted the chat's permissions.
 */
import { ChatStore } from '../src/services/chat-store.js';
import { ConversationsServiceDouble, ServiceRoles, conversationsSdkDouble } from '../test/sdk-double/index.js';
import { InsightsDirectory } from '../src/services/directory/insights-directory.js';
import { LocalInsightsClient } from '../src/services/local/local-insights-client.js';
import { fakeFlex } from '../test/helpers/fake-flex-shortcuts.js';
import { FakePluginManager, type PluginDefinition } from './fake-flex/plugin-loader.js';
import { React, mount, renderText, type Descriptor, type Props } from './fake-flex/react.js';

const FLEX_VERSION = '2.17.1';
/** How long Flex's client takes from a connected socket to `initialized`: plugins load meanwhile. */
const CLIENT_INITIALIZATION_MS = 400;

const records = {
  sideNav: [] as Array<{ options?: { sortOrder?: number } }>,
  views: [] as string[],
  registered: [] as Array<{ id: string; type: string; timeout?: number }>,
  shown: [] as Array<{ id: string; text: string }>,
  actions: [] as Array<{ name: string; payload?: Record<string, unknown> }>,
  desktop: [] as Array<{ title: string; body?: string }>,
  /** What Flex's ErrorManager would have logged: failed downloads and inits, unknown plugins. */
  flexErrors: [] as string[],
};

// ——— Flex's components and APIs ———

const sideNavItems: Descriptor[] = [];
const viewItems: Descriptor[] = [];
const notifications = new Map<string, unknown>();
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

/** Flex's NotificationType enum, as its bundle defines it. */
const NotificationType = { information: 'information', success: 'success', warning: 'warning', error: 'error' } as const;

// Flex's shortcut manager with Flex's defaults, listening on the window as Flex's init makes it
// (Ctrl+Shift+key anywhere in the page; it never prevents the browser's own action).
const { KeyboardShortcutManager, defaultKeyboardShortcuts } = fakeFlex();
KeyboardShortcutManager.attach(window);

const flex = {
  KeyboardShortcutManager,
  defaultKeyboardShortcuts,
  SideLink,
  View,
  NotificationType,
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
    registerNotification(notification: { id: string; type: string; content: unknown; timeout?: number }) {
      // Stricter than Flex, which styles an unknown type as it can: its types allow only its enum.
      if (!Object.values(NotificationType).includes(notification.type as never)) {
        records.flexErrors.push(`Unknown notification type "${notification.type}"`);
      }
      records.registered.push({ id: notification.id, type: notification.type, timeout: notification.timeout });
      notifications.set(notification.id, notification.content);
    },
    showNotification(id: string, context?: Record<string, unknown>) {
      if (!notifications.has(id)) return null;
      records.shown.push({ id, text: renderText(notifications.get(id), { notificationContext: context }) });
      return { id };
    },
  },
};

// ——— the manager, with the strict double behind it ———

const query = new URLSearchParams(location.search);
const service = new ConversationsServiceDouble({
  latencyMs: 2,
  initializationMs: CLIENT_INITIALIZATION_MS,
  ...(query.has('full') ? { conversationLimit: 0 } : {}),
  // Flex's roles as Flex creates them; otherwise as after `npx internal-agent-chat setup --yes`.
  ...(query.has('rolesNotSetUp') ? { roles: ServiceRoles.flexDefaults() } : {}),
});
const { Client } = conversationsSdkDouble(service);
const insightsClient = new LocalInsightsClient();
const reduxListeners = new Set<() => void>();
const configuration = { theme: { isLight: true } };
// Flex creates its client at start and does not wait for it to initialize before loading plugins.
const conversationsClient = query.has('noConversations')
  ? undefined
  : new Client(query.get('token') === 'bad' ? 'a-refused-token' : service.issueToken('alice'), { throwErrorsAlways: true });
const manager = {
  user: { identity: 'alice' },
  conversationsClient,
  insightsClient: query.has('noInsights') ? undefined : insightsClient,
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

const release = JSON.parse(document.querySelector('#flex-release')?.textContent ?? '{}') as {
  plugins?: PluginDefinition[];
  injectSource?: boolean;
};
// Flex hands each plugin the whole Flex module: the object on `Twilio.Flex`, Plugins included.
const twilioFlex: typeof flex & { Plugins?: FakePluginManager['api'] } = { ...flex };
const plugins = new FakePluginManager({
  flex: twilioFlex,
  manager,
  injectSource: release.injectSource === true,
  headers: { 'X-Flex-JWE': 'a-session-jwe', 'X-Flex-Version': FLEX_VERSION },
  report: (message) => records.flexErrors.push(message),
});

/** Settles once Flex's chat client has initialized (or failed to): Flex has finished starting. */
const clientStarted = new Promise<void>((resolve) => {
  if (!conversationsClient) return resolve();
  conversationsClient.on('initialized', () => resolve());
  conversationsClient.on('initFailed', () => resolve());
});

let bob: ChatStore | undefined;
let group: string | undefined;

/** Bob, on the same service as Alice, with a store of his own (started once). */
async function bobsStore(): Promise<ChatStore> {
  if (!bob) {
    const client = new Client(service.issueToken('bob'), { throwErrorsAlways: true });
    bob = new ChatStore({ client, directory: new InsightsDirectory(insightsClient) });
    await bob.start();
  }
  return bob;
}

const host = {
  records,
  /** Plugins initialized, by name, and every plugin's state. */
  plugins: () => ({ initialized: [...plugins.initialized], states: plugins.states }),
  /** The calls the plugin made on Flex's KeyboardShortcutManager, and whether Flex's shortcuts are off. */
  shortcutCalls: () => ({ calls: KeyboardShortcutManager.calls, disabled: KeyboardShortcutManager.disabled }),
  /** The shortcuts in force in Flex's manager, key → name. */
  shortcuts: () => Object.fromEntries(Object.entries(KeyboardShortcutManager.keyboardShortcuts).map(([key, s]) => [key, s.name])),
  navigate,
  /** Resolves once Flex's chat client has initialized: what a person clicking after Flex has loaded meets. */
  clientStarted: () => clientStarted,
  /** Bob, on the same service, writes to Alice through a store of his own. */
  async bobSays(text: string) {
    await (await bobsStore()).send('alice', { text, files: [] });
  },
  /** Bob writes in "Escalations", a group he starts with Alice and María the first time. */
  async bobSaysInGroup(text: string) {
    const store = await bobsStore();
    group ??= await store.createGroup('Escalations', ['alice', 'maria.garcia']);
    await store.send(group, { text, files: [] });
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
  Twilio: { Flex: Object.assign(twilioFlex, { Plugins: plugins.api }) },
});

plugins.load(release.plugins ?? []);
