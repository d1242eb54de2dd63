/**
 * Compile-time proof that Flex's own insights client satisfies the InsightsClient port:
 * `tsc --noEmit` fails here the day twilio-sync and the port drift apart. Nothing here runs.
 *
 * Flex 2.17.1 declares `Manager.insightsClient` as `import("twilio-sync").SyncClient`
 * (@twilio/flex-ui/src/core/Manager.d.ts), which resolves to Flex's own nested twilio-sync
 * 2.0.1, not the top-level twilio-sync (another version, @twilio/conversations').
 */
import type { Manager } from '@twilio/flex-ui';
import type { InsightsClient } from './insights-port.js';

type Satisfies<Port, Impl extends Port> = Impl;

export type FlexInsightsClientSatisfiesPort = Satisfies<InsightsClient, Manager['insightsClient']>;
