/**
 * The few shapes of Flex UI 2.x the plugin uses, narrow enough for e2e/flex-host.ts to implement
 * them. Flex's own declarations satisfy them: `tsc --noEmit` fails in flex-api.check.ts the day
 * they drift apart (checked against @twilio/flex-ui 2.17.1, a devDependency for its types only:
 * the plugin never imports it, Flex hands it over at run time).
 */
import type { ComponentType, ReactElement, ReactNode, createElement } from 'react';
import type { ChatClient } from '../services/conversations/ports.js';
import type { InsightsClient } from '../services/directory/insights-port.js';
import type { FlexShortcutApi } from '../shortcuts/flex-shortcut-manager.js';

/**
 * Flex's React (17), a page global, typed by the @types/react that Flex's own declarations use:
 * the plugin makes elements with it and nothing else (no hooks, no internals).
 */
export type ReactLike = { createElement: typeof createElement };
export type ReactElementLike = ReactElement;

/** The props the plugin gives `flex.SideLink` (Flex's SideLinkProps). */
export interface SideLinkProps {
  icon: ReactNode;
  iconActive?: ReactNode;
  showLabel?: boolean;
  isActive?: boolean;
  onClick?: () => void;
  children?: ReactNode;
}

/** The values of Flex's `NotificationType` enum (`'information'`, not `'info'`). */
export type FlexNotificationType = 'information' | 'success' | 'warning' | 'error';

export interface FlexNotification {
  id: string;
  /** Flex's enum value, taken from `flex.NotificationType` at run time. */
  type: FlexNotificationType;
  /** A component: Flex renders it with `notificationContext`, the context given to showNotification. */
  content: ReactElementLike;
  timeout?: number;
  closeButton?: boolean;
}

/** The `flex` object a plugin's `init(flex, manager)` receives: `Twilio.Flex`. */
export interface FlexApi extends FlexShortcutApi {
  SideLink: ComponentType<SideLinkProps>;
  View: ComponentType<{ name: string; children: ReactNode }>;
  SideNav: { Content: { add(element: ReactElementLike, options?: { sortOrder?: number }): void } };
  ViewCollection: { Content: { add(element: ReactElementLike): void } };
  Actions: { invokeAction(name: string, payload?: Record<string, unknown>): unknown };
  NotificationType: Readonly<Record<FlexNotificationType, FlexNotificationType>>;
  Notifications: {
    registerNotification(notification: FlexNotification): void;
    showNotification(id: string, context?: Record<string, unknown>): unknown;
  };
}

/**
 * Flex's Manager. Its clients are declared always present, but a Flex in degraded mode (a client
 * that failed to start) can leave them unset: the plugin checks.
 */
export interface FlexManager {
  user: { identity: string };
  conversationsClient?: ChatClient;
  insightsClient?: InsightsClient;
  /** Flex's configuration: the plugin reads its theme (`ThemeConfigProps`). */
  configuration: { theme?: { isLight?: boolean } };
  /** Flex's Redux store: the theme can change at run time. */
  store?: { subscribe(listener: () => void): unknown };
}

/**
 * Flex's record of a plugin it loads (its PluginManagerDefinition): `src` is where the plugin's
 * file came from, `uuid` the attribute Flex put on the plugin's script element.
 */
export interface FlexPluginRecord {
  readonly name: string;
  readonly src: string;
  readonly uuid: string;
}

/**
 * A plugin class as Flex's PluginManager takes it: `new Plugin()`, then
 * `await plugin.init(flex, manager, plugins)`, `plugins` being Flex's records of the release's plugins.
 */
export interface FlexPluginClass {
  new (): { readonly name: string; init(flex: FlexApi, manager: FlexManager, plugins?: readonly FlexPluginRecord[]): Promise<void> };
}

/** What the plugin's file finds on the page: Flex's globals. */
export interface FlexPage {
  React?: ReactLike;
  Twilio?: { Flex?: { Plugins?: { init(plugin: FlexPluginClass): void } } };
}
