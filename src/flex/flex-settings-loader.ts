/**
 * The Flex plugin's src/components/internal-agent-chat/settings-loader.ts (its build substitutes
 * this one): Settings is in the view part already. A dynamic import inside a file that does not
 * split would only make the bundler wrap every module in lazy initializers.
 */
import '../components/settings/settings.js';

export const loadSettings = async (): Promise<void> => {};
