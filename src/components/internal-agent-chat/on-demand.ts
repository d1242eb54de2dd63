/**
 * The parts of the chat most sessions never open, and how they arrive: `<iac-settings>` and
 * the group dialog (New group, Members). Each is a dynamic import, which a bundler that splits
 * (the portal bundle, the demo) turns into a chunk fetched on first use. The Flex plugin's
 * build puts src/flex/flex-on-demand.ts in this module's place: its view part is itself
 * fetched only when needed, so it holds them from the start.
 */
export const loadSettings = async (): Promise<void> => {
  await import('../settings/settings.js');
};

export const loadGroupDialogs = async (): Promise<void> => {
  await import('../group/group-dialog.js');
};
