/**
 * Flex UI 2.17's plugin loading, as its bundle does it (PluginManager, loadPlugins in
 * node_modules/@twilio/flex-ui/bundle/twilio-flex.prod.js), for the fake Flex:
 *
 * - each plugin of the release gets a fresh `uuid` and is added as a classic
 *   `<script uuid=… src=… async>`; or, behind the `PluginRenderInjectSrc` feature flag, its file
 *   is fetched with the `X-Flex-JWE` and `X-Flex-Version` headers (a CORS request with a
 *   preflight when the file is on another origin) and injected as the script's text;
 * - the file must call `Twilio.Flex.Plugins.init(PluginClass)` while it runs: Flex reads
 *   `document.currentScript.getAttribute('uuid')`, which is null once the script has finished,
 *   so a late call throws;
 * - plugins initialize one after another in release order: `new PluginClass()`, then
 *   `await plugin.init(flex, manager, plugins)`, where `plugins` is Flex's own list of the
 *   release's records (`PluginManagerDefinition`: name, src, uuid, state, …), the plugin's own
 *   among them; a throw or rejection marks it Failed and is reported, and Flex carries on. A
 *   download failure marks it Failed too.
 */
export type PluginState = 'NotStarted' | 'Loaded' | 'Initialising' | 'Initialized' | 'Failed';

export interface PluginDefinition {
  name: string;
  src: string;
}

/** Flex's record of a plugin it loads (PluginManagerDefinition), as `init`'s third argument hands it over. */
interface LoadedPlugin extends PluginDefinition {
  readonly uuid: string;
  readonly phase: number;
  state: PluginState;
}

type PluginClass = new () => { name?: string; init(flex: unknown, manager: unknown, plugins: unknown): unknown };

export interface PluginManagerOptions {
  flex: unknown;
  manager: unknown;
  /** The `PluginRenderInjectSrc` feature flag: fetch and inject instead of `<script src>`. */
  injectSource: boolean;
  /** The headers Flex sends with the fetch: the session's JWE and Flex's version. */
  headers: Record<'X-Flex-JWE' | 'X-Flex-Version', string>;
  /** Flex's ErrorManager: what it would log and report. */
  report(message: string): void;
}

export class FakePluginManager {
  readonly #options: PluginManagerOptions;
  readonly #plugins: LoadedPlugin[] = [];
  /** Each plugin's class once its file has called `Plugins.init`; not part of Flex's records. */
  readonly #classes = new Map<LoadedPlugin, PluginClass>();
  /** Names of the plugins whose init resolved, in order. */
  readonly initialized: string[] = [];

  constructor(options: PluginManagerOptions) {
    this.#options = options;
  }

  /** `Twilio.Flex.Plugins`: what a plugin's file calls. */
  get api(): { init(pluginClass: PluginClass): void } {
    return { init: (pluginClass) => this.#init(pluginClass) };
  }

  /** Every plugin's state, in release order. */
  get states(): Array<{ name: string; state: PluginState }> {
    return this.#plugins.map(({ name, state }) => ({ name, state }));
  }

  /** Adds the release's plugins to the page, as Flex does at start (`loadPlugins`). */
  load(release: readonly PluginDefinition[]): void {
    for (const definition of release) {
      const plugin: LoadedPlugin = { phase: 3, ...definition, uuid: crypto.randomUUID(), state: 'NotStarted' };
      this.#plugins.push(plugin);
      void this.#download(plugin);
    }
  }

  async #download(plugin: LoadedPlugin): Promise<void> {
    const script = document.createElement('script');
    script.setAttribute('uuid', plugin.uuid);
    if (!this.#options.injectSource) {
      script.src = plugin.src;
      script.async = true;
      script.onerror = () => this.#fail(plugin, `Failed to download plugin: ${plugin.name}`);
      document.body.append(script);
      return;
    }
    try {
      const response = await fetch(plugin.src, { headers: this.#options.headers });
      const source = response.ok ? await response.text() : '';
      if (!source) throw new Error(`Plugin ${plugin.name} url ${plugin.src} provided no sourcecode`);
      script.setAttribute('type', 'text/javascript');
      script.textContent = source;
      document.body.append(script);
    } catch (error) {
      this.#fail(plugin, `Failed to download plugin: ${plugin.name} (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  #init(pluginClass: PluginClass): void {
    // Throws a TypeError when called after the plugin's script has run, as Flex's does.
    const uuid = document.currentScript!.getAttribute('uuid');
    const plugin = this.#plugins.find((candidate) => candidate.uuid === uuid);
    if (!plugin) return this.#options.report('Could not find a loaded plugin');
    if (plugin.state === 'Initialized' || plugin.state === 'Failed') {
      return this.#options.report('Attempting to re-initialize an already initialized plugin');
    }
    plugin.state = 'Loaded';
    this.#classes.set(plugin, pluginClass);
    this.#next();
  }

  /** Initializes the first plugin not yet started once every plugin before it has finished. */
  #next(): void {
    for (const plugin of this.#plugins) {
      if (plugin.state === 'Initialized' || plugin.state === 'Failed') continue;
      if (plugin.state === 'Loaded') void this.#start(plugin);
      return;
    }
  }

  async #start(plugin: LoadedPlugin): Promise<void> {
    plugin.state = 'Initialising';
    try {
      const instance = new (this.#classes.get(plugin)!)();
      await instance.init(this.#options.flex, this.#options.manager, this.#plugins);
      plugin.state = 'Initialized';
      this.initialized.push(instance.name ?? plugin.name);
    } catch (error) {
      this.#fail(plugin, `Failed to load plugin ${plugin.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.#next();
  }

  #fail(plugin: LoadedPlugin, message: string): void {
    plugin.state = 'Failed';
    this.#options.report(message);
    this.#next();
  }
}
