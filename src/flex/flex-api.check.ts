/**
 * Compile-time proof that Flex UI 2.17.1's own declarations satisfy the plugin's shapes of Flex
 * (flex-api.ts): `tsc --noEmit` fails here the day they drift apart. Nothing in this file runs,
 * and nothing the plugin ships imports @twilio/flex-ui.
 *
 * Methods in TypeScript compare their parameters both ways, so a parameter the plugin passes
 * (a notification) is checked on its own, in the direction that matters: what the plugin
 * passes must be what Flex takes.
 */
import type * as Flex from '@twilio/flex-ui';
import type { Manager } from '@twilio/flex-ui';
import type { PluginManagerDefinition } from '@twilio/flex-ui/src/core/PluginManager.js';
import type { FlexApi, FlexManager, FlexNotification, FlexNotificationType, FlexPluginRecord } from './flex-api.js';

type Satisfies<Port, Impl extends Port> = Impl;
type Same<A, B extends A> = A extends B ? true : never;

/** Notifications take Flex's enum for a type: checked on their own below. */
export type FlexSatisfiesApi = Satisfies<Omit<FlexApi, 'Notifications' | 'NotificationType'>, typeof Flex>;
export type FlexNotificationsSatisfy = Satisfies<Pick<FlexApi['Notifications'], 'showNotification'>, typeof Flex.Notifications>;
export type FlexNotificationTypeSatisfies = Satisfies<Record<FlexNotificationType, string>, typeof Flex.NotificationType>;
export type ManagerSatisfiesFlexManager = Satisfies<FlexManager, Manager>;

/** The plugin's notification type names are exactly the values of Flex's NotificationType enum. */
export type NotificationTypesAreFlexs = Same<`${Flex.NotificationType}`, FlexNotificationType>;

/** A notification the plugin registers is one Flex's registerNotification takes, with Flex's enum for its type. */
type RegisteredByPlugin = Omit<FlexNotification, 'type'> & { type: Flex.NotificationType };
export type PluginNotificationIsFlexs = Satisfies<Parameters<typeof Flex.Notifications.registerNotification>[0], RegisteredByPlugin>;

/** Flex's default shortcuts, as the type-check sees them: the plugin must not assume fewer keys. */
export type FlexDefaultKeys = Same<keyof typeof Flex.defaultKeyboardShortcuts, 1 | 'L' | 'A' | 'R' | 'T' | 'Y' | 'S' | 'H' | 'M' | 'C'>;

/** What the plugin reads of Flex's plugin records (init's third argument) is in Flex's own. */
export type PluginRecordIsFlexs = Satisfies<FlexPluginRecord, PluginManagerDefinition>;
