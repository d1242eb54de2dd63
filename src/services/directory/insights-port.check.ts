/**
 * Compile-time proof that Flex's own insights client satisfies the InsightsClient port:
 * `tsc --noEmit` fails here the day twilio-sync and the port drift apart. Nothing here runs.
 *
 * Flex 2.17.1 declares `Manager.insightsClient` as `import("twilio-sync").SyncClient`
 * (@twilio/flex-ui/src/core/Manager.d.ts), which resolves to Flex's own nested twilio-sync 2.0.1,
 * imported here by path: the top-level twilio-sync is another version (@twilio/conversations'),
 * and importing '@twilio/flex-ui' itself brings in its global `Window` declarations, which
 * clash with src/plugin.ts's (as of Flex 2.17.1). Once they agree, this may take
 * `Manager['insightsClient']` from '@twilio/flex-ui' directly.
 */
import type { SyncClient } from '../../../node_modules/@twilio/flex-ui/node_modules/twilio-sync/lib/index.js';
import type { InsightsClient } from './insights-port.js';

type Satisfies<Port, Impl extends Port> = Impl;

export type FlexInsightsClientSatisfiesPort = Satisfies<InsightsClient, SyncClient>;
