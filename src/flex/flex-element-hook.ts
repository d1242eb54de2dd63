/**
 * The Flex plugin's src/portal/element-hook.ts (its build substitutes this one): the plugin hands
 * `<internal-agent-chat>` the store it made from Flex's client, and registers no portal factory,
 * so the element never makes a store of its own; the portal's code for that stays out.
 */
import type { portalStoreFor as PortalStoreFor } from '../portal/element-hook.js';

export const portalStoreFor: typeof PortalStoreFor = (_settings, store) => store;
