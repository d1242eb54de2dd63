/**
 * How `<iac-settings>` arrives: a dynamic import, which a bundler that splits (the portal bundle,
 * the demo) turns into a chunk fetched on the first click of the gear. The Flex plugin's build
 * puts src/flex/flex-settings-loader.ts in this module's place: its view part is itself fetched
 * only when needed, so it holds Settings from the start.
 */
export const loadSettings = async (): Promise<void> => {
  await import('../settings/settings.js');
};
