/**
 * The Flex plugin's src/components/internal-agent-chat/on-demand.ts (its build substitutes this
 * one): Settings and the group dialogs are in the view part already. A dynamic import inside a
 * file that does not split would only make the bundler wrap every module in lazy initializers.
 */
import '../components/settings/settings.js';
import '../components/group/group-dialog.js';

export const loadSettings = async (): Promise<void> => {};
export const loadGroupDialogs = async (): Promise<void> => {};
