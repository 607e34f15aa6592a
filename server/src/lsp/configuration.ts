import {
  DidChangeConfigurationNotification,
  type Connection,
  type DidChangeConfigurationParams,
  type InitializeParams,
} from 'vscode-languageserver';
import { DEFAULT_CONFIG, RULE_IDS, type CheckConfig } from '../core';
import { errorText, type Log } from './log';
import { isObject, readSettings, toCheckConfig, type Settings } from './settings';

/** The settings section the server reads: `partnership.rules`, `partnership.locale`. */
export const SETTINGS_SECTION = 'partnership';

/** How long the first checks wait for the client to answer the first `workspace/configuration` request. */
const FIRST_PULL_TIMEOUT_MS = 1500;

/**
 * The configuration checks run with, from three sources (later ones win, key
 * by key): `initializationOptions` { rules, locale }, then the client's
 * `partnership` settings, pushed in `workspace/didChangeConfiguration` or
 * pulled with `workspace/configuration` when the client supports that.
 */
export class Configuration {
  private clientLocale: string | undefined;
  private initializationOptions: Settings = {};
  private clientSettings: Settings = {};
  private canPull = false;
  private canRegister = false;
  private latestRequest = 0;
  private current: CheckConfig = DEFAULT_CONFIG;
  private readonly listeners: Array<() => void> = [];
  private settled = false;
  private settle!: () => void;
  private readyTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the first client settings are known, or could not be had in time. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.settle = resolve));

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
  ) {}

  get config(): CheckConfig {
    return this.current;
  }

  get isReady(): boolean {
    return this.settled;
  }

  /** `listener` runs whenever the effective configuration changes. */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  initialize(params: InitializeParams): void {
    this.clientLocale = params.locale;
    const workspace = params.capabilities?.workspace;
    this.canPull = workspace?.configuration === true;
    this.canRegister = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    // `{ rules, locale }`, or the same nested as in settings: `{ partnership: { rules, locale } }`.
    const options: unknown = params.initializationOptions;
    const nested = isObject(options) && isObject(options[SETTINGS_SECTION]) ? options[SETTINGS_SECTION] : options;
    this.initializationOptions = this.read(nested, 'initializationOptions');
    this.apply();
    if (this.canPull) this.readyTimer = setTimeout(() => this.markReady(), FIRST_PULL_TIMEOUT_MS);
    else this.markReady();
  }

  initialized(): void {
    if (this.canRegister) {
      // Pull-model clients send didChangeConfiguration only for sections a server registered.
      this.connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((error: unknown) => this.log.warn(`could not register for configuration changes: ${errorText(error)}`));
    }
    if (this.canPull) void this.pull().finally(() => this.markReady());
  }

  /** `workspace/didChangeConfiguration`: pushed settings win; otherwise ask the client. */
  async changed(params: DidChangeConfigurationParams): Promise<void> {
    const settings: unknown = params?.settings;
    if (isObject(settings) && settings[SETTINGS_SECTION] !== undefined) {
      this.latestRequest++; // a pull still under way is older than this
      this.useClientSettings(settings[SETTINGS_SECTION]);
    } else if (this.canPull) {
      await this.pull();
    } else if (isObject(settings)) {
      // A client that pushes its whole settings object and has no `partnership` section any more.
      this.useClientSettings(undefined);
    }
    // `settings: null` from a client that cannot be asked says nothing new.
  }

  private async pull(): Promise<void> {
    const request = ++this.latestRequest;
    let value: unknown;
    try {
      value = await this.connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
    } catch (error) {
      this.log.warn(`workspace/configuration failed: ${errorText(error)}`);
      return;
    }
    if (request === this.latestRequest) this.useClientSettings(value);
  }

  private useClientSettings(raw: unknown): void {
    this.clientSettings = this.read(raw, 'settings');
    this.apply();
  }

  private read(raw: unknown, origin: string): Settings {
    return readSettings(raw, (problem) => this.log.once(`settings:${problem}`, 'warn', `${origin}: ${problem}`));
  }

  private apply(): void {
    const next = toCheckConfig([this.initializationOptions, this.clientSettings], this.clientLocale);
    if (sameConfig(next, this.current)) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  private markReady(): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.readyTimer);
    this.settle();
  }
}

function sameConfig(a: CheckConfig, b: CheckConfig): boolean {
  return a.locale === b.locale && RULE_IDS.every((id) => a.rules[id] === b.rules[id]);
}
